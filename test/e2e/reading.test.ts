/**
 * The reading experience on the built page, as a reader gets it: deep links and the Back
 * button, reduced motion, the Chinese page, the list without scripts, open data, print,
 * and axe-core on the whole page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseVisits } from '../../src/model/load.js';
import { fixtureJson } from '../helpers.js';
import { fillsWith, pdfContent } from './pdf.js';
import { openPage, popupText, type Served, serveBuilt } from './server.js';

let served: Served;
beforeAll(async () => {
  served = await serveBuilt();
});
afterAll(() => served?.close());

const BENSTEEL = 'bensteel-cold-rolling-mill-2025-01-23';
const RIZHAO = 'rizhao-port-2024-05-22';
const selectedAttr = (page: Page) => page.locator('inspection-map').getAttribute('selected');

describe('deep links', () => {
  it('opens the visit a link names, follows selections in the URL, and Back returns', async () => {
    const { page, problems } = await openPage(served, `/#visit=${BENSTEEL}`);
    await expect.poll(() => popupText(page)).toContain('Bensteel Group');
    // By keyboard: a click could land on the map while the popup still pans it into view.
    await page.locator(`inspection-map .leaflet-marker-icon[data-visit-id="${RIZHAO}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#visit=${RIZHAO}`);
    await expect.poll(() => popupText(page)).toContain('Rizhao Port');
    await page.goBack();
    await expect.poll(() => selectedAttr(page)).toBe(BENSTEEL);
    await expect.poll(() => popupText(page)).toContain('Bensteel Group');
    await page.keyboard.press('Escape');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('motion', () => {
  const popupAfter = async (reducedMotion: 'reduce' | 'no-preference') => {
    const { page } = await openPage(served, '/', { reducedMotion });
    await page.locator('inspection-map .tour-next').click();
    await page.waitForTimeout(150);
    const early = await page.locator('inspection-map .leaflet-popup').count();
    await expect.poll(() => popupText(page)).toContain('Rizhao Port');
    await page.close();
    return early;
  };

  it('flies to a tour stop smoothly, or jumps when the reader prefers reduced motion', async () => {
    expect(await popupAfter('reduce')).toBe(1);
    expect(await popupAfter('no-preference')).toBe(0);
  });
});

describe('languages', () => {
  it('serves the page in Simplified Chinese, with the article’s words left in English', async () => {
    const { page, problems } = await openPage(served, '/?lang=zh-Hans');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await expect(page.locator('#national-heading').textContent()).resolves.toBe('文章中的全国数据');
    await expect(page.locator('#page-title').getAttribute('lang')).resolves.toBe('en');
    const label = await page
      .locator('inspection-map .leaflet-marker-icon[data-visit-id="rizhao-port-2024-05-22"]')
      .getAttribute('aria-label');
    expect(label).toBe('日照港，日照市，山东省，2024年5月22日');
    await page.locator('#language button[data-lang="en"]').click();
    await expect
      .poll(() => page.locator('#national-heading').textContent())
      .toBe('National figures in the article');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('without scripts', () => {
  it('has the list of visits with their quotes in the HTML itself', async () => {
    const { page } = await openPage(served, '/', { javaScriptEnabled: false, wait: false });
    const items = page.locator('inspection-map .list-item');
    await expect(items.count()).resolves.toBe(3);
    // The list is not cut to the map's height, as it is while a script is on its way.
    const box = await page.locator('inspection-map').boundingBox();
    const last = await items.last().boundingBox();
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(
      (box?.y ?? 0) + (box?.height ?? 0) + 1,
    );
    const titles = await items.locator('.card-title').allTextContents();
    expect(titles.map((t) => t.trim())).toEqual([
      'Rizhao Port',
      'Bensteel Group',
      'Luoyang Bearing Group Co., Ltd.',
    ]);
    const text = (await page.locator('inspection-map').textContent())?.replace(/\s+/g, ' ') ?? '';
    const data = parseVisits(fixtureJson());
    for (const q of data.visits.flatMap((v) => v.properties.quotes)) expect(text).toContain(q.text);
    expect(text).toContain('almost 80%');
    await expect(page.locator('#national-figures .national-figure').count()).resolves.toBe(3);
    await page.close();
  });
});

describe('open data', () => {
  it('offers the visits as GeoJSON and as CSV, one sourced row per item', async () => {
    const { page } = await openPage(served);
    const links = page.locator('#data-links a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(3);
    const [articleHref, geojsonHref, csvHref] = hrefs as [string, string, string];
    const article = await (await fetch(articleHref)).text();
    expect(article.length).toBe(4379);
    const geojson = await (await fetch(geojsonHref)).json();
    expect(geojson).toEqual(fixtureJson());
    const bytes = Buffer.from(await (await fetch(csvHref)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.item).filter((i) => i === 'national context')).toHaveLength(5);
    for (const row of rows) {
      expect(article.slice(Number(row.start), Number(row.end))).toBe(row.text);
    }
    await page.close();
  });
});

describe('print', () => {
  it('lays out the map above the full list, without the tour and filter', async () => {
    const { page } = await openPage(served);
    await page.emulateMedia({ media: 'print' });
    const toolbar = await page
      .locator('inspection-map .toolbar')
      .evaluate((el) => getComputedStyle(el).display);
    expect(toolbar).toBe('none');
    const list = await page.locator('inspection-map').evaluate((host) => {
      const el = host.shadowRoot?.querySelector('.list') as HTMLElement;
      return { overflow: getComputedStyle(el).overflowY, max: getComputedStyle(el).maxHeight };
    });
    expect(list).toEqual({ overflow: 'visible', max: 'none' });
    await page.close();
  });

  it('prints the sea coloured, the list flowing on below the map, within the page width', async () => {
    const { page } = await openPage(served);
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(600);
    // As a reader prints by default: without "background graphics".
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const content = pdfContent(pdf);
    // --inspection-map-sea on the page: the sea, and so the map, is drawn.
    const sea = await page
      .locator('inspection-map')
      .evaluate(
        (host) =>
          getComputedStyle(host.shadowRoot?.querySelector('.im-leaflet') as Element)
            .backgroundColor,
      );
    const [r, g, b] = (sea.match(/\d+/g) ?? []).map(Number) as [number, number, number];
    expect(fillsWith(content, [r, g, b]), `sea ${sea}`).toBe(true);
    // The list flows on below the map: a visit may break across pages (each started a new page
    // when it could not), its title and headings stay with what follows them.
    const breaks = await page.locator('inspection-map').evaluate((host) => {
      const q = (s: string) => getComputedStyle(host.shadowRoot?.querySelector(s) as Element);
      return [q('.list-item').breakInside, q('.card-title').breakAfter, q('.map').maxWidth];
    });
    expect(breaks).toEqual(['auto', 'avoid', '100%']);
    await page.close();
  });
});

describe('accessibility of the page (axe-core, WCAG 2.2 AA)', () => {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  for (const [name, width, height] of [
    ['desktop', 1280, 900],
    ['phone', 375, 812],
  ] as const) {
    it(`has no violations with a popup open, ${name}`, async () => {
      const { page } = await openPage(served, `/#visit=${BENSTEEL}`, {
        viewport: { width, height },
      });
      await expect.poll(() => popupText(page)).toContain('Bensteel Group');
      await page.waitForTimeout(400);
      // Evaluated by the test driver: the page's Trusted Types policy rightly refuses a script tag.
      await page.evaluate(readFileSync(axePath, 'utf8'));
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
        const r = await axe.run(document, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
          },
        });
        return r.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});
