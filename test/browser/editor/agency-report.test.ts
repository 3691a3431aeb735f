import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import hefei from '../../fixtures/editor/hefei-new-year.txt?raw';
import {
  acceptAll,
  captureDownloads,
  cleanup,
  draft,
  geojsonIn,
  mount,
  paste,
  selectInArticle,
  settled,
  until,
} from './helpers.js';

afterEach(cleanup);

const field = (name: string) =>
  (page.getByLabelText(name, { exact: true }).element() as HTMLInputElement).value;

describe('an agency report pasted as its page prints it', () => {
  it('fills the publication date from the time and date under its title', async () => {
    const app = await mount();
    await paste(app, hefei);
    await until(() => app.session.fields.date !== '');
    await settled(app);
    expect(app.session.fields).toEqual({
      date: '2013-01-02',
      title: "Premier Wen spends New Year's weekend with grain workers in Anhui",
      outlet: 'Xinhua',
      url: '',
    });
    expect(field('Publication date')).toBe('2013-01-02');
    // Nothing typed: the dateline without a year takes its year from that date.
    await draft(app);
    expect(app.session.draft?.articles[0]?.date).toBe('2013-01-02');
    expect(app.querySelector('editor-input [role="alert"]')).toBeNull();
  });

  it('keeps a publication date the person typed', async () => {
    const app = await mount();
    await page.getByLabelText('Publication date', { exact: true }).fill('2013-01-03');
    await paste(app, hefei);
    await until(() => app.session.fields.outlet !== '');
    await new Promise((r) => setTimeout(r, 300));
    expect(app.session.fields.date).toBe('2013-01-03');
  });
});

describe('a figure whose article states no period', () => {
  it('is published with its period not stated, and the checker agrees', async () => {
    const app = await mount();
    await paste(app, hefei);
    await until(() => app.session.fields.date !== '');
    await draft(app);
    const words = '260,000 tonnes';
    selectInArticle(app, words);
    document.dispatchEvent(new Event('selectionchange'));
    await until(() => app.querySelector('.selected q')?.textContent === words);
    // Added to the first visit, the depot's, as "Add to" offers first.
    expect(app.session.draft?.features[0]?.properties.name.en).toBe('Fuyang Grain Depot');
    await userEvent.click(page.getByRole('button', { name: 'Add selection as figure' }));
    await settled(app);
    const depot = () => app.session.draft?.features.find((f) => f.id.startsWith('fuyang-grain'));
    const added = depot()?.properties.statistics.find((s) => s.figure === words && !s.measure);
    expect([added?.figure, added?.value, added?.period, added?.periodWording]).toEqual([
      words,
      260000,
      null,
      null,
    ]);
    const row = page.elementLocator(
      app.querySelector(`[data-item="figure:${added?.id}"]`) as HTMLElement,
    );
    await userEvent.fill(row.getByLabelText('What it measures'), 'grain held');
    await settled(app);
    // Nothing blocks publishing: no problem of the live check names the figure's period.
    await acceptAll(app);
    await settled(app);
    expect(app.querySelector('.publish .problems')?.textContent ?? '').toBe('');
    const downloads = captureDownloads();
    await userEvent.click(page.getByRole('button', { name: 'Download visits file' }));
    const out = JSON.parse(await until(() => geojsonIn(downloads.files)));
    downloads.stop();
    const published = out.features
      .flatMap(
        (f: { properties: { statistics: { measure: string }[] } }) => f.properties.statistics,
      )
      .find((s: { measure: string }) => s.measure === 'grain held');
    expect([published?.measure, published?.period, published?.periodWording]).toEqual([
      'grain held',
      null,
      null,
    ]);
  });
});
