/**
 * Whether two visits, drafted or curated, from one article or two, are the same visit: the same
 * site (or, for a visit to a county, a city or a province as a whole, the same place) on dates
 * that overlap at their precision, by the same leader where both name one. Says why, and how
 * sure. Names are compared as the search compares them ({@link searchText}: without case,
 * accents, company forms such as "Co., Ltd." and "Group", articles and punctuation). No DOM.
 *
 * @module
 */
import { type DatePrecision, dateSpan, PRECISIONS } from './dates.js';
import type { LocalName, VisitProperties } from './schema.js';
import { searchText } from './search.js';

/**
 * How the sites compare: `name` the same name (English, or Chinese where both have it),
 * `name-part` one name is the other's first words ("Xiamen Port" and "Xiamen Port Container
 * Terminal"), `place` both are visits to a place as a whole (no site named) at the same place,
 * `different` none of these.
 */
export type SiteMatch = 'name' | 'name-part' | 'place' | 'different';
/** The finest level at which the places agree, or `different` (another province, city or county). */
export type PlaceMatch = 'county' | 'city' | 'province' | 'different';
/**
 * How the dates compare: `same` the same date, `within` one inside the other (a day inside a
 * week, a month inside a year), `overlap` they share days (a week across two months), `apart`.
 */
export type DateMatch = 'same' | 'within' | 'overlap' | 'apart';

/** The verdict on two visits, and why. */
export interface SameVisit {
  /** Whether they are the same visit: {@link confidence} at least 0.5, nothing against it. */
  same: boolean;
  /**
   * How sure, from 0 to 1: the site's match (a name 1, the first words of one 0.8, a county as
   * a whole 0.8, a city 0.7, a province 0.5) times the dates' (for the coarser date: a day 1, a
   * week 0.9, a month 0.8, a year 0.6; nine tenths of that for dates that only share some days).
   * 0 when the sites, places, dates or leaders differ.
   */
  confidence: number;
  site: SiteMatch;
  place: PlaceMatch;
  dates: DateMatch;
  /** `different` when both name a leader and the names differ; `unknown` when one names none. */
  leader: 'same' | 'different' | 'unknown';
}

/** What a visit is compared by, made once per visit (see {@link visitKey}). */
export interface VisitKey {
  /** The site's names as compared: English, then Chinese when given. */
  names: string[];
  /** Whether the visit is to a place as a whole: no site is named. */
  placeLevel: boolean;
  province: string;
  /** `''` for a visit placed at its province's point: its city is not known. */
  city: string;
  county: string | undefined;
  start: string;
  end: string;
  precision: DatePrecision;
  leader: string | undefined;
}

/** The fields of a visit {@link sameVisit} reads. */
export type Comparable = Pick<VisitProperties, 'name' | 'place' | 'visit' | 'leader' | 'location'>;

/** Words naming a place's level: "Suide County" and "Suide" are one place. */
const LEVEL =
  / (?:county|city|district|prefecture|province|municipality|autonomous region|region|banner)$/;
/** A place's English name as compared: {@link searchText}, without a level word at its end. */
const placeText = (name: LocalName): string => searchText(name.en).replace(LEVEL, '');

/**
 * A name that names no site: a common noun as the article words it ("village", "busy food
 * market": no capital letter), or the name of the visit's own county, city or province.
 */
function namesNoSite(p: Comparable, en: string): boolean {
  if (!/\p{Lu}|\p{Script=Han}/u.test(p.name.en)) return true;
  const { county, city, province } = p.place;
  return [county, city, province].some(
    (n) => n && en !== '' && placeText(n) === en.replace(LEVEL, ''),
  );
}

/** A visit made comparable: its names, place, date span and leader, each normalised once. */
export function visitKey(p: Comparable): VisitKey {
  const en = searchText(p.name.en);
  const zh = p.name.zh ? searchText(p.name.zh) : '';
  const span = dateSpan(p.visit.date);
  return {
    names: zh ? [en, zh] : [en],
    placeLevel: namesNoSite(p, en),
    province: placeText(p.place.province),
    city: p.location.precision === 'province' ? '' : placeText(p.place.city),
    county: p.place.county ? placeText(p.place.county) : undefined,
    start: span.start,
    end: span.end,
    precision: span.precision,
    leader: p.leader ? searchText(p.leader.name.en) : undefined,
  };
}

function comparePlaces(a: VisitKey, b: VisitKey): PlaceMatch {
  if (a.province !== b.province) return 'different';
  if (a.city === '' || b.city === '') return 'province';
  if (a.city !== b.city) return 'different';
  if (a.county !== undefined && b.county !== undefined) {
    return a.county === b.county ? 'county' : 'different';
  }
  return 'city';
}

/** Whether the words of `short` are the first words of `long`, two words at least. */
const firstWords = (short: string, long: string) =>
  short.includes(' ') && long.startsWith(`${short} `);

function compareSites(a: VisitKey, b: VisitKey, place: PlaceMatch): SiteMatch {
  if (a.placeLevel || b.placeLevel) return a.placeLevel && b.placeLevel ? 'place' : 'different';
  const [aEn = '', aZh] = a.names;
  const [bEn = '', bZh] = b.names;
  // Chinese names, where both have one, decide: translations of one name vary.
  if (aZh !== undefined && bZh !== undefined) return aZh === bZh ? 'name' : 'different';
  if (aEn === bEn && aEn !== '') return 'name';
  if (place !== 'different' && (firstWords(aEn, bEn) || firstWords(bEn, aEn))) return 'name-part';
  return 'different';
}

function compareDates(a: VisitKey, b: VisitKey): DateMatch {
  if (a.end < b.start || b.end < a.start) return 'apart';
  if (a.start === b.start && a.end === b.end) return 'same';
  const aInB = b.start <= a.start && a.end <= b.end;
  const bInA = a.start <= b.start && b.end <= a.end;
  return aInB || bInA ? 'within' : 'overlap';
}

const PRECISION_SCORE: Record<DatePrecision, number> = { day: 1, week: 0.9, month: 0.8, year: 0.6 };
const coarser = (a: DatePrecision, b: DatePrecision): DatePrecision =>
  PRECISIONS.indexOf(a) > PRECISIONS.indexOf(b) ? a : b;

const PLACE_SCORE: Record<PlaceMatch, number> = {
  county: 0.8,
  city: 0.7,
  province: 0.5,
  different: 0,
};

function siteScore(site: SiteMatch, place: PlaceMatch): number {
  if (site === 'name') return 1;
  if (site === 'name-part') return 0.8;
  return site === 'place' ? PLACE_SCORE[place] : 0;
}

/** {@link sameVisit} on keys made by {@link visitKey}: for comparing many visits. */
export function compareKeys(a: VisitKey, b: VisitKey): SameVisit {
  const place = comparePlaces(a, b);
  const site = compareSites(a, b, place);
  const dates = compareDates(a, b);
  const leader =
    a.leader === undefined || b.leader === undefined
      ? 'unknown'
      : a.leader === b.leader
        ? 'same'
        : 'different';
  const against = place === 'different' || dates === 'apart' || leader === 'different';
  // Dates that only share some days count a little less than the coarser one's precision.
  const dateScore =
    PRECISION_SCORE[coarser(a.precision, b.precision)] * (dates === 'overlap' ? 0.9 : 1);
  const confidence = against ? 0 : Math.round(siteScore(site, place) * dateScore * 100) / 100;
  return { same: confidence >= 0.5, confidence, site, place, dates, leader };
}

/**
 * Whether two visits are the same visit.
 *
 * - Sites: the same name in English, or in Chinese where both have one (the Chinese decides
 *   then), after normalising case, accents, company forms and articles; or one name the first
 *   words of the other (two words at least). A visit to a place as a whole (its name a common
 *   noun such as "village", or its county's, city's or province's own name) is the same only as
 *   another such visit at the same place.
 * - Places: the same province and city, and the same county where both name one.
 * - Dates: they share at least one day at their precision (`2025-05-19` inside `2025-W21`).
 * - Leaders: where both name one, the same (compared as names are).
 *
 * @param a - a visit's properties (or any object with `name`, `place`, `visit`, `leader`).
 * @param b - another.
 * @returns the verdict, how sure, and what matched ({@link SameVisit}).
 * @throws RangeError when a date is not of the visits format (a validated visit never is).
 */
export function sameVisit(a: Comparable, b: Comparable): SameVisit {
  return compareKeys(visitKey(a), visitKey(b));
}
