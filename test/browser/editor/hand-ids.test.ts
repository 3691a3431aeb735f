/**
 * The id the editor makes for a quote or figure added by hand, from its words, follows later
 * edits of them: a new passage for the quote, the figure's words typed; its decision, its mark
 * in the article and its row follow it, and one undo takes the typed words and the id back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import report from '../../fixtures/editor/fujian-company.txt?raw';
import {
  addSelectionAsQuote,
  cleanup,
  draft,
  mount,
  paste,
  selectInArticle,
  settled,
  until,
} from './helpers.js';

afterEach(cleanup);

async function drafted(): Promise<EditorApp> {
  const app = await mount();
  await paste(app, report);
  await until(() => app.session.fields.date !== '');
  await draft(app);
  return app;
}

async function select(app: EditorApp, words: string): Promise<void> {
  selectInArticle(app, words);
  document.dispatchEvent(new Event('selectionchange'));
  await until(() => app.querySelector('.selected q')?.textContent === words);
}

const ids = (app: EditorApp, kind: 'quote' | 'figure') =>
  app.session.spans.filter((x) => x.kind === kind).map((x) => x.item);

describe('the id of an item added by hand', () => {
  it('follows the quote to its new passage', async () => {
    const app = await drafted();
    await select(app, 'lu zhong-gong chaired a meeting of the provincial committee');
    await addSelectionAsQuote(app);
    const [first] = app.session.handQuotes ?? [];
    expect(first).toBe('minjiang-electronics-lu-zhong-gong-chaired');
    await userEvent.click(
      page.getByRole('button', {
        name: 'Accept: quote “lu zhong-gong chaired a meeting',
        exact: false,
      }),
    );
    await settled(app);
    expect(app.session.decisions[`quote:${first}`]).toBe('accepted');

    await select(app, 'chaired a meeting of the provincial committee');
    const row = app.querySelector(`[data-item="quote:${first}"]`) as HTMLElement;
    await userEvent.click(row.querySelector('button.use-selection') as HTMLElement);
    await settled(app);
    const id = 'minjiang-electronics-chaired-meeting-provincial-committee';
    expect(app.session.handQuotes).toEqual([id]);
    const quote = app.session.draft?.features[0]?.properties.quotes.find((q) => q.id === id);
    expect(quote?.text).toBe('chaired a meeting of the provincial committee');
    expect(ids(app, 'quote')).toContain(id);
    expect(ids(app, 'quote')).not.toContain(first);
    // A new passage is not what was accepted: the item is back in review, under its new id.
    expect(Object.keys(app.session.decisions)).toEqual([]);
    expect(app.querySelector(`[data-item="quote:${id}"] blockquote`)?.textContent).toBe(
      'chaired a meeting of the provincial committee',
    );
  });

  it('follows the figure’s words as they are typed, and undo takes both back', async () => {
    const app = await drafted();
    await select(app, '3,000 people');
    await userEvent.click(page.getByRole('button', { name: 'Add selection as figure' }));
    await settled(app);
    expect(app.session.handFigures).toEqual(['3-000-people']);
    const row = app.querySelector('[data-item="figure:3-000-people"]') as HTMLElement;
    const words = row.querySelector('input') as HTMLInputElement;
    expect(words.closest('label')?.textContent?.trim()).toBe('Figure as worded');
    expect(words.value).toBe('3,000 people');
    await userEvent.click(words);
    await userEvent.keyboard(
      '{End}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}{Backspace}',
    );
    await settled(app);
    const hand = () => {
      const id = app.session.handFigures?.[0];
      const f = app.session.draft?.features[0]?.properties.statistics.find((x) => x.id === id);
      return [f?.id, f?.figure];
    };
    expect(hand()).toEqual(['3-000', '3,000']);
    // The draft's own figure of these words keeps its id.
    expect(ids(app, 'figure')).toEqual(['people-employed', '3-000']);
    expect(app.querySelector('[data-item="figure:3-000"] input')).toBe(words);
    expect(document.activeElement).toBe(words);

    await userEvent.click(page.getByRole('button', { name: 'Undo last change' }));
    await settled(app);
    expect(hand()).toEqual(['3-000-people', '3,000 people']);
  });
});
