import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, cspMeta, HEADER_ONLY } from './scripts/csp.js';
import { packedBaseMap } from './scripts/vite-plugin-basemap.js';
import { leafletForEmbedding } from './scripts/vite-plugin-leaflet.js';
import { pageData } from './scripts/vite-plugin-page-data.js';
import { plainDynamicImports } from './scripts/vite-plugin-preload.js';
import { publishEndpoint } from './scripts/vite-plugin-publish.js';
import { minifiedTemplates } from './scripts/vite-plugin-templates.js';

export default defineConfig({
  plugins: [
    leafletForEmbedding(),
    packedBaseMap(),
    pageData(),
    cspMeta(),
    publishEndpoint(),
    plainDynamicImports(),
    minifiedTemplates(),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY}` },
  },
  // No module preloading: the chunks loaded later (the map, clustering) import only chunks the
  // page already has, so there is nothing to preload alongside them, and Vite's preload helper
  // gives way to a plain import() (scripts/vite-plugin-preload.ts). The helper for breaking
  // work into tasks sits in the map's chunk, so clustering imports nothing from the entry.
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsInlineLimit: 0,
    modulePreload: false,
    rolldownOptions: {
      // Timings of plugins on a shared machine: a build's time, not a problem of its output.
      checks: { bundlerTimings: false },
      output: {
        // The map's code, Leaflet's with it, in one chunk loaded after the first render; tile
        // layers, clustering and the popup stay in chunks of their own, loaded only when used.
        codeSplitting: {
          groups: [
            {
              name: 'visit-map',
              test: /node_modules[\\/]leaflet[\\/]src[\\/](?!layer[\\/](?:tile[\\/]|Popup|DivOverlay))|[\\/]src[\\/]map[\\/](?!tile-layer|cluster-|basemap-data|packed-arcs|leaflet-tiles|leaflet-popup|visit-popup|view-return)|[\\/]src[\\/]model[\\/]tasks\.ts$/,
            },
          ],
        },
      },
    },
  },
  // The clustering index runs in a module worker: its own file, no blob: URL, no eval.
  worker: { format: 'es', rolldownOptions: { checks: { bundlerTimings: false } } },
});
