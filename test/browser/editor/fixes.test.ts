/** What a newcomer following the README met in the editor: each is tested as they saw it. */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { articleFile } from '../../../src/model/paths.js';
import {
  acceptAll,
  asOtherArticle,
  captureDownloads,
  chooseFile,
  cleanup,
  draft,
  FIXTURE_ARTICLE_ID,
  FIXTURE_VISITS,
  mount,
  mountCurated,
  paste,
  settled,
  until,
  VISITS_FILE,
} from './helpers.js';

afterEach(cleanup);

describe('editor fixes', () => {
  it('names the downloads as the dataset does: <id>.txt and the visits file, even after merging a file of another name', async () => {
    const app = await mountCurated();
    // Another text (the merge refuses a text the file already holds, however it is named).
    const existing = asOtherArticle(app.session.draft, 'older-article', 'a'.repeat(64));
    existing.articles[0].file = existing.articles[0].file.replace(
      `${FIXTURE_ARTICLE_ID}.txt`,
      'older-article.txt',
    );
    await acceptAll(app);
    await settled(app);
    const input = page.getByLabelText('Open existing visits file').element() as HTMLInputElement;
    await chooseFile(input, 'older.geojson', JSON.stringify(existing));
    await until(() => app.session.merge);
    await settled(app);
    const downloads = captureDownloads();
    await userEvent.click(page.getByRole('button', { name: 'Download visits file' }));
    await userEvent.click(page.getByRole('button', { name: 'Download article file' }));
    await until(() => downloads.files.size === 2);
    downloads.stop();
    const names = [...downloads.files.keys()];
    const visits = JSON.parse(downloads.files.get(VISITS_FILE) ?? 'null');
    expect(names).toContain(VISITS_FILE);
    const article = visits.articles.at(-1);
    expect(article.file).toBe(articleFile(article.id));
    expect(names).toContain(`${article.id}.txt`);
    expect(downloads.files.get(`${article.id}.txt`)).toBe(app.session.text);
  });
});

describe('a rejected visit', () => {
  it('is offered in no "Visit" or "Add to" chooser', async () => {
    const app = await mountCurated();
    // The fixture's last visit rejected; its first keeps its quotes.
    const names = FIXTURE_VISITS.features.map((f) => f.properties.name.en);
    const [kept] = names;
    const rejected = names.at(-1) as string;
    await userEvent.click(page.getByRole('button', { name: `Reject: ${rejected}` }));
    await settled(app);
    const choosers = [
      ...app.querySelectorAll<HTMLSelectElement>('editor-review select.move'),
      page.getByLabelText('Add to').element() as HTMLSelectElement,
    ];
    expect(choosers.length).toBeGreaterThan(1);
    for (const select of choosers) {
      const offered = [...select.options].filter((o) => !o.selected).map((o) => o.textContent);
      expect(offered.join('|')).not.toContain(rejected);
    }
    // Its own quotes still name it as where they are, until moved.
    const placed = [...app.querySelectorAll<HTMLSelectElement>('select.move')].map(
      (s) => s.selectedOptions[0]?.textContent ?? '',
    );
    expect(placed.some((n) => kept !== undefined && n.includes(kept))).toBe(true);
  });
});

describe('the preview', () => {
  it('says plainly that the accepted visits have problems to fix, and points to them', async () => {
    const app = await mountCurated();
    const date = app.querySelector<HTMLInputElement>('editor-review article.visit input.date');
    if (!date) throw new Error('no date field');
    date.value = '2025-13-45';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(app);
    await acceptAll(app);
    await settled(app);
    const preview = app.querySelector('editor-preview') as HTMLElement;
    await new Promise((r) => setTimeout(r, 300));
    expect(preview.textContent).toMatch(/The accepted visits have \d+ problems? to fix/);
    expect(preview.textContent).not.toMatch(/earlier/);
    const link = preview.querySelector('a[href^="#"]') as HTMLAnchorElement;
    expect(document.querySelector(link.getAttribute('href') ?? '')).toBeTruthy();
  });
});

const HEFEI = `Official inspects robot maker in Hefei

HEFEI, May 14 (Xinhua) -- A senior official on Tuesday visited Hefei Robotics Company, a maker of industrial robots in the city of Hefei, capital of east China's Anhui Province.

At the company, the official learned about its products and research. "We must keep innovating," he said.

The company's output rose 12 percent last year, according to the provincial government.
`;

describe('an agency dateline with no year', () => {
  it('is what the date hint and the draft error speak of, not a missing date line', async () => {
    const app = await mount();
    await paste(app, HEFEI);
    const field = page.getByLabelText('Publication date').element() as HTMLInputElement;
    const hint = field.closest('div')?.querySelector('.hint')?.textContent ?? '';
    expect(hint).not.toMatch(/only when/);
    expect(hint).toMatch(/no year/);
    await draft(app);
    const alert = page.getByRole('alert').element().textContent ?? '';
    expect(alert).not.toMatch(/no date line/);
    expect(alert).toMatch(/HEFEI, May 14 \(Xinhua\) --.* has no year: give the publication date/);
  });
});

describe('title and outlet', () => {
  it('are filled from the text as soon as it is read, and the draft keeps the title line as its passage', async () => {
    const app = await mount();
    await paste(app, HEFEI);
    const value = (label: string) =>
      (page.getByLabelText(label, { exact: true }).element() as HTMLInputElement).value;
    await until(() => value('Title') === 'Official inspects robot maker in Hefei', 5000);
    expect(value('Outlet')).toBe('Xinhua');
    const date = page.getByLabelText('Publication date').element() as HTMLInputElement;
    date.value = '2025-05-14';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(app);
    await draft(app);
    const article = app.session.draft?.articles[0];
    expect(article?.title).toBe('Official inspects robot maker in Hefei');
    expect(article?.titlePassage?.text).toBe('Official inspects robot maker in Hefei');
    expect(article?.outlet).toBe('Xinhua');
  });
});
