/**
 * The built editor page, served by `vite preview` with the page's strict policy as a header
 * (Trusted Types enforced): an article pasted, drafted, accepted and downloaded with no policy
 * violation and no console error; merged into an existing visits file, the two downloads make
 * a dataset the reader page is built from; the reader page and the editor link to each other;
 * a reload in the middle of typing loses nothing.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FOLDER, VISITS_FILE_NAME } from '../../src/model/paths.js';
import { fixtureFolder, ROOT } from '../helpers.js';
import { openPage, type Served, serveBuiltEditor, servePage, watchedPage } from './server.js';

const ARTICLE = readFileSync(resolve(ROOT, 'test/fixtures/editor/xuzhou-article.txt'), 'utf8');
/**
 * The existing dataset the new article is merged into: the `one-article` fixture, which the
 * shared build (`setup/build.ts`) is made from.
 */
const EXISTING = fixtureFolder('one-article');
const FIXTURE_VISITS_FILE = resolve(EXISTING, VISITS_FILE_NAME);
const LANZHOU = readFileSync(resolve(ROOT, 'test/fixtures/editor/lanzhou-article.txt'), 'utf8');

let served: Served;
let browser: Browser;
let origin = '';

beforeAll(async () => {
  served = await serveBuiltEditor();
  ({ browser, origin } = served);
});

afterAll(() => served?.close());

describe('the built editor under the strict policy', () => {
  // It builds a page from the downloaded files midway: 55 s at load 20, over a minute in CI's
  // busiest runs.
  it('turns an article into a visits file with no violation, and links to the reader page', {
    timeout: 180_000,
  }, async () => {
    const { page, problems } = await watchedPage(browser, { acceptDownloads: true });
    const context = page.context();
    await page.goto(`${origin}/editor.html`, { waitUntil: 'networkidle' });
    await page.getByLabel('Article text', { exact: true }).fill(ARTICLE);
    // The text box's own styles apply under the policy: adopted, not an inline <style>.
    expect(
      await page.evaluate(() => ({
        styles: document.querySelectorAll('style').length,
        wrap: getComputedStyle(document.querySelector('.cm-content') as Element).whiteSpace,
        scroller: getComputedStyle(document.querySelector('.cm-scroller') as Element).display,
      })),
    ).toEqual({ styles: 0, wrap: 'break-spaces', scroller: 'flex' });
    await page.getByRole('button', { name: 'Draft visits' }).click();
    await page.getByRole('button', { name: 'Accept all' }).click();
    await page.locator('editor-preview inspection-map .leaflet-marker-icon').first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download visits file' }).click();
    const visits = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'));
    expect(visits.features).toHaveLength(2);
    expect(problems).toEqual([]);

    // Merged into an existing visits file, both files dropped into a dataset folder: the page
    // built from it shows the new visits beside the old.
    await page.getByLabel('Open existing visits file').setInputFiles(FIXTURE_VISITS_FILE);
    // Each download awaited before the next is asked for: a waiter set while the first is still
    // on its way would take the first (on a loaded machine it arrives late).
    const merged = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download visits file' }).click();
    const mergedFile = await merged;
    const article = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download article file' }).click();
    const articleFile = await article;
    expect(articleFile.suggestedFilename()).toMatch(/\.txt$/);
    const data = resolve(mkdtempSync(join(tmpdir(), 'inspection-map-editor-')), DATA_FOLDER);
    cpSync(resolve(EXISTING, 'articles'), join(data, 'articles'), { recursive: true });
    await articleFile.saveAs(join(data, 'articles', articleFile.suggestedFilename()));
    await mergedFile.saveAs(join(data, VISITS_FILE_NAME));
    // The fixture's visits and the two drafted here.
    const existing = JSON.parse(readFileSync(FIXTURE_VISITS_FILE, 'utf8')).features.length;
    const published = await servePage('dist/e2e-editor-published', data);
    try {
      const reader = await openPage(published);
      await expect
        .poll(() => reader.page.locator('inspection-map .leaflet-marker-icon').count())
        .toBe(existing + visits.features.length);
      expect(await reader.page.locator('body').textContent()).toContain('Matou village');
      expect(reader.problems).toEqual([]);
    } finally {
      await published.close();
    }

    await page.getByRole('link', { name: 'Back to the map' }).click();
    await page.waitForURL(`${origin}/`);
    await page.locator('a[href="editor.html"]').click();
    await page.waitForURL(/editor\.html$/);
    await context.close();
  });

  it('dates an agency-dateline article by its weekdays, as the draft command does (the minified engine keeps its date parsers)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${origin}/editor.html`, { waitUntil: 'networkidle' });
    // The date first, then the text: the order a person fills the form in either way.
    await page.getByLabel('Publication date').fill('2024-09-12');
    await page.getByLabel('Article text', { exact: true }).fill(LANZHOU);
    await page.getByRole('button', { name: 'Draft visits' }).click();
    const dates = page.locator('editor-review article.visit input.date');
    // The draft and its cards, drawn one a task: on a busy machine, seconds.
    await expect.poll(() => dates.count(), { timeout: 30_000 }).toBe(2);
    expect(await dates.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(
      ['2024-09-11', '2024-09-12'],
    );
    expect(await page.locator('editor-review').textContent()).not.toContain(
      'The article gives no date',
    );
    await context.close();
  });

  it('loses nothing typed when the page reloads with the focus still in the field', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${origin}/editor.html`, { waitUntil: 'networkidle' });
    await page.getByLabel('Publication date').fill('2024-09-12');
    await page.getByLabel('Article text', { exact: true }).fill(LANZHOU);
    await page.getByRole('button', { name: 'Draft visits' }).click();
    const site = page
      .locator('editor-review article.visit')
      .first()
      .getByLabel('Site', { exact: true });
    const name = await site.inputValue();
    await site.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (north gate)');
    // No blur, no change event: the reload comes while the person is typing.
    await page.reload({ waitUntil: 'networkidle' });
    // The review is drawn after the page's first screen and the live check: on a busy machine,
    // seconds after the load.
    await expect.poll(() => site.inputValue(), { timeout: 30_000 }).toBe(`${name} (north gate)`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps what is typed into a long article: a reload as soon as it is saved brings it back whole', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${origin}/editor.html`, { waitUntil: 'networkidle' });
    // Over 64 Ki characters: the text is kept in IndexedDB, written once typing pauses.
    const long = `${LANZHOU}\n${'Officials described the plans for the coming years.\n'.repeat(1500)}`;
    const box = page.getByLabel('Article text', { exact: true });
    // Pasted (a fill of this many characters types them one by one).
    await box.evaluate((el, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, cancelable: true }));
    }, long);
    await box.press('ControlOrMeta+End');
    await page.keyboard.type('The end.');
    // The session names the stored text once IndexedDB holds it (written on each change, not
    // held back until typing pauses): reloaded then, nothing typed is lost.
    const storedLength = () =>
      page.evaluate(
        () => JSON.parse(localStorage.getItem('inspection-map-editor') ?? '{}').textRef?.length,
      );
    await expect.poll(storedLength).toBe(long.length + 'The end.'.length);
    await page.reload({ waitUntil: 'networkidle' });
    await page
      .locator('editor-app [role="status"]', { hasText: 'Reading the article back' })
      .waitFor({
        state: 'detached',
      });
    await box.press('ControlOrMeta+End');
    await expect.poll(() => page.locator('.cm-line').last().textContent()).toBe('The end.');
    expect(await storedLength()).toBe(long.length + 'The end.'.length);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
