/**
 * The editor page: an article in, reviewed map data out, entirely in the browser. Language from
 * `?lang=zh-Hans` or the language buttons.
 *
 * @module
 */
import { isChinese } from '../components/strings.js';
import './define.js';
import { editorStringsFor } from './strings.js';

const app = document.querySelector('editor-app');
const asked = new URLSearchParams(location.search).get('lang');

function setLang(lang: string): void {
  const t = editorStringsFor(lang);
  if (app) app.lang = t.lang;
  document.documentElement.lang = t.lang;
  for (const [id, text] of [
    ['kicker', t.kicker],
    ['heading', t.heading],
    ['intro', t.intro],
    ['reader-link', t.readerLink],
    ['language-legend', t.language],
  ] as const) {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('#language button')) {
    b.setAttribute('aria-pressed', String(isChinese(b.dataset.lang ?? '') === isChinese(t.lang)));
  }
}

setLang(asked ?? 'en');
document.getElementById('language')?.addEventListener('click', (e) => {
  const lang = (e.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset.lang;
  if (!lang) return;
  setLang(lang);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
});
