/**
 * Visits over time: the years they fall in, how many per province, and the year filter.
 *
 * @module
 */
import type { VisitFeature } from './schema.js';

/** Visits of one year, with counts per province (by the province's English name). */
export interface YearGroup {
  /** Four-digit year, as a string (`"2024"`). */
  year: string;
  count: number;
  /** Provinces in descending count, then by name. */
  provinces: { province: VisitFeature['properties']['place']['province']; count: number }[];
}

/** The year of a visit, from its ISO date. */
export const yearOf = (visit: VisitFeature): string => visit.properties.visit.date.slice(0, 4);

/** The years with visits, oldest first, with counts per province. */
export function yearGroups(visits: readonly VisitFeature[]): YearGroup[] {
  const byYear = new Map<string, VisitFeature[]>();
  for (const v of visits) {
    const year = yearOf(v);
    byYear.set(year, [...(byYear.get(year) ?? []), v]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, list]) => ({ year, count: list.length, provinces: provinceCounts(list) }));
}

/** How many visits each province has, most first. */
export function provinceCounts(visits: readonly VisitFeature[]): YearGroup['provinces'] {
  const counts = new Map<string, YearGroup['provinces'][number]>();
  for (const v of visits) {
    const province = v.properties.place.province;
    const entry = counts.get(province.basemapId) ?? { province, count: 0 };
    entry.count += 1;
    counts.set(province.basemapId, entry);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.province.en.localeCompare(b.province.en),
  );
}

/** The visits of one year; all of them for `null`. Keeps the order given. */
export function filterByYear(
  visits: readonly VisitFeature[],
  year: string | null,
): readonly VisitFeature[] {
  return year === null ? visits : visits.filter((v) => yearOf(v) === year);
}
