/**
 * The library build: one self-contained, minified ES module, `lib/inspection-map.js`, with Lit,
 * Leaflet, Leaflet's CSS, the marker icons and the base map inside. It imports nothing and
 * fetches nothing; importing it only defines `<inspection-map>`. The embedding example and the
 * visits file it shows are copied beside it, into `examples/`.
 *
 * Run after the page build (`npm run build`), which empties `dist/` first.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { packedBaseMap } from './scripts/vite-plugin-basemap.js';
import { leafletForEmbedding } from './scripts/vite-plugin-leaflet.js';
import { dataFolder } from './scripts/vite-plugin-page-data.js';
import { minifiedTemplates } from './scripts/vite-plugin-templates.js';

/** Where the module is written, inside the output folder. */
export const LIB_FILE = 'lib/inspection-map.js';

// The example shows the page's dataset: `data/`, or the folder INSPECTION_MAP_DATA names.
const EXAMPLE_FILES: Record<string, string> = {
  'examples/embed.html': 'examples/embed.html',
  'examples/embed.css': 'examples/embed.css',
  'examples/visits.geojson': resolve(dataFolder(import.meta.dirname), 'visits.geojson'),
};

function embeddingExample(): Plugin {
  return {
    name: 'inspection-map:embedding-example',
    generateBundle() {
      for (const [fileName, source] of Object.entries(EXAMPLE_FILES)) {
        this.emitFile({
          type: 'asset',
          fileName,
          source: readFileSync(resolve(import.meta.dirname, source)),
        });
      }
    },
  };
}

export default defineConfig({
  plugins: [leafletForEmbedding(), packedBaseMap(), minifiedTemplates(), embeddingExample()],
  publicDir: false,
  // Asset URLs relative to the module, so it works wherever it is served from: the clustering
  // worker (see src/map/cluster-source.ts) is emitted beside it, in `lib/`.
  base: './',
  worker: {
    format: 'es',
    rolldownOptions: {
      checks: { bundlerTimings: false },
      output: { entryFileNames: 'lib/[name]-[hash].js' },
    },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => LIB_FILE },
    // Timings of plugins on a shared machine: a build's time, not a problem of its output.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // Annotations for a bundler (`@__PURE__`) are of no use in a finished module: legal
      // comments (Leaflet's licence) are kept.
      output: { codeSplitting: false, minify: true, comments: { legal: true, annotation: false } },
    },
  },
});
