#!/usr/bin/env node
/**
 * `npm run bench`: size, Lighthouse and scale, one after the other, then the targets: each
 * figure against what the product aims for, met or not. Every benchmark prints its figures and
 * writes them to bench/results/ (JSON and markdown); this adds bench/results/summary.md.
 *
 * Options go to the scale benchmark (`--sizes=`, `--cases=`, `--repeats=`) and Lighthouse
 * (`--runs=`); `--only=size,lighthouse,scale` runs some of them (`--only=none`: none, only the
 * summary from the last results). The README's Performance table is rewritten from the results.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describeMachine, ms, RESULTS, ROOT, table, writeResult } from './lib/common.mjs';

const only = (
  process.argv.find((a) => a.startsWith('--only='))?.split('=')[1] ?? 'size,lighthouse,scale'
).split(',');
const started = Date.now();
if (only.includes('size')) await (await import('./size.mjs')).runSize();
if (only.includes('lighthouse')) await (await import('./lighthouse.mjs')).runLighthouse();
if (only.includes('scale')) await (await import('./scale.mjs')).runScale();

const read = (name) => {
  const path = resolve(RESULTS, `${name}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
};
const size = read('size');
const lighthouse = read('lighthouse');
const scale = read('scale');
const cell = (kind, n) => scale?.cells.find((c) => c.kind === kind && c.n === n);
const FRAME = 1000 / 60;
const rows = [];
const target = (what, goal, figure, met) =>
  rows.push([what, goal, figure, met === undefined ? 'not measured' : met ? 'met' : '**not met**']);

const e10k = cell('element', 10_000);
const e100k = cell('element', 100_000);
const empty = cell('empty', scale?.cells.find((c) => c.kind === 'empty')?.n);
target(
  '10,000 visits drawn',
  '< 200 ms',
  e10k ? `${ms(e10k.ms)} ms (all checked ${ms(e10k.checkedMs)} ms)` : '—',
  e10k && e10k.ms < 200,
);
target(
  '100,000 visits drawn',
  '< 1,000 ms',
  e100k ? `${ms(e100k.ms)} ms (all checked ${ms(e100k.checkedMs)} ms)` : '—',
  e100k && e100k.ms < 1000,
);
target(
  'longest main-thread task loading 100,000',
  '< 50 ms',
  e100k ? (e100k.longestTask ? `${ms(e100k.longestTask)} ms` : 'none ≥ 50 ms') : '—',
  e100k && e100k.longestTask < 50,
);
for (const [label, c] of [
  ['10,000', e10k],
  ['100,000', e100k],
]) {
  for (const zoom of ['country', 'city']) {
    const limit = empty ? empty[zoom].p95 + FRAME : undefined;
    target(
      `pan and zoom p95 at ${zoom} zoom, ${label} visits`,
      `≤ empty map's + 1 frame (${ms(limit)} ms)`,
      c ? `${ms(c[zoom].p95)} ms` : '—',
      c && limit !== undefined && c[zoom].p95 <= limit,
    );
  }
}
const data100k = cell('data', 100_000);
target(
  'JS heap at 100,000 visits',
  '< 40 MiB',
  e100k
    ? `${e100k.heapMiB.toFixed(1)} MiB (the dataset alone: ${data100k?.heapMiB.toFixed(1)} MiB)`
    : '—',
  e100k && e100k.heapMiB < 40,
);
const mobile = lighthouse?.presets.mobile;
target(
  'Lighthouse, mobile',
  '100 in all four',
  mobile ? Object.values(mobile.scores).join(' / ') : '—',
  mobile && Object.values(mobile.scores).every((s) => s === 100),
);
const desktop = lighthouse?.presets.desktop;
target(
  'Lighthouse, desktop',
  '100 in all four',
  desktop ? Object.values(desktop.scores).join(' / ') : '—',
  desktop && Object.values(desktop.scores).every((s) => s === 100),
);
target(
  'page transfer, gzip',
  '≤ 1.2 × plain Leaflet',
  size
    ? `${(size.ours.total.gzip / 1024).toFixed(1)} KiB = ${size.ratio.gzip.toFixed(2)} × ${(size.baseline.total.gzip / 1024).toFixed(1)} KiB`
    : '—',
  size && size.ratio.gzip <= 1.2,
);

// Each part may come from a different run (`--only=`): say when and where each ran.
const runs = [
  ['size', size],
  ['Lighthouse', lighthouse],
  ['scale', scale],
]
  .filter(([, r]) => r?.machine)
  .map(
    ([name, r]) =>
      `${name} ${r.date?.slice(0, 16).replace('T', ' ') ?? ''} UTC, load average at start ${r.machine.loadAverage.join(', ')}${r.machine.loadAverageEnd ? `, at end ${r.machine.loadAverageEnd.join(', ')}` : ''}`,
  );
const machine = scale?.machine ?? lighthouse?.machine ?? size?.machine;
const machineLine = machine
  ? `Machine: ${describeMachine(machine).replace(/; load average at start[^;]*$/, '')}. Runs: ${runs.join('; ')}.`
  : '';
const md = [
  '## Targets',
  '',
  machineLine,
  '',
  table(['target', 'aim', 'measured', ''], rows),
  '',
  `Run in ${Math.round((Date.now() - started) / 1000)} s. Details: size.md, lighthouse.md, scale.md.`,
].join('\n');
writeResult('summary', { rows }, md);

// The README's table: the targets, then the scale figures of the element and its baselines.
const NAMES = {
  element: '`<inspection-map>`',
  markers: 'Leaflet markers',
  canvas: 'canvas circle markers',
  markercluster: 'leaflet.markercluster',
  supercluster: 'supercluster, main thread',
};
const scaleRows = (scale?.cells ?? [])
  .filter((c) => NAMES[c.kind] && c.n >= 10_000)
  .map((c) => [
    c.n.toLocaleString('en'),
    NAMES[c.kind],
    ms(c.ms),
    c.checkedMs === null ? '—' : ms(c.checkedMs),
    c.longestTask ? ms(c.longestTask) : '< 50',
    c.heapMiB.toFixed(0),
    `${ms(c.country.p95)} / ${ms(c.city.p95)}`,
  ]);
const readmeTable = [
  '<!-- performance:start (written by npm run bench) -->',
  machineLine,
  '',
  table(['target', 'aim', 'measured', ''], rows),
  '',
  table(
    [
      'visits',
      'drawn by',
      'drawn (ms)',
      'all checked (ms)',
      'longest task (ms)',
      'heap (MiB)',
      'p95 frame, country / city (ms)',
    ],
    scaleRows,
  ),
  '',
  'All figures, 100 and 1,000 visits included: `bench/results/`.',
  '<!-- performance:end -->',
].join('\n');
const readmePath = resolve(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const marked = /<!-- performance:start[\s\S]*?<!-- performance:end -->|<!-- performance-table -->/;
if (marked.test(readme)) {
  writeFileSync(readmePath, readme.replace(marked, readmeTable));
  // Align the tables as the project's formatter does, so the lint stays clean.
  execFileSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/@biomejs/biome/bin/biome'), 'format', '--write', 'README.md'],
    { cwd: ROOT, stdio: 'ignore' },
  );
}
