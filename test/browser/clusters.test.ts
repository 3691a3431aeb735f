/**
 * Many visits: clusters that are named buttons, expand on activation, never hide the selected
 * visit, and keep arrow-key order by date. A synthetic dataset of 600 visits spread over China.
 */
import type { Map as LeafletMap } from 'leaflet';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import places from '../../bench/data/places.json';
import { type Place, syntheticVisits } from '../../bench/data/synthetic.mjs';
import '../../src/components/inspection-map/define.js';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { FIXTURE_VISITS_TEXT } from './fixture.js';
import { settled, until as untilWithin } from './helpers.js';

const COUNT = 600;
const data = (count = COUNT) =>
  syntheticVisits({
    count,
    seed: 7,
    base: JSON.parse(FIXTURE_VISITS_TEXT),
    places: places.places as Place[],
  });

/** {@link untilWithin} with room for a worker to start and index on a loaded machine. */
const until = <T>(fn: () => T | undefined | null | false) => untilWithin(fn, 8000);

const root = (el: InspectionMap) => el.shadowRoot as ShadowRoot;
const clusters = (el: InspectionMap) => [
  ...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-cluster]'),
];
const pins = (el: InspectionMap) => [
  ...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-visit-id]'),
];
const adapter = (el: InspectionMap) =>
  (el as unknown as { adapter: { map: LeafletMap; drawing: string } }).adapter;
const leaflet = (el: InspectionMap) => adapter(el).map;
const popupText = (el: InspectionMap) =>
  root(el).querySelector('.leaflet-popup-content')?.textContent?.replace(/\s+/g, ' ') ?? '';

async function mount(setup?: (el: InspectionMap) => void): Promise<InspectionMap> {
  const el = document.createElement('inspection-map');
  el.style.width = '900px';
  setup?.(el);
  el.data = data();
  document.body.append(el);
  await until(() => clusters(el).length + pins(el).length > 0);
  // From 100 visits they are drawn before they are checked: wait for the checked ones.
  await until(() => el.visits.length === COUNT);
  return el;
}

afterEach(() => {
  for (const el of document.querySelectorAll('inspection-map')) el.remove();
});

describe('<inspection-map> with many visits', () => {
  it('clusters them into named buttons whose counts add up to every visit', async () => {
    const el = await mount();
    expect(el.visits).toHaveLength(COUNT);
    expect(clusters(el).length).toBeGreaterThan(0);
    // 600 visits index in a few milliseconds: no worker is started for them.
    expect(adapter(el).drawing).toBe('clusters (main thread)');
    const counted = clusters(el).reduce((n, c) => n + Number(c.dataset.cluster), 0);
    expect(counted + pins(el).length).toBe(COUNT);
    expect(clusters(el).length + pins(el).length).toBeLessThan(COUNT / 3);
    for (const c of clusters(el)) {
      expect(c.getAttribute('aria-label')).toBe(`${c.dataset.cluster} visits`);
      expect(c.getAttribute('role')).toBe('button');
      expect(c.tabIndex).toBe(0);
    }
  });

  it('zooms in to where a cluster splits, and Enter moves focus to its earliest visit', async () => {
    const el = await mount();
    const map = leaflet(el);
    const before = map.getZoom();
    const biggest = clusters(el).sort(
      (a, b) => Number(b.dataset.cluster) - Number(a.dataset.cluster),
    )[0] as HTMLElement;
    const first = biggest.dataset.firstVisit;
    biggest.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => map.getZoom() > before && !biggest.isConnected);
    const focused = await until(() => root(el).activeElement as HTMLElement | null);
    expect(focused.classList.contains('leaflet-marker-icon')).toBe(true);
    expect(focused.dataset.firstVisit ?? focused.dataset.visitId).toBe(first);
  });

  it('never hides the selected visit in a cluster: select zooms to it and opens its popup', async () => {
    const el = await mount();
    const hidden = el.visits.find((v) => !pins(el).some((p) => p.dataset.visitId === v.id));
    expect(hidden).toBeDefined();
    const id = hidden?.id as string;
    el.select(id);
    const pin = await until(() =>
      root(el).querySelector<HTMLElement>(`.leaflet-marker-icon[data-visit-id="${id}"]`),
    );
    await until(() => popupText(el).includes(hidden?.properties.name.en as string));
    expect(pin.getAttribute('aria-pressed')).toBe('true');
    // Zooming back out keeps its own marker, drawn above the clusters.
    leaflet(el).setZoom(3, { animate: false });
    await until(() => leaflet(el).getZoom() === 3 && clusters(el).length > 0);
    expect(root(el).querySelector(`.leaflet-marker-icon[data-visit-id="${id}"]`)).not.toBeNull();
    // It is not counted again in the cluster around it: the counts add up to every visit.
    await until(() => {
      const counted = clusters(el).reduce((n, c) => n + Number(c.dataset.cluster), 0);
      return counted + pins(el).length === COUNT;
    });
    expect(clusters(el).every((c) => Number(c.dataset.cluster) > 1)).toBe(true);
  });

  it('opens a deep-linked visit that sits in a cluster', async () => {
    const target = 'synthetic-000321';
    const el = await mount((e) => e.setAttribute('selected', target));
    await until(() => popupText(el).includes('Synthetic site 321'));
    expect(el.selected).toBe(target);
  });

  it('moves with arrow keys between drawn markers in date order, and wraps', async () => {
    const el = await mount();
    const rank = new Map(el.visits.map((v, i) => [v.id, i]));
    const firstRank = (m: HTMLElement) =>
      rank.get(m.dataset.firstVisit ?? m.dataset.visitId ?? '') ?? -1;
    const drawn = [...clusters(el), ...pins(el)].sort((a, b) => firstRank(a) - firstRank(b));
    (drawn[0] as HTMLElement).focus();
    const seen: number[] = [firstRank(drawn[0] as HTMLElement)];
    for (let i = 1; i < drawn.length; i++) {
      await userEvent.keyboard('{ArrowRight}');
      seen.push(firstRank(root(el).activeElement as HTMLElement));
    }
    expect(seen).toEqual(drawn.map(firstRank));
    // Tab follows the same order: the markers stand in the document in date order.
    const inDocument = [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
    expect(inDocument.map(firstRank)).toEqual(drawn.map(firstRank));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[0]).toBe(0);
    await userEvent.keyboard('{ArrowRight}');
    expect(root(el).activeElement).toBe(drawn[0]);
    await userEvent.keyboard('{End}');
    expect(root(el).activeElement).toBe(drawn[drawn.length - 1]);
  });

  it('opens a clustered visit from the list', async () => {
    const el = await mount();
    const item = root(el).querySelectorAll('.list-item')[4] as HTMLElement;
    const title = item.querySelector('.card-title')?.textContent as string;
    await userEvent.click(item.querySelector('button.show-on-map') as HTMLElement);
    await until(() => popupText(el).includes(title));
    expect(el.selected).toBe(el.visits[4]?.id);
  });
});

describe('<inspection-map> with a large input', () => {
  const counted = (el: InspectionMap) =>
    clusters(el).reduce((n, c) => n + Number(c.dataset.cluster), 0) + pins(el).length;

  it('draws the visits while checking them, and shows nothing of one until it is checked', async () => {
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    document.body.append(el);
    await until(() => (el as unknown as { adapter?: unknown }).adapter);
    const loaded = new Promise<number>((resolve) =>
      el.addEventListener('inspection-map-load', (e) => resolve(e.detail.visits)),
    );
    let loadedYet = false;
    void loaded.then(() => {
      loadedYet = true;
    });
    const input = data(3000);
    el.data = input;
    const first = await until(() => clusters(el)[0]);
    expect(adapter(el).drawing).toBe('clusters (worker)');
    // Drawn from the preview while checking, or already checked: the same 3,000 visits.
    if (!loadedYet) expect(el.visits).toHaveLength(0);
    expect(counted(el)).toBe(3000);
    expect(first.getAttribute('aria-label')).toMatch(/^[\d,]+ visits$/);
    const [lng, lat] = (input.features[0] as unknown as { geometry: { coordinates: number[] } })
      .geometry.coordinates as [number, number];
    leaflet(el).setView([lat, lng], 12, { animate: false });
    const pin = await until(() => pins(el)[0]);
    pin.click();
    await until(() => popupText(el).length > 0);
    if (!loadedYet) expect(popupText(el).trim()).toBe('Loading visits…');
    await expect(loaded).resolves.toBe(3000);
    const id = pin.dataset.visitId as string;
    const visit = el.visits.find((v) => v.id === id);
    await until(() => popupText(el).includes(visit?.properties.name.en as string));
  });

  it('drops the records that fail checking, and says which', async () => {
    const input = data(1500);
    const bad = input.features[42] as unknown as { properties: { visit: { date: string } } };
    bad.properties.visit.date = '2025-02-30';
    const problems = new Promise<string[]>((resolve) =>
      document.addEventListener('inspection-map-problems', (e) =>
        resolve(e.detail.problems.map((p) => p.message)),
      ),
    );
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    el.data = input;
    document.body.append(el);
    await expect(problems).resolves.toEqual([
      'synthetic-000043: properties.visit.date: expected a date that exists in the calendar, got "2025-02-30"',
    ]);
    expect(el.visits).toHaveLength(1499);
    await until(() => counted(el) === 1499);
  });

  it('after a large input fails, shows the visits it kept, not the records it rejected', async () => {
    const el = await mount();
    await until(() => counted(el) === COUNT);
    const input = data(1200);
    for (const f of input.features as unknown as { properties: { visit: { date: string } } }[]) {
      f.properties.visit.date = '2023-02-30';
    }
    const failed = new Promise((resolve) =>
      el.addEventListener('inspection-map-problems', (e) => e.detail.fatal && resolve(true)),
    );
    el.data = input;
    await failed;
    expect(el.visits).toHaveLength(COUNT);
    await until(() => counted(el) === COUNT);
    // None of the rejected records has a marker of its own to open.
    expect(pins(el).filter((p) => /^synthetic-0012/.test(p.dataset.visitId ?? ''))).toEqual([]);
  });

  it('keeps the view the reader chose while a large input was checked', async () => {
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    document.body.append(el);
    await until(() => (el as unknown as { adapter?: unknown }).adapter);
    const input = data(2500);
    (
      input.features[7] as unknown as { properties: { visit: { date: string } } }
    ).properties.visit.date = '2024-13-01';
    const loaded = new Promise((resolve) => el.addEventListener('inspection-map-load', resolve));
    el.data = input;
    await until(() => clusters(el).length > 0);
    leaflet(el).setView([31.2, 121.5], 8, { animate: false });
    await loaded;
    expect(el.visits).toHaveLength(2499);
    // Redrawn from the checked visits (the rejected one's rank gone), where the reader was.
    await until(() => clusters(el).length + pins(el).length > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(leaflet(el).getZoom()).toBe(8);
    expect(leaflet(el).getCenter().distanceTo([31.2, 121.5])).toBeLessThan(1000);
  });

  it('names clusters in the reader’s language, and changing it does not move the map', async () => {
    const el = await mount();
    const visit = el.visits[300];
    el.select(visit?.id ?? null);
    await until(() => popupText(el).includes(visit?.properties.name.en as string));
    leaflet(el).setZoom(5, { animate: false });
    await until(() => clusters(el).length > 0);
    el.lang = 'zh-Hans';
    await el.updateComplete;
    await until(() => clusters(el)[0]?.getAttribute('aria-label')?.endsWith('次视察'));
    // The popup is redrawn in Chinese where it is; the map is not zoomed in to reveal it again.
    await new Promise((r) => setTimeout(r, 300));
    expect(leaflet(el).getZoom()).toBe(5);
    expect(popupText(el)).toContain(visit?.properties.name.zh ?? visit?.properties.name.en);
    expect(root(el).querySelector('.leaflet-popup')).not.toBeNull();
  });
});

describe('<inspection-map> with thousands of visits', () => {
  it('writes their counts with a thousands separator, as everywhere else', async () => {
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    el.data = data(1200);
    document.body.append(el);
    await until(() => el.visits.length === 1200);
    const text = (selector: string) =>
      root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('#list-heading')).toBe('Visits · 1,200');
    el.select(el.visits[0]?.id ?? '');
    await until(() => text('.tour-position') === '1 of 1,200');
  });
});

describe('<inspection-map> with many visits at one point', () => {
  it('fans them out at the highest zoom, each opened by the mouse', async () => {
    const many = data();
    const features = many.features as unknown as {
      id: string;
      geometry: { coordinates: [number, number] };
      properties: Record<string, unknown>;
    }[];
    const [a, ...others] = features.slice(10, 13) as [(typeof features)[0], ...typeof features];
    for (const f of others) {
      f.geometry = structuredClone(a.geometry);
      f.properties.place = structuredClone(a.properties.place);
      f.properties.location = structuredClone(a.properties.location);
    }
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    el.data = many;
    document.body.append(el);
    await until(() => clusters(el).length + pins(el).length > 0);
    await until(() => el.visits.length === COUNT);
    const map = leaflet(el);
    const [lng, lat] = a.geometry.coordinates;
    map.setView([lat, lng], map.getMaxZoom(), { animate: false });
    const ids = [a, ...others].map((f) => f.id);
    const shared = () =>
      ids.map((id) =>
        root(el).querySelector<HTMLElement>(`.leaflet-marker-icon[data-visit-id="${id}"]`),
      );
    await until(() => shared().every(Boolean));
    const lefts = shared().map((m) => m?.getBoundingClientRect().left);
    expect(new Set(lefts).size).toBe(ids.length);
    for (const id of ids) {
      await settled(el);
      await userEvent.click(
        root(el).querySelector(`.leaflet-marker-icon[data-visit-id="${id}"]`) as HTMLElement,
      );
      await until(() => el.selected === id);
      await userEvent.keyboard('{Escape}');
      await until(() => el.selected === null);
    }
  });

  it('spirals hundreds of pins at one point close around it, and draws those in view', async () => {
    const many = data();
    const features = many.features as unknown as {
      id: string;
      geometry: { coordinates: [number, number] };
      properties: Record<string, unknown>;
    }[];
    const SHARED = 500;
    const [a, ...others] = features.slice(0, SHARED) as [(typeof features)[0], ...typeof features];
    for (const f of others) {
      f.geometry = structuredClone(a.geometry);
      f.properties.place = structuredClone(a.properties.place);
      f.properties.location = structuredClone(a.properties.location);
    }
    const el = document.createElement('inspection-map');
    el.style.width = '900px';
    el.data = many;
    document.body.append(el);
    await until(() => clusters(el).length + pins(el).length > 0);
    await until(() => el.visits.length === COUNT);
    const map = leaflet(el);
    const [lng, lat] = a.geometry.coordinates;
    map.setView([lat, lng], map.getMaxZoom(), { animate: false });
    const box = map.getContainer().getBoundingClientRect();
    const point = map.latLngToContainerPoint([lat, lng]);
    const at = { x: box.left + point.x, y: box.top + point.y };
    const ids = new Set([a, ...others].map((f) => f.id));
    const shared = () => pins(el).filter((p) => ids.has(p.dataset.visitId ?? ''));
    await until(() => shared().length > 0);
    await settled(el);
    const drawn = shared().map((p) => p.getBoundingClientRect());
    // 500 pins in a ring would stand 2,500 px from the point, all drawn: a spiral of pins
    // close around it, of which the map draws those in view (and a pin's width around it).
    expect(drawn.length).toBeGreaterThan(20);
    expect(drawn.length).toBeLessThan(SHARED / 2);
    for (const r of drawn) {
      expect(r.right).toBeGreaterThan(box.left - 40);
      expect(r.left).toBeLessThan(box.right + 40);
      expect(r.bottom).toBeGreaterThan(box.top - 40);
      expect(r.top).toBeLessThan(box.bottom + 40);
    }
    // The earliest pin stands on the point itself; no two pins cover each other's head.
    const tips = drawn.map((r) => ({ x: r.left + r.width / 2, y: r.bottom }));
    expect(Math.min(...tips.map((t) => Math.hypot(t.x - at.x, t.y - at.y)))).toBeLessThan(1);
    for (const [i, t] of tips.entries()) {
      for (const u of tips.slice(i + 1))
        expect(Math.hypot(t.x - u.x, t.y - u.y)).toBeGreaterThan(30);
    }
    // The pins out of view are drawn when the map is moved to them.
    const seen = new Set(shared().map((p) => p.dataset.visitId));
    map.panBy([600, 0], { animate: false });
    await until(() => shared().some((p) => !seen.has(p.dataset.visitId)));
  });
});
