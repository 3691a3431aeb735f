/** Helpers of the editor's browser tests: mounting the editor, its controls, its downloads. */
import '../../../src/editor/define.js';
import '../../../src/editor/editor.css';
import type { EditorView } from '@codemirror/view';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import type { DraftCollection, DraftSpan } from '../../../src/editor/engine.js';
import { VISITS_FILE } from '../../../src/editor/publish.js';
import { emptySession, type Session, saveSession } from '../../../src/editor/session.js';
import { TextBox } from '../../../src/editor/text-box.js';
import { FIXTURE_ARTICLE_ID, FIXTURE_ARTICLE_TEXT, FIXTURE_VISITS_TEXT } from '../fixture.js';
import { until } from '../helpers.js';

/** The article the editor tests draft: the `one-article` fixture's text. */
const fixtureText = FIXTURE_ARTICLE_TEXT;

export { FIXTURE_ARTICLE_ID, fixtureText, until, VISITS_FILE };

interface CuratedVisit {
  id: string;
  properties: {
    name: { en: string };
    place: { city: { en: string } };
    visit: { date: string };
    quotes: { start: number; end: number; text: string }[];
    statistics: { passage: { start: number; end: number } }[];
  };
}
/** The curated visits of that article (the same fixture's visits file). */
export const FIXTURE_VISITS = JSON.parse(FIXTURE_VISITS_TEXT) as {
  features: CuratedVisit[];
  statistics: { passage: { start: number; end: number } }[];
};

/** Mounts a fresh editor; `keep` keeps the stored session (as a reload does). */
export async function mount(options: { keep?: boolean; lang?: string } = {}): Promise<EditorApp> {
  if (!options.keep) localStorage.clear();
  const app = document.createElement('editor-app');
  if (options.lang) app.lang = options.lang;
  document.body.append(app);
  await until(() => app.engine !== undefined, 15_000);
  await settled(app);
  return app;
}

export function cleanup(): void {
  for (const el of document.querySelectorAll('editor-app')) el.remove();
  localStorage.clear();
}

/** Waits until the app and its parts have drawn the last change. */
export async function settled(app: EditorApp): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await app.updateComplete;
    for (const el of app.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>(
      '*',
    )) {
      if (el.updateComplete) await el.updateComplete;
    }
  }
}

/** The article text box's editable element (by its id: its label is in the interface's language). */
export const textArea = () => document.getElementById('article-text') as HTMLElement;

/** The article text box's editor view (its text, its selection). */
export const textBox = () => TextBox.of(textArea()) as EditorView;

/** Selects characters `start` to `end` of the text box's text, as the keyboard would. */
export function selectInTextBox(start: number, end: number): void {
  const view = textBox();
  view.focus();
  view.dispatch({ selection: { anchor: start, head: end } });
  document.dispatchEvent(new Event('selectionchange'));
}

/**
 * Pastes `text` over the whole of the article text box's text, as Ctrl+A then Ctrl+V do (the box
 * takes it, or the editor handles it).
 */
export async function paste(app: EditorApp, text: string): Promise<void> {
  const el = textArea();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.focus();
  const view = textBox();
  // A long text goes into the box, then to the session, in tasks after the paste's.
  const later = !app.session.draft && text.length >= 65_536;
  view.dispatch({ selection: { anchor: 0, head: view.state.doc.length } });
  el.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
  if (later) await until(() => app.session.text === text.replace(/\r\n?/g, '\n'), 30_000);
  await settled(app);
}

/** Presses Draft visits and waits until the engine's worker has answered (a draft or an error). */
export async function draft(app: EditorApp): Promise<void> {
  await userEvent.click(page.getByRole('button', { name: 'Draft visits' }));
  const input = app.querySelector('editor-input');
  await until(
    () =>
      !input?.querySelector('progress') &&
      (app.session.draft || input?.querySelector('[role="alert"]')),
    15_000,
  );
  await settled(app);
}

/** Collects what the editor offers for download, by file name (the download itself is stopped). */
export function captureDownloads(): { files: Map<string, string>; stop: () => void } {
  const files = new Map<string, string>();
  const onClick = (e: MouseEvent) => {
    const a = e.target;
    if (!(a instanceof HTMLAnchorElement) || !a.download) return;
    e.preventDefault();
    const name = a.download;
    fetch(a.href)
      .then((r) => r.text())
      .then((t) => files.set(name, t));
  };
  document.addEventListener('click', onClick, true);
  return { files, stop: () => document.removeEventListener('click', onClick, true) };
}

/**
 * The visits file among the downloads, whatever its name: {@link VISITS_FILE} when merged into
 * an existing file, `visits-<id>.geojson` for the new visits alone.
 */
export const geojsonIn = (files: Map<string, string>): string | undefined =>
  [...files].find(([name]) => name.endsWith('.geojson'))?.[1];

/** Gives a file input a file, as choosing it in the file dialog would. */
export async function chooseFile(
  input: HTMLInputElement,
  name: string,
  text: string,
): Promise<void> {
  const data = new DataTransfer();
  data.items.add(new File([text], name, { type: 'text/plain' }));
  input.files = data.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 50));
}

/**
 * A session as if the seed article had been drafted into exactly the curated dataset: the
 * review, publishing, merging and storage are tested on it without the draft engine.
 */
export function curatedSession(): Session {
  const draft = JSON.parse(FIXTURE_VISITS_TEXT) as DraftCollection;
  draft.quotes = [];
  const a = draft.articles[0] as DraftCollection['articles'][number];
  const spans: DraftSpan[] = [];
  if (a.titlePassage) spans.push({ kind: 'title', ...a.titlePassage, item: a.id });
  if (a.dateline) spans.push({ kind: 'dateline', ...a.dateline, item: a.id });
  for (const s of draft.statistics) spans.push({ kind: 'figure', ...s.passage, item: s.id });
  for (const f of draft.features) {
    const p = f.properties;
    spans.push({ kind: 'visit', ...p.mention, item: f.id });
    spans.push({ kind: 'date', ...p.visit.wording, item: f.id });
    for (const q of p.quotes)
      spans.push({ kind: 'quote', start: q.start, end: q.end, text: q.text, item: q.id });
    for (const s of p.statistics) spans.push({ kind: 'figure', ...s.passage, item: s.id });
  }
  return {
    ...emptySession(),
    text: fixtureText,
    fields: { date: a.date, title: a.title, outlet: '', url: '' },
    draft,
    spans,
  };
}

/** Mounts the editor on the {@link curatedSession}, as a reload finds it. */
export async function mountCurated(options: { lang?: string } = {}): Promise<EditorApp> {
  localStorage.clear();
  saveSession(curatedSession());
  return mount({ ...options, keep: true });
}

/**
 * The editor's draft as a file that already holds another article: the draft's article takes
 * `id` (and `sha256`, when given: another text), and every `article` the draft names, on visits
 * and on each of their passages, follows it. The draft's separate quotes are dropped (a visits
 * file has none).
 */
// biome-ignore lint/suspicious/noExplicitAny: the file is plain JSON of the visits format.
export function asOtherArticle(draft: unknown, id: string, sha256?: string): any {
  // biome-ignore lint/suspicious/noExplicitAny: as above.
  const d = structuredClone(draft) as any;
  const old = d.articles[0].id;
  d.articles[0].id = id;
  if (sha256) d.articles[0].sha256 = sha256;
  const follow = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) follow(v);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (o.article === old) o.article = id;
      for (const [key, v] of Object.entries(o)) if (key !== 'articles') follow(v);
    }
  };
  follow(d);
  delete d.quotes;
  return d;
}

/** Selects `words` in the marked article, as a mouse drag would. */
export function selectInArticle(app: EditorApp, words: string): { start: number; end: number } {
  const start = app.session.text.indexOf(words);
  const box = app.querySelector('.article-text') as HTMLElement;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = (n as Text).data.length;
    if (start >= seen && start < seen + len) range.setStart(n, start - seen);
    if (start + words.length > seen && start + words.length <= seen + len)
      range.setEnd(n, start + words.length - seen);
    seen += len;
  }
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
  return { start, end: start + words.length };
}

/** Presses Add selection as quote and waits for the quote (the engine reads its speaker first). */
export async function addSelectionAsQuote(app: EditorApp): Promise<void> {
  const before = app.session.handQuotes?.length ?? 0;
  await userEvent.click(page.getByRole('button', { name: 'Add selection as quote' }));
  await until(() => (app.session.handQuotes?.length ?? 0) > before, 15_000);
  await settled(app);
}

/**
 * Presses Accept all and, when it asks about the quotes and figures on no visit, keeps them as
 * the article's own (as Accept all did before it asked).
 */
export async function acceptAll(app: EditorApp): Promise<void> {
  await userEvent.click(page.getByRole('button', { name: 'Accept all' }));
  await settled(app);
  const keep = [...app.querySelectorAll<HTMLButtonElement>('editor-review .ask button')].find((b) =>
    /^Keep (?:it|them) as the article's own/.test(b.textContent?.trim() ?? ''),
  );
  if (!keep) return;
  await userEvent.click(keep);
  await settled(app);
}

/** Presses Accept all, then Download visits file, and reads the visits file downloaded. */
export async function acceptAllAndDownload(app: EditorApp) {
  const downloads = captureDownloads();
  await acceptAll(app);
  await userEvent.click(page.getByRole('button', { name: 'Download visits file' }));
  const json = await until(() => geojsonIn(downloads.files));
  downloads.stop();
  return JSON.parse(json);
}

/** The focused element's accessible name, as far as the editor's controls go. */
export const focusedName = (): string => {
  const el = document.activeElement as HTMLElement | null;
  return (
    el?.getAttribute('aria-label') ??
    el?.closest('label')?.textContent ??
    el?.textContent ??
    ''
  ).trim();
};

/** Presses Tab until the focused control's name starts with `name`. */
export async function tabTo(name: string, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await userEvent.keyboard('{Tab}');
    if (focusedName().startsWith(name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/**
 * Opens the place panel of the visit `card` (by a click on its button) and clicks its map a
 * little north-east of the visit's marker, where the map is centred: another city.
 */
export async function clickPlaceMap(app: EditorApp, card: HTMLElement): Promise<void> {
  await userEvent.click(card.querySelector('button.disclose') as HTMLElement);
  await settled(app);
  const picker = await until(() => card.querySelector('editor-map-picker'));
  await customElements.whenDefined('editor-map-picker'); // loaded as the panel first opens
  await picker.updateComplete;
  const box = picker.shadowRoot?.querySelector('.map') as HTMLElement;
  await until(() => box.querySelector('.picker-marker'));
  await userEvent.click(box, {
    position: { x: box.clientWidth / 2 + 60, y: box.clientHeight / 2 - 40 },
  });
  // The panel closes once the place is chosen (after the gazetteer, if it was still loading).
  await until(() => !card.querySelector('editor-map-picker'));
  await settled(app);
}
