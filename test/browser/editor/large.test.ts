/**
 * The editor with the largest article it takes (1 MiB): the marked article is drawn in runs the
 * browser lays out only near the view, yet shows every passage at its offsets; a selection at
 * the very end still gives exact offsets; the text is stored apart from the session (IndexedDB)
 * and comes back whole after a reload. Timings are `npm run bench:editor`'s, not these tests'.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import { SESSION_KEY, saveSession } from '../../../src/editor/session.js';
import {
  addSelectionAsQuote,
  cleanup,
  curatedSession,
  fixtureText,
  mount,
  paste,
  selectInArticle,
  settled,
  textArea,
  textBox,
  until,
} from './helpers.js';

afterEach(cleanup);

const MiB = 1_048_576;
const FILLER =
  'Officials described the local economy, its history and the plans for the coming years.\n\n';
const CLOSING = 'The tour ended where it began, by the river.';
const PARAGRAPHS = Math.floor((MiB - fixtureText.length - 200) / FILLER.length);
/** The seed article, plain paragraphs after it, and a closing sentence: about 1 MiB. */
const LONG = `${fixtureText}\n\n${FILLER.repeat(PARAGRAPHS)}${CLOSING}\n`;
/** A span far down the text: the middle paragraph's first word. */
const FAR = fixtureText.length + 2 + FILLER.length * Math.floor(PARAGRAPHS / 2);

/** Each mark of the article view with the offset of its first character in the text. */
function marksAt(app: EditorApp): Map<number, HTMLElement> {
  const box = app.querySelector('.article-text') as HTMLElement;
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  const out = new Map<number, HTMLElement>();
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const mark = n.parentElement?.closest('mark');
    if (mark && !out.has(seen)) out.set(seen, mark);
    seen += (n as Text).data.length;
  }
  return out;
}

describe('a 1 MiB article', () => {
  it('is marked at every passage, drawn in runs, and a selection at its end gives exact offsets', async () => {
    localStorage.clear();
    const session = curatedSession();
    const far = {
      kind: 'figure' as const,
      start: FAR,
      end: FAR + 9,
      text: 'Officials',
      item: 'far',
    };
    saveSession({ ...session, text: LONG, spans: [...session.spans, far] });
    const app = await mount({ keep: true });
    const box = app.querySelector('.article-text') as HTMLElement;
    expect(box.textContent).toBe(LONG);
    const runs = box.querySelectorAll(':scope > .run');
    expect(runs.length).toBeGreaterThan(200);
    // What is far from the view is not laid out (from the next frame on); the first marks are.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const marks = marksAt(app);
    const visible = (at: number) => marks.get(at)?.checkVisibility({ contentVisibilityAuto: true });
    expect(visible(session.spans[0]?.start ?? -1)).toBe(true);
    expect(visible(FAR)).toBe(false);
    for (const span of app.session.spans) {
      expect(LONG.slice(span.start, span.end)).toBe(span.text);
      expect(marks.get(span.start)?.tagName, `${span.kind} at ${span.start}`).toBe('MARK');
    }

    const { start, end } = selectInArticle(app, CLOSING);
    expect(end).toBe(LONG.length - 1);
    await until(() => app.querySelector('.selected q')?.textContent === CLOSING);
    await settled(app);
    await userEvent.selectOptions(page.getByRole('combobox', { name: 'Add to' }), '-');
    await addSelectionAsQuote(app);
    const added = app.session.draft?.quotes?.find((q) => q.start === start);
    expect(added).toMatchObject({ start, end, text: CLOSING });
    const mark = marksAt(app).get(start);
    expect(mark?.textContent).toBe(CLOSING);
    expect(mark?.dataset.item).toBe(added?.id);
  });

  it('is stored apart from the session and comes back whole after a reload', async () => {
    const first = await mount();
    await paste(first, LONG);
    // The text box draws the lines near its view, not the article's 12,000.
    expect(textArea().querySelectorAll('.cm-line').length).toBeLessThan(500);
    expect(first.session.text).toBe(LONG);
    // The text is written to IndexedDB first, then the session naming it.
    const stored = await until(() => {
      const raw = localStorage.getItem(SESSION_KEY);
      return raw?.includes('"textRef"') ? raw : undefined;
    }, 30_000);
    expect(stored.length).toBeLessThan(2_000);
    expect(JSON.parse(stored).textRef.length).toBe(LONG.length);
    first.remove();
    const app = await mount({ keep: true });
    await until(() => app.session.text.length > 0, 30_000);
    await settled(app);
    expect(app.session.text).toBe(LONG);
    expect(app.session.textRef).toBeUndefined();
    expect(textBox().state.doc.toString()).toBe(LONG);
  });
});
