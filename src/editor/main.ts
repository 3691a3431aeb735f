/**
 * The editor page: an article in, reviewed map data out, entirely in the browser. Language from
 * `?lang=zh-Hans` or the language buttons.
 *
 * @module
 */
import { formatVisitDate } from '../components/format.js';
import './define.js';
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
document.getElementById('language')?.addEventListener('click', (e) => {
  const lang = (e.target as HTMLElement).closest<HTMLButtonElement>('button')?.dataset.lang;
  if (!lang) return;
  setLang(lang);
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  history.replaceState(null, '', url);
});
