/**
 * Shared helpers of the benchmarks: the machine's description, medians, markdown tables, and
 * writing results to `bench/results/` as JSON and markdown.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../../scripts/chromium.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = resolve(ROOT, 'bench/results');

/** Cores, memory, OS, Node and Chromium: printed and stored with every result. */
export async function machine() {
  const chromium = await findChromium();
  let chromiumVersion = 'not found';
  if (chromium) {
    try {
      chromiumVersion = execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      chromiumVersion = chromium;
    }
  }
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromiumVersion,
    // Other work on the machine skews timings: its load when the benchmark started.
    loadAverage: loadAverage(),
  };
}

/** The load average now (1, 5 and 15 minutes), to one decimal: other work on the machine. */
export const loadAverage = () => os.loadavg().map((x) => Math.round(x * 10) / 10);

export const describeMachine = (m) =>
  `${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, ${m.chromium}; load average at start ${m.loadAverage.join(', ')}`;

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function percentile(values, p) {
  const v = [...values].sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
}

/** A markdown table: `rows` are arrays of cells, already formatted. */
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
export const ms = (x) =>
  x === null || x === undefined ? '—' : x < 10 ? x.toFixed(1) : x.toFixed(0);

/** Writes `NAME.json` and `NAME.md` into bench/results and prints the markdown. */
export function writeResult(name, json, markdown) {
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(resolve(RESULTS, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(resolve(RESULTS, `${name}.md`), `${markdown}\n`);
  console.log(`\n${markdown}\n`);
  console.log(`→ bench/results/${name}.json, bench/results/${name}.md`);
}

/** Runs `vite build` in its own process (production mode), quietly. */
export function viteBuild(args) {
  execFileSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', ...args],
    {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
