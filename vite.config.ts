import { defineConfig } from 'vite';
import {
  CONTENT_SECURITY_POLICY,
  cspMeta,
  HEADER_ONLY,
  leafletTrustedTypes,
} from './scripts/csp.js';

export default defineConfig({
  plugins: [leafletTrustedTypes(), cspMeta()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY}` },
  },
  build: { target: 'es2022', outDir: 'dist', assetsInlineLimit: 0 },
});
