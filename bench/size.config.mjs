/**
 * Vite config of the size benchmark: the page's own config plus the module-size recorder.
 * `SIZE_OUT` names the build folder; the module sizes go beside it as `modules.json`.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import base from '../vite.config.ts';
import { moduleSizes } from './lib/module-sizes.mjs';

const out = process.env.SIZE_OUT ?? 'dist/bench/page';
export default mergeConfig(
  base,
  defineConfig({
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true },
    plugins: [moduleSizes(resolve(out, '..', `${out.split('/').pop()}.modules.json`))],
  }),
);
