#!/usr/bin/env node
/**
 * Size: the built page against a plain Leaflet page showing the same three visits on the same
 * base map, both built here with Vite. Each page is loaded in Chromium from `vite preview` and
 * every file it fetches is counted raw, gzip (level 9) and brotli (node:zlib defaults); files
 * built but not fetched (the clustering worker, the article download) are listed apart. Then
 * what each part of ours costs: Leaflet, Lit, valibot, our code, the base map, the data.
 *
 * Run: node bench/size.mjs   (part of `npm run bench`)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import {
  describeMachine,
  kib,
  machine,
  ROOT,
  table,
  viteBuild,
  writeResult,
} from './lib/common.mjs';

const PAGE = 'dist/bench/page';
const BASELINE = 'dist/bench/baseline';

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes).length,
});

function kindOf(file) {
  if (/\.(js|mjs)$/.test(file)) return 'JS';
  if (file.endsWith('.css')) return 'CSS';
  if (file.endsWith('.html')) return 'HTML';
  if (/\.(geojson|json)$/.test(file)) return 'data';
  if (/\.(png|svg|jpg|webp)$/.test(file)) return 'images';
  return 'other';
}

function filesIn(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = resolve(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesIn(path));
    else out.push(path);
  }
  return out;
}

/** Serves a build, loads it in Chromium, and returns the files it fetched and those it did not. */
async function measure(outDir, browser) {
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const fetched = new Set();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin === origin) fetched.add(url.pathname === '/' ? '/index.html' : url.pathname);
  });
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.leaflet-marker-icon');
  await page.waitForTimeout(500);
  await page.close();
  await server.close();
  const dir = resolve(ROOT, outDir);
  const files = filesIn(dir).map((path) => {
    const file = `/${relative(dir, path)}`;
    return { file, kind: kindOf(file), fetched: fetched.has(file), ...sizes(readFileSync(path)) };
  });
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files.filter((f) => f.fetched)) for (const k in total) total[k] += f[k];
  return { files, total };
}

const byKind = (files) => {
  const kinds = {};
  for (const f of files.filter((f) => f.fetched)) {
    kinds[f.kind] ??= { raw: 0, gzip: 0, brotli: 0 };
    for (const k of ['raw', 'gzip', 'brotli']) kinds[f.kind][k] += f[k];
  }
  return kinds;
};

export async function runSize() {
  const m = await machine();
  process.env.SIZE_OUT = PAGE;
  viteBuild(['--config', 'bench/size.config.mjs']);
  process.env.BASELINE_OUT = BASELINE;
  viteBuild(['--config', 'bench/baselines/plain-leaflet/vite.config.mjs']);
  // The library build, into the page's folder (as `npm run build` does).
  viteBuild(['--config', 'vite.lib.config.ts', '--outDir', PAGE, '--logLevel', 'error']);
  const libDir = resolve(ROOT, PAGE, 'lib');
  const library = Object.fromEntries(
    readdirSync(libDir).map((f) => [f, sizes(readFileSync(resolve(libDir, f)))]),
  );
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: CHROMIUM_ARGS,
  });
  const ours = await measure(PAGE, browser);
  const baseline = await measure(BASELINE, browser);
  await browser.close();
  const parts = JSON.parse(readFileSync(resolve(ROOT, `${PAGE}.modules.json`), 'utf8'));
  const data = ours.files.filter((f) => f.fetched && f.kind === 'data');
  const ratio = (k) => ours.total[k] / baseline.total[k];
  const result = {
    machine: m,
    date: new Date().toISOString(),
    ours: { total: ours.total, byKind: byKind(ours.files), files: ours.files },
    baseline: { total: baseline.total, byKind: byKind(baseline.files), files: baseline.files },
    ratio: { raw: ratio('raw'), gzip: ratio('gzip'), brotli: ratio('brotli') },
    parts,
    library,
  };

  const row = (name, s) => [name, kib(s.raw), kib(s.gzip), kib(s.brotli)];
  const kinds = [
    ...new Set([...Object.keys(result.ours.byKind), ...Object.keys(result.baseline.byKind)]),
  ];
  const none = { raw: 0, gzip: 0, brotli: 0 };
  const md = [
    '## Size',
    '',
    `Machine: ${describeMachine(m)}. Sizes in KiB; gzip level 9 and brotli from node:zlib.`,
    'Counted: every file the page fetches when loaded in Chromium from `vite preview`.',
    '',
    table(
      [
        'what is fetched',
        'ours raw',
        'ours gzip',
        'ours brotli',
        'plain Leaflet raw',
        'gzip',
        'brotli',
      ],
      [
        ...kinds.map((k) => [
          ...row(k, result.ours.byKind[k] ?? none),
          ...row(k, result.baseline.byKind[k] ?? none).slice(1),
        ]),
        [...row('**total**', ours.total), ...row('', baseline.total).slice(1)].map((c, i) =>
          i === 0 ? c : `**${c}**`,
        ),
        [
          '**ours ÷ plain Leaflet**',
          `**${ratio('raw').toFixed(2)}×**`,
          `**${ratio('gzip').toFixed(2)}×**`,
          `**${ratio('brotli').toFixed(2)}×**`,
          '',
          '',
          '',
        ],
      ],
    ),
    '',
    'What each part of ours costs (its code as bundled after tree shaking, minified alone):',
    '',
    table(
      ['part', 'raw', 'gzip', 'brotli', 'in'],
      parts
        .filter((p) => p.raw > 0)
        .sort((a, b) => b.gzip - a.gzip)
        .map((p) => [
          ...row(p.part, p),
          p.chunks
            .map((c) => c.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '.js'))
            .join(', '),
        ]),
    ),
    '',
    `Built but not fetched by the page of three visits: ${ours.files
      .filter((f) => !f.fetched)
      .map(
        (f) =>
          `${f.file.replace(/^\/assets\//, '').replace(/-[\w-]{8}\./, '.')} (${kib(f.gzip)} KiB gzip)`,
      )
      .join(', ')}.${
      data.length
        ? ` Data fetched: ${data.map((f) => `${kib(f.raw)} KiB raw, ${kib(f.gzip)} KiB gzip`).join('; ')}.`
        : ' The page fetches no data file: its visits are inside its script.'
    }`,
    '',
    'The library build (`dist/lib/`: the module, and the clustering worker it loads for 2,000 visits or more):',
    '',
    table(
      ['file', 'raw', 'gzip', 'brotli'],
      Object.entries(library).map(([f, z]) => [f, kib(z.raw), kib(z.gzip), kib(z.brotli)]),
    ),
  ].join('\n');
  writeResult('size', result, md);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await runSize();
