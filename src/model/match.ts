/**
 * Which figures go with a visit: the site's own first, then the same article's figures about
 * the visit's own city or province, then national figures of the same article whose industries
 * meet the site's, labelled as national context. Nothing is added
 * where nothing matches. A figure of another article is not shown with the visit: its passage
 * would point into a text the visit's card does not name.
 *
 * @module
 */
import type { LocalName, Statistic, VisitFeature } from './schema.js';

/**
 * The city or province a figure covers: its own `area`, else, for a figure inside a visit, the
 * visit's city or province; `undefined` for a site or national figure.
 */
export function areaOf(statistic: Statistic, visit?: VisitFeature): LocalName | undefined {
  if (statistic.scope !== 'city' && statistic.scope !== 'province') return undefined;
  return statistic.area ?? visit?.properties.place[statistic.scope];
}

/** A national figure shown with a site, and the industries it was matched on. */
export interface NationalContext {
  statistic: Statistic;
  /** The site's industries that the figure covers, in the site's order. */
  matchedOn: string[];
}

/**
 * National figures of the visit's own article that share at least one industry with its site.
 *
 * @param visit - the visited site.
 * @param statistics - candidate figures; only those with `scope: "national"` and the visit's
 *   `article` are considered.
 * @returns matches in the order of `statistics`; empty when none match.
 */
export function nationalContext(
  visit: VisitFeature,
  statistics: readonly Statistic[],
): NationalContext[] {
  const industries = visit.properties.industries;
  return statistics
    .filter((s) => s.scope === 'national' && s.article === visit.properties.article)
    .map((statistic) => ({
      statistic,
      matchedOn: industries.filter((i) => statistic.industries.includes(i)),
    }))
    .filter((m) => m.matchedOn.length > 0);
}

/**
 * Figures of the visit's own article about its own city or province: top-level figures with
 * `scope: "city"` whose area is the visit's city, and with `scope: "province"` whose area is its
 * province (compared by English name). City figures come first, then province figures, each in
 * the order of `statistics`; empty when the article has none.
 */
export function areaContext(visit: VisitFeature, statistics: readonly Statistic[]): Statistic[] {
  const { article, place } = visit.properties;
  const about = (scope: 'city' | 'province') =>
    statistics.filter(
      (s) => s.scope === scope && s.article === article && areaOf(s)?.en === place[scope].en,
    );
  return [...about('city'), ...about('province')];
}
