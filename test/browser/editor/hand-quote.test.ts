/** A quote added by hand is published like a drafted one: an id of its words, the same fields. */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addSelectionAsQuote,
  cleanup,
  FIXTURE_ARTICLE_ID,
  mountCurated,
  selectInArticle,
  settled,
  until,
} from './helpers.js';

afterEach(cleanup);

const LUOYANG = 'luoyang-bearing-2025-05-19';
const PHRASE = 'high -quality development and modernization';

describe('a quote added by hand', () => {
  it("takes an id of its visit and first words, and a drafted quote's fields", async () => {
    const app = await mountCurated();
    const visit = () => app.session.draft?.features.find((f) => f.id === LUOYANG);
    const drafted = visit()?.properties.quotes[0];
    const { start } = selectInArticle(app, PHRASE);
    await until(() => app.querySelector('.selected q')?.textContent === PHRASE);
    await settled(app);
    await addSelectionAsQuote(app);
    const added = visit()?.properties.quotes.find((q) => q.start === start);
    expect(added?.id).toBe('luoyang-bearing-high-quality-development-and');
    const fields = (q: object) =>
      Object.keys(q)
        .filter((k) => k !== 'review' && k !== 'parts')
        .sort();
    expect(fields(added as object)).toEqual(fields(drafted as object));
    expect(fields(added as object)).not.toContain('article');
  });

  it('names its article when moved to no visit, and drops it when moved back', async () => {
    const app = await mountCurated();
    const quote = app.session.draft?.features.find((f) => f.id === LUOYANG)?.properties.quotes[0];
    const id = quote?.id as string;
    const move = async (to: string) => {
      const select = app.querySelector(
        `li[data-item="quote:${id}"] select.move`,
      ) as HTMLSelectElement;
      select.value = to;
      select.dispatchEvent(new Event('change'));
      await settled(app);
    };
    await move('');
    const loose = app.session.draft?.quotes?.find((q) => q.id === id);
    expect(loose?.article).toBe(FIXTURE_ARTICLE_ID);
    await move(LUOYANG);
    const back = app.session.draft?.features.find((f) => f.id === LUOYANG)?.properties.quotes;
    expect(back?.find((q) => q.id === id)).not.toHaveProperty('article');
  });
});
