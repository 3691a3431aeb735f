/**
 * The view comes back: closing a popup (or the bottom sheet) returns the map to the view it had
 * before the popup moved it, unless the reader moved it meanwhile; and after every close each
 * marker is inside the map, clear of the controls and the credits, and takes a click there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import {
  BENSTEEL,
  cleanup,
  data,
  IDS_BY_DATE,
  LUOYANG,
  leafletMap,
  mapBox,
  marker,
  markers,
  mount,
  root,
  settled,
  tips,
  until,
} from './helpers.js';

afterEach(async () => {
  cleanup();
  await page.viewport(1024, 800);
});

/**
 * The element as the project's page lays it out in a window of this size: as wide as the page's
 * column (fixed, so that a scroll bar coming and going does not change it), the map 560 px high.
 */
async function pageLike(width: number, height: number): Promise<InspectionMap> {
  await page.viewport(width, height);
  const el = await mount((e) => {
    e.data = data();
    e.style.width = `${Math.min(width, 1200) - 32}px`;
    e.style.setProperty('--inspection-map-height', '560px');
  });
  await settled(el);
  return el;
}

/**
 * Each marker whose centre takes a click: the topmost element there is the marker (or inside
 * it), not the credits, the zoom buttons or another marker.
 */
function clickable(el: InspectionMap): Record<string, boolean> {
  const box = mapBox(el).getBoundingClientRect();
  const out: Record<string, boolean> = {};
  for (const m of markers(el)) {
    const r = m.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const inside = x > box.left && x < box.right && r.top >= box.top && r.bottom <= box.bottom;
    const hit = root(el).elementFromPoint(x, y);
    out[m.dataset.visitId ?? ''] = inside && !!hit && m.contains(hit);
  }
  return out;
}

const ALL_CLICKABLE = Object.fromEntries(IDS_BY_DATE.map((id) => [id, true]));

async function closeWithEscape(el: InspectionMap, id: string): Promise<void> {
  marker(el, id)?.focus();
  await userEvent.keyboard('{Escape}');
  await until(() => el.selected === null);
  await settled(el);
}

describe('closing the open visit', () => {
  for (const [width, height] of [
    [1280, 900],
    [375, 740],
  ] as const) {
    it(`brings the view back, every marker clickable, for each visit at ${width}×${height}`, async () => {
      const el = await pageLike(width, height);
      const first = tips(el);
      expect(clickable(el)).toEqual(ALL_CLICKABLE);
      for (const id of IDS_BY_DATE) {
        await userEvent.click(marker(el, id));
        await until(
          () =>
            el.selected === id && root(el).querySelector('.leaflet-popup .card, .im-sheet .card'),
        );
        await settled(el);
        await closeWithEscape(el, id);
        const now = tips(el);
        for (const [v, p] of Object.entries(first)) {
          expect(now[v]?.x, `${id}: ${v}`).toBeCloseTo(p.x, 0);
          expect(now[v]?.y, `${id}: ${v}`).toBeCloseTo(p.y, 0);
        }
        expect(clickable(el), id).toEqual(ALL_CLICKABLE);
      }
    });
  }

  it('returns to the view before the first popup when the reader goes from one to the next', async () => {
    const el = await pageLike(1280, 900);
    const first = tips(el);
    await userEvent.click(marker(el, BENSTEEL));
    await until(() => el.selected === BENSTEEL);
    await settled(el);
    // From the list: the open popup has moved the next marker out of sight.
    const item = root(el).querySelector(`[data-list-id="${LUOYANG}"] .show-on-map`);
    await userEvent.click(item as HTMLElement);
    await until(() => el.selected === LUOYANG);
    await settled(el);
    await closeWithEscape(el, LUOYANG);
    expect(tips(el)[LUOYANG]?.y).toBeCloseTo(first[LUOYANG]?.y ?? 0, 0);
    expect(tips(el)[BENSTEEL]?.y).toBeCloseTo(first[BENSTEEL]?.y ?? 0, 0);
  });

  it('keeps the view the reader chose while the popup was open', async () => {
    const el = await pageLike(1280, 900);
    await userEvent.click(marker(el, BENSTEEL));
    await until(() => el.selected === BENSTEEL);
    await settled(el);
    const map = leafletMap(el);
    map.panBy([-60, 40], { animate: false });
    await settled(el);
    const moved = tips(el);
    await closeWithEscape(el, BENSTEEL);
    expect(tips(el)).toEqual(moved);
  });
});
