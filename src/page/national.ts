/**
 * The figures that belong to no single site (national ones, and in later data city or province
 * ones), as the page shows them: for one article a list, for several one group per article,
 * each under the article's title. Used by the page script and by the HTML prerendered at build
 * time.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../components/format.js';
import { isChinese, stringsFor } from '../components/strings.js';
import { renderStatistic } from '../components/visit-card.js';
import type { Visits } from '../model/load.js';
import type { Article, Statistic } from '../model/schema.js';
import { pageStringsFor } from './strings.js';

/** The figures of each article that has any, in the order of the articles. */
export function figuresByArticle(data: Visits): { article: Article; statistics: Statistic[] }[] {
  return data.articles
    .map((article) => ({
      article,
      statistics: data.statistics.filter((s) => s.article === article.id),
    }))
    .filter((g) => g.statistics.length > 0);
}

function renderFigures(statistics: readonly Statistic[], article: Article, lang: string) {
  const t = pageStringsFor(lang);
  const strings = stringsFor(lang);
  const ctx = { strings, lang, article, area: [], national: [] };
  const joiner = isChinese(lang) ? '、' : ', ';
  return statistics.map(
    (s) => html`<article class="national-figure">
      ${renderStatistic(s, ctx)}
      <p class="industries">
        ${t.industries}: ${s.industries.map((i) => strings.industry(i)).join(joiner)}
      </p>
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
  if (data.statistics.length === 0) return nothing;
  const t = pageStringsFor(lang);
  const groups = figuresByArticle(data);
  const articles = data.articles.length;
  const allNational = data.statistics.every((s) => s.scope === 'national');
  const first = groups[0];
  return html`<section class="national" aria-labelledby="national-heading">
    <h2 id="national-heading">${t.contextHeading(articles, allNational)}</h2>
    <p id="national-note">${t.contextNote(articles, allNational)}</p>
    <div id="national-figures">
      ${
        articles === 1 && first
          ? renderFigures(first.statistics, first.article, lang)
          : groups.map(
              (g) => html`<section class="figure-group" aria-label=${g.article.title}>
                <h3>${articleCitation(g.article, lang)}</h3>
                ${renderFigures(g.statistics, g.article, lang)}
              </section>`,
            )
      }
    </div>
  </section>`;
}
