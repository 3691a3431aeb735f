/**
 * The element's box and the map's view: a host with a definite height, narrow maps (the open
 * visit as a bottom sheet), the first view at every width, size changes, scroll containers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import {
  boxed,
  cleanup,
  data,
  frames,
  LUOYANG,
  mapBox,
  marker,
  markers,
  popupText,
  root,
  settled,
  tips,
  until,
} from './helpers.js';

afterEach(async () => {
  cleanup();
  for (const el of document.querySelectorAll('[data-test-wrap]')) el.remove();
  await page.viewport(1024, 800);
});

const rect = (el: InspectionMap, selector: string) =>
  (root(el).querySelector(selector) as HTMLElement).getBoundingClientRect();

/** Whether every marker lies inside the map, clear of the zoom buttons and the credits. */
function markersClear(el: InspectionMap): boolean {
  const box = mapBox(el).getBoundingClientRect();
  const controls = [rect(el, '.im-zoom'), rect(el, '.im-credits')];
  const meets = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
  return markers(el).every((m) => {
    const r = m.getBoundingClientRect();
    const inside =
      r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
    return inside && !controls.some((c) => meets(r, c));
  });
}

describe('a host with a definite height', () => {
  for (const width of [640, 1000]) {
    it(`keeps toolbar, map and list inside its box at ${width} px`, async () => {
      const [el, after] = await boxed('height: 420px', `width: ${width}px`);
      const host = el.getBoundingClientRect();
      expect(host.height).toBeCloseTo(420, 0);
      // Under 720 px the list is below the map behind its disclosure (see sized-host.test.ts).
      const list = width < 720 ? '.list-toggle' : '.list';
      for (const part of ['.toolbar', '.map', list]) {
        const r = rect(el, part);
        expect(r.top, part).toBeGreaterThanOrEqual(host.top - 0.5);
        expect(r.bottom, part).toBeLessThanOrEqual(host.bottom + 0.5);
      }
      expect(after.getBoundingClientRect().top).toBeGreaterThanOrEqual(host.bottom - 0.5);
      // The map takes what the toolbar and the list leave, and at least 60% of the box.
      expect(rect(el, '.map').height).toBeGreaterThanOrEqual(252);
      expect(markersClear(el)).toBe(true);
    });
  }

  it('keeps the layout it has without a height: a map of --inspection-map-height', async () => {
    const [el, after] = await boxed('', 'width: 640px');
    expect(rect(el, '.map').height).toBeCloseTo(480, 0);
    const list = root(el).querySelector('.list') as HTMLElement;
    expect(list.scrollHeight).toBeLessThanOrEqual(list.clientHeight + 1);
    expect(after.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      el.getBoundingClientRect().bottom - 0.5,
    );
  });
});

describe('the first view', () => {
  for (const width of [320, 375, 768, 1280]) {
    it(`shows every visit, clear of the controls, at ${width} px`, async () => {
      await page.viewport(width, 800);
      const [el] = await boxed('', 'width: 100%');
      expect(markersClear(el)).toBe(true);
    });
  }
});

describe('a narrow map', () => {
  // Phones, and a narrow box on a desktop page: the map's width decides, not the window's.
  for (const [width, box, where] of [
    [320, '100%', 'at 320 px'],
    [375, '100%', 'at 375 px'],
    [1280, '336px', 'in a 336 px box on a 1280 px page'],
  ] as const) {
    it(`opens a visit as a bottom sheet over at most half the map ${where}`, async () => {
      await page.viewport(width, 740);
      const [el] = await boxed('', `width: ${box}`);
      const before = tips(el);
      await userEvent.click(marker(el, LUOYANG));
      await until(() => el.selected === LUOYANG && root(el).querySelector('.im-sheet .card'));
      await settled(el);
      const map = mapBox(el).getBoundingClientRect();
      const sheet = rect(el, '.im-sheet');
      expect(sheet.bottom).toBeLessThanOrEqual(map.bottom + 0.5);
      expect(sheet.height / map.height).toBeLessThanOrEqual(0.5);
      // Its marker stays in sight above the sheet.
      const pin = marker(el, LUOYANG).getBoundingClientRect();
      expect(pin.bottom).toBeLessThanOrEqual(sheet.top);
      expect(pin.top).toBeGreaterThanOrEqual(map.top);
      // The sheet scrolls inside itself, never sideways.
      const card = root(el).querySelector('.im-sheet .im-sheet-body') as HTMLElement;
      expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
      await userEvent.keyboard('{Escape}');
      await until(() => el.selected === null && !root(el).querySelector('.im-sheet .card'));
      await settled(el);
      const after = tips(el);
      for (const [id, p] of Object.entries(before)) {
        expect(after[id]?.x, id).toBeCloseTo(p.x, 0);
        expect(after[id]?.y, id).toBeCloseTo(p.y, 0);
      }
      expect(markersClear(el)).toBe(true);
    });
  }

  it('moves the open visit from the popup to the sheet and back as the map narrows and widens', async () => {
    await page.viewport(1280, 900);
    const [el] = await boxed('width: 900px');
    const card = (where: string) => root(el).querySelector(`${where} .card`);
    marker(el, LUOYANG).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === LUOYANG && card('.leaflet-popup'));
    // The card has the focus; it keeps it in the sheet.
    await until(() =>
      card('.leaflet-popup')?.closest('.leaflet-popup-content')?.contains(root(el).activeElement),
    );
    el.style.width = '336px';
    await until(() => card('.im-sheet') && !root(el).querySelector('.leaflet-popup'));
    await settled(el);
    expect(card('.im-sheet')?.closest('.im-sheet')?.contains(root(el).activeElement)).toBe(true);
    const map = mapBox(el).getBoundingClientRect();
    const sheet = rect(el, '.im-sheet');
    expect(map.width).toBe(336);
    expect(sheet.height / map.height).toBeLessThanOrEqual(0.5);
    expect(marker(el, LUOYANG).getBoundingClientRect().bottom).toBeLessThanOrEqual(sheet.top);
    el.style.width = '900px';
    await until(() => card('.leaflet-popup') && !root(el).querySelector('.im-sheet'));
    expect(el.selected).toBe(LUOYANG);
    await settled(el);
    await userEvent.keyboard('{Escape}');
    await until(() => el.selected === null && !root(el).querySelector('.leaflet-popup .card'));
    await settled(el);
    expect(markersClear(el)).toBe(true);
  });
});

describe('a change of size', () => {
  it('fits the visits again when the reader has not moved the map', async () => {
    const [el] = await boxed('width: 900px');
    const centre = () => {
      const box = mapBox(el).getBoundingClientRect();
      const xs = Object.values(tips(el)).map((t) => t.x);
      return (Math.min(...xs) + Math.max(...xs)) / 2 - box.width / 2;
    };
    const offBefore = centre();
    el.style.width = '600px';
    await frames(4);
    await settled(el);
    expect(Math.abs(centre() - offBefore)).toBeLessThan(12);
    expect(markersClear(el)).toBe(true);
  });

  it('keeps an open popup whole in the map after fitting again', async () => {
    const wrap = document.createElement('div');
    wrap.dataset.testWrap = '';
    wrap.setAttribute('style', 'width: 1000px');
    const el = document.createElement('inspection-map');
    // Selected before it is drawn, as a deep link does while the page is still settling.
    el.selected = LUOYANG as string;
    el.data = data();
    el.style.height = '760px';
    wrap.append(el);
    document.body.append(wrap);
    await until(() => root(el).querySelector('.leaflet-popup'));
    await settled(el);
    // The page settles: the box gets narrower and shorter, and the map fits to it again (still
    // 500 px wide beside the list: a popup, not the sheet).
    el.style.height = '560px';
    wrap.style.width = '900px';
    await frames(4);
    await settled(el);
    const map = mapBox(el).getBoundingClientRect();
    const popup = (root(el).querySelector('.leaflet-popup') as HTMLElement).getBoundingClientRect();
    expect(popupText(el)).toContain('Luoyang Bearing Group');
    expect({ top: popup.top >= map.top - 1, bottom: popup.bottom <= map.bottom + 1 }).toEqual({
      top: true,
      bottom: true,
    });
  });

  it('keeps the view the reader chose', async () => {
    const [el] = await boxed('width: 900px');
    await userEvent.click(root(el).querySelector('.im-zoom-button') as HTMLElement);
    await settled(el);
    const zoomed = tips(el);
    el.style.width = '700px';
    await frames(4);
    await settled(el);
    // Leaflet keeps the top left corner where it was.
    const now = tips(el);
    for (const [id, p] of Object.entries(zoomed)) expect(now[id]?.x, id).toBeCloseTo(p.x, 0);
  });
});

describe('in a scroll container', () => {
  it('pressing on the map does not scroll the container', async () => {
    const wrap = document.createElement('div');
    wrap.dataset.testWrap = '';
    wrap.setAttribute('style', 'height: 300px; overflow: auto; width: 700px');
    const spacer = document.createElement('div');
    spacer.style.height = '200px';
    const el = document.createElement('inspection-map');
    el.data = data();
    wrap.append(
      spacer,
      el,
      Object.assign(document.createElement('div'), { style: 'height:900px' }),
    );
    document.body.append(wrap);
    await until(() => markers(el).length === 3);
    await settled(el);
    wrap.scrollTop = 120;
    await frames(2);
    const box = mapBox(el).getBoundingClientRect();
    // A point of the map that is in sight in the container, away from the markers.
    const y = wrap.getBoundingClientRect().top + 250 - box.top;
    await userEvent.click(mapBox(el), { position: { x: box.width - 60, y } });
    await frames(3);
    expect(wrap.scrollTop).toBe(120);
  });
});
