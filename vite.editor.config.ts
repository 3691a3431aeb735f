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
  // The gazetteer (some 475 kB) and the base map come as `JSON.parse('…')`, not an object
  // literal: V8 reads JSON text faster than it compiles and runs a literal, in the task that
  // loads them (the place search's first opening: its task 26 → 12 ms CPU, traced).
  json: { stringify: true },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    assetsDir: 'editor-assets',
    assetsInlineLimit: 0,
    modulePreload: false,
    // The gazetteer (some 475 kB, for the place search) and the first screen's chunk (CodeMirror,
    // Lit, the session: some 380 kB, 126 kB gzipped) are an authoring tool's weight, measured
    // in README's editor section, not a warning.
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      input: { editor: 'editor.html' },
      checks: {
        // The editor merges files (src/model/merge.ts, same-visit.ts), which use the search's
        // text matching: the element's on-demand import of it is one chunk here by design.
        ineffectiveDynamicImport: false,
        // Timings of plugins on a shared machine: a build's time, not a problem of its output.
        bundlerTimings: false,
      },
    },
  },
  worker: { format: 'es' },
});
