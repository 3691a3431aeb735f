/**
 * Adding a visit by hand: a passage selected in the article, a site named, a place chosen in the
 * gazetteer, a date (the one the passage gives, filled in); the new visit carries the passage as
 * its mention, and quotes and figures can then be added to it. A date the passage does not give
 * asks for its report.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
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

const TEXT = `date 2013-01-02
Lin Hai visits grain depot in Jiangxi
Vice Premier Lin Hai spent the last days of the year in Jiangxi Province.
On Dec. 30, Lin toured the Hongxing Grain Depot, where he asked about the stocks.
"Keep the grain dry and safe," Lin told the workers.
The depot stores 120,000 tonnes of rice, its manager said.`;
const PASSAGE = 'On Dec. 30, Lin toured the Hongxing Grain Depot';
const SITE = 'Hongxing Grain Depot';

async function select(app: EditorApp, words: string): Promise<{ start: number; end: number }> {
  const range = selectInArticle(app, words);
  document.dispatchEvent(new Event('selectionchange'));
  await until(() => app.querySelector('.selected q')?.textContent === words);
  return range;
}

/** Selects the passage and fills the form: the site typed, Nanchang chosen by the keyboard. */
async function fillNewVisit(app: EditorApp): Promise<{ start: number; end: number }> {
  const range = await select(app, PASSAGE);
  await userEvent.click(page.getByRole('button', { name: 'Add selection as visit' }));
  await settled(app);
  const form = await until(() => app.querySelector('editor-new-visit'));
  expect(document.activeElement?.getAttribute('name')).toBe('new-visit-site');
  await userEvent.keyboard(SITE);
  await userEvent.tab();
  expect(document.activeElement?.getAttribute('role')).toBe('combobox');
  await userEvent.keyboard('Nanchang');
  await until(() => form.querySelector('[role="option"]'), 5000);
  await userEvent.keyboard('{ArrowDown}{Enter}');
  await settled(app);
  expect(form.querySelector('.chosen')?.textContent?.trim()).toBe('Place: Nanchang, Jiangxi');
  return range;
}

const added = (app: EditorApp) =>
  app.session.draft?.features.find((f) => f.properties.name.en === SITE);

describe('adding a visit by hand', () => {
  it('makes the selected passage its mention, dated as the passage gives it, and takes quotes and figures', async () => {
    const app = await mount();
    await paste(app, TEXT);
    await draft(app);
    const before = app.session.draft?.features.length ?? 0;
    const range = await fillNewVisit(app);
    const date = app.querySelector(
      'editor-new-visit input[name="new-visit-date"]',
    ) as HTMLInputElement;
    await until(() => date.value !== '', 5000);
    expect(date.value).toBe('2012-12-30');
    expect(app.querySelector('#new-visit-date-hint')?.textContent).toBe(
      'The date the passage gives.',
    );
    await userEvent.click(page.getByRole('button', { name: 'Add the visit' }));
    await settled(app);

    expect(app.session.draft?.features.length).toBe(before + 1);
    const f = added(app);
    const p = f?.properties;
    // Named as the draft names visits (site words and date), not `visit-N`.
    expect([f?.id, p?.id]).toEqual([
      'hongxing-grain-depot-2012-12-30',
      'hongxing-grain-depot-2012-12-30',
    ]);
    expect(p?.mention).toEqual({ ...range, text: PASSAGE });
    expect(TEXT.slice(range.start, range.end)).toBe(PASSAGE);
    expect([p?.place.city.en, p?.place.province.en, p?.location.precision]).toEqual([
      'Nanchang',
      'Jiangxi',
      'city',
    ]);
    expect(f?.geometry.coordinates.map((c) => Math.round(c))).toEqual([116, 29]);
    expect([p?.visit.date, p?.visit.precision, p?.visit.wording.text]).toEqual([
      '2012-12-30',
      'day',
      PASSAGE,
    ]);
    expect(p?.visit.corroboration).toEqual([]);
    expect(p?.industries).toEqual(['agriculture']);
    expect(app.session.spans).toContainEqual({
      kind: 'visit',
      ...range,
      text: PASSAGE,
      item: f?.id,
    });
    const card = app.querySelector(`[data-item="visit:${f?.id}"]`) as HTMLElement;
    expect(card.querySelector('h3')?.textContent).toBe(SITE);
    // The article gives the day: no report is asked for, and the live check has no problem.
    expect(card.querySelector('.ask')).toBeNull();
    expect(app.querySelector('.selection-tools .said')?.textContent).toMatch(
      /^Visit added: Hongxing Grain Depot\./,
    );
    // "Add to" is the new visit, and has focus: its quote and figure are added to it.
    const addTo = page.getByLabelText('Add to').element() as HTMLSelectElement;
    expect(document.activeElement).toBe(addTo);
    expect(addTo.selectedOptions[0]?.textContent).toBe(SITE);
    await select(app, 'Keep the grain dry and safe');
    await addSelectionAsQuote(app);
    await select(app, '120,000 tonnes');
    await userEvent.click(page.getByRole('button', { name: 'Add selection as figure' }));
    await settled(app);
    expect(added(app)?.properties.quotes.map((q) => q.text)).toEqual([
      'Keep the grain dry and safe',
    ]);
    expect(added(app)?.properties.statistics.map((s) => [s.id, s.figure, s.value])).toEqual([
      ['120-000-tonnes', '120,000 tonnes', 120000],
    ]);
    expect(card.querySelector(':scope > .problems')?.textContent).toBeUndefined();
  });

  it('asks for the report of a date the passage does not give; Escape cancels', async () => {
    const app = await mount();
    await paste(app, TEXT);
    await draft(app);
    await fillNewVisit(app);
    const date = app.querySelector(
      'editor-new-visit input[name="new-visit-date"]',
    ) as HTMLInputElement;
    await until(() => date.value !== '', 5000);
    await userEvent.clear(date);
    await userEvent.type(date, '2012-12-29');
    expect(app.querySelector('#new-visit-date-hint')?.textContent).toMatch(/^YYYY-MM-DD/);
    await userEvent.click(page.getByRole('button', { name: 'Add the visit' }));
    await settled(app);
    const f = added(app);
    expect(f?.properties.visit.date).toBe('2012-12-29');
    expect(f?.id).toBe('hongxing-grain-depot-2012-12-29');
    const card = app.querySelector(`[data-item="visit:${f?.id}"]`) as HTMLElement;
    expect(card.querySelector('.ask')?.textContent).toMatch(
      'This day is not in the article: which report gives it?',
    );
    // The passage gives a day (another): the card says which, never that it gives none.
    expect(card.querySelector('.resolution')?.textContent).toBe(
      'The article gives the day: the publication date is Wednesday 2013-01-02, so "On Dec. 30" is Sunday 2012-12-30.',
    );
    expect(f?.properties.visit.articlePrecision).toBe('day');

    const count = app.session.draft?.features.length;
    await select(app, 'Lin told the workers');
    await userEvent.click(page.getByRole('button', { name: 'Add selection as visit' }));
    await settled(app);
    await until(() => app.querySelector('editor-new-visit'));
    await userEvent.keyboard('{Escape}');
    await settled(app);
    expect(app.querySelector('editor-new-visit')).toBeNull();
    expect(app.session.draft?.features.length).toBe(count);
    expect(document.activeElement?.textContent?.trim()).toBe('Add selection as visit');
  });
});
