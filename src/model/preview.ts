/**
 * A first look at a large input, before it is validated: which records can be placed on a map
 * at all, and where. It lets a map draw many visits at once while their validation goes on;
 * it is not validation, and nothing but positions and counts may be shown from it.
 *
 * @module
 */
import type { VisitFeature } from './schema.js';
import { SummaryBuilder } from './summary.js';
import { inSlices } from './tasks.js';

const inRange = (x: unknown, limit: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= -limit && x <= limit;

/**
 * Whether a record has what placing it needs: a Point with a longitude and latitude in range,
 * a `YYYY-MM-DD`-shaped visit date and a province id. A placeable record may still be invalid.
 */
export function isPlaceable(record: unknown): record is VisitFeature {
  const r = record as {
    geometry?: { coordinates?: unknown[] };
    properties?: { visit?: { date?: unknown }; place?: { province?: { basemapId?: unknown } } };
  } | null;
  const c = r?.geometry?.coordinates;
  const date = r?.properties?.visit?.date;
  return (
    Array.isArray(c) &&
    inRange(c[0], 180) &&
    inRange(c[1], 90) &&
    typeof date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(date) &&
    typeof r?.properties?.place?.province?.basemapId === 'string'
  );
}

/**
 * Up to this many records are read at once, without yielding: a millisecond or two, and the
 * frame that follows can show them.
 */
export const AT_ONCE = 2000;

/** The placeable records of an input, in its order, with their summary. */
export interface Placeable {
  visits: VisitFeature[];
  summary: SummaryBuilder;
}

/**
 * The placeable records of `features`, read at once, in one call: for up to {@link AT_ONCE}
 * records (more would block the page; see {@link placeable}).
 */
export function readPlaceable(features: readonly unknown[]): Placeable {
  const visits: VisitFeature[] = [];
  const summary = new SummaryBuilder();
  for (const record of features) {
    if (!isPlaceable(record)) continue;
    visits.push(record);
    summary.add(record);
  }
  return { visits, summary };
}

/**
 * The placeable records of `features`, in their order, with their summary (positions,
 * provinces, extent, day numbers): up to {@link AT_ONCE} at once, more in slices that yield to
 * the page at user-visible priority (the reader is waiting for these to be drawn).
 */
export async function placeable(
  features: readonly unknown[],
  options: { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<Placeable> {
  if (features.length <= AT_ONCE) return readPlaceable(features);
  const visits: VisitFeature[] = [];
  const summary = new SummaryBuilder();
  const read = (i: number) => {
    const record = features[i];
    if (!isPlaceable(record)) return;
    visits.push(record);
    summary.add(record);
  };
  await inSlices(features.length, read, { priority: 'user-visible', ...options });
  return { visits, summary };
}
