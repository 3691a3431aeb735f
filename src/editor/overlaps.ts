/**
 * Before publishing: the visits the project's file already has at the same site, or in the same
 * city, on dates that overlap the new ones' (`sameVisit`'s rules: names compared as the search
 * compares them, dates sharing a day at their precision), so that a visit is not published twice
 * by mistake. Whether two reports of one visit become one is decided elsewhere; this only finds
 * them and says why. No DOM.
 *
 * @module
 */
import { compareKeys, type VisitKey, visitKey } from '../model/same-visit.js';
import type { VisitFeature } from '../model/schema.js';

/** A visit as the warning shows it. */
export interface ShownVisit {
  id: string;
  name: string;
  /** The date as the file gives it (`YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY`). */
  date: string;
  /** City and province, in English. */
  place: string;
  /** The title of the article that tells it, where the file names it. */
  article?: string;
}

/** A new visit and a visit of the file on overlapping dates, at the same site or in one city. */
export interface Overlap {
  added: ShownVisit;
  existing: ShownVisit;
  /** `site`: the same site (or the same place visited as a whole); `city`: the same city only. */
  by: 'site' | 'city';
}

/** What the file holds, as far as the warning reads it. */
export interface HeldVisits {
  features: VisitFeature[];
  articles?: { id: string; title: string; sha256?: string }[];
}

const shown = (f: VisitFeature, titles?: Map<string, string>): ShownVisit => {
  const p = f.properties;
  const place = [p.place.city.en, p.place.province.en]
    .filter((n, i, all) => n && all.indexOf(n) === i)
    .join(', ');
  const article = titles?.get(p.article);
  return { id: f.id, name: p.name.en, date: p.visit.date, place, ...(article ? { article } : {}) };
};

/** A visit's key, or `undefined` for one whose date is not of the format (a half-typed edit). */
const keyOf = (f: VisitFeature): VisitKey | undefined => {
  try {
    return visitKey(f.properties);
  } catch {
    return undefined;
  }
};

/**
 * Each new visit beside each visit of the file at the same site or in the same city (county,
 * where both name one) on dates that share a day, the same site first.
 *
 * @param held - the project's visits file as read (its features; its articles for the titles).
 * @param added - the visits about to be published.
 */
export function overlapsOf(held: HeldVisits, added: readonly VisitFeature[]): Overlap[] {
  const titles = new Map((held.articles ?? []).map((a) => [a.id, a.title]));
  const file = held.features.flatMap((f) => {
    const key = keyOf(f);
    return key ? [{ f, key }] : [];
  });
  const out: Overlap[] = [];
  for (const a of added) {
    const key = keyOf(a);
    if (!key) continue;
    for (const { f, key: other } of file) {
      if (f.id === a.id && f.properties.article === a.properties.article) continue;
      const v = compareKeys(other, key);
      if (v.dates === 'apart' || v.place === 'different') continue;
      const bySite = v.site !== 'different';
      if (!bySite && v.place !== 'city' && v.place !== 'county') continue;
      out.push({ added: shown(a), existing: shown(f, titles), by: bySite ? 'site' : 'city' });
    }
  }
  return out.sort((x, y) => (x.by === y.by ? 0 : x.by === 'site' ? -1 : 1));
}

/**
 * Where the page says the project's visits file is: a `<link rel="alternate"
 * type="application/geo+json">` the project's server puts in the editor page when the file
 * exists (`scripts/vite-plugin-page-data.ts`); none for a new project without one.
 */
export const VISITS_LINK = 'link[rel="alternate"][type="application/geo+json"]';

/**
 * The visits file the project's server publishes into, as its pages serve it (`visits.geojson`
 * beside the editor page, in development and in the build); `null` when it cannot be read.
 * It is asked for only where the page links it: a project without one (the normal case for a
 * new project) makes no request, so no "404" error is logged.
 */
export async function projectVisits(
  url = document.querySelector<HTMLLinkElement>(VISITS_LINK)?.href,
): Promise<HeldVisits | null> {
  if (!url) return null;
  try {
    const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) return null;
    const json = (await response.json()) as Partial<HeldVisits>;
    return Array.isArray(json.features)
      ? { features: json.features, articles: json.articles ?? [] }
      : null;
  } catch {
    return null;
  }
}
