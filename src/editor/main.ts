/**
 * The editor page: an article in, reviewed map data out, entirely in the browser. Language from
 * `?lang=zh-Hans` or the language buttons.
 *
 * Its first screen (the article) is one module; the review, publishing and the preview are
 * imported after it, each alone, so no task of the page compiles or caches the whole editor
 * (a reload's code cache of one 560 kB module took some 50 ms of the main thread).
 *
 * @module
 */
import { formatVisitDate } from '../components/format.js';
import './define-first.js';
import { showMasthead } from './masthead.js';
import { editorStringsFor } from './strings.js';

const app = document.querySelector('editor-app');
const asked = new URLSearchParams(location.search).get('lang');

/**
 * Makes the language's date formats while the page is idle, one in each idle period: the first
 * use of `Intl` on a page costs tens of milliseconds, which would otherwise fall in the task
 * that shows a draft (its visits' dates).
 */
function warmDates(lang: string): void {
  const idle: (run: () => void) => unknown =
    typeof requestIdleCallback === 'function' ? requestIdleCallback : (run) => setTimeout(run, 200);
  const dates = ['2025-05-22', '2025-05', '2025'];
  const next = () => {
    const date = dates.shift();
    if (date === undefined) return;
    formatVisitDate(date, lang);
    idle(next);
  };
  idle(next);
}

function setLang(lang: string): void {
  const chosen = editorStringsFor(lang).lang;
  if (app) app.lang = chosen;
  showMasthead(lang);
  warmDates(chosen);
}

setLang(asked ?? 'en');
// In the order the page shows them; each part draws as soon as it is defined.
void import('./define-review.js')
  .then(() => import('./define-publish.js'))
  .then(() => import('./define-preview.js'));
document.getElementById('language')?.addEventListener('click', (e) => {
  const lang = (e.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset.lang;
  if (!lang) return;
  setLang(lang);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
});
