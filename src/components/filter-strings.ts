/**
 * The words of the filters and the search box, in English and Simplified Chinese (the rest of
 * the element's words are in strings.ts).
 *
 * @module
 */
import type { Facet } from '../model/filters.js';
import { formatInteger, formatList, isChinese } from './format.js';

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

const zh: FilterStrings = {
  filters: '筛选',
  filtersButton: (n) => (n ? `筛选（${n}）` : '筛选'),
  label: { year: '年份', leader: '视察者', province: '省份', industry: '行业' },
  all: {
    year: (n) => `全部年份（${formatInteger(n, 'zh-Hans')}）`,
    leader: (n) => `全部视察者（${formatInteger(n, 'zh-Hans')}）`,
    province: (n) => `全部省份（${formatInteger(n, 'zh-Hans')}）`,
    industry: (n) => `全部行业（${formatInteger(n, 'zh-Hans')}）`,
  },
  option: (value, n) => `${value}（${formatInteger(n, 'zh-Hans')}）`,
  year: (year) => `${year} 年`,
  leaderNotNamed: '未指明视察者',
  clear: '清除筛选',
  reason: {
    year: (v) => `不在 ${v}`,
    leader: (v) => `不是${v}的视察`,
    province: (v) => `不在${v}`,
    industry: (v) => `不属于${v}`,
  },
  hidden: (name, reasons) => `${name} ${reasons.join('，')}，已被筛选隐藏。`,
  showAllYears: '显示全部年份',
  clearThese: '清除这些筛选',
  announce: (count, chosen) =>
    chosen.length ? `${chosen.join('，')}：${count}` : `全部：${count}`,
  search: '查找视察',
  placeholder: '查找视察：地点、城市、视察者…',
  results: '找到的视察',
  found: (n, query) =>
    n === 0
      ? `当前显示的视察中没有与“${query}”相符的`
      : `找到 ${formatInteger(n, 'zh-Hans')} 次视察`,
};

/** The strings for a BCP 47 language tag: Simplified Chinese for `zh*`, else English. */
export function filterStringsFor(lang: string): FilterStrings {
  return isChinese(lang) ? zh : en;
}
