/**
 * `npm run bench:filters`: how fast the model filters and searches many visits.
 *
 * 10,000 synthetic visits (real GeoNames places, dates of 2013 to 2025) with five leaders (one
 * visit in ten with none) and eight industries, in date order as the element keeps them:
 * - indexing them once (`indexVisits`), and the search's first query (names made comparable);
 * - a change of the filters (`FilterIndex.apply`: the visits shown and every value's count
 *   under the other filters), over a sequence of changes a reader makes, one filter at a time
 *   and combined. Aim: under 16 ms (one frame at 60 Hz) per change, the slowest one included,
 *   in CPU time (the wall clock of a machine shared with other jobs counts their time too);
 * - a query typed into the search box, letter by letter, among the visits a filter shows.
 *
 * Prints the figures and writes bench/results/filters.json and filters.md.
 * Options: `--visits=N` (default 10000), `--repeats=N` (default 5).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Facet, indexVisits, type VisitFilters } from '../src/model/filters.js';
import { parseVisits } from '../src/model/load.js';
import { inDateOrder } from '../src/model/order.js';
import { VisitSearch } from '../src/model/search.js';
import places from './data/places.json' with { type: 'json' };
import { type Place, random, syntheticVisits } from './data/synthetic.mjs';
import { describeMachine, machine, median, ROOT, table, writeResult } from './lib/common.mjs';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const COUNT = arg('visits', 10_000);
const REPEATS = arg('repeats', 5);
const AIM_MS = 16;

const LEADERS = [
  { name: { en: 'Xi Jinping', zh: '习近平' }, title: { en: 'President' } },
  { name: { en: 'Li Qiang', zh: '李强' }, title: { en: 'Premier' } },
  { name: { en: 'Ding Xuexiang', zh: '丁薛祥' }, title: { en: 'Vice Premier' } },
  { name: { en: 'He Lifeng', zh: '何立峰' }, title: { en: 'Vice Premier' } },
  { name: { en: 'Li Keqiang', zh: '李克强' }, title: { en: 'Premier' } },
];
const INDUSTRIES = [
  'steel',
  'machinery',
  'ports and logistics',
  'agriculture',
  'new energy',
  'textiles',
  'chemicals',
  'manufacturing',
];

/** The synthetic visits, each given a leader (or none) and one or two industries. */
function visitsOf(count: number) {
  const base = JSON.parse(readFileSync(resolve(ROOT, 'data/visits.geojson'), 'utf8'));
  const json = syntheticVisits({
    count,
    seed: 7,
    base,
    places: places.places as unknown as Place[],
  });
  const next = random(11);
  const passage = base.features[0].properties.mention;
  type Props = { leader?: unknown; industries: string[] };
  for (const f of json.features as unknown as { properties: Props }[]) {
    const who = Math.floor(next() * (LEADERS.length + 0.5));
    const leader = LEADERS[who];
    if (leader) f.properties.leader = { ...leader, passage };
    const first = INDUSTRIES[Math.floor(next() * INDUSTRIES.length)] as string;
    f.properties.industries = next() < 0.5 ? [first] : [first, 'manufacturing'];
  }
  const { visits, problems } = parseVisits(json);
  if (problems.length) throw new Error(`synthetic visits invalid: ${problems[0]?.message}`);
  return inDateOrder(visits);
}

/** CPU time of each timed run (ms): on a shared machine the wall clock counts other processes. */
const cpu: number[] = [];
const time = (run: () => unknown): number => {
  const used = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const { user, system } = process.cpuUsage(used);
  cpu.push((user + system) / 1000);
  return wall;
};

const visits = visitsOf(COUNT);
const indexMs: number[] = [];
let index = indexVisits(visits);
for (let r = 0; r < REPEATS; r++) indexMs.push(time(() => (index = indexVisits(visits))));

const values = (facet: Facet, n: number) =>
  index
    .values(facet)
    .slice(0, n)
    .map((v) => v.key);
const [y1, y2] = values('year', 2);
const [l1, l2] = values('leader', 2);
const [p1, p2] = values('province', 2);
const [i1] = values('industry', 1);
/** A reader's changes: one filter, a second, a third, all four, then back to none. */
const CHANGES: VisitFilters[] = [
  { year: y1 },
  { year: y1, leader: l1 },
  { year: y1, leader: l1, province: p1 },
  { year: y1, leader: l1, province: p1, industry: i1 },
  { year: y2, leader: l1, province: p1, industry: i1 },
  { year: y2, leader: l2, province: p1, industry: i1 },
  { leader: l2, province: p2 },
  { province: p2 },
  { industry: i1 },
  {},
];
const changeMs: number[] = [];
// One round to warm the code up, not counted.
for (const filters of CHANGES) index.apply(filters);
cpu.length = 0;
for (let r = 0; r < REPEATS; r++) {
  for (const filters of CHANGES) {
    changeMs.push(
      time(() => {
        const { shown } = index.apply(filters);
        // What the element keeps per change for the search: the visits in view.
        return new Set(shown);
      }),
    );
  }
}

const changeCpuMs = cpu.splice(0);
const visitSearch = new VisitSearch(visits);
const search = visitSearch.find.bind(visitSearch);
// The first query makes every name comparable; the others reuse them.
const searchIndexMs = time(() => search('x'));
const among = new Set(index.apply({ leader: l1 }).shown);
const typed = (word: string) => [...word].map((_, i) => word.slice(0, i + 1));
const QUERIES = [...typed('luoyang'), ...typed('习近平'), ...typed('synthetic site 4217')];
const queryMs: number[] = [];
for (let r = 0; r < REPEATS; r++) {
  for (const q of QUERIES) queryMs.push(time(() => search(q, { among })));
}

const m = await machine();
const f = (ms: number | null) => `${(ms ?? 0).toFixed(2)} ms`;
const max = (list: number[]) => Math.max(...list);
const rows = [
  [
    `index ${COUNT.toLocaleString('en')} visits (median of ${REPEATS})`,
    '—',
    f(median(indexMs)),
    '',
  ],
  [
    'a change of the filters: visits shown and every count (median)',
    `< ${AIM_MS} ms`,
    f(median(changeMs)),
    (median(changeMs) ?? 1e9) < AIM_MS ? 'met' : '**not met**',
  ],
  [
    `the slowest of ${changeMs.length} changes, in CPU time`,
    `< ${AIM_MS} ms`,
    f(max(changeCpuMs)),
    max(changeCpuMs) < AIM_MS ? 'met' : '**not met**',
  ],
  [`the slowest of ${changeMs.length} changes, wall clock`, '—', f(max(changeMs)), ''],
  ['the first query (makes the names comparable, once)', '—', f(searchIndexMs), ''],
  ['a letter typed in the search box (median)', '—', f(median(queryMs)), ''],
  [`the slowest of ${queryMs.length} letters`, '—', f(max(queryMs)), ''],
];
const markdown = [
  `Machine: ${describeMachine(m)}. Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  '',
  table(['what', 'aim', 'measured', ''], rows),
  '',
  `${COUNT.toLocaleString('en')} synthetic visits over ${index.values('province').length} provinces, ${index.values('year').length} years, ${index.values('leader').length} leader values and ${index.values('industry').length} industries; ${CHANGES.length} changes of the filters ${REPEATS} times; the search among the ${among.size.toLocaleString('en')} visits of one leader.`,
].join('\n');
writeResult(
  'filters',
  {
    machine: m,
    count: COUNT,
    repeats: REPEATS,
    indexMs,
    changeMs,
    changeCpuMs,
    searchIndexMs,
    queryMs,
  },
  markdown,
);
