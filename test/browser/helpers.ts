/** Helpers shared by the browser tests: mounting the element and waiting on it. */
import raw from '../../data/visits.geojson?raw';
import '../../src/components/inspection-map/define.js';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';

export type VisitJson = {
  id: string;
  properties: {
    quotes: { text: string }[];
    statistics: { passage: { text: string } }[];
    location: { precision: string };
  };
};
export type DataJson = { features: VisitJson[] };

/** A fresh copy of data/visits.geojson. */
export const dataset = (): DataJson => JSON.parse(raw) as DataJson;

/** The visits' ids in date order, the order of the list, the tour and the Tab key. */
export const IDS_BY_DATE = [
  'rizhao-port-2024-05-22',
  'bensteel-cold-rolling-mill-2025-01-23',
  'luoyang-bearing-2025-05-19',
];

/** Polls `fn` until it returns something truthy, or fails after `ms`. */
export async function until<T>(fn: () => T | undefined | null | false, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Creates, configures and connects an element, and waits for its markers. */
export async function mount(
  options: { data?: unknown; width?: string; lang?: string; markers?: number } = {},
): Promise<InspectionMap> {
  const el = document.createElement('inspection-map');
  el.style.width = options.width ?? '900px';
  if (options.lang) el.lang = options.lang;
  el.data = options.data ?? dataset();
  document.body.append(el);
  await until(
    () => el.shadowRoot?.querySelectorAll('.leaflet-marker-icon').length === (options.markers ?? 3),
  );
  return el;
}

export const root = (el: InspectionMap): ShadowRoot => el.shadowRoot as ShadowRoot;
export const marker = (el: InspectionMap, id: string): HTMLElement =>
  root(el).querySelector<HTMLElement>(`.leaflet-marker-icon[data-visit-id="${id}"]`) as HTMLElement;
export const markerIds = (el: InspectionMap): string[] =>
  [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')].map(
    (m) => m.dataset.visitId ?? '',
  );
export const popupText = (el: InspectionMap): string =>
  root(el).querySelector('.leaflet-popup-content')?.textContent?.replace(/\s+/g, ' ') ?? '';
export const listIds = (el: InspectionMap): string[] =>
  [...root(el).querySelectorAll<HTMLElement>('.list-item')].map((i) => i.dataset.listId ?? '');

/** Removes every element the tests added. */
export function cleanup(): void {
  for (const el of document.querySelectorAll('inspection-map')) el.remove();
}
