/**
 * The element as a guest in pages it does not control: configured before it is connected,
 * hidden when it starts, moved around the DOM, and several on one page.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { FIXTURE_VISITS_URL as visitsUrl } from './fixture.js';
import {
  BENSTEEL,
  data,
  dataWith,
  frames,
  LUOYANG,
  mapBox,
  marker as markerOf,
  markers,
  markersInsideMap,
  mount,
  popupText,
  RIZHAO,
  root,
  settled,
  tips,
  until,
} from './helpers.js';
import { trackListeners } from './listeners.js';

afterEach(() => {
  for (const el of document.querySelectorAll('inspection-map')) el.remove();
  document.body.replaceChildren();
});

/** Marker tips of an element drawn visible from the start, 900 px wide. */
async function referenceTips(): Promise<ReturnType<typeof tips>> {
  const el = await mount();
  await frames();
  const t = tips(el);
  el.remove();
  return t;
}

function expectSameTips(actual: ReturnType<typeof tips>, expected: ReturnType<typeof tips>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, p] of Object.entries(expected)) {
    expect(actual[id]?.x).toBeCloseTo(p.x, 0);
    expect(actual[id]?.y).toBeCloseTo(p.y, 0);
  }
}

describe('a good guest', () => {
  it('is created, configured, then connected, and draws fully', async () => {
    const el = document.createElement('inspection-map');
    el.src = visitsUrl;
    el.selected = BENSTEEL;
    el.style.width = '900px';
    expect(el.shadowRoot).toBeNull();
    document.body.append(el);

    await until(() => markers(el).length === 3 && popupText(el).includes('Bensteel Group'));
    expect(el.getAttribute('selected')).toBe(BENSTEEL);
    expect(root(el).querySelectorAll('path.im-province')).toHaveLength(32);
    expect(root(el).querySelectorAll('.list-item')).toHaveLength(3);
    expect(root(el).querySelector('.im-credits')?.textContent).toContain(
      'Source: XI Focus: Fortify the backbone of innovation manufacturing (2025-05-22)',
    );
    // Once the popup's pan has ended, the open visit's marker and its popup are in the map's
    // box (the pan may push other markers out of a box this small); closed, the view comes back
    // with every marker inside.
    await settled(el);
    const box = mapBox(el).getBoundingClientRect();
    for (const part of [markerOf(el, BENSTEEL), root(el).querySelector('.leaflet-popup-content')]) {
      const r = (part as HTMLElement).getBoundingClientRect();
      expect(r.top >= box.top && r.bottom <= box.bottom, `${r.top}–${r.bottom}`).toBe(true);
    }
    el.select(null);
    await until(() => markersInsideMap(el));
  });

  const hiders: [string, (el: InspectionMap) => { show: () => void }][] = [
    [
      'a closed <details>',
      (el) => {
        const details = document.createElement('details');
        details.append(
          Object.assign(document.createElement('summary'), { textContent: 'Map' }),
          el,
        );
        document.body.append(details);
        return { show: () => details.setAttribute('open', '') };
      },
    ],
    [
      'a display:none tab panel',
      (el) => {
        const panel = Object.assign(document.createElement('div'), { hidden: true });
        panel.setAttribute('role', 'tabpanel');
        panel.append(el);
        document.body.append(panel);
        return { show: () => panel.removeAttribute('hidden') };
      },
    ],
    [
      'a closed <dialog>',
      (el) => {
        const dialog = document.createElement('dialog');
        dialog.style.width = '960px';
        dialog.style.maxWidth = 'none';
        dialog.append(el);
        document.body.append(dialog);
        return { show: () => dialog.showModal() };
      },
    ],
  ];

  for (const [where, hide] of hiders) {
    it(`starts hidden in ${where} and fills its box when shown, without a window resize`, async () => {
      const expected = await referenceTips();
      let resizes = 0;
      const onResize = () => resizes++;
      window.addEventListener('resize', onResize);

      const el = document.createElement('inspection-map');
      el.style.width = '900px';
      el.data = data();
      const { show } = hide(el);
      await until(() => markers(el).length === 3);
      await frames();
      expect(el.checkVisibility()).toBe(false);

      show();
      await until(() => markersInsideMap(el));
      // Past Leaflet's debounced 'moveend' (200 ms) and any pan it could start.
      await new Promise((r) => setTimeout(r, 500));
      const size = root(el).querySelector<HTMLElement>('.map')?.getBoundingClientRect();
      expect(size?.width).toBe(500);
      expectSameTips(tips(el), expected);
      expect(resizes).toBe(0);
      window.removeEventListener('resize', onResize);
      el.closest('dialog')?.close();
    });
  }

  it('is removed and connected again, and moved, 20 times: one map, listeners released', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const consoleError = vi.spyOn(console, 'error');
    const tracker = trackListeners();
    try {
      const [a, b] = [document.createElement('div'), document.createElement('section')];
      document.body.append(a, b);
      const el = await mount((e) => {
        e.data = data();
        e.selected = LUOYANG;
      }, a);
      await until(() => popupText(el).includes('Luoyang Bearing'));
      await frames();
      const baseline = tracker.live();

      for (let i = 0; i < 20; i++) {
        const to = i % 4 < 2 ? b : a;
        if (i % 2 === 0) {
          el.remove();
          await frames(1);
        }
        to.append(el); // when still connected, a move: disconnected and connected at once
        await until(() => markers(el).length === 3 && popupText(el).includes('Luoyang Bearing'));
      }
      await frames();

      expect(el.parentElement).toBe(a);
      expect(markers(el)).toHaveLength(3);
      expect(root(el).querySelectorAll('.leaflet-map-pane')).toHaveLength(1);
      expect(root(el).querySelectorAll('.leaflet-popup')).toHaveLength(1);
      expect(root(el).querySelectorAll('.im-gesture-hint')).toHaveLength(1);
      expect(root(el).querySelectorAll('path.im-province')).toHaveLength(32);
      expect(tracker.live()).toEqual(baseline);

      // One Escape closes the one popup and reports it once.
      const seen: (string | null)[] = [];
      el.addEventListener('inspection-map-select', (e) => seen.push(e.detail.id));
      root(el).querySelector<HTMLElement>('.leaflet-popup .card')?.focus();
      await userEvent.keyboard('{Escape}');
      await until(() => el.selected === null);
      await frames();
      expect(seen).toEqual([null]);
      expect(root(el).activeElement).toBe(markerOf(el, LUOYANG));
      expect(errors).toEqual([]);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      tracker.restore();
      consoleError.mockRestore();
      window.removeEventListener('error', onError);
    }
  });

  it('finishes loading src when moved while the request is in flight', async () => {
    const el = document.createElement('inspection-map');
    el.src = visitsUrl;
    document.body.append(el);
    await el.updateComplete;
    expect(root(el).querySelector('.status')?.textContent).toContain('Loading visits');
    const other = document.createElement('div');
    document.body.append(other);
    other.append(el);
    await until(() => markers(el).length === 3);
    expect(root(el).querySelector('.status')).toBeNull();
  });

  it('keeps several instances with different data independent', async () => {
    const a = await mount();
    const b = await mount(
      (el) => {
        el.data = dataWith([RIZHAO, BENSTEEL]);
      },
      document.body,
      2,
    );
    const seen: { a: (string | null)[]; b: (string | null)[]; page: string[] } = {
      a: [],
      b: [],
      page: [],
    };
    a.addEventListener('inspection-map-select', (e) => seen.a.push(e.detail.id));
    b.addEventListener('inspection-map-select', (e) => seen.b.push(e.detail.id));
    const onPage = (e: Event) =>
      seen.page.push(`${e.target === a ? 'a' : 'b'}:${(e as CustomEvent).detail.id}`);
    document.addEventListener('inspection-map-select', onPage);

    expect(markerOf(b, LUOYANG)).toBeNull();
    expect(root(b).querySelectorAll('.list-item')).toHaveLength(2);

    await userEvent.click(markerOf(a, LUOYANG));
    await until(() => a.selected === LUOYANG && popupText(a).includes('Luoyang Bearing'));
    expect(b.selected).toBeNull();
    expect(root(b).querySelector('.leaflet-popup')).toBeNull();

    await userEvent.click(markerOf(b, RIZHAO));
    await until(() => b.selected === RIZHAO && popupText(b).includes('Rizhao Port'));
    expect(a.selected).toBe(LUOYANG);
    expect(popupText(a)).toContain('Luoyang Bearing');

    b.select(BENSTEEL);
    await until(() => popupText(b).includes('Bensteel Group'));
    expect(popupText(a)).toContain('Luoyang Bearing');
    expect(seen).toEqual({ a: [LUOYANG], b: [RIZHAO], page: [`a:${LUOYANG}`, `b:${RIZHAO}`] });
    document.removeEventListener('inspection-map-select', onPage);
  });
});
