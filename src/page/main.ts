/**
 * The web page: the source article's title and dateline, the map element with its list, and
 * the article's national figures, all from the one dataset.
 *
 * @module
 */
import { html, render } from 'lit';
import articleUrl from '../../data/articles/000_dd285a5d4eecb2d0.txt?url';
// The visits ship inside the page's script (3 KiB gzip): no request before the page can draw,
// so nothing shifts when they arrive. The file itself is offered for download below.
import visitsText from '../../data/visits.geojson?raw';
import visitsUrl from '../../data/visits.geojson?url';
import '../components/inspection-map/define.js';
import { formatDate } from '../components/format.js';
import { stringsFor } from '../components/strings.js';
import { renderStatistic } from '../components/visit-card.js';
import { parseVisits } from '../model/load.js';

const lang = document.documentElement.lang || 'en';
const map = document.querySelector('inspection-map');
const byId = (id: string) => document.getElementById(id) as HTMLElement;

function main(): void {
  if (!map) return;
  const json: unknown = JSON.parse(visitsText);
  const data = parseVisits(json);
  map.data = json;

  const article = data.articles[0];
  if (article) {
    byId('article-title').textContent = article.title;
    byId('article-meta').replaceChildren();
    render(
      html`${article.section ? `${article.section} · ` : ''}<time datetime=${article.date}
          >${formatDate(article.date, lang)}</time
        >
        · ${article.outlet ?? 'outlet not named in the text as received'} ·
        ${article.translation ?? ''}`,
      byId('article-meta'),
    );
  }
  const ctx = { strings: stringsFor(lang), lang, article, national: [] };
  render(
    html`${data.statistics.map(
      (s) => html`<article class="national-figure">
        ${renderStatistic(s, ctx)}
        <p class="industries">Industries: ${s.industries.join(', ')}</p>
      </article>`,
    )}`,
    byId('national-figures'),
  );
  render(
    html`<li>
        Source article, kept byte for byte:
        <a href=${articleUrl} download="${article?.id ?? 'article'}.txt">${article?.title}</a>.
        Offsets count characters of this text (UTF-16 code units), from 0.
      </li>
      <li>
        The visits as GeoJSON (RFC 7946, [longitude, latitude]):
        <a href=${visitsUrl} download="visits.geojson">visits.geojson</a>.
      </li>
      <li>
        Locations are city-level points from the GeoNames gazetteer, not the sites themselves.
        Visit days the article gives only as “this week” or a month come from the corroborating
        reports named with each visit.
      </li>`,
    byId('about'),
  );
}

main();
