/**
 * Size of the library build, `lib/inspection-map.js`: the file as shipped (raw, gzip -9,
 * brotli), and what it is made of, by source. The per-source figures are the code each source
 * contributes before minification (the bundler reports it per module), with its own gzip size;
 * they show the shares, the totals are the real file.
 *
 * Usage: npm run size   (builds in memory; writes nothing)
 */
import { relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');

/** Which part of the bundle a module belongs to. */
function sourceOf(id) {
  const path = relative(ROOT, id.replace(/^\0/, '').split('?')[0]);
  if (path.includes('node_modules/leaflet/dist/leaflet.css')) return "Leaflet's CSS";
  if (path.includes('node_modules/leaflet/')) return 'Leaflet 1.9.4';
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'Lit 3';
  if (path.includes('node_modules/valibot/')) return 'valibot (the schema)';
  if (path.includes('node_modules/topojson-client/')) return 'topojson-client';
  if (path.startsWith('data/basemap/') || path.includes('basemap.topo'))
    return 'base map (Natural Earth TopoJSON)';
  if (path.startsWith('src/map/')) return 'src/map (Leaflet adapter, icons, controls, gestures)';
  if (path.startsWith('src/components/')) return 'src/components (element, cards, list, styles)';
  if (path.startsWith('src/model/')) return 'src/model (schema, loading, matching)';
  if (path.startsWith('src/')) return 'src (entry)';
  return 'bundler runtime';
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const gzip = (s) => gzipSync(s, { level: 9 }).length;
const brotli = (s) =>
  brotliCompressSync(s, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const result = await build({
  root: ROOT,
  configFile: resolve(ROOT, 'vite.lib.config.ts'),
  logLevel: 'silent',
  build: { write: false },
});
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const chunk = outputs.find((o) => o.type === 'chunk' && o.fileName.endsWith('inspection-map.js'));
if (!chunk) throw new Error('no lib/inspection-map.js in the build output');

const parts = new Map();
for (const [id, mod] of Object.entries(chunk.modules)) {
  const name = sourceOf(id);
  parts.set(name, (parts.get(name) ?? '') + (mod.code ?? ''));
}
const rendered = [...parts.values()].reduce((n, code) => n + Buffer.byteLength(code), 0);

console.log(`${chunk.fileName}`);
console.log(
  `  raw     ${String(Buffer.byteLength(chunk.code)).padStart(7)} B  ${kib(Buffer.byteLength(chunk.code))}`,
);
console.log(`  gzip -9 ${String(gzip(chunk.code)).padStart(7)} B  ${kib(gzip(chunk.code))}`);
console.log(`  brotli  ${String(brotli(chunk.code)).padStart(7)} B  ${kib(brotli(chunk.code))}`);
console.log('');
console.log('what is in it (before minification; gzip of each part on its own)');
const rows = [...parts].sort((a, b) => Buffer.byteLength(b[1]) - Buffer.byteLength(a[1]));
for (const [name, code] of rows) {
  const bytes = Buffer.byteLength(code);
  const share = ((bytes / rendered) * 100).toFixed(1).padStart(5);
  console.log(
    `  ${name.padEnd(54)} ${kib(bytes).padStart(10)} ${share}%  gzip ${kib(gzip(code)).padStart(9)}`,
  );
}
