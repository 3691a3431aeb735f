/**
 * A visit told by several reports, on its card: the reports listed (title linked to the
 * original where known, outlet, date, a link to the kept text), and the label by which a quote,
 * figure or passage names its own report ("report 2 (China Daily)"). A visit told by one report
 * shows none of this: its card names its article under "How we know", as before.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { visitArticles } from '../model/reports.js';
import type { Article, VisitFeature } from '../model/schema.js';
import { formatDate, isChinese, quoted } from './format.js';
import type { Strings } from './strings.js';

/** What the reports of a card need of its context (see `CardContext`). */
export interface ReportsContext {
  strings: Strings;
  lang: string;
  /** The visit's own article. */
  article: Article | undefined;
  /** The articles that tell the visit, its own first. */
  reports?: readonly Article[] | undefined;
  /**
   * URL of the visits file the articles' kept texts sit beside (`articles/<id>.txt`, as the
   * build publishes them); `undefined`: beside the page.
   */
  base?: string | undefined;
}

/**
 * The records of the articles that tell a visit, its own first, then its other reports and any
 * other article its passages name (see `visitArticles`); an article the data lacks is left out.
 */
export const reportsOf = (visit: VisitFeature, articles: readonly Article[]): Article[] =>
  visitArticles(visit.properties).flatMap((id) => articles.filter((a) => a.id === id));

/**
 * "report 2 (China Daily)": the report a passage is in, by its place in the card's list of
 * reports and its outlet; `''` when one report tells the visit.
 *
 * @param article - the id the item names; the visit's own article when `undefined`.
 */
export function reportLabel(ctx: ReportsContext, article: string | undefined): string {
  const reports = ctx.reports ?? [];
  const i = reports.findIndex((a) => a.id === (article ?? ctx.article?.id));
  const outlet = reports[i]?.outlet;
  if (reports.length < 2 || i < 0) return '';
  const name = ctx.strings.report(i + 1);
  return !outlet ? name : isChinese(ctx.lang) ? `${name}（${outlet}）` : `${name} (${outlet})`;
}

/**
 * "Source: characters 300–398": where a passage sits in its article; with several reports,
 * which one ("Source: report 2 (China Daily), characters 10–52", wrapping after the report).
 *
 * @param article - the id of the article the passage is in; the visit's own when `undefined`.
 */
export function passageRef(
  start: number,
  end: number,
  ctx: ReportsContext,
  article?: string,
): TemplateResult {
  const t = ctx.strings;
  const report = reportLabel(ctx, article);
  return html`<span class="ref ${report ? 'ref--report' : ''}" data-start=${start} data-end=${end}
    >${t.source}${t.colon}${report && `${report}${t.comma}`}<span class="ref-chars"
      >${t.characters(start, end)}</span
    ></span
  >`;
}

/** Each report's passage telling the visit (the visit's own `mention`, then each of `reports`). */
export function renderReportMentions(visit: VisitFeature, ctx: ReportsContext): TemplateResult[] {
  const p = visit.properties;
  return [p.mention, ...(p.reports ?? []).map((r) => ({ ...r.mention, article: r.article }))].map(
    (m) => html`<p class="card-summary" lang=${
      ctx.reports?.find((a) => a.id === (m.article ?? p.article))?.language ?? 'en'
    }>${quoted(m.text)}</p>
      ${passageRef(m.start, m.end, ctx, m.article)}`,
  );
}

/** Where the kept text of `a` is: `articles/<id>.txt` beside the visits file or the page. */
function keptHref(a: Article, base: string | undefined): string {
  const path = `articles/${a.id}.txt`;
  return base ? new URL(path, new URL(base, document.baseURI)).href : path;
}

/** An article's title, linked to the original where its address is known. */
export function articleTitle(a: Article): TemplateResult {
  const title = html`<cite lang=${a.language}>${a.title}</cite>`;
  return a.url ? html`<a href=${a.url} rel="noreferrer">${title}</a>` : title;
}

/** One report: “title” (linked to the original where known), outlet, date, kept text. */
function renderReport(a: Article, ctx: ReportsContext): TemplateResult {
  const t = ctx.strings;
  return html`<li>
    “${articleTitle(a)}”${a.outlet ? html`${t.comma}<span>${a.outlet}</span>` : ''}${t.comma}<time
      datetime=${a.date}
      >${formatDate(a.date, ctx.lang)}</time
    >${t.comma}${t.keptText}${t.colon}<a href=${keptHref(a, ctx.base)} download=${`${a.id}.txt`}
      >${a.id}.txt</a
    >
  </li>`;
}

/** "Told by 2 reports" and the list of them, numbered as quotes and figures name them. */
export function renderReports(ctx: ReportsContext): TemplateResult | typeof nothing {
  const reports = ctx.reports ?? [];
  return reports.length < 2
    ? nothing
    : html`<section class="card-section card-section--reports">
        <h4>${ctx.strings.reportsHeading(reports.length)}</h4>
        <ol class="card-reports">
          ${reports.map((a) => renderReport(a, ctx))}
        </ol>
      </section>`;
}
