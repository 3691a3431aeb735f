/**
 * The web page's script: the map element gets the visits, and the language buttons (or
 * `?lang=zh-Hans`) switch the page between English and Simplified Chinese. Everything the page
 * says about its dataset is already in the HTML, in English (see `regions.ts`): the code that
 * renders it again in another language loads only when another language is asked for.
 *
 * @module
 */
// The visits ship inside the page's script (3 KiB gzip for the first article): no request
// before the page can draw, so nothing shifts when they arrive. They were checked when the page
// was built, so the page loads none of the checking code. The build offers the file
// itself, the CSV and the articles' texts for download beside the page.
import { visitsText } from 'virtual:inspection-map/visits';
import '../components/inspection-map/define.js';
import { checkedInput } from '../components/inspection-map/visits-controller.js';
import { isChinese } from '../components/strings.js';
import type { Visits } from '../model/load.js';
import { followVisitLinks } from './visit-links.js';

const map = document.querySelector('inspection-map');
const languages = document.getElementById('language');
/** The language the build rendered the page's HTML in. */
const PRERENDERED = 'en';

/** The language asked for in the URL, else the document's. */
function initialLang(): string {
  const asked = new URLSearchParams(location.search).get('lang');
  return asked && isChinese(asked)
    ? 'zh-Hans'
    : asked === 'en'
      ? 'en'
      : document.documentElement.lang || PRERENDERED;
}

function setLanguage(json: Visits, lang: string): void {
  document.documentElement.lang = lang;
  for (const b of languages?.querySelectorAll('button') ?? []) {
    b.setAttribute('aria-pressed', String(isChinese(b.dataset.lang ?? '') === isChinese(lang)));
  }
  if (map) map.lang = lang;
  void import('./language.js').then((m) => m.renderPage(json, lang));
}

/**
 * On a phone the introduction is folded to two lines (see page.css), so that the map shows in
 * the first screen; its button unfolds it.
 */
function introFold(): void {
  const box = document.getElementById('intro-box');
  const more = document.getElementById('intro-more');
  more?.addEventListener('click', () => {
    const open = more.getAttribute('aria-expanded') !== 'true';
    more.setAttribute('aria-expanded', String(open));
    box?.classList.toggle('intro-box--open', open);
  });
}

function main(): void {
  introFold();
  if (!map) return;
  const json = JSON.parse(visitsText) as Visits;
  map.data = checkedInput(json);
  followVisitLinks(document, map);
  let lang = initialLang();
  if (lang !== PRERENDERED) setLanguage(json, lang);
  languages?.addEventListener('click', (e) => {
    const button = (e.target as HTMLElement).closest('button');
    const next = button?.dataset.lang;
    if (!next || next === lang) return;
    lang = next;
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
    setLanguage(json, lang);
  });
}

main();
