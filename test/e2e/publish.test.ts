/**
 * From a pasted report to the published map without a terminal: the editor served by the
 * project's own server (`vite preview` with the publish plugin, the page's strict policy as a
 * header) publishes an agency-style article of our own into a temporary copy of a dataset, and
 * the rebuilt reader page shows the new visit on its day with its quote and figure and the
 * publication date its head prints. The actions a person takes are counted (the aim: at most 12
 * when the draft is right), on an agency report of about 1,800 characters. The repository's own
 * dataset is never written.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PUBLISH_META, PUBLISH_PATH } from '../../src/editor/project-api.js';
import { DATA_FOLDER, VISITS_FILE_NAME } from '../../src/model/paths.js';
import { fixtureFolder, fixtureJson, ROOT } from '../helpers.js';
import { popupText, type Served, serveEditor, watchedPage } from './server.js';

const OUT = 'dist/e2e-publish';
const ARTICLE = readFileSync(resolve(ROOT, 'test/fixtures/editor/lianyungang-agency.txt'), 'utf8');
/** The dataset published into: a copy of the one-article fixture, in a temporary folder. */
const DATA = join(mkdtempSync(join(tmpdir(), 'inspection-map-publish-')), 'data');
/**
 * The repository's own visits file, whatever it holds, by its size and time of change (its
 * contents are never read): publishing must leave it as it was.
 */
const repositoryVisits = () => {
  const { size, mtimeMs } = statSync(resolve(ROOT, DATA_FOLDER, VISITS_FILE_NAME));
  return `${size} ${mtimeMs}`;
};
/** How many visits the fixture published into holds before the new one. */
const FIXTURE_VISITS = (fixtureJson('one-article') as { features: unknown[] }).features.length;

let served: Served;
let browser: Browser;
let origin = '';
let before = '';
const saved = process.env.INSPECTION_MAP_DATA;

beforeAll(async () => {
  before = repositoryVisits();
  cpSync(fixtureFolder('one-article'), DATA, { recursive: true });
  // The server publishes into the folder the page is built from, and rebuilds from it.
  process.env.INSPECTION_MAP_DATA = DATA;
  served = await serveEditor(OUT, DATA);
  ({ browser, origin } = served);
});

afterAll(async () => {
  if (saved === undefined) delete process.env.INSPECTION_MAP_DATA;
  else process.env.INSPECTION_MAP_DATA = saved;
  await served?.close();
});

describe('publishing to the project from the editor', () => {
  it('is announced by the server in the editor page it serves, and absent from the static build', async () => {
    const built = readFileSync(resolve(ROOT, OUT, 'editor.html'), 'utf8');
    expect(built).not.toContain(PUBLISH_META);
    const served = await (await fetch(`${origin}/editor.html`)).text();
    expect(served).toContain(`<meta name="${PUBLISH_META}" content="${PUBLISH_PATH}" />`);
    expect(served.replace(/<meta name="inspection-map-publish"[^>]*>\n/, '')).toBe(built);
    const probe = await fetch(`${origin}${PUBLISH_PATH}`);
    expect([probe.status, probe.headers.get('allow')]).toEqual([405, 'POST']);
  });

  it('takes an agency report to the rebuilt map in a handful of actions, writing only the dataset', async () => {
    const { page, problems } = await watchedPage(browser);
    let actions = 0;
    const act = async (step: () => Promise<unknown>) => {
      actions++;
      await step();
    };
    await act(() => page.goto(`${origin}/editor.html`, { waitUntil: 'networkidle' }));
    await act(() => page.getByLabel('Article text', { exact: true }).fill(ARTICLE));
    // The dateline has no year: the publication date is the one the page's head prints.
    const date = page.getByLabel('Publication date');
    await expect.poll(() => date.inputValue()).toBe('2024-10-16');
    await act(() => page.getByRole('button', { name: 'Draft visits' }).click());
    await act(() => page.getByRole('button', { name: 'Accept all' }).click());
    // Accept all asks first about the figure on no visit ("over 40 countries"): kept as the
    // article's own, as it is the port operator's count, not the visit's.
    await act(() =>
      page.getByRole('button', { name: "Keep it as the article's own and accept all" }).click(),
    );
    const publish = page.getByRole('button', { name: 'Publish to this project' });
    await expect.poll(() => publish.isEnabled()).toBe(true);
    await act(() => publish.click());
    const open = page.getByRole('link', { name: 'Open the map at this visit' });
    await open.waitFor({ timeout: 60_000 });
    expect(await page.locator('editor-project .done').textContent()).toContain(
      `1 visit added to ${DATA_FOLDER}/${VISITS_FILE_NAME} (${FIXTURE_VISITS + 1} in all)`,
    );
    await act(() => open.click());
    await page.waitForURL(/#visit=lianyungang-port-2024-10-15$/);
    const popup = await popupText(page);
    expect(popup).toContain('Lianyungang Port');
    expect(popup).toContain('Visited: Tuesday, October 15, 2024');
    expect(popup).toContain('A port thrives when it serves the country');
    expect(popup).toContain('6.1 million TEUs');
    expect(popup).toContain('Visit by: President Xi Jinping');
    expect(popup).toContain('We will keep the trains running on time');
    // The article's publication date, in the list of sources.
    expect(await page.locator('#data-links').textContent()).toContain('October 16, 2024');
    expect(await page.locator('inspection-map .leaflet-marker-icon').count()).toBe(
      FIXTURE_VISITS + 1,
    );
    expect(problems).toEqual([]);
    // Open, paste, Draft visits, Accept all, Keep it as the article's own, Publish to this
    // project, Open the map at this visit.
    expect(actions).toBe(7);

    // Written into the dataset it was served from, the previous file kept; data/ untouched.
    const articles = JSON.parse(readFileSync(join(DATA, VISITS_FILE_NAME), 'utf8')).articles;
    const file = articles.at(-1).file.replace(`${DATA_FOLDER}/`, '');
    expect(readFileSync(join(DATA, file), 'utf8')).toBe(ARTICLE);
    expect(articles.at(-1).date).toBe('2024-10-16');
    expect(existsSync(join(DATA, `${VISITS_FILE_NAME}.bak`))).toBe(true);
    expect(repositoryVisits()).toBe(before);
    await page.context().close();
  });
});
