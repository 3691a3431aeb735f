/**
 * The words of the filters and the search box, in English and Simplified Chinese (the rest of
 * the element's words are in strings.ts).
 *
 * @module
 */
import type { Facet } from '../model/filters.js';
import { formatInteger, formatList } from './format.js';
import { loadedChinese } from './strings.js';

/** The filters' and the search box's interface text in one language. */
export interface FilterStrings {
  /** The group of filters, and the button that folds it in a small box. */
  filters: string;
  /** The folding button: "Filters (2)" while two filters are chosen. */
  filtersButton: (chosen: number) => string;
  /** Each filter's label. */
  label: Record<Facet, string>;
  /** The option for every value, with how many visits the other filters let through. */
  all: Record<Facet, (count: number) => string>;
  /** A value's option: "Henan (43)". */
  option: (value: string, count: number) => string;
  /** A year as a value: "2025", 2025 年. */
  year: (year: string) => string;
  /** The leader value of visits whose article names no leader. */
  leaderNotNamed: string;
  clear: string;
  /** Why the filters hide a visit, one reason per filter that does. */
  reason: Record<Facet, (value: string) => string>;
  /** The open visit is hidden: its name and the reasons. */
  hidden: (name: string, reasons: string[]) => string;
  /** The button of the note, when only the year hides the visit. */
  showAllYears: string;
  /** The button of the note, when other filters hide it. */
  clearThese: string;
  /** The filters changed: how many visits are shown, and the values chosen. */
  announce: (count: string, chosen: string[]) => string;
  /** The search box's label. */
  search: string;
  placeholder: string;
  /** The list of visits found. */
  results: string;
  /** How many visits the query finds among those shown, and how many of them are listed. */
  found: (count: number, listed: number, query: string) => string;
}

const en: FilterStrings = {
  filters: 'Filters',
  filtersButton: (n) => (n ? `Filters (${n})` : 'Filters'),
  label: { year: 'Year', leader: 'Leader', province: 'Province', industry: 'Industry' },
  all: {
    year: (n) => `All years (${formatInteger(n, 'en')})`,
    leader: (n) => `All leaders (${formatInteger(n, 'en')})`,
    province: (n) => `All provinces (${formatInteger(n, 'en')})`,
    industry: (n) => `All industries (${formatInteger(n, 'en')})`,
  },
  option: (value, n) => `${value} (${formatInteger(n, 'en')})`,
  year: (year) => year,
  leaderNotNamed: 'Leader not named',
  clear: 'Clear filters',
  reason: {
    year: (v) => `not from ${v}`,
    leader: (v) => `not a visit by ${v}`,
    province: (v) => `not in ${v}`,
    industry: (v) => `not in ${v}`,
  },
  hidden: (name, reasons) =>
    `${name} is ${formatList(reasons, 'en').join('')}, so the filter${reasons.length > 1 ? 's hide' : ' hides'} it.`,
  showAllYears: 'Show all years',
  clearThese: 'Clear these filters',
  announce: (count, chosen) => (chosen.length ? `${count}: ${chosen.join(', ')}` : `${count}, all`),
  search: 'Find a visit',
  placeholder: 'Find a visit: site, city, leader…',
  results: 'Visits found',
  found: (n, listed, query) =>
    n === 0
      ? `No visit shown matches “${query}”`
      : n === 1
        ? '1 visit found'
        : `${formatInteger(n, 'en')} visits found${n > listed ? `, the first ${listed} listed` : ''}`,
};

/**
 * The strings for a BCP 47 language tag: Simplified Chinese for `zh*` (once loaded, see
 * `languageReady` in strings.ts), else English.
 */
export function filterStringsFor(lang: string): FilterStrings {
  return loadedChinese(lang)?.zhFilters ?? en;
}
