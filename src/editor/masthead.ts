/**
 * The editor page's masthead in the interface's language: kicker, heading, introduction, the
 * link back to the map and the language buttons. The introduction names what ends the work
 * where the page is: **Publish to this project** where the project's own server serves it (it
 * announces its publish operation: see `project.ts`), the two downloads and where they go
 * anywhere else.
 *
 * @module
 */
import { isChinese } from '../components/strings.js';
import { projectEndpoint } from './project.js';
import { editorStringsFor } from './strings.js';

/** Writes the masthead's words in `lang` into `doc` (elements it lacks are skipped). */
export function showMasthead(lang: string, doc: Document = document): void {
  const t = editorStringsFor(lang);
  doc.documentElement.lang = t.lang;
  for (const [id, text] of [
    ['kicker', t.kicker],
    ['heading', t.heading],
    ['intro', t.intro(projectEndpoint(doc) !== undefined)],
    ['reader-link', t.readerLink],
    ['language-legend', t.language],
  ] as const) {
    const el = doc.getElementById(id);
    if (el) el.textContent = text;
  }
  for (const b of doc.querySelectorAll<HTMLButtonElement>('#language button')) {
    b.setAttribute('aria-pressed', String(isChinese(b.dataset.lang ?? '') === isChinese(t.lang)));
  }
}
