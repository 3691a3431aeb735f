/**
 * What a page's long main-thread tasks are made of, for `npm run bench:editor -- --trace`: a
 * Chromium performance trace (the `devtools.timeline` events: script, style, layout, paint) and
 * V8's sampling CPU profile recorded together around one step, then, for each task of 50 ms or
 * more on the page's main thread, its time by kind of work (self time, in ms) and by JavaScript
 * function (self time of the profile's samples inside the task).
 */
import type { Browser, Page } from 'playwright';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's own time (CPU) in the event, µs: on a busy machine far less than `dur`. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
  }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** One long task: when it started (ms from the step's start), its length and what it did. */
export interface LongTask {
  at: number;
  ms: number;
  /** The main thread's CPU time in it (ms): what the task costs, however busy the machine. */
  cpu: number;
  /** Self time by trace event name (`Layout`, `FunctionCall`, `Paint`…), largest first. */
  work: [string, number][];
  /** Self time by JavaScript function (`name file:line`), largest first. */
  functions: [string, number][];
  /** Whether the page's own (else Playwright's: no page script in it; see `ownTasks`). */
  own: boolean;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
].join(',');

const round = (x: number) => Math.round(x * 10) / 10;
const top = (m: Map<string, number>, n: number): [string, number][] =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => [k, round(v)]);

/** Self time (µs) of each event name under `task`, from the events of its thread. */
export function selfTimes(task: TraceEvent, events: TraceEvent[]): Map<string, number> {
  const end = task.ts + (task.dur ?? 0);
  const inside = events
    .filter((e) => e !== task && e.ts >= task.ts && e.ts < end && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { e: TraceEvent; end: number }[] = [{ e: task, end }];
  const add = (name: string, us: number) => self.set(name, (self.get(name) ?? 0) + us);
  add(task.name, task.dur ?? 0);
  for (const e of inside) {
    while (stack.length > 1 && (stack.at(-1)?.end ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    const dur = Math.min(e.dur ?? 0, (parent?.end ?? end) - e.ts);
    if (parent) add(parent.e.name, -dur);
    add(e.name, dur);
    stack.push({ e, end: e.ts + dur });
  }
  return new Map([...self].map(([k, v]) => [k, v / 1000]));
}

/** Self time (ms) by function of the profile's samples between `from` and `to` (µs). */
function functionTimes(profile: CpuProfile, from: number, to: number): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const out = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    if (t < from || t > to) continue;
    const f = byId.get(profile.samples[i] as number);
    if (!f || f.functionName === '(idle)') continue;
    const file = f.url.slice(f.url.lastIndexOf('/') + 1);
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? delta) / 1000);
  }
  return out;
}

export const parse = (buffer: Buffer) =>
  JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };

/** The complete events of the page's main thread in a trace. */
export function mainThread(traceEvents: TraceEvent[]): TraceEvent[] {
  const mains = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return traceEvents.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
}

/** Frame work: the page's own drawing, whatever script changed it. */
const FRAME = new Set(['Paint', 'PrePaint', 'Layerize', 'Commit']);

/** The URL an event names for the script or document it ran, if any. */
const eventUrl = (e: TraceEvent): string | undefined => {
  const a = e.args as { data?: { url?: string }; beginData?: { url?: string } } | undefined;
  return a?.data?.url || a?.beginData?.url || undefined;
};

/** Whether an event inside a task shows it is the page's: see `ownTasks`. */
const pageMark = (e: TraceEvent, origin: string): boolean =>
  FRAME.has(e.name) ||
  e.name === 'v8.evaluateModule' ||
  e.name === 'RunYieldContinuation' ||
  (eventUrl(e)?.startsWith(origin) ?? false);

/**
 * Which main-thread tasks are the page's own: a task that ran the page's script (a function or
 * document of `origin`, a module evaluated, a `scheduler.yield` continuation) or drew a frame.
 * The rest are the driver's: Playwright's protocol messages, its injected script (no URL)
 * finding and checking elements, scrolling them into view, starting and stopping the trace.
 */
export function ownTasks(
  tasks: readonly TraceEvent[],
  thread: readonly TraceEvent[],
  origin: string,
): Set<TraceEvent> {
  const marks = thread
    .filter((e) => e.name !== 'RunTask' && pageMark(e, origin))
    .map((e) => e.ts)
    .sort((x, y) => x - y);
  const own = new Set<TraceEvent>();
  for (const t of tasks) {
    // The first mark at or after the task's start, by bisection.
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((marks[mid] as number) < t.ts) lo = mid + 1;
      else hi = mid;
    }
    if (lo < marks.length && (marks[lo] as number) < t.ts + (t.dur ?? 0)) own.add(t);
  }
  return own;
}

/** The longest main-thread task of a step, its own and the driver's apart. */
export interface StepTasks {
  /** The page's longest task (ms, wall): 0 when none. */
  longest: number;
  /** The most CPU time one of the page's tasks took (ms). */
  cpu: number;
  /** The longest task the driver (Playwright) caused, no page script in it (ms, wall). */
  driver: number;
}

/**
 * Records `act` with Chromium's task events (a light trace: tasks, script calls, style, layout
 * and paint) and returns the page's longest main-thread task, the most CPU time one of them took
 * (on a machine busy with other work a task's length is mostly waiting for a core, its CPU time
 * is what the page asked for), and apart from them the longest task Playwright itself caused (see
 * `ownTasks`). Tasks begun before a mark the page makes once tracing is under way (tracing's own
 * start) are not counted.
 */
export async function stepTasks(
  browser: Browser,
  page: Page,
  act: () => Promise<void>,
): Promise<StepTasks> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await page.waitForTimeout(200);
  await page.evaluate(() => performance.mark('bench-step'));
  await act();
  const origin = new URL(page.url()).origin;
  const { traceEvents } = parse(await browser.stopTracing());
  const from = traceEvents.find((e) => e.name === 'bench-step')?.ts ?? 0;
  const main = mainThread(traceEvents);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ts > from);
  const mine = ownTasks(tasks, main, origin);
  const own = tasks.filter((t) => mine.has(t));
  const driver = tasks.filter((t) => !mine.has(t));
  const most = (list: TraceEvent[], f: (e: TraceEvent) => number) =>
    round(Math.max(0, ...list.map((e) => f(e) / 1000)));
  return {
    longest: most(own, (e) => e.dur ?? 0),
    cpu: most(own, (e) => e.tdur ?? 0),
    driver: most(driver, (e) => e.dur ?? 0),
  };
}

/** Records `act` and returns the page's main-thread tasks of `min` ms or more, most CPU first. */
export async function traceLongTasks(
  browser: Browser,
  page: Page,
  act: () => Promise<void>,
  min = 50,
): Promise<LongTask[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  await cdp.send('Profiler.start');
  await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const buffer = await browser.stopTracing();
  await cdp.detach();
  const origin = new URL(page.url()).origin;
  const onMain = mainThread(parse(buffer).traceEvents);
  const first = Math.min(...onMain.map((e) => e.ts));
  const long = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= min * 1000);
  const own = ownTasks(long, onMain, origin);
  return long
    .sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0))
    .map((task) => {
      const thread = onMain.filter((e) => e.pid === task.pid && e.tid === task.tid);
      return {
        at: round((task.ts - first) / 1000),
        ms: round((task.dur ?? 0) / 1000),
        cpu: round((task.tdur ?? 0) / 1000),
        work: top(selfTimes(task, thread), 8),
        functions: top(functionTimes(profile, task.ts, task.ts + (task.dur ?? 0)), 12),
        own: own.has(task),
      };
    });
}

/** The tasks as lines to print. */
export function describeTasks(step: string, tasks: readonly LongTask[], n = 3, min = 50): string {
  const lines = [`${step}: ${tasks.length} task(s) of ${min} ms or more`];
  for (const t of tasks.slice(0, n)) {
    lines.push(`  ${t.ms} ms (${t.cpu} ms CPU) at +${t.at} ms${t.own ? '' : ", Playwright's"}`);
    lines.push(`    work: ${t.work.map(([k, v]) => `${k} ${v}`).join(', ')}`);
    lines.push(`    js:   ${t.functions.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  return lines.join('\n');
}
