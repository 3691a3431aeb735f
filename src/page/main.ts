/**
 * The web page: what it says about its dataset (title, introduction, figures by article,
 * sources, credits; see `regions.ts`), the map element with its list, and the open data, in
 * English or Simplified Chinese (`?lang=zh-Hans`, or the language buttons). The build renders
 * the same regions into the HTML; this script renders them again when the language changes.
 *
 * @module
 */

// The visits ship inside the page's script (3 KiB gzip for the first article): no request
// before the page can draw, so nothing shifts when they arrive. The build offers the file
// itself, the CSV and the articles' texts for download beside the page.
import { collection as collectionJson, visitsText } from 'virtual:inspection-map/page-data';
import { render } from 'lit';
import '../components/inspection-map/define.js';
import { isChinese } from '../components/strings.js';
import { parseVisits } from '../model/load.js';
import { parseCollection } from './collection.js';
import { type PageData, pageDescription, pageTitle, REGIONS, renderRegion } from './regions.js';
import { pageStringsFor } from './strings.js';

const map = document.querySelector('inspection-map');
const byId = (id: string) => document.getElementById(id) as HTMLElement;

/**
 * Empties a container of the page's static HTML (or an earlier language's content) and gives
 * back a new box inside it for Lit to render into.
 */
function fresh(container: HTMLElement): HTMLElement {
  const box = document.createElement(container.tagName === 'DIV' ? 'div' : 'span');
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

function renderPage(page: PageData, lang: string): void {
  document.documentElement.lang = lang;
  document.title = pageTitle(page, lang);
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', pageDescription(page, lang));
  for (const region of REGIONS) render(renderRegion(region, page, lang), fresh(byId(region)));
  byId('language-legend').textContent = pageStringsFor(lang).language;
  for (const b of byId('language').querySelectorAll('button')) {
    b.setAttribute('aria-pressed', String(isChinese(b.dataset.lang ?? '') === isChinese(lang)));
  }
  if (map) map.lang = lang;
}

function main(): void {
  if (!map) return;
  const json: unknown = JSON.parse(visitsText);
  const page: PageData = { data: parseVisits(json), collection: parseCollection(collectionJson) };
  map.data = json;
  let lang = initialLang();
  renderPage(page, lang);
  byId('language').addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    const next = button?.dataset.lang;
    if (!next || next === lang) return;
    lang = next;
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
    renderPage(page, lang);
  });
}

main();
