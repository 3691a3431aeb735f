/** The review shows a quote split by "he said" whole: every part, with where each stands. */
import { afterEach, describe, expect, it } from 'vitest';
import { saveSession } from '../../../src/editor/session.js';
import { cleanup, curatedSession, mount } from './helpers.js';

afterEach(cleanup);

describe('a quote in parts', () => {
  it('lists every part of the quote in the review, not the first alone', async () => {
    const session = curatedSession();
    const draft = session.draft as NonNullable<typeof session.draft>;
    const [quote] = draft.features.flatMap((f) => f.properties.quotes);
    if (!quote) throw new Error('the fixture has no quote on a visit');
    // Two passages of the quote's own words, as "he said" would split them.
    const cut = quote.text.indexOf(' ', Math.floor(quote.text.length / 2));
    const first = { start: quote.start, end: quote.start + cut, text: quote.text.slice(0, cut) };
    const second = {
      start: quote.start + cut + 1,
      end: quote.end,
      text: quote.text.slice(cut + 1),
    };
    quote.parts = [first, second];
    localStorage.clear();
    saveSession(session);
    const app = await mount({ keep: true });
    const row = app.querySelector(`li.item.quote[data-item="quote:${quote.id}"]`) as HTMLElement;
    const shown = [...row.querySelectorAll('blockquote p')].map((p) => p.textContent);
    expect(shown).toEqual([first.text, `… ${second.text}`]);
    expect(row.querySelector('.where')?.textContent).toBe(
      `characters ${first.start}–${first.end}; characters ${second.start}–${second.end}`,
    );
  });
});
