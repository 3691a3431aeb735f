/**
 * `npm run bench:reports`: one visit told by several reports.
 *
 * - "Same visit" on the planted set (`test/fixtures/reports/plant.ts`: 500 visits over 40
 *   articles, 20% told twice, with revisits, namesakes and other sites of one city on one day):
 *   precision and recall pair by pair and through the merge, and how long each takes.
 * - 1,000 articles drafted together: seeded synthetic reports (real gazetteer cities, three
 *   visits each), a fifth of whose visits retell a visit of an earlier article (a flash gives the
 *   weekday, the later report the day, in other words), written to files and drafted by
 *   `scripts/draft.ts` in one process, as a user runs it. Aim: under 60 s. Also how many of the
 *   planted retellings the merge joined (this counts the engine's reading too).
 *
 * Prints the figures and writes bench/results/reports.json and reports.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MONTH_NAMES as MONTHS, WEEKDAYS } from '../src/draft/calendar.js';
import { gazetteer } from '../src/draft/gazetteer.js';
import type { VisitsCollection } from '../src/model/merge.js';
import { mergeScore, pairScore, plant } from '../test/fixtures/reports/plant.js';
import { random } from './data/synthetic.mjs';
import { describeMachine, machine, ROOT, table, writeResult } from './lib/common.mjs';

const COUNT = Number(process.argv.find((a) => a.startsWith('--articles='))?.split('=')[1] ?? 1000);

function timed<T>(run: () => T): [T, number] {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
}

// 1. The planted set.
const planted = plant();
const [pairs, pairMs] = timed(() => pairScore(planted));
const [merged, mergeMs] = timed(() => mergeScore(planted));

// 2. 1,000 articles, a fifth of their visits retold.
const rnd = random(20260519);
const one = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
const cities = gazetteer.provinces.flatMap((p) =>
  'abcdefghijklmnopqrstuvwxyz'
    .split('')
    .flatMap((c) => gazetteer.search(c, 400))
    .filter((x) => x.kind === 'city' && x.province === p && /^\p{Lu}\p{Ll}{3,}$/u.test(x.name))
    .slice(0, 12),
);
const KINDS = ['Steel Works', 'Port', 'Machinery Group', 'Tea Cooperative', 'Robotics Park'];
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

interface Told {
  site: string;
  city: (typeof cities)[number];
  day: number;
}
const told: Told[] = [];
let planted2 = 0;
// One article a day; a flash tells visits of the last three days by their weekday, and a fifth
// of the visits are retold, by their date, in a report 5 to 20 days later.
const FIRST = Date.UTC(2023, 0, 2);
const articles = [...Array(COUNT)].map((_, i) => {
  const published = FIRST + i * DAY;
  const visits: string[] = [];
  for (let v = 0; v < 3; v++) {
    const recent = told.filter(
      (t) => t.day <= published - 5 * DAY && t.day >= published - 20 * DAY,
    );
    const again = recent.length > 0 && rnd() < 0.2 ? one(recent) : undefined;
    if (again) {
      planted2++;
      const d = new Date(again.day);
      visits.push(
        `Xi Jinping visited the ${again.site} in ${again.city.name}, ${again.city.province.en} Province, on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, where he met engineers and workers.`,
        `“Quality decides the future,” he told engineers at the ${again.site}.`,
      );
      continue;
    }
    const city = one(cities);
    const site = `${city.name} ${one(KINDS)}`;
    const day = published - (1 + Math.floor(rnd() * 3)) * DAY;
    told.push({ site, city, day });
    visits.push(
      `On ${WEEKDAYS[new Date(day).getUTCDay()]}, President Xi Jinping visited the ${site} in ${city.name}, ${city.province.en} Province, where he talked with workers.`,
      `“We have doubled our output in five years,” said Wang Fang, a worker at the ${site}.`,
    );
  }
  return `${[`date ${iso(published)} Politics`, `Report ${i}: an inspection tour`, ...visits].join('\n')}\n`;
});
// Fresh visits that fall on one site and one day by chance: one visit to any reader.
const chance =
  told.length - new Set(told.map((t) => `${t.site} ${t.city.province.en} ${t.day}`)).size;
const dir = mkdtempSync(join(tmpdir(), 'bench-reports-'));
const files = articles.map((text, i) => {
  const file = join(dir, `report-${String(i).padStart(4, '0')}.txt`);
  writeFileSync(file, text);
  return file;
});
const out = join(dir, 'visits.geojson');
const [drafted, draftMs] = timed(() =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/draft.ts', ...files, '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  }),
);
if (drafted.status !== 0) throw new Error(`draft failed: ${drafted.stderr}`);
const stderr = drafted.stderr;
const collection = JSON.parse(readFileSync(out, 'utf8')) as VisitsCollection;
const joined = collection.features.filter((f) => (f.properties.reports?.length ?? 0) > 0).length;
const reports = collection.features.reduce((n, f) => n + (f.properties.reports?.length ?? 0), 0);
rmSync(dir, { recursive: true, force: true });

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const m = await machine();
const rows = [
  [
    '"same visit" pair by pair: precision, recall',
    '100%, 100%',
    `${pct(pairs.precision)}, ${pct(pairs.recall)}`,
    `${pairs.right} of ${pairs.found} found right, ${pairs.truePairs} planted; ${Math.round(pairMs)} ms for ${Math.round((500 * 499) / 2).toLocaleString('en')} pairs`,
  ],
  [
    'the merge: precision, recall',
    '100%, 100%',
    `${pct(merged.precision)}, ${pct(merged.recall)}`,
    `${merged.right} of ${merged.found} joins right, ${merged.truePairs} planted; ${Math.round(mergeMs)} ms`,
  ],
  [
    `${COUNT.toLocaleString('en')} articles drafted together (\`npm run draft\`, one process)`,
    '< 60,000 ms',
    `${Math.round(draftMs).toLocaleString('en')} ms`,
    draftMs < 60_000 ? 'met' : '**not met**',
  ],
  [
    'retellings joined by the merge (engine and merge)',
    '—',
    `${reports} of ${planted2}`,
    `${joined} visits told by more than one article; ${collection.features.length} visits in all; ${chance} of the ${told.length} first tellings share their site and day with another by chance`,
  ],
];
const markdown = [
  `Machine: ${describeMachine(m)}. Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  '',
  table(['what', 'aim', 'measured', ''], rows),
  '',
  `The draft command said: \`${stderr.trim().split('\n').at(-1)}\``,
].join('\n');
writeResult(
  'reports',
  {
    machine: m,
    pairs,
    pairMs,
    merge: { ...merged, merged: undefined },
    mergeMs,
    count: COUNT,
    draftMs,
    planted: planted2,
    reports,
    joined,
    chance,
    visits: collection.features.length,
  },
  markdown,
);
