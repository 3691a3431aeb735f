/**
 * The editor page: an article in, reviewed map data out, entirely in the browser. Language from
 * `?lang=zh-Hans` or the language buttons.
 *
 * @module
 */
import './define.js';
import { showMasthead } from './masthead.js';
import { editorStringsFor } from './strings.js';

const app = document.querySelector('editor-app');
const asked = new URLSearchParams(location.search).get('lang');

function setLang(lang: string): void {
  if (app) app.lang = editorStringsFor(lang).lang;
  showMasthead(lang);
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
