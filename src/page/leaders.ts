/**
 * The leaders a dataset's visits name, as the page speaks of them ("visits by Xi Jinping and
 * Li Qiang"): never assuming one leader, and saying so where an article names none.
 *
 * @module
 */
import { formatInteger, formatList } from '../components/format.js';
import { localName } from '../components/visit-card.js';
import { indexVisits, NOT_NAMED } from '../model/filters.js';
import type { LocalName, VisitFeature } from '../model/schema.js';
import { pageStringsFor } from './strings.js';

/** The leaders of some visits, most visits first, and how many visits name none. */
export interface Leaders {
  named: { name: LocalName; count: number }[];
  unnamed: number;
}

/** The leaders the visits name. */
export function leadersOf(visits: readonly VisitFeature[]): Leaders {
  const values = indexVisits(visits).values('leader');
  return {
    named: values.flatMap((v) => (v.name ? [{ name: v.name, count: v.count }] : [])),
    unnamed: values.find((v) => v.key === NOT_NAMED)?.count ?? 0,
  };
}

/**
 * "Xi Jinping and Li Qiang", "Lin Hai, Zhou Ping and leaders not named": who made the visits,
 * in the page's language; `''` when no visit names its leader.
 */
export function leadersPhrase(leaders: Leaders, lang: string): string {
  if (leaders.named.length === 0) return '';
  const names = leaders.named.map((l) => localName(l.name, lang));
  if (leaders.unnamed > 0) names.push(pageStringsFor(lang).leadersNotNamed);
  return formatList(names, lang).join('');
}

/** "Xi Jinping (3)", each leader with their count of visits, and how many name none. */
export function leadersNote(leaders: Leaders, articles: number, lang: string): string {
  if (leaders.named.length === 0) return '';
  const t = pageStringsFor(lang);
  const counts = leaders.named.map((l) =>
    t.leaderCount(localName(l.name, lang), formatInteger(l.count, lang)),
  );
  return t.leadersNote(formatList(counts, lang).join(''), leaders.unnamed, articles);
}
