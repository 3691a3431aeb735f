/**
 * `npm run draft`: starts `scripts/draft.ts` from one bundled JavaScript file, so a fresh
 * process loads a single module instead of compiling and resolving some sixty TypeScript and
 * package modules one by one through `tsx` (about 0.6 s of CPU time less per run).
 *
 * The bundle is built by esbuild into `node_modules/.cache/inspection-map/draft.mjs`, with the
 * list of the files it was built from; it is rebuilt when one of them is newer than the bundle
 * (or is gone), so an edit to the engine, the model, the gazetteer or a package is picked up on
 * the next run. A rebuild takes about 0.3 s. Arguments, output and exit status are
 * `scripts/draft.ts`'s.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = resolve(ROOT, 'scripts/draft.ts');
const CACHE = resolve(ROOT, 'node_modules/.cache/inspection-map');
const BUNDLE = resolve(CACHE, 'draft.mjs');
const INPUTS = resolve(CACHE, 'draft.inputs.json');

/** Whether the bundle exists and no file it was built from changed after it. */
function fresh() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    /** @type {string[]} */
    const inputs = JSON.parse(readFileSync(INPUTS, 'utf8'));
    return inputs.every((file) => statSync(resolve(ROOT, file)).mtimeMs < built);
  } catch {
    return false;
  }
}

/**
 * JSON modules (the gazetteer, 0.5 MB) as a string for `JSON.parse`, which V8 reads several
 * times faster than the same data as an object literal in JavaScript.
 * @type {import('esbuild').Plugin}
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(readFileSync(path, 'utf8'))});`,
      loader: 'js',
    }));
  },
};

/** Bundles the command (written beside, then renamed: a concurrent run sees whole files). */
async function bundle() {
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const part = `${BUNDLE}.${process.pid}.part`;
  const result = await build({
    entryPoints: [ENTRY],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: part,
    metafile: true,
    logLevel: 'warning',
    // Packages that call `require` inside an ES module bundle need it defined.
    plugins: [jsonAsString],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  writeFileSync(
    `${INPUTS}.${process.pid}.part`,
    JSON.stringify(Object.keys(result.metafile.inputs)),
  );
  renameSync(part, BUNDLE);
  renameSync(`${INPUTS}.${process.pid}.part`, INPUTS);
}

if (!fresh()) await bundle();
const { runDraft } = await import(pathToFileURL(BUNDLE).href);
process.exitCode = runDraft(process.argv.slice(2), {
  stdout: (/** @type {string} */ text) => process.stdout.write(text),
  stderr: (/** @type {string} */ line) => console.error(line),
});
