/**
 * The scale benchmark's page. The runner (`bench/scale.mjs`) drives it through `window.bench`:
 * load a dataset, draw it with one case, then pan and zoom by script while frames are timed.
 */
import { parseVisits } from '../../src/model/load.js';
import { type Case, type Dataset, prepare } from './cases.js';

const stage = document.getElementById('stage') as HTMLElement;
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

const frame = () => new Promise<number>((r) => requestAnimationFrame(r));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let data: Dataset | undefined;
let current: Case | undefined;

async function settle(): Promise<void> {
  await sleep(400);
  await frame();
  await frame();
}

/** Runs `steps` while timing every frame; returns the intervals between frames, in ms. */
async function timeFrames(steps: () => Promise<void>): Promise<number[]> {
  const stamps: number[] = [];
  let running = true;
  const tick = (t: number) => {
    stamps.push(t);
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await steps();
  await frame();
  running = false;
  return stamps.slice(1).map((t, i) => t - (stamps[i] as number));
}

function once(map: L.Map, event: string): Promise<void> {
  return new Promise((r) => map.once(event, () => r()));
}

const bench = {
  /** Fetches and parses `data/visits-N.json` (not timed); returns the number of visits. */
  async load(n: number): Promise<number> {
    const response = await fetch(`data/visits-${n}.json`);
    data = (await response.json()) as Dataset;
    return data.features.length;
  },

  /** Prepares a case (a map with its base map, nothing drawn yet). */
  async prepare(kind: string): Promise<void> {
    current = await prepare(kind, stage);
    await settle();
  },

  /**
   * Draws the loaded dataset (the empty case draws none) and times it from the moment the data
   * is handed over to the first animation frame that begins with the markers in place.
   */
  async draw(kind: string) {
    const c = current as Case;
    const input = kind === 'empty' ? { ...(data as Dataset), features: [] } : (data as Dataset);
    // In a task of the page's own: work run by the driver's evaluate is not seen as a long task.
    const t0 = await new Promise<number>((resolve) =>
      setTimeout(() => {
        const t = performance.now();
        // Marks for a trace of the draw (the profile scripts read them).
        performance.mark('draw-start');
        c.draw(input);
        resolve(t);
      }, 0),
    );
    // The same event for every case: the first animation frame that begins with the markers in
    // place (the frame that paints them). A case that draws at once waits for the next frame; one
    // that draws later is seen by the first frame that finds its markers, not one frame after.
    let waited = false;
    while (!c.drawn()) {
      await frame();
      waited = true;
    }
    if (!waited) await frame();
    const t1 = performance.now();
    performance.mark('draw-end');
    // The element checks every record, drawn or not: the load counts until that is done too.
    const t2 = c.checked ? await c.checked : t1;
    await sleep(200);
    const end = Math.max(t1, t2);
    const tasks = longTasks.filter((t) => t.start + t.duration > t0 && t.start < end);
    return {
      ms: t1 - t0,
      checkedMs: c.checked ? t2 - t0 : null,
      longestTask: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
      longTasks: tasks.length,
      where: c.where?.() ?? 'main thread',
    };
  },

  /** Validation alone: `parseVisits` on the loaded dataset, in ms. */
  validate(): { ms: number; visits: number } {
    const t0 = performance.now();
    const r = parseVisits(data);
    return { ms: performance.now() - t0, visits: r.visits.length };
  },

  /** Frame intervals during a scripted pan and zoom at country zoom (4) or city zoom (10). */
  async frames(scenario: 'country' | 'city'): Promise<number[]> {
    const map = (current as Case).map;
    if (scenario === 'country') map.setView([35, 105], 4, { animate: false });
    else map.setView([39.9, 116.4], 10, { animate: false });
    await settle();
    return timeFrames(async () => {
      for (const [x, y] of [
        [300, 120],
        [-300, -120],
        [-250, 150],
        [250, -150],
      ] as [number, number][]) {
        const moved = once(map, 'moveend');
        map.panBy([x, y], { duration: 0.4 });
        await moved;
      }
      for (const delta of [1, -1]) {
        const zoomed = once(map, 'zoomend');
        map.setZoom(map.getZoom() + delta, { animate: true });
        await zoomed;
        await sleep(300);
      }
    });
  },
};

Object.assign(window, { bench });
