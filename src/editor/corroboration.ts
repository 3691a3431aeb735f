/**
 * Corroborating reports of a visit's date, as pure functions: adding and removing one, and the
 * resolution sentence that says a report gives the date more precisely than the article.
 *
 * @module
 */
import { describeDate } from '../draft/calendar.js';
import { PRECISIONS, precisionOf, tryDateSpan } from '../model/dates.js';
import type { VisitFeature } from '../model/schema.js';

type Visit = VisitFeature['properties']['visit'];

export interface Report {
  outlet: string;
  date: string;
  title?: string;
  url?: string;
}

/** What the person typed into the form, checked; a message key when it will not do. */
/** Whether a link is one the dataset keeps: `http:` or `https:`, with no white space. */
export const isLink = (url: string): boolean => /^https?:\/\/\S+$/i.test(url.trim());

export function readReport(fields: {
  outlet: string;
  date: string;
  title: string;
  url: string;
}): Report | 'outlet' | 'date' | 'url' {
  const outlet = fields.outlet.trim();
  const date = fields.date.trim();
  const title = fields.title.trim();
  const url = fields.url.trim();
  if (!outlet) return 'outlet';
  const day = new Date(`${date}T00:00:00Z`);
  if (
    precisionOf(date) !== 'day' ||
    Number.isNaN(day.getTime()) ||
    !day.toISOString().startsWith(date)
  )
    return 'date';
  if (url && !isLink(url)) return 'url';
  return { outlet, date, ...(title ? { title } : {}), ...(url ? { url } : {}) };
}

/** Where a sentence this module added to a resolution begins. */
const ADDED = / (?:According to|Corroborated by|The visit is dated to) /;
/** What the draft engine says of a visit whose date the article does not give. */
const NO_DATE = /^The article gives no date for this visit\b/;

/**
 * The date in the resolution sentence the draft engine (or {@link setDayFrom}) wrote: its
 * `so "<words>" is <date>` part, the date as `describeDate` words it.
 */
const ARTICLE_DATE =
  /, so ".*?" is (?:[A-Z][a-z]+ (\d{4}-\d{2}-\d{2})|the ISO week (\d{4}-W\d{2})|[A-Z][a-z]+ \d{4} \((\d{4}-\d{2})\)|the year (\d{4}))/;

/** The date the article's own words give the visit, `undefined` when it gives none. */
export function articleDate(v: Visit): string | undefined {
  if (NO_DATE.test(v.resolution)) return undefined;
  const m = ARTICLE_DATE.exec(v.resolution);
  return m?.slice(1).find(Boolean);
}

/**
 * Whether the visit's date comes from the article: the day (week, month, year) its words give,
 * or a coarser date that holds it. Where the sentence names no date, a date no finer than the
 * article gives counts as the article's.
 */
export function dateFromArticle(v: Visit): boolean {
  const date = tryDateSpan(v.date);
  if (!date) return true;
  const own = articleDate(v);
  const given = own ? tryDateSpan(own) : undefined;
  if (given) return date.start <= given.start && date.end >= given.end;
  return PRECISIONS.indexOf(date.precision) >= PRECISIONS.indexOf(v.articlePrecision);
}

/** Whether the visit's date is from elsewhere than the article and no report gives it. */
export const needsReport = (v: Visit): boolean =>
  v.corroboration.length === 0 && !dateFromArticle(v);

/** The resolution sentence without what an earlier corroboration added to it. */
const articlePart = (resolution: string) => resolution.split(ADDED)[0] ?? resolution;

/**
 * The resolution sentence for the visit as it is now: the article's part, then what the reports
 * say. When the article gives no date, or the date is not the one its words give (a finer one,
 * or another), the sentence says where the date comes from ("The article gives no date for this visit. According to <reports>,
 * the visit was on Tuesday 2024-10-15."); a date the reports only confirm reads "Corroborated by
 * <reports>." after the article's part. Never both "gives no date" and "Corroborated". While
 * the date is not one of the calendar (half typed), the sentence is left as it is.
 */
export function resolutionWith(f: VisitFeature): string {
  const v = f.properties.visit;
  if (!tryDateSpan(v.date)) return v.resolution;
  const base = articlePart(v.resolution) + coarser(v);
  if (v.corroboration.length === 0) return base;
  const reports = v.corroboration
    .map((r) => `${r.outlet} (${r.date}${r.title ? `, "${r.title}"` : ''})`)
    .join('; ');
  const precision = precisionOf(v.date) ?? v.precision ?? v.articlePrecision;
  const noDate = NO_DATE.test(base);
  if (!noDate && dateFromArticle(v)) return `${base} Corroborated by ${reports}.`;
  const article = noDate ? 'The article gives no date for this visit.' : base;
  const when = precision === 'day' ? `on ${describeDate(v.date)}` : `in ${describeDate(v.date)}`;
  return `${article} According to ${reports}, the visit was ${when}.`;
}

/**
 * What a date coarser than the article's words adds to the sentence (" The visit is dated to
 * the ISO week 2019-W12 (2019-03-18 to 2019-03-24), which holds that day."), so that the
 * sentence never states a day the visit is no longer dated to; nothing when the date is the
 * words' own.
 */
function coarser(v: Visit): string {
  const own = articleDate(v);
  if (!own || own === v.date || !dateFromArticle(v)) return '';
  return ` The visit is dated to ${describeDate(v.date)}, which holds that ${precisionOf(own)}.`;
}

/** Adds a report to a visit's date and words the resolution anew. */
export function addReport(f: VisitFeature, report: Report): void {
  f.properties.visit.corroboration.push(report);
  f.properties.visit.resolution = resolutionWith(f);
}

/** Removes the report at `index` and words the resolution anew. */
export function removeReport(f: VisitFeature, index: number): void {
  f.properties.visit.corroboration.splice(index, 1);
  f.properties.visit.resolution = resolutionWith(f);
}
