import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { articleHead } from './scripts/article-head.mjs';

export default defineConfig({
  plugins: [articleHead(dirname(fileURLToPath(import.meta.url)))],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  // No modulePreload polyfill: every browser the element supports preloads modules itself.
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  // The clustering index runs in a module worker: its own file, no blob: URL, no eval.
  worker: { format: 'es' },
});
