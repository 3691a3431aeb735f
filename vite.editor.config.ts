/**
 * The editor page's build: `editor.html` and its code, written into `dist/` beside the reader
 * page by a build of its own, so not a byte of the reader page or the library module changes
 * (a shared build would move the code both use into common chunks). Its files are under
 * `dist/editor-assets/`. Run after the page build (`npm run build`), which empties `dist/`.
 */
import { defineConfig } from 'vite';
import { cspMeta } from './scripts/csp.js';
import { leafletForEmbedding } from './scripts/vite-plugin-leaflet.js';

export default defineConfig({
  plugins: [leafletForEmbedding(), cspMeta()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    assetsDir: 'editor-assets',
    assetsInlineLimit: 0,
    modulePreload: false,
    rolldownOptions: { input: { editor: 'editor.html' } },
  },
  worker: { format: 'es' },
});
