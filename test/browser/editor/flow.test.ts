/**
 * The editor from the keyboard, as a person new to it goes: focus goes on to the review once a
 * draft is in, and the place search takes what is typed as soon as it opens. A publication date
 * on a line of its own is marked as the article's dateline. An accepted item changed afterwards
 * goes back to review.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { formatVisitDate } from '../../../src/components/format.js';
import { moveFigure } from '../../../src/editor/actions.js';
import { HISTORY_KEY } from '../../../src/editor/history.js';
import { saveSession } from '../../../src/editor/session.js';
import tianjin from '../../fixtures/editor/tianjin-article.txt?raw';
import {
  acceptAll,
  cleanup,
  clickPlaceMap,
  curatedSession,
  draft,
  focusedName,
  mount,
  mountCurated,
  paste,
  settled,
  tabTo,
  until,
} from './helpers.js';

afterEach(cleanup);

describe('focus after drafting', () => {
  it('goes to the review heading, from which Tab reaches Accept all', async () => {
    const app = await mount();
    await paste(app, tianjin);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('Draft visits');
    await userEvent.keyboard('{Enter}');
    await until(() => app.session.draft, 15_000);
    const heading = app.querySelector('#review-heading');
    await until(() => document.activeElement === heading, 5_000);
    expect(heading?.textContent).toBe('Review');
    await userEvent.keyboard('{Tab}');
    expect(focusedName()).toBe('Accept all');
  });
});

describe('the dateline', () => {
  it('is the publication date on a line of its own, recorded with its passage and marked', async () => {
    const app = await mount();
    const text =
      'Premier tours a grain depot\nMarch 19, 2012\nPremier Wen Jiabao visited a grain depot in Xuchang, Henan Province, on Saturday.\n';
    await paste(app, text);
    await until(() => app.session.fields.date === '2012-03-19', 15_000);
    await draft(app);
    const article = app.session.draft?.articles[0];
    expect(article?.dateline).toEqual({ start: 28, end: 42, text: 'March 19, 2012' });
    const mark = app.querySelector('.article-text mark.in-dateline');
    expect(mark?.textContent).toBe('March 19, 2012');
    expect(app.session.draft?.features[0]?.properties.visit.date).toBe('2012-03-17');
  });
});

describe('an accepted item changed afterwards', () => {
  it('goes back to review when its place is changed on the map, the others stay accepted', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    await settled(app);
    const card = app.querySelector('article.visit') as HTMLElement;
    const visit = card.dataset.item as string;
    expect(app.session.decisions[visit as `visit:${string}`]).toBe('accepted');
    const accepted = Object.keys(app.session.decisions).length;
    await clickPlaceMap(app, card);
    expect(app.session.decisions[visit as `visit:${string}`]).toBeUndefined();
    expect(card.dataset.decision).toBe('pending');
    expect(Object.values(app.session.decisions)).toEqual(Array(accepted - 1).fill('accepted'));
    const counts = app.querySelector('.review .counts')?.textContent?.replace(/\s+/g, ' ');
    expect(counts).toContain('To review 1');
  });
});

describe('the precision of a visit date', () => {
  it('converts the date: a day to its ISO week, then to its month; finer leaves it as it is', async () => {
    const app = await mountCurated();
    const card = app.querySelector('article.visit') as HTMLElement;
    const id = (card.dataset.item as string).slice('visit:'.length);
    const visit = () => app.session.draft?.features.find((f) => f.id === id)?.properties.visit;
    expect(visit()?.date).toBe('2025-05-19');
    const precision = page.elementLocator(card).getByLabelText('Precision');
    await userEvent.selectOptions(precision, 'week');
    await settled(app);
    expect([visit()?.date, visit()?.precision]).toEqual(['2025-W21', 'week']);
    // Said as readers will read it, next to the fields.
    expect(card.querySelector('.readable')?.textContent).toBe(formatVisitDate('2025-W21', 'en'));
    expect(card.textContent).not.toContain('properties.visit');
    await userEvent.selectOptions(precision, 'month');
    await settled(app);
    expect([visit()?.date, visit()?.precision]).toEqual(['2025-05', 'month']);
    await userEvent.selectOptions(precision, 'day');
    await settled(app);
    expect([visit()?.date, visit()?.precision]).toEqual(['2025-05', 'month']);
    expect(card.textContent).not.toContain('properties.visit');
  });
});

describe('undo after a reload', () => {
  it('takes back the changes made before the reload, one at a time, for the same work only', async () => {
    const first = await mountCurated();
    const undo = page.getByRole('button', { name: 'Undo last change' });
    await expect.element(undo).toBeDisabled();
    await expect
      .element(undo)
      .toHaveAccessibleDescription(
        'Undo takes back the changes to this draft one at a time, also after a reload (not those made in another tab).',
      );
    const card = first.querySelector('article.visit') as HTMLElement;
    const visit = card.dataset.item as `visit:${string}`;
    await userEvent.click(
      page
        .elementLocator(card)
        .getByRole('button', { name: /^Reject: / })
        .first(),
    );
    await settled(first);
    await acceptAll(first);
    const accepted = { ...first.session.decisions };
    expect(accepted[visit]).toBe('rejected');
    expect(Object.values(accepted).filter((d) => d === 'accepted').length).toBeGreaterThan(0);
    // Leaving the page keeps the history; the page opened again takes it back.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(localStorage.getItem(HISTORY_KEY)).not.toBeNull();
    first.remove();
    const app = await mount({ keep: true });
    expect(app.session.decisions).toEqual(accepted);
    await expect.element(undo).toBeEnabled();
    await userEvent.click(undo);
    await settled(app);
    expect(app.session.decisions).toEqual({ [visit]: 'rejected' });
    expect(app.session.text).toBe(curatedSession().text);
    await userEvent.click(undo);
    await settled(app);
    expect(app.session.decisions).toEqual({});
    await expect.element(undo).toBeDisabled();

    // Work changed since (another tab, a new article) takes back none of it.
    await userEvent.click(page.getByRole('button', { name: /^Reject: / }).first());
    await settled(app);
    app.remove();
    expect(localStorage.getItem(HISTORY_KEY)).not.toBeNull();
    saveSession(curatedSession());
    await mount({ keep: true });
    await expect.element(undo).toBeDisabled();
  });
});

describe('attaching the unattached items', () => {
  it('puts every quote and figure that belongs to no visit into the chosen visit, in one action', async () => {
    let session = curatedSession();
    const holder = session.draft?.features.find((f) => f.properties.statistics.length >= 2);
    const moved = holder?.properties.statistics.slice(0, 2).map((x) => x.id) ?? [];
    for (const id of moved) session = moveFigure(session, id, null);
    const already = session.draft?.statistics.map((x) => x.id) ?? [];
    localStorage.clear();
    saveSession(session);
    const app = await mount({ keep: true });
    const target = app.session.draft?.features.find((f) => f.id !== holder?.id);
    const n = already.length;
    expect(n).toBeGreaterThanOrEqual(2);
    await userEvent.click(
      page.getByRole('button', {
        name: `Attach the ${n} unattached items to this visit: ${target?.properties.name.en}`,
      }),
    );
    await settled(app);
    const now = app.session.draft?.features.find((f) => f.id === target?.id);
    expect(now?.properties.statistics.map((x) => x.id)).toEqual(expect.arrayContaining(already));
    expect(app.session.draft?.statistics).toEqual([]);
    expect(app.querySelector('button.attach-all')).toBeNull();
  });
});
