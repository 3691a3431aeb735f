/**
 * The article's id is readable (outlet, date, the title's first words), unique in the file the
 * work joins, and editable: a valid id renames the article wherever the draft names it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { acceptAll } from '../../../src/editor/actions.js';
import { collectionOf } from '../../../src/editor/publish.js';
import { articleFile } from '../../../src/model/paths.js';
import tour from '../../fixtures/editor/premier-tour.txt?raw';
import {
  asOtherArticle,
  chooseFile,
  cleanup,
  draft,
  mount,
  paste,
  settled,
  until,
  VISITS_FILE,
} from './helpers.js';

afterEach(cleanup);

const MADE = 'xinhua-2025-05-20-premier-visits-bridge-works';

/** Every `article` the draft names, anywhere in it. */
function articlesNamed(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) articlesNamed(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'article' && typeof v === 'string') out.add(v);
      else articlesNamed(v, out);
    }
  return out;
}

describe('the article id', () => {
  it('is made from the outlet, the date and the first words of the title', async () => {
    const app = await mount();
    await paste(app, tour);
    await draft(app);
    const d = app.session.draft;
    expect(d?.articles[0]?.id).toBe(MADE);
    expect(d?.articles[0]?.file).toBe(articleFile(MADE));
    expect([...articlesNamed([d?.features, d?.statistics])]).toEqual([MADE]);
    expect(app.session.spans.filter((s) => s.kind === 'title').map((s) => s.item)).toEqual([MADE]);
  });

  it('is made another when the visits file chosen holds another article with that id', async () => {
    const app = await mount();
    await paste(app, tour);
    await draft(app);
    // Another text under the same id (another report of the day, titled alike).
    // (Accepted, so it holds no review notes: the checker refuses a file with some.)
    const existing = asOtherArticle(
      collectionOf(acceptAll(app.session), 'accepted'),
      MADE,
      'a'.repeat(64),
    );
    const input = page.getByLabelText('Open existing visits file').element() as HTMLInputElement;
    await chooseFile(input, VISITS_FILE, JSON.stringify(existing));
    await until(() => app.session.merge);
    await settled(app);
    const d = app.session.draft;
    expect(d?.articles[0]?.id).toBe(`${MADE}-2`);
    expect(d?.articles[0]?.file).toBe(articleFile(`${MADE}-2`));
    expect([...articlesNamed([d?.features, d?.statistics])]).toEqual([`${MADE}-2`]);
  });

  it('is edited in the article details: refused in words until it is an id, then followed everywhere', async () => {
    const app = await mount();
    await paste(app, tour);
    await draft(app);
    await userEvent.click(page.getByText('Date, title, outlet and link'));
    const box = page.getByLabelText('Article id');
    await expect.element(box).toHaveValue(MADE);
    await userEvent.fill(box, 'Hunan tour');
    await settled(app);
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    expect(app.querySelector('#id-problem')?.textContent).toMatch(/^An id is lower-case letters/);
    expect(app.session.draft?.articles[0]?.id).toBe(MADE);
    await userEvent.fill(box, 'hunan-tour-2025');
    await settled(app);
    const d = app.session.draft;
    expect(d?.articles[0]?.id).toBe('hunan-tour-2025');
    expect(d?.articles[0]?.file).toBe(articleFile('hunan-tour-2025'));
    expect([...articlesNamed([d?.features, d?.statistics])]).toEqual(['hunan-tour-2025']);
    expect(app.querySelector('#id-problem')).toBeNull();
    expect(app.querySelector('#id-hint')?.textContent).toContain(articleFile('hunan-tour-2025'));
  });

  it('is refused as it is typed when the visits file chosen holds an article with that id', async () => {
    const app = await mount();
    await paste(app, tour);
    await draft(app);
    const held = 'hunan-tour-2025';
    const existing = asOtherArticle(
      collectionOf(acceptAll(app.session), 'accepted'),
      held,
      'b'.repeat(64),
    );
    const input = page.getByLabelText('Open existing visits file').element() as HTMLInputElement;
    await chooseFile(input, VISITS_FILE, JSON.stringify(existing));
    await until(() => app.session.merge);
    await settled(app);
    expect(app.session.draft?.articles[0]?.id).toBe(MADE);
    await userEvent.click(page.getByText('Date, title, outlet and link'));
    const box = page.getByLabelText('Article id');
    await userEvent.fill(box, held);
    await settled(app);
    await expect.element(box).toHaveAttribute('aria-invalid', 'true');
    expect(app.querySelector('#id-problem')?.textContent).toContain(held);
    expect(app.session.draft?.articles[0]?.id).toBe(MADE);
    await userEvent.fill(box, `${held}-b`);
    await settled(app);
    expect(app.session.draft?.articles[0]?.id).toBe(`${held}-b`);
    expect(app.querySelector('#id-problem')).toBeNull();
  });
});
