/** Builds the plain Leaflet baseline page; `BASELINE_OUT` names the output folder. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export default defineConfig({
  root: here,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(here, '../../..', process.env.BASELINE_OUT ?? 'dist/bench/baseline'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
});
