/**
 * `npm run bench:editor`: how the editor page holds up with the largest input it accepts, as a
 * person meets it in Chromium (the production build, served by `vite preview`):
 *
 * - a 1 MiB article (the seed article and plain paragraphs after it): the longest main-thread
 *   task while pasting it (the clipboard and Ctrl+V), while typing 5 characters into it, from
 *   pressing Draft visits until the draft is shown, for a decision (Reject), for a visit's
 *   place search opened (the gazetteer and the place picker's map load) until it finds a
 *   place, for Accept all, for a reload until the decisions are back, and for Download visits
 *   file; and their times;
 * - a 20 MB existing visits file (the fixture's visits repeated with new ids): the longest
 *   main-thread task from choosing it until the editor says it merges into it, and that time.
 *
 * Longest task: the longest of the page's main-thread tasks in a light Chromium trace of the
 * step ("none" when none reached 50 ms). The page's own are the tasks that ran its script or drew
 * a frame; the tasks Playwright itself causes (its protocol messages, its injected script finding
 * and checking elements, scrolling, the trace's start and stop: no page script in them) are
 * given apart, in the last column. On a machine busy with other work a task's length is mostly
 * waiting for a core, so each step also gives the most CPU time one of the page's tasks took:
 * what the page itself asked of the main thread. `--root=DIR` measures another checkout (its
 * own build), for a before and after.
 * `--trace` also records a Chromium performance trace and CPU profile of each step and prints
 * what its longest tasks are made of (`lib/long-tasks.ts`; `--min=20` describes the tasks of
 * 20 ms or more): a trace slows the page, so its timings are not the benchmark's.
 * Prints the figures and writes bench/results/editor.json and editor.md.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright';
import { describeMachine, machine, ROOT, table, writeResult } from './lib/common.mjs';
import { serveEditorBuild } from './lib/editor-build.js';
import { describeTasks, type StepTasks, stepTasks, traceLongTasks } from './lib/long-tasks.js';

const root = resolve(process.argv.find((a) => a.startsWith('--root='))?.slice(7) ?? ROOT);
const out = 'dist/bench-editor';
const MiB = 1_048_576;
const tracing = process.argv.includes('--trace');
/** With `--trace`, the shortest task (ms) to describe: `--min=20` shows those under 50 ms too. */
const min = Number(process.argv.find((a) => a.startsWith('--min='))?.slice(6) ?? 50);

const seed = readFileSync(
  resolve(ROOT, 'test/fixtures/datasets/one-article/data/articles/000_dd285a5d4eecb2d0.txt'),
  'utf8',
);
const FILLER =
  'Officials described the local economy, its history and the plans for the coming years, and residents spoke of new roads, schools and clinics that have changed daily life.\n\n';
const article = (seed + FILLER.repeat(Math.ceil(MiB / FILLER.length))).slice(0, MiB - 64);

/** The fixture's visits under another article, repeated with new ids to about `bytes`. */
function bigVisits(bytes: number): string {
  const d = JSON.parse(
    readFileSync(resolve(ROOT, 'test/fixtures/datasets/one-article/data/visits.geojson'), 'utf8'),
  );
  d.articles[0].sha256 = 'c'.repeat(64);
  const base = d.features;
  const per = JSON.stringify(base, null, 2).length;
  d.features = [];
  for (let i = 0; i < (bytes * 0.9) / per; i++) {
    for (const f of base) {
      const copy = structuredClone(f);
      copy.id = `${f.id}-${i}`;
      copy.properties.id = copy.id;
      for (const q of copy.properties.quotes) q.id = `${q.id}-${i}`;
      for (const s of copy.properties.statistics) s.id = `${s.id}-${i}`;
      d.features.push(copy);
    }
  }
  return `${JSON.stringify(d, null, 2)}\n`;
}

const { origin, server, browser } = await serveEditorBuild(root, out, { minify: !tracing });

type Step = StepTasks & { ms: number };

/** Runs `act` and returns the longest main-thread tasks it caused (see `stepTasks`) and its time. */
async function longest(step: string, page: Page, act: () => Promise<void>): Promise<Step> {
  if (tracing) {
    const tasks = await traceLongTasks(browser, page, act, min);
    console.log(describeTasks(step, tasks, 4, min));
    const own = tasks.filter((x) => x.own);
    return {
      longest: own[0]?.ms ?? 0,
      cpu: Math.max(0, ...own.map((x) => x.cpu)),
      driver: Math.max(0, ...tasks.filter((x) => !x.own).map((x) => x.ms)),
      ms: 0,
    };
  }
  let ms = 0;
  const tasks = await stepTasks(browser, page, async () => {
    const started = Date.now();
    await act();
    ms = Date.now() - started;
    await page.waitForTimeout(300);
  });
  return { ...tasks, longest: Math.round(tasks.longest), cpu: Math.round(tasks.cpu), ms };
}

const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  acceptDownloads: true,
  permissions: ['clipboard-read', 'clipboard-write'],
});
const page = await context.newPage();
await page.goto(`${origin}/editor.html`, { waitUntil: 'networkidle' });
const box = page.getByLabel('Article text', { exact: true });
// The article on the clipboard first, then pasted with the keyboard, as a person does.
await page.evaluate((text) => navigator.clipboard.writeText(text), article);
const paste = await longest('paste', page, async () => {
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
  await page.waitForFunction(
    // Stored: the text in IndexedDB, then the session naming it with its length.
    (n) =>
      (JSON.parse(localStorage.getItem('inspection-map-editor') ?? '{}').textRef?.length ?? 0) >= n,
    article.length - 1,
    { timeout: 120_000 },
  );
});
const typing = await longest('type', page, async () => {
  await box.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('abcde', { delay: 200 });
  await page.waitForTimeout(1000);
});
const draft = await longest('draft', page, async () => {
  await page.getByRole('button', { name: 'Draft visits' }).click();
  await page
    .locator('editor-input [role="status"]', { hasText: 'Drafted' })
    .waitFor({ timeout: 300_000 });
});
const decided = page.locator('editor-review .decision:not([data-decision="pending"])');
const decision = await longest('a decision', page, async () => {
  await page
    .getByRole('button', { name: /^Reject: / })
    .first()
    .click();
  await decided.first().waitFor();
});
// The gazetteer (some 475 kB of script) and the place picker's map load on the main thread
// when a place search first opens: the search must answer as one types.
const placeSearch = await longest('place search', page, async () => {
  await page
    .getByRole('button', { name: /^Search the gazetteer: / })
    .first()
    .click();
  await page.locator('editor-place input[role="combobox"]').first().fill('Luoyang');
  await page.locator('editor-place [role="option"]').first().waitFor({ timeout: 120_000 });
});
await page.keyboard.press('Escape');
const acceptAll = await longest('accept all', page, async () => {
  const pending = page.locator('editor-review .decision[data-decision="pending"]');
  await page.getByRole('button', { name: 'Accept all' }).click();
  // Quotes and figures on no visit are asked about first: kept as the article's own.
  const keep = page.getByRole('button', { name: /^Keep (it|them) as the article's own/ });
  await keep
    .or(page.locator('editor-review .decision[data-decision="accepted"]'))
    .first()
    .waitFor();
  if (await keep.isVisible()) await keep.click();
  await pending.first().waitFor({ state: 'detached' });
});
const reload = await longest('reload', page, async () => {
  await page.reload({ waitUntil: 'load' });
  await decided.first().waitFor({ timeout: 120_000 });
});
const download = await longest('download', page, async () => {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download visits file' }).click();
  await (await file).path();
});

const file = join(mkdtempSync(join(tmpdir(), 'bench-editor-')), 'visits.geojson');
writeFileSync(file, bigVisits(20_000_000));
const size = readFileSync(file).length;
const merge = await longest('open existing', page, async () => {
  await page.getByLabel('Open existing visits file').setInputFiles(file);
  await page
    .locator('editor-publish', { hasText: 'Merging into visits.geojson' })
    .waitFor({ timeout: 300_000 });
});
await browser.close();
await server.close();
if (tracing) process.exit(0);

const m = await machine();
const task = (x: number) => (x >= 50 ? `${Math.round(x)} ms` : 'none ≥ 50 ms');
const row = (what: string, x: Step, time = true) => [
  what,
  task(x.longest),
  `${x.cpu} ms`,
  time ? `${x.ms} ms` : '—',
  task(x.driver),
];
const rows = [
  row('paste a 1 MiB article', paste),
  row('type 5 characters into it', typing, false),
  row('Draft visits, until the draft is shown', draft),
  row('a decision (Reject), until it is shown', decision),
  row('the place search first opened, until it finds "Luoyang"', placeSearch),
  row('Accept all, until it is shown', acceptAll),
  row('reload, until the decisions are back', reload),
  row('Download visits file, until it is saved', download),
  row(`open a ${(size / 1e6).toFixed(1)} MB existing visits file, until it is kept`, merge),
];
const markdown = [
  `Machine: ${describeMachine(m)}. Build: ${root === ROOT ? 'this checkout' : root}.`,
  '',
  table(
    [
      'what',
      'longest main-thread task',
      'its most CPU in one task',
      'time',
      "Playwright's longest task",
    ],
    rows,
  ),
].join('\n');
writeResult(
  'editor',
  {
    machine: m,
    root,
    paste,
    typing,
    draft,
    decision,
    placeSearch,
    acceptAll,
    reload,
    download,
    merge,
    size,
  },
  markdown,
);
