import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import hefei from '../../fixtures/editor/hefei-new-year.txt?raw';
import { cleanup, draft, mount, paste, settled, until } from './helpers.js';

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
