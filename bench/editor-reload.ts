/**
 * `npm run bench:editor-reload`: what a reload of the editor page with work stored asks of the
 * main thread, task by task (the production build, served by `vite preview`, in Chromium). The
 * article is drafted, then the page is reloaded twice: the first reload is the page's second
 * load, on which Chromium makes each module's code cache (`v8.produceModuleCache`), the second
 * uses it. Each reload is traced until the review's decisions are back; for each main-thread
 * task of `--min=N` ms of CPU or more (default 10) it prints its length, its CPU time, whether
 * it is the page's own or Playwright's (see `ownTasks` in `lib/long-tasks.ts`) and its work by
 * kind; then the code-cache tasks, by module.
 *
 * `--large` drafts the 1 MiB article `npm run bench:editor` uses (the seed article and plain
 * paragraphs after it) instead of the seed article alone. `--root=DIR` measures another
 * checkout (its own build). Prints only; a trace slows the page, so its timings are for
 * telling tasks apart, not the benchmark's figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright';
import { ROOT } from './lib/common.mjs';
import { serveEditorBuild } from './lib/editor-build.js';
import { mainThread, ownTasks, parse, selfTimes, type TraceEvent } from './lib/long-tasks.js';

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(3 + name.length);
const root = resolve(arg('root') ?? ROOT);
const min = Number(arg('min') ?? 10);
const out = 'dist/bench-editor-reload';
const MiB = 1_048_576;

const seed = readFileSync(
  resolve(ROOT, 'test/fixtures/datasets/one-article/data/articles/000_dd285a5d4eecb2d0.txt'),
  'utf8',
);
const FILLER =
  'Officials described the local economy, its history and the plans for the coming years, and residents spoke of new roads, schools and clinics that have changed daily life.\n\n';
const article = process.argv.includes('--large')
  ? (seed + FILLER.repeat(Math.ceil(MiB / FILLER.length))).slice(0, MiB - 64)
  : seed;

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  'loading',
];

const { origin, server, browser } = await serveEditorBuild(root, out);
const context = await browser.newContext({
  viewport: { width: 1280, height: 900 },
  permissions: ['clipboard-read', 'clipboard-write'],
});
const page = await context.newPage();
await page.goto(`${origin}/editor.html`, { waitUntil: 'networkidle' });
await page.evaluate((text) => navigator.clipboard.writeText(text), article);
await page.getByLabel('Article text', { exact: true }).focus();
await page.keyboard.press('ControlOrMeta+V');
await page.getByRole('button', { name: 'Draft visits' }).click();
await page
  .locator('editor-input [role="status"]', { hasText: 'Drafted' })
  .waitFor({ timeout: 300_000 });
// The session is stored a moment after a change.
await page.waitForTimeout(1000);

const ms = (us: number | undefined) => Math.round((us ?? 0) / 100) / 10;

/** Traces a reload until the review is back and prints its tasks. */
async function reload(which: string, p: Page): Promise<void> {
  await browser.startTracing(p, { categories: CATEGORIES });
  await p.reload({ waitUntil: 'load' });
  await p.locator('editor-review .decision').first().waitFor({ timeout: 120_000 });
  await p.waitForTimeout(1500);
  const events = parse(await browser.stopTracing()).traceEvents;
  const main = mainThread(events);
  const tasks = main.filter((e) => e.name === 'RunTask');
  const own = ownTasks(tasks, main, origin);
  const heavy = tasks
    .filter((t) => (t.tdur ?? 0) >= min * 1000)
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0));
  const first = Math.min(...tasks.map((t) => t.ts));
  console.log(`${which}: ${heavy.length} main-thread task(s) of ${min} ms CPU or more`);
  for (const t of heavy) {
    const inside = main.filter((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0));
    const work = [...selfTimes(t, inside)]
      .filter(([name]) => name !== 'RunTask')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([name, v]) => `${name} ${Math.round(v * 10) / 10}`);
    console.log(
      `  ${ms(t.dur)} ms (${ms(t.tdur)} ms CPU) at +${ms(t.ts - first)} ms${own.has(t) ? '' : ", Playwright's"}: ${work.join(', ')}`,
    );
  }
  const url = (e: TraceEvent) => (e.args as { data?: { url?: string } } | undefined)?.data?.url;
  const caches = main.filter((e: TraceEvent) => e.name === 'v8.produceModuleCache' && url(e));
  const byTask = new Map<TraceEvent, TraceEvent[]>();
  for (const c of caches) {
    const task = tasks.find((t) => c.ts >= t.ts && c.ts < t.ts + (t.dur ?? 0));
    if (task) byTask.set(task, [...(byTask.get(task) ?? []), c]);
  }
  console.log(`  code cache made in ${byTask.size} task(s)`);
  for (const [task, list] of byTask) {
    const modules = list
      .map((c) => {
        const name = String(url(c));
        return `${name.slice(name.lastIndexOf('/') + 1)} ${ms(c.tdur ?? c.dur)}`;
      })
      .join(', ');
    console.log(`    task of ${ms(task.tdur)} ms CPU: ${modules}`);
  }
}

await reload('first reload (the second load: code caches made)', page);
await reload('second reload', page);
await browser.close();
await server.close();
