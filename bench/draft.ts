/**
 * `npm run bench:draft`: how fast the draft engine is.
 *
 * - One article in a fresh process: `node scripts/draft-cli.mjs` on the seed article (what
 *   `npm run draft` starts: process start, the bundled command with the gazetteer and
 *   chrono-node, and the draft), the median of 5 runs, wall clock and CPU time (user + system,
 *   the figure a shared machine does not inflate); and `npm run draft` as a user types it. Aim:
 *   under 1 s.
 * - 1,000 articles in one process: seeded synthetic reports (real GeoNames places with their
 *   provinces, dates, visits, quotes, figures, filler), drafted one after the other. Aim: under
 *   60 s.
 *
 * Prints the figures and writes bench/results/draft.json and draft.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gazetteer } from '../src/draft/gazetteer.js';
import { draftArticle } from '../src/draft/index.js';
import { random } from './data/synthetic.mjs';
import { describeMachine, machine, median, ROOT, table, writeResult } from './lib/common.mjs';

const SEED = 'data/articles/000_dd285a5d4eecb2d0.txt';
const COUNT = Number(process.argv.find((a) => a.startsWith('--articles='))?.split('=')[1] ?? 1000);

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const out = resolve(tmpdir(), 'draft-bench.json');
/** Prints the process's CPU time (user + system, ms) on standard error as it exits. */
const CPU_AT_EXIT =
  "data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('cpu-ms '+Math.round((c.user+c.system)/1000)+'\\n')})";
/** One run of the command in a fresh process: wall clock and CPU time, ms. */
function command(): { wall: number; cpu: number } {
  let stderr = '';
  const wall = timed(() => {
    stderr = spawnSync(
      process.execPath,
      ['--import', CPU_AT_EXIT, 'scripts/draft-cli.mjs', SEED, '--out', out],
      { cwd: ROOT, encoding: 'utf8' },
    ).stderr;
  });
  return { wall, cpu: Number(/cpu-ms (\d+)/.exec(stderr)?.[1] ?? Number.NaN) };
}
command(); // builds the command's bundle if an input changed since it was last built
const freshRuns = [...Array(5)].map(command);
const fresh = freshRuns.map((r) => r.wall);
const freshCpu = freshRuns.map((r) => r.cpu);
const viaNpm = [...Array(3)].map(() =>
  timed(() =>
    execFileSync('npm', ['run', '-s', 'draft', '--', SEED, '--out', out], {
      cwd: ROOT,
      stdio: 'ignore',
    }),
  ),
);

const rnd = random(20250522);
const one = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const cities = gazetteer.provinces.flatMap((p) =>
  'abcdefghijklmnopqrstuvwxyz'
    .split('')
    .flatMap((c) => gazetteer.search(c, 400))
    .filter((x) => x.kind === 'city' && x.province === p && /^\p{Lu}\p{Ll}{3,}$/u.test(x.name))
    .slice(0, 12),
);
const KINDS = [
  'Steel Works',
  'Port',
  'Machinery Group',
  'Tea Cooperative',
  'Robotics Park',
  'Textile Mill',
  'Village',
];
const WHEN = [
  'on Monday',
  'on Tuesday afternoon',
  'this week',
  'last week',
  'in March 2019',
  'in May of last year',
  'two years ago',
  'in January 2024',
];
const FILLER =
  'Officials described the local economy, its history and the plans for the coming years, and residents spoke of new roads, schools and clinics that have changed daily life.';

function article(i: number): string {
  const year = 2015 + Math.floor(rnd() * 11);
  const date = `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
  const lines = [` date ${date} Politics`, `Report ${i}: an inspection tour`];
  for (let v = 0; v < 3; v++) {
    const c = one(cities);
    const site = `${c.name} ${one(KINDS)}`;
    lines.push(
      `${one(WHEN).replace(/^./, (s) => s.toUpperCase())}, President Xi Jinping visited the ${site} in ${c.name}, ${c.province.en} Province, where he talked with workers.`,
      `“We have doubled our output in five years,” said Wang Fang, a worker at the ${site}. He said that quality must come before speed.`,
      `The ${site}'s sales rose ${1 + Math.floor(rnd() * 30)} percent in ${year - 1}, and exports now represent ${10 + Math.floor(rnd() * 60)}% of its revenue.`,
      `${FILLER} ${FILLER}`,
    );
  }
  lines.push(
    `Nationally, investment in manufacturing grew ${(rnd() * 10).toFixed(1)} percent over a year, during the 14th Five-Year Plan period.`,
  );
  return `${lines.join('\n')}\n`;
}

const articles = [...Array(COUNT)].map((_, i) => article(i));
const seedText = readFileSync(resolve(ROOT, SEED), 'utf8');
let visits = 0;
let quotes = 0;
let figures = 0;
const warm = timed(() => draftArticle(seedText));
const total = timed(() => {
  for (const text of articles) {
    const { spans } = draftArticle(text);
    for (const s of spans) {
      if (s.kind === 'visit') visits++;
      else if (s.kind === 'quote') quotes++;
      else if (s.kind === 'figure') figures++;
    }
  }
});
const seedRuns = [...Array(20)].map(() => timed(() => draftArticle(seedText)));
const chars = articles.reduce((n, a) => n + a.length, 0);

const m = await machine();
const f = (x: number | null) => `${Math.round(x ?? 0)} ms`;
const rows = [
  [
    'one article, fresh process (`node scripts/draft-cli.mjs`, median of 5): CPU time',
    '< 1,000 ms',
    f(median(freshCpu)),
    (median(freshCpu) ?? 1e9) < 1000 ? 'met' : '**not met**',
  ],
  ['the same, wall clock', '—', f(median(fresh)), ''],
  ['one article, `npm run draft` (median of 3)', '—', f(median(viaNpm)), ''],
  [
    `${COUNT.toLocaleString('en')} articles, one process`,
    '< 60,000 ms',
    f(total),
    total < 60_000 ? 'met' : '**not met**',
  ],
  ['the seed article, warm (median of 20)', '—', `${(median(seedRuns) ?? 0).toFixed(1)} ms`, ''],
];
const markdown = [
  `Machine: ${describeMachine(m)}. Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  '',
  table(['what', 'aim', 'measured', ''], rows),
  '',
  `${COUNT} synthetic articles, ${Math.round(chars / 1024)} KiB in all (${Math.round(chars / COUNT)} characters each): ${visits} visits, ${quotes} quotes, ${figures} figures drafted; the first draft in this process (chrono-node and the gazetteer warming up) took ${Math.round(warm)} ms.`,
].join('\n');
writeResult(
  'draft',
  {
    machine: m,
    fresh,
    freshCpu,
    viaNpm,
    count: COUNT,
    totalMs: total,
    seedRuns,
    warmMs: warm,
    chars,
    visits,
    quotes,
    figures,
  },
  markdown,
);
