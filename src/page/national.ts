/**
 * The article's national figures as the page shows them, for the page script and for the
 * HTML prerendered at build time.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { isChinese, stringsFor } from '../components/strings.js';
import { renderStatistic } from '../components/visit-card.js';
import type { Visits } from '../model/load.js';
import { pageStringsFor } from './strings.js';

/** One card per figure that belongs to no single site, with the industries it covers. */
export function renderNationalFigures(data: Visits, lang: string): TemplateResult {
  const t = pageStringsFor(lang);
  const strings = stringsFor(lang);
  const ctx = { strings, lang, article: data.articles[0], national: [] };
  const joiner = isChinese(lang) ? '、' : ', ';
  return html`${data.statistics.map(
    (s) => html`<article class="national-figure">
      ${renderStatistic(s, ctx)}
      <p class="industries">
        ${t.industries}: ${s.industries.map((i) => strings.industry(i)).join(joiner)}
      </p>
    </article>`,
  )}`;
}
