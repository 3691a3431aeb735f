/**
 * The article's title: its title line when the text has one that reads as a headline, else
 * an empty field that asks for it; never a title made up and recorded as the article's.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { acceptAll, cleanup, draft, mount, paste, settled, until } from './helpers.js';

afterEach(cleanup);

/** An agency report whose first line is its dateline paragraph: no title line. */
const NO_TITLE = `NANCHANG, Dec. 30 (Xinhua) -- Vice Premier Lin Hai inspected a grain depot in Nanchang on Sunday.
The depot stores 120,000 tonnes of rice, its manager said.
"Keep the grain dry," Lin said.`;

/** A report whose first line is a sentence of its body. */
const BODY_FIRST = `Vice Premier Lin Hai inspected a grain depot in Nanchang on Sunday.
The depot stores 120,000 tonnes of rice, its manager said.`;

const field = (label: string) =>
  page.getByLabelText(label, { exact: true }).element() as HTMLInputElement;

async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('an article with no title line', () => {
  it.each([
    ['an agency dateline opens it', NO_TITLE],
    ['its first line is a sentence of the body', BODY_FIRST],
  ])(
    'leaves the title empty and asks for it (%s), then records the title typed',
    async (_, text) => {
      const app = await mount();
      await paste(app, text);
      await typeInto(field('Publication date'), '2012-12-31');
      await settled(app);
      const ask = () => app.querySelector('#title-problem')?.textContent ?? '';
      await until(() => ask() !== '', 5000);
      expect(ask()).toMatch(/^Give the article's title/);
      expect(field('Title').value).toBe('');
      expect(field('Title').getAttribute('aria-invalid')).toBe('true');
      expect(field('Title').getAttribute('aria-describedby')).toBe('title-problem');

      await draft(app);
      const article = app.session.draft?.articles[0];
      expect(article?.title).toBe('');
      expect(article?.titlePassage).toBeNull();
      expect(app.session.spans.some((s) => s.kind === 'title')).toBe(false);
      expect(field('Title').value).toBe('');
      expect(ask()).toMatch(/^Give the article's title/);
      // Publishing waits for it, in the same plain words.
      await acceptAll(app);
      await settled(app);
      const publish = app.querySelector('editor-publish')?.textContent ?? '';
      expect(publish).toMatch(/Give the article's title/);
      expect(publish).not.toMatch(/non-empty string/);
      // Said once, at the article: not again at each visit that cites it.
      expect(publish).not.toMatch(/skipped for its own problems/);
      expect(app.querySelector('editor-review')?.textContent).not.toMatch(/skipped/);

      await userEvent.click(field('Title'));
      await userEvent.keyboard('Lin Hai visits a grain depot');
      await settled(app);
      expect(app.session.draft?.articles[0]?.title).toBe('Lin Hai visits a grain depot');
      expect(app.session.draft?.articles[0]?.titlePassage).toBeNull();
      expect(app.querySelector('#title-problem')).toBeNull();
      expect(app.querySelector('editor-publish')?.textContent ?? '').not.toMatch(/article's title/);
    },
  );

  it('takes a first line that reads as a headline as the title, with its passage', async () => {
    const app = await mount();
    await paste(app, `Lin Hai inspects grain depot in Nanchang\n${NO_TITLE}`);
    await until(() => field('Title').value !== '', 5000);
    expect(field('Title').value).toBe('Lin Hai inspects grain depot in Nanchang');
    await typeInto(field('Publication date'), '2012-12-31');
    await settled(app);
    await draft(app);
    const article = app.session.draft?.articles[0];
    expect(article?.title).toBe('Lin Hai inspects grain depot in Nanchang');
    expect(article?.titlePassage).toEqual({
      start: 0,
      end: 40,
      text: 'Lin Hai inspects grain depot in Nanchang',
    });
    expect(app.querySelector('#title-problem')).toBeNull();
  });
});
