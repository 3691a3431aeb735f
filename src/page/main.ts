/**
 * The web page: the source article's title and dateline, the map element with its list, the
 * article's national figures and the open data, all from the one dataset, in English or
 * Simplified Chinese (`?lang=zh-Hans`, or the language buttons).
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
import { isChinese } from '../components/strings.js';
import { type LoadResult, parseVisits } from '../model/load.js';
import { renderNationalFigures } from './national.js';
import { pageStringsFor } from './strings.js';

const map = document.querySelector('inspection-map');
const byId = (id: string) => document.getElementById(id) as HTMLElement;

/**
 * Empties a container of the page's static HTML (or an earlier language's content) and gives
 * back a new box inside it for Lit to render into.
 */
function fresh(container: HTMLElement, tag: 'span' | 'div' = 'span'): HTMLElement {
  const box = document.createElement(tag);
  container.replaceChildren(box);
  return box;
}

/** The language asked for in the URL, else the document's. */
function initialLang(): string {
  const asked = new URLSearchParams(location.search).get('lang');
  return asked && isChinese(asked)
    ? 'zh-Hans'
    : asked === 'en'
      ? 'en'
      : document.documentElement.lang || 'en';
}

function renderPage(data: LoadResult, lang: string): void {
  const t = pageStringsFor(lang);
  document.documentElement.lang = lang;
  document.title = t.title;
  byId('kicker').textContent = t.kicker;
  byId('intro').textContent = t.intro;
  byId('national-heading').textContent = t.nationalHeading;
  byId('national-note').textContent = t.nationalNote;
  byId('data-heading').textContent = t.dataHeading;
  byId('sources-note').textContent = t.sourcesNote;
  byId('credits').textContent = t.credits;
  const group = byId('language');
  byId('language-legend').textContent = t.language;
  for (const b of group.querySelectorAll('button')) {
    b.setAttribute('aria-pressed', String(isChinese(b.dataset.lang ?? '') === isChinese(lang)));
  }

  const article = data.articles[0];
  if (article) {
    const title = byId('article-title');
    title.textContent = article.title;
    title.lang = article.language;
    render(
      html`${article.section ? html`<span lang="en">${article.section}</span> · ` : ''}<time
          datetime=${article.date}
          >${formatDate(article.date, lang)}</time
        >
        · ${article.outlet ?? t.outletUnknown}`,
      fresh(byId('article-meta')),
    );
  }
  render(renderNationalFigures(data, lang), fresh(byId('national-figures'), 'div'));
  render(
    html`<ul>
      <li>
        ${t.articleFile}:
        <a href=${articleUrl} download=${`${article?.id ?? 'article'}.txt`}>${article?.id ?? 'article'}.txt</a>
        (SHA-256 <code>${article?.sha256.slice(0, 12)}…</code>). ${t.offsetsNote}
      </li>
      <li>${t.geojson}: <a href=${visitsUrl} download="visits.geojson">visits.geojson</a></li>
      <li>${t.csv}: <a href="visits.csv" download="visits.csv">visits.csv</a></li>
    </ul>`,
    fresh(byId('data-links'), 'div'),
  );
  if (map) map.lang = lang;
}

function main(): void {
  if (!map) return;
  const json: unknown = JSON.parse(visitsText);
  const data = parseVisits(json);
  map.data = json;
  let lang = initialLang();
  renderPage(data, lang);
  byId('language').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    const next = button?.dataset.lang;
    if (!next || next === lang) return;
    lang = next;
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
    renderPage(data, lang);
  });
}

main();
