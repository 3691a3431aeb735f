/**
 * The page's texts in another language than the HTML's: every region that describes the
 * dataset rendered again (see `regions.ts`), with the document's title and description. Loaded
 * by the page script only when a reader asks for another language.
 *
 * @module
 */

import { collection } from 'virtual:inspection-map/collection';
import { render } from 'lit';
import { languageReady } from '../components/strings.js';
import type { Visits } from '../model/load.js';
import { parseCollection } from './collection.js';
import { type PageData, pageDescription, pageTitle, REGIONS, renderRegion } from './regions.js';
import { pageStringsFor } from './strings.js';

let page: PageData | undefined;
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

/**
 * Renders the page's texts in `lang`.
 *
 * @param data - the page's visits, checked when the page was built.
 * @param lang - BCP 47: `zh*` gives Simplified Chinese, any other English.
 */
export async function renderPage(data: Visits, lang: string): Promise<void> {
  page ??= { data, collection: parseCollection(collection) };
  await languageReady(lang);
  if (document.documentElement.lang !== lang) return; // another switch came after this one
  document.title = pageTitle(page, lang);
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', pageDescription(page, lang));
  for (const region of REGIONS) render(renderRegion(region, page, lang), fresh(byId(region)));
  byId('language-legend').textContent = pageStringsFor(lang).language;
  byId('intro-more').textContent = pageStringsFor(lang).more;
}
