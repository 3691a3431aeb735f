import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, cspMeta, HEADER_ONLY } from './scripts/csp.js';
import { leafletForEmbedding } from './scripts/vite-plugin-leaflet.js';
import { pageData } from './scripts/vite-plugin-page-data.js';

export default defineConfig({
  plugins: [leafletForEmbedding(), pageData(), cspMeta()],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY}` },
  },
  // No modulePreload polyfill: every browser the element supports preloads modules itself.
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  // The clustering index runs in a module worker: its own file, no blob: URL, no eval.
  worker: { format: 'es', plugins: () => [leafletForEmbedding()] },
});
