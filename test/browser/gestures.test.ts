/**
 * Cooperative gestures: the map does not take the page's scrolling over. The wheel tests use
 * real wheel input (Playwright's mouse), so the page really scrolls; touches are synthetic.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { LUOYANG, mapBox, markers, mount, RIZHAO, root, tips, until } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const scroller = () => document.scrollingElement as Element;
const hint = (el: InspectionMap) => root(el).querySelector<HTMLElement>('.im-gesture-hint');
const hintShown = (el: InspectionMap) => {
  const h = hint(el);
  return h && getComputedStyle(h).visibility === 'visible' ? h.textContent : null;
};
/** Distance between two markers: it grows when the map zooms in. */
const spread = (el: InspectionMap) => {
  const t = tips(el);
  const [a, b] = [t[RIZHAO], t[LUOYANG]];
  return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : Number.NaN;
};

let el: InspectionMap;

beforeEach(async () => {
  el = await mount();
  // Room to scroll the page by, below the map.
  document.body.append(Object.assign(document.createElement('div'), { style: 'height:3000px' }));
  scroller().scrollTop = 0;
});

afterEach(async () => {
  await userEvent.keyboard('{/Control}{/Meta}');
  document.body.replaceChildren();
});

describe('the mouse wheel', () => {
  it('scrolls the page over the map, and shows how to zoom instead', async () => {
    const before = { spread: spread(el), tips: tips(el) };
    await userEvent.wheel(mapBox(el), { delta: { y: 240 } });
    await until(() => scroller().scrollTop > 0);
    await until(() => hintShown(el) === 'Use ctrl + scroll to zoom the map');
    await sleep(500);
    expect(spread(el)).toBeCloseTo(before.spread, 1);
    expect(tips(el)).toEqual(before.tips);
    await until(() => hintShown(el) === null, 3000);
  });

  for (const key of ['Control', 'Meta']) {
    it(`zooms the map, not the page, with ${key} held`, async () => {
      const before = spread(el);
      await userEvent.keyboard(`{${key}>}`);
      await userEvent.wheel(mapBox(el), { delta: { y: -240 } });
      await userEvent.keyboard(`{/${key}}`);
      await until(() => spread(el) > before * 1.5);
      expect(scroller().scrollTop).toBe(0);
      expect(hintShown(el)).toBeNull();
    });
  }

  it('scrolls the open popup without a hint over its text', async () => {
    el.select(LUOYANG);
    const box = await until(() =>
      root(el).querySelector<HTMLElement>('.leaflet-popup-content, .im-sheet-body'),
    );
    await until(() => box.scrollHeight > box.clientHeight);
    const before = spread(el);
    await userEvent.wheel(box, { delta: { y: 120 } });
    await until(() => box.scrollTop > 0);
    await sleep(300);
    expect(hintShown(el)).toBeNull();
    expect(spread(el)).toBeCloseTo(before, 1);
  });

  it('zooms the map once the map has focus', async () => {
    const before = spread(el);
    mapBox(el).focus();
    await userEvent.wheel(mapBox(el), { delta: { y: -240 } });
    await until(() => spread(el) > before * 1.5);
    expect(scroller().scrollTop).toBe(0);
  });

  it('leaves the wheel events it does not use to the page’s own listeners', async () => {
    const seen: { ctrl: boolean; prevented: boolean }[] = [];
    const onWheel = (e: WheelEvent) =>
      seen.push({ ctrl: e.ctrlKey, prevented: e.defaultPrevented });
    window.addEventListener('wheel', onWheel);
    await userEvent.wheel(mapBox(el), { delta: { y: 120 } });
    await userEvent.keyboard('{Control>}');
    await userEvent.wheel(mapBox(el), { delta: { y: -120 } });
    await userEvent.keyboard('{/Control}');
    window.removeEventListener('wheel', onWheel);
    // The page sees the scroll, untouched; the zoom the map used stays with the map.
    expect(seen).toEqual([{ ctrl: false, prevented: false }]);
  });

  it('can be removed in the middle of a wheel zoom without errors afterwards', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    await userEvent.keyboard('{Control>}');
    await userEvent.wheel(mapBox(el), { delta: { y: -240 } });
    el.remove(); // within the wheel's 40 ms debounce
    await sleep(50);
    document.body.prepend(el);
    await until(() => markers(el).length === 3);
    await userEvent.wheel(mapBox(el), { delta: { y: -240 } });
    await userEvent.keyboard('{/Control}');
    await sleep(100);
    el.remove(); // during the zoom animation
    await sleep(500);
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  });
});

/** Dispatches a touch event with one touch point per `[x, y]`, in viewport pixels. */
function touch(target: Element, type: string, points: [number, number][]): TouchEvent {
  const list = points.map(
    ([clientX, clientY], identifier) =>
      new Touch({ identifier, target, clientX, clientY, pageX: clientX, pageY: clientY }),
  );
  const active = type === 'touchend' ? [] : list;
  const event = new TouchEvent(type, {
    touches: active,
    targetTouches: active,
    changedTouches: list,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  target.dispatchEvent(event);
  return event;
}

describe('touch', () => {
  it('lets one finger scroll the page: touch-action, no map move, a hint', async () => {
    const box = mapBox(el);
    expect(getComputedStyle(box).touchAction).toBe('pan-x pan-y');
    const before = tips(el);
    const target = root(el).querySelector('.leaflet-map-pane') as Element;
    const r = box.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    touch(target, 'touchstart', [[x, y]]);
    const moves = [20, 40, 80].map((dy) => touch(target, 'touchmove', [[x, y - dy]]));
    touch(target, 'touchend', [[x, y - 80]]);
    expect(moves.map((m) => m.defaultPrevented)).toEqual([false, false, false]);
    await until(() => hintShown(el) === 'Use two fingers to move the map');
    await sleep(400);
    expect(tips(el)).toEqual(before);
    // Mouse dragging is back once the finger is up.
    expect(box.classList.contains('leaflet-grab')).toBe(true);
  });

  it('lets two fingers move the map', async () => {
    const box = mapBox(el);
    const before = tips(el);
    const target = root(el).querySelector('.leaflet-map-pane') as Element;
    const r = box.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const at = (dx: number, dy: number): [number, number][] => [
      [x - 60 + dx, y + dy],
      [x + 60 + dx, y + dy],
    ];
    touch(target, 'touchstart', at(0, 0));
    const moves: TouchEvent[] = [];
    for (const step of [1, 2, 3, 4]) {
      moves.push(touch(target, 'touchmove', at(15 * step, 10 * step)));
      await new Promise((done) => requestAnimationFrame(done));
    }
    touch(target, 'touchend', at(60, 40));
    expect(moves.every((m) => m.defaultPrevented)).toBe(true);
    expect(hintShown(el)).toBeNull();
    await sleep(600);
    const after = tips(el);
    for (const m of markers(el)) {
      const id = m.dataset.visitId ?? '';
      expect(after[id]?.x).toBeCloseTo((before[id]?.x ?? 0) + 60, -0.5);
      expect(after[id]?.y).toBeCloseTo((before[id]?.y ?? 0) + 40, -0.5);
    }
  });
});
