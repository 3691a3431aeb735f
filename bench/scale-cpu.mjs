#!/usr/bin/env node
/**
 * First draw in main-thread CPU time: the scale benchmark's page (`bench/scale/`), each case
 * drawing the same dataset in a fresh page under a Chromium trace, and the CPU time of the
 * page's main thread summed over its tasks from the data handed over (`draw-start`) to the
 * first animation frame with the markers (`draw-end`), that frame included. On a machine
 * other work loads, wall-clock times swing several-fold from run to run; CPU time moves far
 * less, so two versions of the code can be compared there. The cases run in turn, their order
 * reversed every other run, so that a change of load falls on all of them alike.
 *
 * Run: node bench/scale-cpu.mjs [--sizes=100,1000] [--cases=element,canvas,supercluster]
 * [--runs=10]. Prints and writes bench/results/scale-cpu.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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
  ROOT,
  table,
  viteBuild,
  writeResult,
} from './lib/common.mjs';

const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SIZES = arg('sizes', '100,1000').split(',').map(Number);
const CASES = arg('cases', 'element,canvas,supercluster').split(',');
const RUNS = Number(arg('runs', '10'));
const SEED = 2025;
const OUT = 'dist/bench/scale';
/** Thread CPU time (`tdur`) of each task needs the timeline's detailed category. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

/** The main thread's CPU time, in ms, over the tasks that overlap the marked draw. */
function drawCpu(trace) {
  const events = trace.traceEvents;
  const mark = (name) => events.find((e) => e.name === name);
  const start = mark('draw-start');
  const end = mark('draw-end');
  if (!start || !end) throw new Error('the trace has no draw-start and draw-end marks');
  let cpu = 0;
  let tasks = 0;
  for (const e of events) {
    if (e.pid !== start.pid || e.tid !== start.tid || e.ph !== 'X' || e.name !== 'RunTask')
      continue;
    if (e.ts + e.dur < start.ts || e.ts > end.ts) continue;
    cpu += (e.tdur ?? 0) / 1000;
    tasks++;
  }
  return { cpu, tasks };
}

async function runOnce(browser, origin, kind, n) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    await page.evaluate((n) => window.bench.load(n), n);
    await page.evaluate((kind) => window.bench.prepare(kind), kind);
    await browser.startTracing(page, { categories: CATEGORIES });
    const drawn = await page.evaluate((kind) => window.bench.draw(kind), kind);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    return { ms: drawn.ms, ...drawCpu(trace) };
  } finally {
    await context.close();
  }
}

export async function runScaleCpu() {
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
  try {
    for (const n of SIZES) {
      const runs = Object.fromEntries(CASES.map((kind) => [kind, []]));
      for (let i = 0; i < RUNS; i++) {
        for (const kind of i % 2 ? [...CASES].reverse() : CASES) {
          runs[kind].push(await runOnce(browser, origin, kind, n));
        }
      }
      for (const kind of CASES) {
        const r = runs[kind];
        const cell = {
          kind,
          n,
          runs: r.length,
          cpu: median(r.map((x) => x.cpu)),
          cpuMin: Math.min(...r.map((x) => x.cpu)),
          ms: median(r.map((x) => x.ms)),
          tasks: median(r.map((x) => x.tasks)),
        };
        cells.push(cell);
        console.log(
          `${kind} ${n}: CPU ${ms(cell.cpu)} ms (least ${ms(cell.cpuMin)}), drawn ${ms(cell.ms)} ms`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  m.loadAverageEnd = loadAverage();
  const md = [
    '## First draw, main-thread CPU',
    '',
    `Machine: ${describeMachine(m)}, at end ${m.loadAverageEnd.join(', ')}. Headless Chromium, 1024×700 window, map 640 px high.`,
    `The scale benchmark's cases, ${RUNS} runs each, in turn. CPU: the page's main thread, summed`,
    'over its tasks from the data handed over to the first animation frame with the markers (that',
    "frame's task included), from a Chromium trace; median, and least. Drawn: wall clock, as in",
    'scale.md (the trace slows it a little).',
    '',
    table(
      ['visits', 'drawn by', 'CPU (ms)', 'least CPU (ms)', 'drawn (ms)', 'tasks'],
      cells.map((c) => [
        c.n.toLocaleString('en'),
        c.kind,
        ms(c.cpu),
        ms(c.cpuMin),
        ms(c.ms),
        String(c.tasks),
      ]),
    ),
  ].join('\n');
  writeResult(
    'scale-cpu',
    { machine: m, date: new Date().toISOString(), seed: SEED, runs: RUNS, cells },
    md,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runScaleCpu();
