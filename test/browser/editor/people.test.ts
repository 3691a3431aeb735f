/**
 * Who made each visit, in the review panel: the drafted leader (name, title, the passage naming
 * them) shown on every visit and editable as typed; the words "Chinese Premier Wen Jiabao"
 * selected make the leader with that title and passage (the Chinese name kept); an official's title typed is kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import hefei from '../../fixtures/editor/hefei-new-year.txt?raw';
import { cleanup, draft, mount, paste, selectInArticle, settled, until } from './helpers.js';

afterEach(cleanup);

/** The "Who made the visit" group of the visit named `visit`. */
const people = (visit: string) =>
  page.getByRole('group', { name: `Who made the visit: ${visit}`, exact: true });
const value = (visit: string, label: string, nth = 0) =>
  (people(visit).getByLabelText(label, { exact: true }).nth(nth).element() as HTMLInputElement)
    .value;

describe('who made the visit', () => {
  it('shows the drafted leader on each visit, name, title and passage, each editable', async () => {
    const app = await mount();
    await paste(app, hefei);
    await until(() => app.session.fields.date !== '');
    await draft(app);
    const visits = app.session.draft?.features ?? [];
    expect(visits.map((f) => f.properties.name.en)).toEqual([
      'Fuyang Grain Depot',
      'vegetable wholesale market in the city',
      'rural school',
    ]);
    for (const f of visits) {
      const name = f.properties.name.en;
      expect([value(name, 'Leader'), value(name, 'Leader’s title')]).toEqual([
        'Wen Jiabao',
        'Premier',
      ]);
      expect(people(name).element().querySelector('q.where')?.textContent).toBe('Wen Jiabao');
    }
    // The official who went with Wen on the school visit, and the title the article gives.
    const school = 'rural school';
    expect(value(school, 'Name')).toBe('Hui Liangyu');
    await userEvent.fill(people(school).getByLabelText('Title', { exact: true }), 'Vice Premier');
    await settled(app);
    const schoolVisit = () => app.session.draft?.features[2]?.properties;
    expect(schoolVisit()?.accompanied?.[0]?.title).toEqual({ en: 'Vice Premier' });

    // The leader's words with the title: the passage and the title come from the selection.
    const words = 'Chinese Premier Wen Jiabao';
    const range = selectInArticle(app, words);
    document.dispatchEvent(new Event('selectionchange'));
    await until(() => app.querySelector('.selected q')?.textContent === words);
    await userEvent.click(page.getByRole('button', { name: 'Add selection as leader' }));
    await settled(app);
    const depot = app.session.draft?.features[0]?.properties.leader;
    expect(depot).toEqual({
      name: { en: 'Wen Jiabao', zh: '温家宝' },
      title: { en: 'Premier' },
      passage: { ...range, text: words },
    });
    expect(hefei.slice(range.start, range.end)).toBe(words);
    expect(people('Fuyang Grain Depot').element().querySelector('q.where')?.textContent).toBe(
      words,
    );
    // A title corrected by typing is saved as typed; emptied, the visit has none.
    const title = people('Fuyang Grain Depot').getByLabelText('Leader’s title', { exact: true });
    await userEvent.fill(title, 'State Premier');
    await settled(app);
    expect(app.session.draft?.features[0]?.properties.leader?.title).toEqual({
      en: 'State Premier',
    });
    await userEvent.clear(title);
    await settled(app);
    expect(app.session.draft?.features[0]?.properties.leader).not.toHaveProperty('title');
  });
});
