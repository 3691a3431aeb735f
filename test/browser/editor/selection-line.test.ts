/** Selecting in the marked article never moves its text: the selection's line keeps one height. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mountCurated, selectInArticle, until } from './helpers.js';

afterEach(cleanup);

describe('the selection line', () => {
  it('keeps the article where it is while a selection of several lines grows', async () => {
    const app = await mountCurated();
    const text = app.querySelector('.article-text') as HTMLElement;
    const line = app.querySelector('.selection-tools .selected') as HTMLElement;
    const top = text.getBoundingClientRect().top;
    const short = app.session.text.slice(0, 12);
    selectInArticle(app, short);
    await until(() => line.textContent?.includes(short));
    expect(text.getBoundingClientRect().top).toBe(top);
    // Two lines and more of the article: the line above the buttons still takes one line.
    const long = app.session.text.slice(0, 150);
    selectInArticle(app, long);
    await until(() => line.textContent?.includes(long.slice(0, 140)));
    expect(text.getBoundingClientRect().top).toBe(top);
    expect(line.scrollWidth).toBeGreaterThan(line.clientWidth);
  });
});
