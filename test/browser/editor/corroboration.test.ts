import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import {
  acceptAll,
  captureDownloads,
  cleanup,
  draft,
  geojsonIn,
  mount,
  paste,
  settled,
  until,
} from './helpers.js';

afterEach(cleanup);

// The article gives the month only; a report gives the day.
const ARTICLE = `date 2019-03-25 Politics
Xi visits Wuhan steelmaker
In March 2019, Xi visited the Wuhan Iron and Steel Company in Wuhan, Hubei Province.`;
const NAME = 'Wuhan Iron and Steel Company';
const ASK = 'This day is not in the article: which report gives it?';

const card = (app: EditorApp) => app.querySelector('article.visit') as HTMLElement;
/** What the visit's card asks for in plain words, if anything. */
const asked = (app: EditorApp) => card(app).querySelector('.ask')?.textContent ?? '';
const visit = (app: EditorApp) => app.session.draft?.features[0]?.properties.visit;

async function setDay(app: EditorApp, day: string) {
  const date = card(app).querySelector('input.date') as HTMLInputElement;
  await userEvent.fill(date, day);
  await settled(app);
}

describe('corroborating reports', () => {
  it('raise a month-precise date to the day a cited report gives, and the resolution says so', async () => {
    const app = await mount();
    await paste(app, ARTICLE);
    await draft(app);
    expect([visit(app)?.date, visit(app)?.articlePrecision]).toEqual(['2019-03', 'month']);
    // A day without a report is asked for in plain words, the checker's sentence not repeated.
    await setDay(app, '2019-03-18');
    expect(asked(app)).toBe(ASK);
    expect(card(app).textContent).not.toContain('expected a corroborating report');

    // The report's form is open right there, without a click.
    const disclose = page.getByRole('button', { name: `Add corroborating report: ${NAME}` });
    expect(disclose.element().getAttribute('aria-expanded')).toBe('true');
    const form = page.getByRole('group', { name: `Add corroborating report: ${NAME}` });
    await userEvent.click(form.getByRole('button', { name: 'Add report' }));
    expect(form.getByRole('alert').element().textContent).toContain('outlet');
    await userEvent.fill(form.getByLabelText('Outlet'), 'Hubei Daily');
    await userEvent.fill(form.getByLabelText('Report date'), '2019-03-19');
    await userEvent.fill(
      form.getByLabelText('Report title (optional)'),
      'Xi tours Wuhan steelworks',
    );
    await userEvent.fill(form.getByLabelText('Report link (optional)'), 'ftp://example.com/a');
    await userEvent.click(form.getByRole('button', { name: 'Add report' }));
    expect(form.getByRole('alert').element().textContent).toContain('http');
    await userEvent.fill(form.getByLabelText('Report link (optional)'), 'https://example.com/a');
    await userEvent.click(form.getByRole('button', { name: 'Add report' }));
    await settled(app);

    const v = visit(app);
    expect(v?.corroboration).toEqual([
      {
        outlet: 'Hubei Daily',
        date: '2019-03-19',
        title: 'Xi tours Wuhan steelworks',
        url: 'https://example.com/a',
      },
    ]);
    expect([v?.date, v?.precision, v?.articlePrecision]).toEqual(['2019-03-18', 'day', 'month']);
    expect(v?.resolution).toBe(
      'The publication date is Monday 2019-03-25, so "In March 2019" is March 2019 (2019-03); the article gives no day. According to Hubei Daily (2019-03-19, "Xi tours Wuhan steelworks"), the visit was on Monday 2019-03-18.',
    );
    expect(card(app).querySelector('.resolution')?.textContent).toBe(v?.resolution);
    expect(asked(app)).toBe('');

    // Published with its report.
    const downloads = captureDownloads();
    await acceptAll(app);
    await settled(app);
    const button = page.getByRole('button', { name: 'Download visits file' });
    await until(() => !(button.element() as HTMLButtonElement).disabled);
    await userEvent.click(button);
    const out = JSON.parse(await until(() => geojsonIn(downloads.files)));
    downloads.stop();
    expect(out.features[0].properties.visit.corroboration[0].outlet).toBe('Hubei Daily');

    // Without the report the day is a problem again.
    await userEvent.click(
      page.getByRole('button', { name: `Remove report of Hubei Daily: ${NAME}` }),
    );
    await settled(app);
    expect(visit(app)?.corroboration).toEqual([]);
    expect(visit(app)?.resolution).not.toContain('According to');
    expect(asked(app)).toBe(ASK);
  });

  it('keeps a report half typed across a reload', async () => {
    const app = await mount();
    await paste(app, ARTICLE);
    await draft(app);
    await userEvent.click(page.getByRole('button', { name: `Add corroborating report: ${NAME}` }));
    const form = page.getByRole('group', { name: `Add corroborating report: ${NAME}` });
    await userEvent.fill(form.getByLabelText('Outlet'), 'Hubei Dai');
    await userEvent.fill(form.getByLabelText('Report date'), '2019-03-19');
    app.remove();
    const again = await mount({ keep: true });
    const value = (label: string) =>
      (form.getByLabelText(label).element() as HTMLInputElement).value;
    expect([value('Outlet'), value('Report date'), value('Report title (optional)')]).toEqual([
      'Hubei Dai',
      '2019-03-19',
      '',
    ]);
    // Added, the form is done with: nothing of it is kept.
    await userEvent.fill(form.getByLabelText('Outlet'), 'Hubei Daily');
    await userEvent.click(form.getByRole('button', { name: 'Add report' }));
    await settled(again);
    expect(visit(again)?.corroboration).toEqual([{ outlet: 'Hubei Daily', date: '2019-03-19' }]);
    expect(again.session.reportForms).toEqual({});
  });

  it('sets the visit day from the form', async () => {
    const app = await mount();
    await paste(app, ARTICLE);
    await draft(app);
    await userEvent.click(page.getByRole('button', { name: `Add corroborating report: ${NAME}` }));
    const form = page.getByRole('group', { name: `Add corroborating report: ${NAME}` });
    await userEvent.fill(form.getByLabelText('Outlet'), 'Xinhua');
    await userEvent.fill(form.getByLabelText('Report date'), '2019-03-19');
    await userEvent.fill(
      form.getByLabelText('Visit day the report gives (optional)'),
      '2019-03-18',
    );
    await userEvent.click(form.getByRole('button', { name: 'Add report' }));
    await settled(app);
    expect([visit(app)?.date, visit(app)?.precision]).toEqual(['2019-03-18', 'day']);
    expect(asked(app)).toBe('');
  });
});
