/**
 * Date order of visits, cheap enough for 100,000 of them.
 *
 * @module
 */
import type { VisitFeature } from './schema.js';

/** Above this many visits the packed numeric keys would lose precision. */
const PACKED_MAX = 2 ** 21;

/**
 * The visits sorted by visit date, earliest first; visits of the same day keep their order.
 * Each ISO date becomes a number with the visit's index in its low bits, and the numbers are
 * sorted natively: many times faster than comparing strings in a callback.
 *
 * @returns a new array; `visits` is not changed.
 */
export function inDateOrder(visits: readonly VisitFeature[]): VisitFeature[] {
  if (visits.length > PACKED_MAX) {
    return [...visits].sort((a, b) => {
      const x = a.properties.visit.date;
      const y = b.properties.visit.date;
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  const keys = new Float64Array(visits.length);
  for (let i = 0; i < visits.length; i++) {
    const d = (visits[i] as VisitFeature).properties.visit.date;
    const day =
      Number(d.slice(0, 4)) * 10_000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
    keys[i] = day * PACKED_MAX + i;
  }
  keys.sort();
  const out = new Array<VisitFeature>(visits.length);
  for (let i = 0; i < keys.length; i++) {
    out[i] = visits[(keys[i] as number) % PACKED_MAX] as VisitFeature;
  }
  return out;
}
