#!/usr/bin/env node
/**
 * Scale: synthetic datasets of 100 to 100,000 visits drawn in headless Chromium by the element
 * and by what one would use instead (plain Leaflet markers, canvas circle markers,
 * leaflet.markercluster, supercluster on the main thread). For each: time from data handed
 * over to markers drawn, the longest main-thread task meanwhile, the JS heap after drawing, and
 * frame times during a scripted pan and zoom at country and city zoom. Each figure is the
 * median of several runs, each in a fresh page.
 *
 * Run: node bench/scale.mjs [--sizes=100,1000] [--cases=element,supercluster] [--repeats=3]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { generate } from './data/generate.mjs';
import {
  describeMachine,
  loadAverage,
  machine,
  median,
  ms,
  percentile,
  ROOT,
  table,
  viteBuild,
  writeResult,
} from './lib/common.mjs';

const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SIZES = arg('sizes', '100,1000,10000,100000').split(',').map(Number);
const CASES = arg('cases', 'element,markers,canvas,markercluster,supercluster').split(',');
const REPEATS = Number(arg('repeats', process.env.BENCH_REPEATS ?? '3'));
const SEED = 2025;
const OUT = 'dist/bench/scale';

/**
 * Cells left out or run once, because they take minutes on a small machine: said in the output.
 * Plain DOM markers cost about 2 ms each to add and far more to pan.
 */
const SKIP = { markers: (n) => n > 10_000 };
/** A cell whose first run's draw takes longer than this (ms) is not repeated. */
const ONCE_OVER_MS = 2000;

async function cdpHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

const frameStats = (intervals) => ({
  median: median(intervals),
  p95: percentile(intervals, 95),
  frames: intervals.length,
});

async function runOnce(browser, origin, kind, n) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate((n) => window.bench.load(n), n);
    await page.evaluate((kind) => window.bench.prepare(kind), kind === 'data' ? 'empty' : kind);
    const result = { kind, n };
    if (kind === 'data') {
      result.heapMiB = await cdpHeap(page);
      result.validate = await page.evaluate(() => window.bench.validate());
      return result;
    }
    await cdpHeap(page);
    Object.assign(result, await page.evaluate((kind) => window.bench.draw(kind), kind));
    result.heapMiB = await cdpHeap(page);
    result.country = frameStats(await page.evaluate(() => window.bench.frames('country')));
    result.city = frameStats(await page.evaluate(() => window.bench.frames('city')));
    if (errors.length) result.errors = errors;
    return result;
  } finally {
    await context.close();
  }
}

function summarise(runs) {
  const pick = (f) => median(runs.map(f));
  const first = runs[0];
  return {
    kind: first.kind,
    n: first.n,
    runs: runs.length,
    ms: pick((r) => r.ms),
    checkedMs: pick((r) => r.checkedMs),
    longestTask: pick((r) => r.longestTask),
    heapMiB: pick((r) => r.heapMiB),
    country: { median: pick((r) => r.country?.median), p95: pick((r) => r.country?.p95) },
    city: { median: pick((r) => r.city?.median), p95: pick((r) => r.city?.p95) },
    validateMs: pick((r) => r.validate?.ms),
    where: first.where,
    errors: runs.flatMap((r) => r.errors ?? []),
  };
}

export async function runScale() {
  const m = await machine();
  viteBuild(['--config', 'bench/scale/vite.config.mjs']);
  mkdirSync(resolve(ROOT, OUT, 'data'), { recursive: true });
  for (const n of SIZES) {
    writeFileSync(resolve(ROOT, OUT, `data/visits-${n}.json`), JSON.stringify(generate(n, SEED)));
  }
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    build: { outDir: OUT },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: CHROMIUM_ARGS,
  });
  const cells = [];
  const skipped = [];
  const log = (s) => process.stdout.write(s);
  try {
    const empty = [];
    for (let i = 0; i < REPEATS; i++) empty.push(await runOnce(browser, origin, 'empty', SIZES[0]));
    cells.push(summarise(empty));
    for (const n of SIZES) {
      const data = await runOnce(browser, origin, 'data', n);
      cells.push(summarise([data]));
      log(
        `n=${n}: data only ${data.heapMiB.toFixed(1)} MiB, parseVisits ${ms(data.validate.ms)} ms\n`,
      );
      for (const kind of CASES) {
        if (SKIP[kind]?.(n)) {
          skipped.push(`${kind} at ${n.toLocaleString('en')}`);
          continue;
        }
        const runs = [];
        for (let i = 0; i < REPEATS; i++) {
          const r = await runOnce(browser, origin, kind, n);
          runs.push(r);
          log(
            `  ${kind} ${n}: ${ms(r.ms)} ms${r.checkedMs ? ` (all checked ${ms(r.checkedMs)} ms)` : ''}, longest task ${ms(r.longestTask)} ms, ${r.heapMiB.toFixed(1)} MiB, country p95 ${ms(r.country.p95)}, city p95 ${ms(r.city.p95)}\n`,
          );
          if (r.ms > ONCE_OVER_MS) break;
        }
        cells.push(summarise(runs));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // A run takes minutes: the load may change meanwhile, so it is kept at the end too.
  m.loadAverageEnd = loadAverage();
  const md = report(m, cells, skipped);
  const result = {
    machine: m,
    date: new Date().toISOString(),
    seed: SEED,
    repeats: REPEATS,
    cells,
    skipped,
  };
  writeResult('scale', result, md);
  return result;
}

const NAMES = {
  element: '**`<inspection-map>`**',
  markers: 'Leaflet markers',
  canvas: 'canvas circle markers',
  markercluster: 'leaflet.markercluster',
  supercluster: 'supercluster, main thread',
  empty: 'empty map (element, no visits)',
};

function report(m, cells, skipped) {
  const empty = cells.find((c) => c.kind === 'empty');
  const rows = cells
    .filter((c) => c.kind !== 'data' && c.kind !== 'empty')
    .map((c) => [
      c.n.toLocaleString('en'),
      NAMES[c.kind] ?? c.kind,
      ms(c.ms),
      c.checkedMs === null ? '—' : ms(c.checkedMs),
      c.longestTask ? ms(c.longestTask) : '< 50',
      c.heapMiB.toFixed(1),
      `${ms(c.country.median)} / ${ms(c.country.p95)}`,
      `${ms(c.city.median)} / ${ms(c.city.p95)}`,
      String(c.runs),
    ]);
  const data = cells.filter((c) => c.kind === 'data');
  return [
    '## Scale',
    '',
    `Machine: ${describeMachine(m)}${m.loadAverageEnd ? `, at end ${m.loadAverageEnd.join(', ')}` : ''}. Headless Chromium, 1024×700 window, map 640 px high.`,
    'Each figure is the median of the runs shown (a fresh page each). Draw: from the data handed',
    'over to the first animation frame that begins with the markers in place; every case has its',
    "code, map and base map ready before (the element's clustering code too), and fits the view",
    'to the visits (the baselines before adding their markers). All checked: until the element has',
    'validated every record (its `inspection-map-load` event); from 1,000 visits on it draws the',
    'placeable records first and checks them in slices meanwhile; the baselines check nothing.',
    'Longest task: the longest main-thread task until both, from PerformanceObserver `longtask`',
    '(which sees only tasks of 50 ms or more: "< 50" means none).',
    'Heap: JS heap of the page after drawing and two garbage collections (the dataset included).',
    'Frames: intervals between animation frames during four animated pans and a zoom in and out,',
    'at country zoom (4) and at city zoom (10, Beijing); median / 95th percentile.',
    '',
    table(
      [
        'visits',
        'drawn by',
        'drawn (ms)',
        'all checked (ms)',
        'longest task (ms)',
        'heap (MiB)',
        'country frames (ms)',
        'city frames (ms)',
        'runs',
      ],
      rows,
    ),
    '',
    `Empty map (the element with no visits): frames at country zoom ${ms(empty?.country.median)} / ${ms(empty?.country.p95)} ms, at city zoom ${ms(empty?.city.median)} / ${ms(empty?.city.p95)} ms; heap ${empty?.heapMiB.toFixed(1)} MiB.`,
    '',
    table(
      [
        'visits',
        'heap of the page holding the dataset only (MiB)',
        '`parseVisits` on it, whole (ms)',
      ],
      data.map((c) => [c.n.toLocaleString('en'), c.heapMiB.toFixed(1), ms(c.validateMs)]),
    ),
    '',
    skipped.length ? `Not run (minutes each on this machine): ${skipped.join(', ')}.` : '',
    `The element clustered in: ${[...new Set(cells.filter((c) => c.kind === 'element').map((c) => `${c.n}: ${c.where}`))].join('; ')}.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--report-only')) {
    // Rewrites scale.md from the last scale.json, without running anything.
    const last = JSON.parse(readFileSync(resolve(ROOT, 'bench/results/scale.json'), 'utf8'));
    writeResult('scale', last, report(last.machine, last.cells, last.skipped));
  } else await runScale();
}
