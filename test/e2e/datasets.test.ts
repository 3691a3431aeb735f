/**
 * The page built from other datasets than the first article's: two articles (the one-article
 * fixture with a second article and one more visit added as an editor would); and bad input (no
 * visits, one visit with no quotes and no figures, 500 visits over 40 articles). Each builds, and reads
 * as a description of its own dataset: counts, heading, sources, figures by article, credits.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFolder } from '../helpers.js';
import { openPage, popupText, type Served, servePages } from './server.js';
import { type DatasetName, datasetOut } from './setup/datasets.js';

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
const textOf = (page: Page, selector: string) =>
  page.locator(selector).first().textContent().then(squash);
const count = (page: Page, selector: string) => page.locator(selector).count();

/** Sentences that would be wrong on a page of several articles. */
const ONE_ARTICLE_WORDS = /one article|in the article\b|Three sites|the source article,/i;

/** The datasets the describe blocks ask for, built by the global setup, served side by side. */
const datasets: DatasetName[] = [];
let all: Awaited<ReturnType<typeof servePages>> | undefined;

beforeAll(async () => {
  all = await servePages(datasets.map(datasetOut));
});
afterAll(() => all?.close());

/** Has a dataset's page served for the tests of one describe block. */
function served(name: DatasetName) {
  const index = datasets.push(name) - 1;
  return () => all?.served[index] as Served;
}

// The two-article fixture is the one-article fixture with a second article, its figure and its
// visit appended as the editor appends them (`twoArticles()` in the fixtures' maker).
describe('two articles', () => {
  const get = served('two');

  it('names the collection, both sources and the right counts, with no one-article sentence', async () => {
    const { page, problems } = await openPage(get());
    await expect.poll(() => count(page, 'inspection-map .leaflet-marker-icon')).toBe(4);
    expect(await textOf(page, 'h1')).toBe(
      'Inspection Map: where the visits were, and what was said',
    );
    expect(await textOf(page, '#page-meta')).toBe(
      'Two source articles · May 22, 2025 to June 12, 2025 · Visits by Xi Jinping and leaders not named',
    );
    expect(await textOf(page, '#intro')).toMatch(
      /^Four sites visited by Xi Jinping and leaders not named, two articles\. Each marker/,
    );
    expect(await textOf(page, 'inspection-map .im-credits')).toMatch(/^Sources: 2 articles/);
    expect(await textOf(page, '#credits')).toMatch(/^Sources: Two source articles\. /);
    const sources = await page.locator('#sources ol li').allTextContents();
    expect(sources.map(squash)).toEqual([
      expect.stringMatching(
        /^“XI Focus: Fortify the backbone of innovation manufacturing”, outlet not named in the text as received, May 22, 2025 · Visits by Xi Jinping: 000_dd285a5d4eecb2d0\.txt/,
      ),
      expect.stringMatching(
        /^“Cranes, quays and a cleaner coastline: an inspection tour of the Dalian harbour”, Fixture Wire, June 12, 2025: 001_[0-9a-f]{16}\.txt/,
      ),
    ]);
    // Each link gives the article's text byte for byte.
    for (const a of await page.locator('#sources ol a').all()) {
      const href = (await a.getAttribute('href')) ?? '';
      const kept = readFileSync(
        resolve(fixtureFolder('two-articles'), href.replace(/^articles\//, 'articles/')),
      );
      const got = Buffer.from(await (await fetch(`${get().origin}/${href}`)).arrayBuffer());
      expect(got.equals(kept)).toBe(true);
    }
    expect(squash(await page.locator('body').textContent())).not.toMatch(ONE_ARTICLE_WORDS);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('groups the figures by article, and a visit shows only its own article’s context', async () => {
    const { page } = await openPage(get());
    expect(await textOf(page, '#national-heading')).toBe('National figures, by article');
    const groups = page.locator('#national-figures .figure-group');
    expect(await groups.count()).toBe(2);
    expect(await groups.nth(0).locator('.national-figure').count()).toBe(3);
    expect(await groups.nth(1).locator('.national-figure').count()).toBe(1);
    expect(squash(await groups.nth(1).locator('h3').textContent())).toMatch(/^“Cranes, quays/);
    await page
      .locator('inspection-map .leaflet-marker-icon[data-visit-id="dalian-crane-works-2025-06-10"]')
      .click();
    const dalian = await popupText(page);
    expect(dalian).toContain('Every crane we electrify takes a diesel engine off the waterfront');
    expect(dalian).toContain('Source: “Cranes, quays and a cleaner coastline');
    expect(dalian).toContain('container throughput at coastal ports grew 7% in 2024');
    expect(dalian).not.toContain('almost 80%');
    await page.keyboard.press('Escape');
    await page.evaluate(() =>
      document.querySelector('inspection-map')?.select('rizhao-port-2024-05-22'),
    );
    await expect.poll(() => popupText(page)).toContain('Source: “XI Focus');
    expect(await popupText(page)).not.toContain('container throughput');
    await page.close();
  });

  it('reads in Chinese with the collection’s own title', async () => {
    const { page, problems } = await openPage(get(), '/?lang=zh-Hans');
    await expect.poll(() => textOf(page, 'h1')).toBe('视察地图：视察地点与讲话内容');
    expect(await textOf(page, '#intro')).toMatch(
      /^两篇文章，习近平和未指明的视察者视察的四个地点。/,
    );
    expect(await textOf(page, '#national-heading')).toBe('全国数据（按文章）');
    expect(await page.title()).toBe('视察地图：视察地点与讲话内容');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('bad input', () => {
  describe('no visits', () => {
    const get = served('empty');
    it('builds, says there are no visits, and offers no figures or sources', async () => {
      const { page, problems } = await openPage(get(), '/', { wait: false });
      expect(await textOf(page, '#intro')).toMatch(/^No visits yet\. /);
      expect(await textOf(page, 'h1')).toBe(
        'Inspection Map: where the visits were, and what was said',
      );
      await expect.poll(() => count(page, '#national-figures')).toBe(0);
      await expect.poll(() => count(page, '#sources')).toBe(0);
      await expect
        .poll(() =>
          page.locator('inspection-map').evaluate((el) => el.shadowRoot?.textContent ?? ''),
        )
        .toContain('No visits to show.');
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  describe('one visit with no quotes and no figures', () => {
    const get = served('bare');
    it('builds and shows the visit with its source, and no empty sections', async () => {
      const { page, problems } = await openPage(get());
      expect(await textOf(page, '#intro')).toMatch(/^One site, one article\. /);
      expect(await textOf(page, 'h1')).toBe(
        'Cranes, quays and a cleaner coastline: an inspection tour of the Dalian harbour',
      );
      await expect.poll(() => count(page, '#national-figures')).toBe(0);
      await page.locator('inspection-map .leaflet-marker-icon').click();
      const popup = await popupText(page);
      expect(popup).toContain('Dalian Harbour Crane Works');
      expect(popup).toContain('Source: “Cranes, quays');
      expect(popup).not.toMatch(/What was said|Figures for this site|National context/);
      expect(problems).toEqual([]);
      await page.close();
    });
  });

  describe('500 visits over 40 articles', () => {
    const get = served('many');
    it('builds, counts them, lists 40 sources and 40 groups of figures, and fits a phone', async () => {
      const { page, problems } = await openPage(get(), '/', {
        viewport: { width: 375, height: 812 },
      });
      expect(await textOf(page, '#intro')).toMatch(/^500 sites, 40 articles\. /);
      await expect.poll(() => count(page, '#sources ol li')).toBe(40);
      await expect.poll(() => count(page, '#national-figures .figure-group')).toBe(40);
      expect(await textOf(page, '#national-heading')).toBe(
        'Figures beyond a single site, by article',
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('has all 500 visits in the HTML itself, for readers without scripts', async () => {
      const { page } = await openPage(get(), '/', { javaScriptEnabled: false, wait: false });
      // The whole document parsed (on a busy machine the network can go idle before it is).
      await page.waitForLoadState('load');
      await expect.poll(() => count(page, 'inspection-map .list-item')).toBe(500);
      await page.close();
    });
  });
});
