import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import raw from '../../data/visits.geojson?raw';
import '../../src/components/inspection-map/define.js';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';

const DATA = JSON.parse(raw) as {
  features: {
    id: string;
    properties: { quotes: { text: string }[]; statistics: { passage: { text: string } }[] };
  }[];
};

/** Quote and figure texts of each site, to tell popups apart. */
const TEXTS = new Map(
  DATA.features.map((f) => [
    f.id,
    [
      ...f.properties.quotes.map((q) => q.text),
      ...f.properties.statistics.map((s) => s.passage.text),
    ],
  ]),
);
const IDS_BY_DATE = [
  'rizhao-port-2024-05-22',
  'bensteel-cold-rolling-mill-2025-01-23',
  'luoyang-bearing-2025-05-19',
];

async function until<T>(fn: () => T | undefined | null | false, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function mount(): Promise<InspectionMap> {
  const el = document.createElement('inspection-map');
  el.style.width = '900px';
  el.data = structuredClone(DATA);
  document.body.append(el);
  await until(() => el.shadowRoot?.querySelectorAll('.leaflet-marker-icon').length === 3);
  return el;
}

const root = (el: InspectionMap) => el.shadowRoot as ShadowRoot;
const marker = (el: InspectionMap, id: string) =>
  root(el).querySelector<HTMLElement>(`.leaflet-marker-icon[data-visit-id="${id}"]`) as HTMLElement;
const popupText = (el: InspectionMap) =>
  root(el).querySelector('.leaflet-popup-content')?.textContent?.replace(/\s+/g, ' ') ?? '';

afterEach(() => {
  for (const el of document.querySelectorAll('inspection-map')) el.remove();
});

describe('<inspection-map>', () => {
  it('draws one named marker per visit in date order (the Tab order), on the base map', async () => {
    const el = await mount();
    const markers = [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
    expect(markers.map((m) => m.getAttribute('aria-label'))).toEqual([
      'Rizhao Port, Rizhao, Shandong, May 22, 2024',
      'Bensteel Group, Benxi, Liaoning, January 23, 2025',
      'Luoyang Bearing Group Co., Ltd., Luoyang, Henan, May 19, 2025',
    ]);
    for (const m of markers) {
      expect(m.getAttribute('role')).toBe('button');
      expect(m.tabIndex).toBe(0);
      expect(m.querySelector('svg')).not.toBeNull();
    }
    expect(root(el).querySelectorAll('path.im-province')).toHaveLength(32);
    expect(root(el).querySelectorAll('path.im-province--visited')).toHaveLength(3);
    expect(root(el).querySelector('.im-credits')?.textContent).toContain('Made with Natural Earth');
  });

  it('opens a popup with that site’s quotes and figures, and none of another’s', async () => {
    const el = await mount();
    for (const id of IDS_BY_DATE) {
      await userEvent.click(marker(el, id));
      await until(() => el.selected === id && popupText(el).length > 0);
      const text = popupText(el);
      for (const own of TEXTS.get(id) ?? []) expect(text).toContain(own.replace(/\s+/g, ' '));
      for (const [other, texts] of TEXTS) {
        if (other === id) continue;
        for (const t of texts) expect(text).not.toContain(t);
      }
      await userEvent.keyboard('{Escape}');
      await until(() => !root(el).querySelector('.leaflet-popup'));
      // A popup pans the map; the next marker may now lie outside it, as for a user.
      el.fitAll();
    }
  });

  it('shows national context for the steel mill and none for the port', async () => {
    const el = await mount();
    el.select('bensteel-cold-rolling-mill-2025-01-23');
    await until(() => popupText(el).includes('Bensteel'));
    expect(popupText(el)).toContain('almost 80%');
    expect(popupText(el)).toContain('↓ fell');
    el.select('rizhao-port-2024-05-22');
    await until(() => popupText(el).includes('Rizhao Port'));
    expect(popupText(el)).not.toContain('National context');
    expect(popupText(el)).not.toContain('80%');
  });

  it('works by keyboard: arrows move between markers, Enter opens, Escape returns', async () => {
    const el = await mount();
    marker(el, IDS_BY_DATE[0] as string).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(root(el).activeElement).toBe(marker(el, IDS_BY_DATE[1] as string));
    await userEvent.keyboard('{ArrowRight}');
    expect(root(el).activeElement).toBe(marker(el, IDS_BY_DATE[2] as string));
    await userEvent.keyboard('{ArrowLeft}');
    expect(root(el).activeElement).toBe(marker(el, IDS_BY_DATE[1] as string));

    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === IDS_BY_DATE[1]);
    const card = root(el).querySelector('.leaflet-popup .card');
    expect(card?.contains(root(el).activeElement)).toBe(true);
    expect(popupText(el)).toContain('higher standards, smarter operations');

    await userEvent.keyboard('{Escape}');
    await until(() => el.selected === null && !root(el).querySelector('.leaflet-popup'));
    expect(root(el).activeElement).toBe(marker(el, IDS_BY_DATE[1] as string));
  });

  it('fires inspection-map-select for the user, not for code', async () => {
    const el = await mount();
    const seen: (string | null)[] = [];
    el.addEventListener('inspection-map-select', (e) => seen.push(e.detail.id));
    el.select('luoyang-bearing-2025-05-19');
    await el.updateComplete;
    expect(el.getAttribute('selected')).toBe('luoyang-bearing-2025-05-19');
    expect(seen).toEqual([]);
    await userEvent.click(marker(el, 'rizhao-port-2024-05-22'));
    await until(() => seen.length === 1);
    expect(seen).toEqual(['rizhao-port-2024-05-22']);
    expect(el.select('no-such-visit')).toBe(false);
  });

  it('lists the same visits in date order; the list opens the popup', async () => {
    const el = await mount();
    const items = [...root(el).querySelectorAll('.list-item')];
    expect(items.map((i) => i.querySelector('.card-title')?.textContent)).toEqual([
      'Rizhao Port',
      'Bensteel Group',
      'Luoyang Bearing Group Co., Ltd.',
    ]);
    const button = items[2]?.querySelector('button') as HTMLButtonElement;
    await userEvent.click(button);
    await until(() => el.selected === 'luoyang-bearing-2025-05-19');
    expect(popupText(el)).toContain('Innovation is the vital element of manufacturing');
  });
});
