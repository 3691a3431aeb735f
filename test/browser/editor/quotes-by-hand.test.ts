/**
 * Quotes the person adds or mends by selecting words in the article: the speaker the engine
 * reads for them is proposed, else asked for (and a quote added by hand is not published without
 * one); a quote cut short takes the words selected, offsets exactly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { checkSession, sha256Hex } from '../../../src/editor/check.js';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import tour from '../../fixtures/editor/premier-tour.txt?raw';
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

const COOP = 'Dongting Seed Cooperative';
/** Reported speech of a farmer the draft leaves out. */
const TOLD = 'the new seeds ripen two weeks earlier';
/** Words of no one the article names in their sentence. */
const LOOSE = 'We plant earlier now and sleep better at harvest';

async function drafted(): Promise<EditorApp> {
  const app = await mount();
  await paste(app, tour);
  await draft(app);
  await userEvent.selectOptions(page.getByRole('combobox', { name: 'Add to' }), COOP);
  return app;
}

/** Selects `words` in the article, as a person does, and waits until the tools have them. */
async function select(app: EditorApp, words: string) {
  const range = selectInArticle(app, words);
  document.dispatchEvent(new Event('selectionchange'));
  await until(() => app.querySelector('.selected q')?.textContent === words);
  return range;
}

/** The live check's problems that keep the work from being published. */
const blocking = async (app: EditorApp) =>
  checkSession(app.session, await sha256Hex(app.session.text)).blocking;

const quotesOf = (app: EditorApp) =>
  app.session.draft?.features.find((f) => f.properties.name.en === COOP)?.properties.quotes ?? [];

describe('a quote added by hand', () => {
  it('has the speaker the engine reads in its sentence proposed', async () => {
    const app = await drafted();
    const { start, end } = await select(app, TOLD);
    await addSelectionAsQuote(app);
    expect(quotesOf(app)).toEqual([
      expect.objectContaining({ start, end, text: TOLD, kind: 'reported', speaker: 'Chen Hua' }),
    ]);
    expect(app.querySelector('editor-article .said')?.textContent).toBe(
      'Quote added. The draft engine reads its speaker as Chen Hua: check the Speaker field.',
    );
    expect(await blocking(app)).toEqual([]);
  });

  it('without one the engine finds, asks who said it, and is not published until named', async () => {
    const app = await drafted();
    await select(app, LOOSE);
    await addSelectionAsQuote(app);
    const [quote] = quotesOf(app);
    expect(quote).toMatchObject({ text: LOOSE, speaker: null });
    const row = app.querySelector(`li[data-item="quote:${quote?.id}"]`) as HTMLElement;
    expect(row.querySelector('.problems')?.textContent?.trim()).toBe(
      'Who said this? Name the speaker as the article does: a quote added by hand is not published without one.',
    );
    const speaker = row.querySelector('input[lang="en"]') as HTMLInputElement;
    expect(speaker.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(page.getByRole('button', { name: /^Accept: quote “We plant/ }));
    await settled(app);
    expect((await blocking(app)).map((p) => p.path)).toEqual(['properties.quotes.0.speaker']);
    await userEvent.fill(speaker, 'Chen Hua');
    await settled(app);
    expect(quotesOf(app)[0]?.speaker).toBe('Chen Hua');
    expect(await blocking(app)).toEqual([]);
    expect(row.querySelector('.problems')).toBeNull();
  });
});

describe('a quote cut short', () => {
  it('takes the words selected in the article as its passage, offsets exactly', async () => {
    const app = await drafted();
    await select(app, 'the new seeds ripen');
    await addSelectionAsQuote(app);
    const before = quotesOf(app)[0]?.id;
    expect(before).toBe('dongting-seed-cooperative-new-seeds-ripen');
    const { start, end } = await select(app, TOLD);
    await userEvent.click(
      page.getByRole('button', { name: 'Use the selected words: quote “the new seeds ripen”' }),
    );
    await settled(app);
    // The id the editor made from the first words is made again from these.
    const id = 'dongting-seed-cooperative-new-seeds-ripen-two';
    expect(quotesOf(app)).toEqual([expect.objectContaining({ id, start, end, text: TOLD })]);
    expect(app.session.text.slice(start, end)).toBe(TOLD);
    expect(app.session.spans.filter((s) => s.item === id)).toEqual([
      { kind: 'quote', start, end, text: TOLD, item: id },
    ]);
    expect(app.querySelector(`mark[data-item="${id}"]`)?.textContent).toBe(TOLD);
  });
});
