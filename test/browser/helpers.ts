/** Helpers shared by the browser tests: the dataset, mounting, waiting and reading the map. */
import '../../src/components/inspection-map/define.js';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { FIXTURE_VISITS_TEXT } from './fixture.js';

export interface VisitJson {
  id: string;
  properties: { quotes: { text: string }[]; statistics: { passage: { text: string } }[] };
}
export interface VisitsJson {
  features: VisitJson[];
  [member: string]: unknown;
}

/** The one-article fixture dataset (three visits), parsed once; clone it before handing it to an element. */
export const DATA = JSON.parse(FIXTURE_VISITS_TEXT) as VisitsJson;
export const data = (): VisitsJson => structuredClone(DATA);
/** The same file with only the Features whose ids are given (another element's data). */
export const dataWith = (ids: readonly string[]): VisitsJson => {
  const copy = data();
  copy.features = copy.features.filter((f) => ids.includes(f.id));
  return copy;
};

export const IDS_BY_DATE = [
  'rizhao-port-2024-05-22',
  'bensteel-cold-rolling-mill-2025-01-23',
  'luoyang-bearing-2025-05-19',
] as const;
export const [RIZHAO, BENSTEEL, LUOYANG] = IDS_BY_DATE;

/**
 * Polls `fn` until it returns something truthy; fails after `ms` (default 15 s: what takes
 * 100 ms on a quiet machine took over 5 s with the suite beside another CPU-heavy job).
 */
export async function until<T>(fn: () => T | undefined | null | false, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits for `n` animation frames (layout and Leaflet's frame callbacks settle). */
export async function frames(n = 2): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}

export const root = (el: InspectionMap): ShadowRoot => el.shadowRoot as ShadowRoot;
export const markers = (el: InspectionMap): HTMLElement[] => [
  ...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon'),
];
export const marker = (el: InspectionMap, id: string): HTMLElement =>
  root(el).querySelector<HTMLElement>(`.leaflet-marker-icon[data-visit-id="${id}"]`) as HTMLElement;
/** The Leaflet container (the map's box; it takes focus). */
export const mapBox = (el: InspectionMap): HTMLElement =>
  root(el).querySelector<HTMLElement>('.leaflet-container') as HTMLElement;
export const popupText = (el: InspectionMap): string =>
  root(el)
    .querySelector('.leaflet-popup-content, .im-sheet-body')
    ?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Each marker's tip (its point on the map), in pixels from the map box's top left corner. */
export function tips(el: InspectionMap): Record<string, { x: number; y: number }> {
  const box = mapBox(el).getBoundingClientRect();
  const out: Record<string, { x: number; y: number }> = {};
  for (const m of markers(el)) {
    const r = m.getBoundingClientRect();
    out[m.dataset.visitId ?? ''] = { x: r.left + r.width / 2 - box.left, y: r.bottom - box.top };
  }
  return out;
}

/** Whether every marker's whole icon lies inside the map box. */
export function markersInsideMap(el: InspectionMap): boolean {
  const box = mapBox(el).getBoundingClientRect();
  const all = markers(el);
  return (
    box.width > 0 &&
    all.length > 0 &&
    all.every((m) => {
      const r = m.getBoundingClientRect();
      return (
        r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom
      );
    })
  );
}

/** Creates an element, lets `configure` set it up, connects it and waits for `n` markers. */
export async function mount(
  configure: (el: InspectionMap) => void = (el) => {
    el.data = data();
  },
  parent: Element = document.body,
  n = 3,
): Promise<InspectionMap> {
  const el = document.createElement('inspection-map');
  el.style.width = '900px';
  configure(el);
  parent.append(el);
  await until(() => markers(el).length === n);
  return el;
}

/** Whether Leaflet is animating a zoom or a pan (the classes it sets while it does). */
const animating = (el: InspectionMap): boolean =>
  !!root(el).querySelector('.leaflet-zoom-anim, .leaflet-pan-anim');

/**
 * Waits until the map has stopped moving (a popup's auto-pan, a fit, a zoom): no animation under
 * way and marker positions unchanged over three looks. A real click on a moving marker can land
 * beside it. Each look waits for a frame, so a busy machine that draws few frames does not
 * pass for a still map.
 */
export async function settled(el: InspectionMap, ms = 15_000): Promise<void> {
  let last = '';
  let still = 0;
  const end = Date.now() + ms;
  while (still < 3) {
    if (Date.now() > end) throw new Error('timed out waiting for the map to settle');
    await frames(1);
    const now = JSON.stringify(tips(el));
    still = now === last && !animating(el) ? still + 1 : 0;
    last = now;
  }
}

/** A fresh copy of the one-article fixture dataset. */
export const dataset = data;
export const markerIds = (el: InspectionMap): string[] =>
  markers(el).map((m) => m.dataset.visitId ?? '');
export const listIds = (el: InspectionMap): string[] =>
  [...root(el).querySelectorAll<HTMLElement>('.list-item')].map((i) => i.dataset.listId ?? '');

/** Mounts an element from options: data (default: the one-article fixture), width, lang, markers. */
export function mountWith(
  options: { data?: unknown; width?: string; lang?: string; markers?: number } = {},
): Promise<InspectionMap> {
  return mount(
    (el) => {
      el.data = options.data ?? data();
      if (options.width) el.style.width = options.width;
      if (options.lang) el.lang = options.lang;
    },
    document.body,
    options.markers ?? 3,
  );
}

/** The Leaflet map inside an element (the adapter's escape hatch, for tests that need a zoom). */
export const leafletMap = (el: InspectionMap): import('leaflet').Map =>
  (el as unknown as { map: { adapter: { map: import('leaflet').Map } } }).map.adapter.map;

/** Removes every element the tests added. */
export function cleanup(): void {
  for (const el of document.querySelectorAll('inspection-map')) el.remove();
}

/** An element in a wrapper, with a paragraph after it; `style` goes on the element. */
export async function boxed(style: string, wrapStyle = ''): Promise<[InspectionMap, HTMLElement]> {
  const wrap = document.createElement('div');
  wrap.dataset.testWrap = '';
  wrap.setAttribute('style', wrapStyle);
  const el = document.createElement('inspection-map');
  el.setAttribute('style', style);
  el.data = data();
  const after = document.createElement('p');
  after.textContent = 'The paragraph after the map.';
  wrap.append(el, after);
  document.body.append(wrap);
  await until(() => markers(el).length === 3);
  await settled(el);
  return [el, after];
}
