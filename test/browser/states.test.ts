/**
 * The public API around the data and the view: loading and error states, the load and problems
 * events, `lang`, and the optional tile layer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { FIXTURE_VISITS_URL as visitsUrl } from './fixture.js';
import { data, LUOYANG, marker, markers, mount, popupText, root, until } from './helpers.js';

const realFetch = window.fetch;

afterEach(() => {
  window.fetch = realFetch;
  document.body.replaceChildren();
});

/** Records the element's load and problems events. */
function listen(el: InspectionMap) {
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['inspection-map-load', 'inspection-map-problems'] as const) {
    el.addEventListener(type, (e) => events.push({ type, detail: e.detail }));
  }
  return events;
}

const statusBox = (el: InspectionMap) => root(el).querySelector<HTMLElement>('[part="status"]');
const errorBox = (el: InspectionMap) => root(el).querySelector<HTMLElement>('[part="error"]');

describe('loading src', () => {
  it('says it is loading until the file arrives, then draws and fires inspection-map-load', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    window.fetch = async (...args) => {
      await gate;
      return realFetch(...args);
    };
    const el = document.createElement('inspection-map');
    el.src = visitsUrl;
    const events = listen(el);
    document.body.append(el);
    await until(() => statusBox(el)?.textContent === 'Loading visits…');
    expect(statusBox(el)?.getAttribute('role')).toBe('status');
    await new Promise((r) => setTimeout(r, 100));
    expect(markers(el)).toHaveLength(0);
    expect(events).toEqual([]);

    release();
    await until(() => markers(el).length === 3);
    await el.updateComplete;
    expect(statusBox(el)).toBeNull();
    expect(events).toEqual([{ type: 'inspection-map-load', detail: { visits: 3, problems: [] } }]);
  });

  it('shows why it failed, fires a fatal problems event, and loads on retry', async () => {
    let calls = 0;
    window.fetch = async (...args) => {
      calls += 1;
      return calls === 1 ? new Response('gone', { status: 404 }) : realFetch(...args);
    };
    const el = document.createElement('inspection-map');
    el.src = visitsUrl;
    const events = listen(el);
    document.body.append(el);
    await until(() => errorBox(el)?.getAttribute('role') === 'alert');
    const message = el.problems[0]?.message ?? '';
    expect(message).toMatch(/^The visits file was not found at .*visits.* \(HTTP 404\)\.$/);
    expect(errorBox(el)?.textContent).toContain('The visits could not be loaded.');
    expect(errorBox(el)?.textContent).toContain(message);
    expect(el.problems).toHaveLength(1);
    expect(events).toEqual([
      {
        type: 'inspection-map-problems',
        detail: {
          fatal: true,
          problems: [
            {
              record: 'file',
              path: '',
              code: 'not-found',
              expected: 'the visits file',
              received: 'HTTP 404',
              message,
            },
          ],
        },
      },
    ]);

    await userEvent.click(root(el).querySelector('[part="error"] button') as HTMLElement);
    await until(() => markers(el).length === 3);
    await el.updateComplete;
    expect(calls).toBe(2);
    expect(statusBox(el)).toBeNull();
    expect(el.problems).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['inspection-map-problems', 'inspection-map-load']);
  });

  it('draws the good records of a file with a bad one, and reports the bad one', async () => {
    const file = data();
    const bad = file.features.find((f) => f.id === LUOYANG) as unknown as {
      geometry: { coordinates: unknown };
    };
    bad.geometry.coordinates = ['east', 34.67];
    const events: { type: string; detail: unknown }[] = [];
    const el = await mount(
      (e) => {
        e.data = file;
        for (const type of ['inspection-map-load', 'inspection-map-problems'] as const) {
          e.addEventListener(type, (ev) => events.push({ type, detail: ev.detail }));
        }
      },
      document.body,
      2,
    );
    await el.updateComplete;
    expect(marker(el, LUOYANG)).toBeNull();
    expect(root(el).querySelector('.notice .notice-text')?.textContent?.trim()).toBe(
      '1 of 3 visits could not be shown.',
    );
    expect(events.map((e) => e.type)).toEqual(['inspection-map-load', 'inspection-map-problems']);
    const detail = events[1]?.detail as { problems: { record: string; path: string }[] };
    const problems = detail.problems;
    expect(problems.map((p) => [p.record, p.path])).toEqual([[LUOYANG, 'geometry.coordinates.0']]);
  });
});

describe('lang', () => {
  it('re-renders names, dates and marker labels in the new language, and reflects', async () => {
    const el = await mount();
    el.select(LUOYANG);
    await until(() => popupText(el).includes('Luoyang Bearing Group Co., Ltd.'));
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(el.getAttribute('lang')).toBe('zh-CN');
    expect(marker(el, LUOYANG).getAttribute('aria-label')).toBe(
      '洛阳轴承集团股份有限公司，洛阳市，河南省，2025年5月19日',
    );
    expect(root(el).querySelector('.list .card-title')?.textContent).toBe('日照港');
    await until(() => popupText(el).includes('洛阳轴承集团股份有限公司'));
  });

  it('renders its first frame in Chinese, the Chinese text loaded on demand', async () => {
    const el = document.createElement('inspection-map') as InspectionMap;
    el.lang = 'zh-Hans';
    el.data = data();
    document.body.append(el);
    await el.updateComplete;
    // The first render had the text: no English heading, label or toolbar in the meantime.
    expect(root(el).querySelector('#list-heading')?.textContent).toContain('视察');
    expect(root(el).querySelector('.map')?.getAttribute('aria-label')).toBe('视察地点地图');
    el.remove();
  });

  it('takes the language of the nearest ancestor with one', async () => {
    const section = document.createElement('section');
    section.lang = 'zh';
    document.body.append(section);
    const el = await mount(undefined, section);
    expect(el.hasAttribute('lang')).toBe(false);
    expect(marker(el, LUOYANG).getAttribute('aria-label')).toContain('洛阳轴承集团股份有限公司');
  });
});

describe('tiles', () => {
  // A 1×1 PNG: every tile of the layer is this image, and nothing leaves the machine.
  const PIXEL =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNk+A8AAQUBAScY42YAAAAASUVORK5CYII=';

  it('draws a tile layer over the base map, credits it as text, and removes it', async () => {
    const el = await mount((e) => {
      e.data = data();
      e.tiles = PIXEL;
      e.tilesAttribution = '© <b>Tiles</b> & contributors';
    });
    const tiles = () => [...root(el).querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
    await until(() => tiles().length > 0);
    expect(tiles().every((t) => t.src === PIXEL)).toBe(true);
    const z = (selector: string) =>
      Number(getComputedStyle(root(el).querySelector(selector) as Element).zIndex);
    // The base map lies under the tiles, so it shows wherever a tile fails.
    expect(z('.leaflet-im-basemap-pane')).toBeLessThan(z('.leaflet-tile-pane'));
    expect(root(el).querySelectorAll('.leaflet-im-basemap-pane path.im-province')).toHaveLength(32);
    const credits = root(el).querySelector('.im-credits') as HTMLElement;
    expect(credits.querySelector('.im-credits-list')?.firstElementChild?.textContent).toBe(
      '© <b>Tiles</b> & contributors',
    );
    expect(credits.querySelector('b')).toBeNull();

    el.tiles = undefined;
    await el.updateComplete;
    expect(tiles()).toHaveLength(0);
    expect(credits.textContent).not.toContain('Tiles');
  });
});

describe('tiles from a dead server', () => {
  it('cost one request: the layer is never added, the failure is counted, the credit stays', async () => {
    const added: Element[] = [];
    const el = await mount((e) => {
      e.data = data();
      // Nothing listens on port 9 (discard): the connection is refused at once.
      e.tiles = 'http://127.0.0.1:9/{z}/{x}/{y}.png';
      e.tilesAttribution = 'Dead tiles';
    });
    const watcher = new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n instanceof Element && n.matches('img.leaflet-tile')) added.push(n);
        }
      }
    });
    watcher.observe(root(el), { childList: true, subtree: true });
    await until(() => root(el).querySelector('.notice--tiles'), 8000);
    await new Promise((r) => setTimeout(r, 300));
    watcher.disconnect();
    expect(el.tileErrors).toBe(1);
    expect(added).toHaveLength(0);
    expect(root(el).querySelectorAll('img.leaflet-tile')).toHaveLength(0);
    expect(root(el).querySelector('.im-credits')?.textContent).toContain('Dead tiles');
  });
});
