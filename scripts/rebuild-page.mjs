/**
 * Rebuilds the reader page into the folder `vite preview` serves, after the editor published
 * into the dataset: `node scripts/rebuild-page.mjs CONFIG OUTDIR` (run by
 * `vite-plugin-publish.ts` with `NODE_ENV=production`). The folder is not emptied (the library
 * and the editor built beside the page stay); the page's own files are written anew, and the
 * page's assets left from the build before are removed.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const [configFile, outDir] = process.argv.slice(2);
if (!configFile || !outDir) {
  console.error('usage: node scripts/rebuild-page.mjs CONFIG OUTDIR');
  process.exit(2);
}
// The clock of the file system may lag the process's by a little: a second of slack.
const started = Date.now() - 1000;
await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: false } });
const assets = join(outDir, 'assets');
for (const name of readdirSync(assets)) {
  const file = join(assets, name);
  if (statSync(file).mtimeMs < started) rmSync(file);
}
