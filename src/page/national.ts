/**
 * The figures that belong to no single site (national ones, and in later data city or province
 * ones), and the national figures placed on a visit (each naming its visit, linked to it), as
 * the page shows them: for one article a list, for several one group per article,
 * each under the article's title. Used by the page script and by the HTML prerendered at build
 * time.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, formatList } from '../components/format.js';
import { hashForVisit } from '../components/inspection-map/deep-link-controller.js';
import { isChinese, stringsFor } from '../components/strings.js';
import { renderStatistic, visitLabel } from '../components/visit-card.js';
import type { Visits } from '../model/load.js';
import { inDateOrder } from '../model/order.js';
import type { Article, Statistic, VisitFeature } from '../model/schema.js';
import { pageStringsFor } from './strings.js';

/** A figure of the section, with the visits it is placed on (none for one outside any visit). */
export interface SectionFigure {
  statistic: Statistic;
  visits: VisitFeature[];
}

/**
 * The section's figures of each article that has any, in the order of the articles: the
 * figures outside any visit, in the file's order, then the national figures placed on a visit,
 * in date order. A figure is listed once (by id), with every visit it is placed on.
 */
export function figuresByArticle(data: Visits): { article: Article; figures: SectionFigure[] }[] {
  const byId = new Map<string, SectionFigure>();
  for (const statistic of data.statistics)
    if (!byId.has(statistic.id)) byId.set(statistic.id, { statistic, visits: [] });
  for (const visit of inDateOrder(data.visits))
    for (const statistic of visit.properties.statistics) {
      if (statistic.scope !== 'national') continue;
      const figure = byId.get(statistic.id) ?? { statistic, visits: [] };
      if (!figure.visits.includes(visit)) figure.visits.push(visit);
      byId.set(statistic.id, figure);
    }
  const figures = [...byId.values()];
  return data.articles
    .map((article) => ({
      article,
      figures: figures.filter((f) => f.statistic.article === article.id),
    }))
    .filter((g) => g.figures.length > 0);
}

function renderFigures(figures: readonly SectionFigure[], article: Article, lang: string) {
  const t = pageStringsFor(lang);
  const strings = stringsFor(lang);
  const ctx = { strings, lang, article, area: [], national: [] };
  const joiner = isChinese(lang) ? '、' : ', ';
  return figures.map(
    ({ statistic: s, visits }) => html`<article class="national-figure">
      ${renderStatistic(s, ctx)}
      <p class="industries">
        ${t.industries}: ${s.industries.map((i) => strings.industry(i)).join(joiner)}
      </p>
      ${
        visits.length
          ? html`<p class="figure-visits">
              ${t.figureVisits(visits.length)}${t.colon}${formatList(
                visits.map(
                  (v) =>
                    html`<a href=${hashForVisit('', v.properties.id)}>${visitLabel(v, lang)}</a>`,
                ),
                lang,
              )}
            </p>`
          : nothing
      }
    </article>`,
  );
}

/** An article named in a heading: “title”, outlet, date. */
export function articleCitation(article: Article, lang: string): TemplateResult {
  const t = pageStringsFor(lang);
  const outlet = article.outlet ?? t.outletUnknown;
  return html`“<cite lang=${article.language}>${article.title}</cite>”${t.comma}${outlet}${t.comma}<time
      datetime=${article.date}
      >${formatDate(article.date, lang)}</time
    >`;
}

/**
 * The section of figures beyond a single site; nothing when the dataset has none.
 * Figures of several articles are grouped under each article's citation.
 */
export function renderNationalFigures(data: Visits, lang: string): TemplateResult | typeof nothing {
  const groups = figuresByArticle(data);
  const first = groups[0];
  if (!first) return nothing;
  const t = pageStringsFor(lang);
  const articles = data.articles.length;
  const allNational = groups.every((g) => g.figures.every((f) => f.statistic.scope === 'national'));
  return html`<section class="national" aria-labelledby="national-heading">
    <h2 id="national-heading">${t.contextHeading(articles, allNational)}</h2>
    <p id="national-note">${t.contextNote(articles, allNational)}</p>
    <div id="national-figures">
      ${
        articles === 1
          ? renderFigures(first.figures, first.article, lang)
          : groups.map(
              (g) => html`<section class="figure-group" aria-label=${g.article.title}>
                <h3>${articleCitation(g.article, lang)}</h3>
                ${renderFigures(g.figures, g.article, lang)}
              </section>`,
            )
      }
    </div>
  </section>`;
}
