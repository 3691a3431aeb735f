/**
 * The selection API as documented: `selected` is an id the data has or `null`, and an
 * `inspection-map-select` event fires whenever the selection changes for a reason other than
 * code setting it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import {
  BENSTEEL,
  cleanup,
  data,
  dataWith,
  LUOYANG,
  markers,
  mount,
  mountWith,
  popupText,
  RIZHAO,
  root,
  settled,
  until,
} from './helpers.js';

afterEach(() => {
  cleanup();
  history.replaceState(history.state, '', location.pathname + location.search);
});

const isOpen = (el: InspectionMap) =>
  root(el).querySelector('.leaflet-popup .card, .im-sheet .card') !== null;

function selections(el: InspectionMap): (string | null)[] {
  const seen: (string | null)[] = [];
  el.addEventListener('inspection-map-select', (e) => seen.push(e.detail.id));
  return seen;
}

describe('selected', () => {
  it('becomes null, and the popup closes, when set to an id the data lacks', async () => {
    const el = await mountWith();
    const seen = selections(el);
    el.selected = LUOYANG;
    await until(() => isOpen(el));
    el.selected = 'no-such-visit';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.selected).toBeNull();
    expect(el.hasAttribute('selected')).toBe(false);
    await until(() => !isOpen(el));
    // Code set it: no event.
    expect(seen).toEqual([]);
  });

  it('becomes null with an event when new data drops the selected visit', async () => {
    const el = await mountWith();
    el.selected = LUOYANG;
    await until(() => isOpen(el));
    const seen = selections(el);
    el.data = dataWith([RIZHAO, BENSTEEL]);
    await until(() => markers(el).length === 2);
    await el.updateComplete;
    expect(el.selected).toBeNull();
    expect(seen).toEqual([null]);
  });

  it('keeps the selection, with no event, when new data keeps the visit', async () => {
    const el = await mountWith();
    el.selected = LUOYANG;
    await until(() => isOpen(el));
    const seen = selections(el);
    el.data = dataWith([BENSTEEL, LUOYANG]);
    await until(() => markers(el).length === 2);
    await el.updateComplete;
    expect(el.selected).toBe(LUOYANG);
    expect(seen).toEqual([]);
  });

  it('fires an event when the reader’s year filter closes the open visit', async () => {
    const el = await mountWith();
    el.selected = LUOYANG;
    await until(() => isOpen(el));
    const seen = selections(el);
    const select = root(el).querySelector('.year select') as HTMLSelectElement;
    await userEvent.selectOptions(select, '2024');
    await el.updateComplete;
    expect(el.selected).toBeNull();
    expect(seen).toEqual([null]);
  });
});

describe('a deep link', () => {
  it('opens its visit and scrolls the list to it', async () => {
    history.replaceState(history.state, '', `#visit=${LUOYANG}`);
    const el = await mount((e) => {
      e.data = dataWith([RIZHAO, BENSTEEL, LUOYANG]);
      e.deepLink = true;
      e.style.height = '420px';
      e.style.width = '1000px';
    });
    await until(() => el.selected === LUOYANG && isOpen(el));
    await settled(el);
    const list = root(el).querySelector('.list') as HTMLElement;
    const item = root(el).querySelector(`[data-list-id="${LUOYANG}"]`) as HTMLElement;
    // The entry's top at the list's top.
    await until(() => {
      const l = list.getBoundingClientRect();
      const r = item.getBoundingClientRect();
      return Math.abs(r.top - l.top) < 2;
    });
    expect(list.scrollTop).toBeGreaterThan(0);
  });
});

describe('show()', () => {
  // Two moments before the markers are drawn: the visits just read (the load event, before the
  // map's code has loaded), and the map's box just made (the visits not yet given to it).
  const moments = {
    'once the visits are read': (el: InspectionMap, call: () => void) =>
      el.addEventListener('inspection-map-load', call),
    'once the map’s box is made': (el: InspectionMap, call: () => void) => {
      const watch = new MutationObserver(() => {
        if (!root(el).querySelector('.leaflet-container')) return;
        watch.disconnect();
        call();
      });
      watch.observe(root(el), { childList: true, subtree: true });
    },
  };
  for (const [moment, at] of Object.entries(moments)) {
    it(`called ${moment}, before the markers are drawn, opens the visit when they are`, async () => {
      const el = document.createElement('inspection-map');
      el.style.width = '900px';
      el.data = data();
      const seen = selections(el);
      let drawnAtCall = -1;
      let answer: boolean | undefined;
      document.body.append(el);
      // Connected, not yet rendered: the first update is a microtask away.
      at(el, () => {
        drawnAtCall = markers(el).length;
        answer = el.show(BENSTEEL);
      });
      await until(() => answer !== undefined);
      expect(drawnAtCall).toBe(0);
      expect(answer).toBe(true);
      await until(() => markers(el).length === 3);
      await until(() => popupText(el).includes('Bensteel Group'));
      expect(el.selected).toBe(BENSTEEL);
      // As a reader's choice: the focus in the popup, one event.
      await until(() => root(el).activeElement?.closest('.leaflet-popup'));
      expect(seen).toEqual([BENSTEEL]);
    });
  }
});
