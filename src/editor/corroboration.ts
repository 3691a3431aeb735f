/**
 * Corroborating reports of a visit's date, as pure functions: adding and removing one, and the
 * resolution sentence that says a report gives the date more precisely than the article.
 *
 * @module
 */
import { precisionOf } from '../model/dates.js';
import type { VisitFeature } from '../model/schema.js';

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

const SAYS = ' Corroborated by ';

/** The resolution sentence without what an earlier corroboration added to it. */
const articlePart = (resolution: string) => {
  const at = resolution.indexOf(SAYS);
  return at < 0 ? resolution : resolution.slice(0, at);
};

/**
 * The resolution sentence for the visit as it is now: the article's part, then the reports
 * that give the date (more precisely than the article, when they do).
 */
export function resolutionWith(f: VisitFeature): string {
  const v = f.properties.visit;
  const base = articlePart(v.resolution);
  if (v.corroboration.length === 0) return base;
  const reports = v.corroboration
    .map((r) => `${r.outlet} (${r.date}${r.title ? `, "${r.title}"` : ''})`)
    .join('; ');
  const precision = precisionOf(v.date) ?? v.precision ?? v.articlePrecision;
  const finer = precision !== v.articlePrecision;
  return `${base}${SAYS}${reports}${
    finer
      ? `, which give${v.corroboration.length > 1 ? '' : 's'} the date to the ${precision} (${v.date}).`
      : '.'
  }`;
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
