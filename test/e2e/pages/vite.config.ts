import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { cspMeta } from '../../../scripts/csp.js';
import { leafletForEmbedding } from '../../../scripts/vite-plugin-leaflet.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Builds the embedding test page with the same plugins and policy as the page. */
export default defineConfig({
  root: here,
  base: './',
  plugins: [leafletForEmbedding(), cspMeta()],
  build: {
    target: 'es2022',
    outDir: resolve(here, '../../../dist/e2e-embed'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { embed: resolve(here, 'embed.html') },
      // Timings of plugins on a shared machine: a build's time, not a problem of its output.
      checks: { bundlerTimings: false },
    },
  },
});
