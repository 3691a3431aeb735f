/**
 * Visits over time: the years they fall in, how many per province, and the year filter.
 *
 * @module
 */
import { keyYear, startYear } from './dates.js';
import type { VisitFeature } from './schema.js';
import { summarise, type VisitSummary } from './summary.js';

/** Visits of one year, with counts per province (by the province's English name). */
export interface YearGroup {
  /** Four-digit year, as a string (`"2024"`). */
  year: string;
  count: number;
  /** Provinces in descending count, then by name. */
  provinces: { province: VisitFeature['properties']['place']['province']; count: number }[];
}

/** The year a visit's date starts in (`2025-W01` is in 2024: it starts on 30 December). */
export const yearOf = (visit: VisitFeature): string => startYear(visit.properties.visit.date);

type ProvinceCount = YearGroup['provinces'][number];

/** Most first, then by English name (code-unit order: ICU collation would cost more here). */
const byCount = (counts: Iterable<ProvinceCount>): ProvinceCount[] =>
  [...counts].sort(
    (a, b) =>
      b.count - a.count ||
      (a.province.en < b.province.en ? -1 : a.province.en > b.province.en ? 1 : 0),
  );

/** The years with visits, oldest first, with counts per province (see {@link yearGroupsOf}). */
export function yearGroups(visits: readonly VisitFeature[]): YearGroup[] {
  return yearGroupsOf(summarise(visits));
}

/**
 * The years with visits, oldest first, with counts per province, from a {@link VisitSummary}'s
 * date keys and provinces, without reading the visits again: for 100,000 visits, a millisecond.
 */
export function yearGroupsOf(summary: VisitSummary): YearGroup[] {
  const { dateKeys, provinceOf, provinceList } = summary;
  const years = new Map<number, Uint32Array>();
  for (let i = 0; i < dateKeys.length; i++) {
    const year = keyYear(dateKeys[i] as number);
    let counts = years.get(year);
    if (!counts) {
      counts = new Uint32Array(provinceList.length);
      years.set(year, counts);
    }
    counts[provinceOf[i] as number] = (counts[provinceOf[i] as number] as number) + 1;
  }
  return [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, counts]) => {
      const provinces: ProvinceCount[] = [];
      let count = 0;
      counts.forEach((c, k) => {
        if (c > 0)
          provinces.push({ province: provinceList[k] as ProvinceCount['province'], count: c });
        count += c;
      });
      return { year: String(year).padStart(4, '0'), count, provinces: byCount(provinces) };
    });
}

/** The counts per province of several years together, most first. */
export function mergeProvinces(groups: readonly YearGroup[]): YearGroup['provinces'] {
  const counts = new Map<string, ProvinceCount>();
  for (const g of groups) {
    for (const { province, count } of g.provinces) {
      const entry = counts.get(province.basemapId);
      if (entry) entry.count += count;
      else counts.set(province.basemapId, { province, count });
    }
  }
  return byCount(counts.values());
}

/** The visits of one year; all of them for `null`. Keeps the order given. */
export function filterByYear(
  visits: readonly VisitFeature[],
  year: string | null,
): readonly VisitFeature[] {
  return year === null ? visits : visits.filter((v) => yearOf(v) === year);
}
