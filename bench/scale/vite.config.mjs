/** Builds the scale benchmark's page (`bench/scale/`) into `dist/bench/scale`. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export default defineConfig({
  root: here,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(here, '../../dist/bench/scale'),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  worker: { format: 'es' },
});
