/** Helpers shared by the browser tests. */

import type { InspectionMapEventDetail } from '../../src/components/inspection-map/events.js';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { FIXTURE_VISITS_TEXT as raw } from './fixture.js';
import { root } from './helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: tests reach into JSON of any shape on purpose.
export type Json = any;

/** A fresh copy of the one-article fixture dataset. */
export const dataset = (): Json => JSON.parse(raw);
export const RAW = raw;

export { root, until } from './helpers.js';

export const markerCount = (el: InspectionMap) =>
  root(el).querySelectorAll('.leaflet-marker-icon').length;
export const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A new element with the given attributes, in the page, and the events it fires. */
export function mount(attrs: Record<string, string> = {}, data?: unknown) {
  const el = document.createElement('inspection-map');
  el.style.width = '900px';
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const problems: InspectionMapEventDetail['inspection-map-problems'][] = [];
  const loads: InspectionMapEventDetail['inspection-map-load'][] = [];
  el.addEventListener('inspection-map-problems', (e) => problems.push(e.detail));
  el.addEventListener('inspection-map-load', (e) => loads.push(e.detail));
  if (data !== undefined) el.data = data;
  document.body.append(el);
  return { el, problems, loads };
}

/** Errors and unhandled rejections that reach the window while a test runs. */
export function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${e.reason}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
