/**
 * The built page, served by `vite preview`, in real Chromium: markers, popups by mouse and
 * keyboard, and no request beyond the local server.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { ROOT, visitsJson } from '../helpers.js';

type Visit = {
  id: string;
  properties: { quotes: { text: string }[]; statistics: { passage: { text: string } }[] };
};
const VISITS = (visitsJson() as { features: Visit[] }).features;
const ownTexts = (v: Visit) => [
  ...v.properties.quotes.map((q) => q.text),
  ...v.properties.statistics.map((s) => s.passage.text),
];

let server: PreviewServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  // A production build, as users get it: in its own process, since Vitest sets NODE_ENV=test.
  execFileSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      'dist/e2e-page',
      '--logLevel',
      'error',
    ],
    { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' }, stdio: 'inherit' },
  );
  server = await preview({
    root: ROOT,
    logLevel: 'error',
    build: { outDir: 'dist/e2e-page' },
    preview: { port: 0, host: '127.0.0.1' },
  });
  origin = (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');
  browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  requests: string[];
  problems: string[];
}

async function open(width = 1280, height = 900): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.locator('inspection-map .leaflet-marker-icon').first().waitFor();
  return { page, requests, problems };
}

const popupText = (page: Page) =>
  page
    .locator('inspection-map .leaflet-popup-content')
    .textContent({ timeout: 5000 })
    .then((t) => t ?? '');

describe('the page', () => {
  it('shows exactly three markers and the article’s title and dateline', async () => {
    const { page, requests, problems } = await open();
    await expect(page.locator('inspection-map .leaflet-marker-icon').count()).resolves.toBe(3);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'XI Focus: Fortify the backbone of innovation manufacturing',
    );
    await expect(page.locator('#article-meta time').getAttribute('datetime')).resolves.toBe(
      '2025-05-22',
    );
    await expect(page.locator('.national-figure').count()).resolves.toBe(3);
    const outside = requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens each site’s popup by click and by Enter, with its texts and no other’s', async () => {
    const { page, problems } = await open();
    for (const how of ['click', 'Enter'] as const) {
      for (const visit of VISITS) {
        const marker = page.locator(
          `inspection-map .leaflet-marker-icon[data-visit-id="${visit.id}"]`,
        );
        if (how === 'click') await marker.click();
        else {
          await marker.focus();
          await page.keyboard.press('Enter');
        }
        const text = (await popupText(page)).replace(/\s+/g, ' ');
        for (const own of ownTexts(visit)) expect(text).toContain(own.replace(/\s+/g, ' '));
        for (const other of VISITS.filter((v) => v.id !== visit.id)) {
          for (const t of ownTexts(other)) expect(text).not.toContain(t);
        }
        await page.keyboard.press('Escape');
        await page.locator('inspection-map .leaflet-popup').waitFor({ state: 'detached' });
        // A popup pans the map; the next marker may now lie outside it, as for a user.
        await page.evaluate(() => document.querySelector('inspection-map')?.fitAll());
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a phone 375 px wide without sideways scrolling', async () => {
    const { page, problems } = await open(375, 812);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.locator('inspection-map .leaflet-marker-icon').first().click();
    const box = await page.locator('inspection-map .leaflet-popup-content-wrapper').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});
