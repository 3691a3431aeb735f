import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import {
  acceptAll,
  cleanup,
  draft,
  mount,
  paste,
  selectInArticle,
  settled,
  until,
} from './helpers.js';

afterEach(cleanup);

// The lead gives the month only; the photo's caption gives the day.
const ARTICLE = `date 2019-03-25 Politics
Xi visits Wuhan steelmaker
In March 2019, Xi visited the Wuhan Iron and Steel Company in Wuhan, Hubei Province.
Photo taken on March 18 shows Xi talking with workers.`;
// No date anywhere but the dateline.
const UNDATED = `date 2019-03-25 Politics
Xi visits Wuhan steelmaker
Xi visited the Wuhan Iron and Steel Company in Wuhan, Hubei Province.`;
// The lead gives two days; the caption one of them.
const RANGE = `date 2013-01-02 Politics
Premier visits grain depot
Chinese Premier Wen Jiabao visited the Fuyang Grain Depot in Fuyang City, Anhui Province, from Dec. 29 to 30, 2012.
Photo taken on Dec. 29, 2012 shows Wen talking with workers.`;
const ASK = 'This day is not in the article: which report gives it?';

const card = (app: EditorApp) => app.querySelector('article.visit') as HTMLElement;
const asked = (app: EditorApp) => card(app).querySelector('.ask')?.textContent ?? '';
const visit = (app: EditorApp) => app.session.draft?.features[0]?.properties.visit;
const said = (app: EditorApp) => app.querySelector('.selection-tools .said')?.textContent ?? '';

async function drafted(text: string): Promise<EditorApp> {
  const app = await mount();
  await paste(app, text);
  await draft(app);
  return app;
}

/** Selects `words` in the article and presses "Set the day from the selection". */
async function setDayFrom(app: EditorApp, words: string): Promise<{ start: number; end: number }> {
  const at = selectInArticle(app, words);
  await until(() => app.querySelector('.selected q')?.textContent === words);
  await settled(app);
  // What the tools said of the words before, if anything, is not yet the answer: on a busy
  // machine the checks ran before the click was handled, against the earlier words' date.
  const before = said(app);
  await userEvent.click(page.getByRole('button', { name: 'Set the day from the selection' }));
  await until(() => said(app) !== before || visit(app)?.wording?.text === words);
  await settled(app);
  return at;
}

describe('the day of a visit', () => {
  it('is set from the words of the article that give it, with no report asked for', async () => {
    const app = await drafted(ARTICLE);
    expect(app.session.draft?.features).toHaveLength(1);
    expect([visit(app)?.date, visit(app)?.articlePrecision]).toEqual(['2019-03', 'month']);
    expect(card(app).querySelector('.notes')?.textContent).toContain(
      'The article gives the date only to the month',
    );

    const { start, end } = await setDayFrom(app, 'on March 18');
    const v = visit(app);
    expect(v?.wording).toEqual({ start, end, text: 'on March 18' });
    expect(ARTICLE.slice(start, end)).toBe('on March 18');
    expect([v?.date, v?.precision, v?.articlePrecision]).toEqual(['2019-03-18', 'day', 'day']);
    expect(v?.corroboration).toEqual([]);
    expect(v?.resolution).toBe(
      'The article gives the day: the publication date is Monday 2019-03-25, so "on March 18" is Monday 2019-03-18.',
    );
    expect(said(app)).toBe(
      'The day is set from the article’s words “on March 18”: March 18, 2019.',
    );
    // The date span marks the new words; the note about the month is settled; nothing is asked.
    const dates = app.session.spans.filter((x) => x.kind === 'date');
    expect(dates.map((x) => [x.start, x.end])).toEqual([[start, end]]);
    expect(card(app).querySelector('.notes')).toBeNull();
    expect(asked(app)).toBe('');
    expect(card(app).querySelector('.resolution')?.textContent).toBe(v?.resolution);

    // Dated to the week that holds the day, the sentence says so; back to the day, it is as it was.
    const dateInput = card(app).querySelector('input.date') as HTMLInputElement;
    await userEvent.fill(dateInput, '2019-W12');
    await settled(app);
    expect(visit(app)?.resolution).toBe(
      'The article gives the day: the publication date is Monday 2019-03-25, so "on March 18" is Monday 2019-03-18. The visit is dated to the ISO week 2019-W12 (2019-03-18 to 2019-03-24), which holds that day.',
    );
    await userEvent.fill(dateInput, '2019-03-18');
    await settled(app);
    expect(visit(app)?.resolution).toBe(v?.resolution);

    // Nothing blocks publishing it.
    await acceptAll(app);
    await settled(app);
    expect(app.querySelector('#publish-status')?.textContent).toBe(
      '1 accepted visit ready to publish.',
    );

    // Another day typed over it is from elsewhere: its report is asked for, and publishing waits
    // (once accepted again: the change sent the visit back to review).
    await userEvent.fill(card(app).querySelector('input.date') as HTMLInputElement, '2019-03-17');
    await settled(app);
    expect(card(app).dataset.decision).toBe('pending');
    await userEvent.click(page.getByRole('button', { name: /^Accept: Wuhan Iron/ }));
    await settled(app);
    expect(asked(app)).toBe(ASK);
    expect(app.querySelector('.publish .problems')?.textContent?.trim()).toBe(
      `Wuhan Iron and Steel Company: ${ASK}`,
    );
  });

  it('says so when the selected words give no day, and changes nothing', async () => {
    const app = await drafted(ARTICLE);
    const before = structuredClone(visit(app));
    await setDayFrom(app, 'talking with workers');
    expect(said(app)).toBe(
      '“talking with workers” gives no day this editor can read: select the words that give the day (“on Tuesday”, “May 19”).',
    );
    expect(visit(app)).toEqual(before);
  });

  it('asks in plain words for the report of a day from elsewhere', async () => {
    const app = await drafted(ARTICLE);
    const date = card(app).querySelector('input.date') as HTMLInputElement;
    await userEvent.fill(date, '2019-03-18');
    await settled(app);
    expect(asked(app)).toBe(ASK);
    const form = page.getByRole('group', {
      name: 'Add corroborating report: Wuhan Iron and Steel Company',
    });
    // The form is open right there, the day filled in.
    expect(
      (form.getByLabelText('Visit day the report gives (optional)').element() as HTMLInputElement)
        .value,
    ).toBe('2019-03-18');
    await acceptAll(app);
    await settled(app);
    expect(app.querySelector('.publish .problems')?.textContent?.trim()).toBe(
      `Wuhan Iron and Steel Company: ${ASK}`,
    );
    await userEvent.fill(form.getByLabelText('Outlet'), 'Hubei Daily');
    await userEvent.fill(form.getByLabelText('Report date'), '2019-03-19');
    await userEvent.click(form.getByRole('button', { name: 'Add report' }));
    await settled(app);
    expect(visit(app)?.resolution).toBe(
      'The publication date is Monday 2019-03-25, so "In March 2019" is March 2019 (2019-03); the article gives no day. According to Hubei Daily (2019-03-19), the visit was on Monday 2019-03-18.',
    );
    expect(asked(app)).toBe('');
    expect(app.querySelector('.publish .problems')).toBeNull();
  });

  it('never reads "gives no date" and "Corroborated" together', async () => {
    const app = await drafted(UNDATED);
    expect(visit(app)?.resolution).toMatch(/^The article gives no date for this visit/);
    await userEvent.click(
      page.getByRole('button', { name: 'Add corroborating report: Wuhan Iron and Steel Company' }),
    );
    const form = page.getByRole('group', {
      name: 'Add corroborating report: Wuhan Iron and Steel Company',
    });
    await userEvent.fill(form.getByLabelText('Outlet'), 'Xinhua');
    await userEvent.fill(form.getByLabelText('Report date'), '2019-03-19');
    await userEvent.click(form.getByRole('button', { name: 'Add report' }));
    await settled(app);
    expect(visit(app)?.resolution).toBe(
      'The article gives no date for this visit. According to Xinhua (2019-03-19), the visit was in the year 2019.',
    );
    await userEvent.fill(card(app).querySelector('input.date') as HTMLInputElement, '2019-03-18');
    await settled(app);
    expect(visit(app)?.resolution).toBe(
      'The article gives no date for this visit. According to Xinhua (2019-03-19), the visit was on Monday 2019-03-18.',
    );
  });

  it('sets the week that holds a range of days, never its first day alone', async () => {
    const app = await drafted(RANGE);
    expect(app.session.draft?.features).toHaveLength(1);
    const range = await setDayFrom(app, 'from Dec. 29 to 30, 2012');
    const v = visit(app);
    expect(v?.wording).toEqual({ ...range, text: 'from Dec. 29 to 30, 2012' });
    expect(RANGE.slice(range.start, range.end)).toBe('from Dec. 29 to 30, 2012');
    // Saturday 29 and Sunday 30 December 2012 are both in ISO week 52 (24 to 30 December).
    expect([v?.date, v?.precision, v?.articlePrecision]).toEqual(['2012-W52', 'week', 'week']);
    expect(v?.corroboration).toEqual([]);
    expect(v?.resolution).toBe(
      'The article gives the days: the publication date is Wednesday 2013-01-02, so "from Dec. 29 to 30, 2012" is the ISO week 2012-W52 (2012-12-24 to 2012-12-30), which holds Saturday 2012-12-29 to Sunday 2012-12-30; the article gives no single day.',
    );
    expect(said(app)).toBe(
      'The article’s words “from Dec. 29 to 30, 2012” give several days, December 29, 2012 to December 30, 2012: the visit’s date is “week of December 24, 2012”, which holds them all; no single day is set.',
    );
    const dates = app.session.spans.filter((x) => x.kind === 'date');
    expect(dates.map((x) => [x.start, x.end])).toEqual([[range.start, range.end]]);
    expect(asked(app)).toBe('');
    await acceptAll(app);
    await settled(app);
    expect(app.querySelector('#publish-status')?.textContent).toBe(
      '1 accepted visit ready to publish.',
    );

    // One day of it typed by hand is finer than the article gives: its report is asked for.
    await userEvent.fill(card(app).querySelector('input.date') as HTMLInputElement, '2012-12-29');
    await settled(app);
    expect(asked(app)).toBe(ASK);

    // The words that give one day give that day.
    const one = await setDayFrom(app, 'on Dec. 29, 2012');
    expect(visit(app)?.wording).toEqual({ ...one, text: 'on Dec. 29, 2012' });
    expect([visit(app)?.date, visit(app)?.precision]).toEqual(['2012-12-29', 'day']);
    expect(asked(app)).toBe('');
  });
});
