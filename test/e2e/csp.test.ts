/**
 * The built page and an embedder's page, served by `vite preview` with the strict policy as a
 * header (and as a meta tag): no 'unsafe-inline', no 'unsafe-eval', Trusted Types required,
 * only the `lit-html` policy allowed. Every `securitypolicyviolation` is collected; none may
 * occur while the map is used, fed the injection corpus, or fails to load.
 */
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY } from '../../scripts/csp.js';
import { PAYLOADS } from '../fixtures/inject.js';
import { ROOT } from '../helpers.js';
import { PREVIEW_CONFIG } from './server.js';
import { BUILT } from './setup/build.js';

const HEADERS = { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY}` };

let pageServer: PreviewServer;
let embedServer: PreviewServer;
let browser: Browser;
const origin = (s: PreviewServer) => (s.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');

beforeAll(async () => {
  pageServer = await preview({
    root: ROOT,
    ...PREVIEW_CONFIG,
    build: { outDir: BUILT },
    preview: { port: 0, host: '127.0.0.1', headers: HEADERS },
  });
  embedServer = await preview({
    configFile: resolve(ROOT, 'test/e2e/pages/vite.config.ts'),
    ...PREVIEW_CONFIG,
    preview: { port: 0, host: '127.0.0.1', headers: HEADERS },
  });
  browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await pageServer?.close();
  await embedServer?.close();
});

interface Watched {
  page: Page;
  console: string[];
  dialogs: string[];
  requests: string[];
  violations: () => Promise<string[]>;
}

async function open(url: string, setup?: (page: Page) => Promise<void>): Promise<Watched> {
  // Tall enough that no marker needs scrolling to: a click after a scroll is sometimes lost.
  const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
  const w: Watched = {
    page,
    console: [],
    dialogs: [],
    requests: [],
    violations: () => page.evaluate(() => (window as unknown as { __v: string[] }).__v),
  };
  await page.addInitScript(() => {
    const v: string[] = [];
    (window as unknown as { __v: string[] }).__v = v;
    document.addEventListener('securitypolicyviolation', (e) =>
      v.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') w.console.push(m.text());
  });
  page.on('pageerror', (e) => w.console.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => w.requests.push(r.url()));
  await setup?.(page);
  await page.goto(url, { waitUntil: 'load' });
  return w;
}

/** Clicks and keys through every marker of the first element: popups, zoom, Escape. */
async function useMap(page: Page) {
  const markers = page.locator('inspection-map .leaflet-marker-icon');
  await markers.first().waitFor();
  for (let i = 0; i < (await markers.count()); i++) {
    // The first by mouse; the others by keyboard, since a popup's pan can move them out of view.
    if (i === 0) await markers.nth(i).click();
    else {
      await markers.nth(i).focus();
      await page.keyboard.press('Enter');
    }
    await page.locator('inspection-map .leaflet-popup-content .card').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('inspection-map .leaflet-popup').waitFor({ state: 'detached' });
  }
  await markers.first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.locator('inspection-map .card-close').click();
  await page.locator('inspection-map .im-zoom-button').first().click();
  await page.locator('inspection-map .im-zoom-button').last().click();
  await page.locator('inspection-map .layout .show-on-map').first().click();
}

describe('under a strict policy with Trusted Types', () => {
  it('the page works with no violation, and the policy is in force', async () => {
    const w = await open(`${origin(pageServer)}/`);
    await useMap(w.page);
    await expect(w.page.locator('inspection-map .leaflet-marker-icon').count()).resolves.toBe(3);
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
    // The policy is in force: an HTML string assigned to innerHTML is refused and reported
    // (once for the header, once for the meta tag).
    const refused = await w.page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>x</b>';
        return false;
      } catch (e) {
        return e instanceof TypeError;
      }
    });
    expect(refused).toBe(true);
    // The reports are events queued after the refusal: wait for them (read at once, they were
    // missing once at load 22).
    await expect
      .poll(() => w.violations())
      .toEqual([
        'require-trusted-types-for trusted-types-sink Element innerHTML|<b>x</b>',
        'require-trusted-types-for trusted-types-sink Element innerHTML|<b>x</b>',
      ]);
    await w.page.close();
  });

  it('an embedder’s page with the element works with no violation', async () => {
    const w = await open(`${origin(embedServer)}/embed.html?scenario=data`);
    await useMap(w.page);
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
    await w.page.close();
  });

  it('2,500 visits cluster in the worker the policy allows, with no violation', async () => {
    const w = await open(`${origin(embedServer)}/embed.html?scenario=many&count=2500`);
    const clusters = w.page.locator('inspection-map .im-cluster');
    await clusters.first().waitFor();
    // Every visit checked, then: the element says where it clustered them.
    await w.page.waitForFunction(() => document.querySelector('inspection-map')?.visits.length);
    const state = await w.page.evaluate(() => {
      const el = document.querySelector('inspection-map');
      return {
        visits: el?.visits.length,
        drawing: (el as unknown as { adapter: { drawing: string } }).adapter.drawing,
      };
    });
    expect(state).toEqual({ visits: 2500, drawing: 'clusters (worker)' });
    expect(w.requests.some((u) => /\/assets\/cluster-worker-[\w-]+\.js$/.test(u))).toBe(true);
    // A cluster opens by keyboard, and a visit selected from code opens its popup.
    const before = await clusters.count();
    await clusters.first().focus();
    await w.page.keyboard.press('Enter');
    await w.page.waitForFunction(
      (n) =>
        document.querySelector('inspection-map')?.shadowRoot?.querySelectorAll('.im-cluster')
          .length !== n,
      before,
    );
    await w.page.evaluate(() => {
      const el = document.querySelector('inspection-map');
      el?.select(el.visits[1234]?.id ?? null);
    });
    await w.page.locator('inspection-map .leaflet-popup-content .card h3').waitFor();
    expect(await w.violations()).toEqual([]);
    expect(w.console).toEqual([]);
    await w.page.close();
  });

  it('where the policy refuses workers, the clustering runs on the main thread instead', async () => {
    const w = await open(
      `${origin(embedServer)}/embed.html?scenario=many&count=2500`,
      async (page) => {
        await page.route('**/embed.html*', async (route) => {
          const response = await route.fetch();
          const headers = { ...response.headers() };
          headers['content-security-policy'] = HEADERS['Content-Security-Policy'].replace(
            "worker-src 'self'",
            "worker-src 'none'",
          );
          await route.fulfill({ response, headers });
        });
      },
    );
    await w.page.locator('inspection-map .im-cluster').first().waitFor();
    await w.page.waitForFunction(() => document.querySelector('inspection-map')?.visits.length);
    const drawing = await w.page.evaluate(
      () =>
        (document.querySelector('inspection-map') as unknown as { adapter: { drawing: string } })
          .adapter.drawing,
    );
    expect(drawing).toBe('clusters (main thread)');
    const violations = await w.violations();
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.every((v) => v.startsWith('worker-src'))).toBe(true);
    expect(w.console.filter((c) => !/worker-src|Content Security Policy/i.test(c))).toEqual([]);
    await w.page.close();
  });

  it(`${PAYLOADS.length} injection payloads in every string field: no violation, no dialog`, async () => {
    const w = await open(`${origin(embedServer)}/embed.html?scenario=payloads`);
    await w.page.locator('inspection-map .status--error').waitFor();
    await w.page.waitForFunction(() => document.querySelectorAll('inspection-map').length === 4);
    const opened = await w.page.evaluate(async () => {
      let popups = 0;
      for (const el of document.querySelectorAll('inspection-map')) {
        for (const b of el.shadowRoot?.querySelectorAll('details') ?? []) b.open = true;
        for (const v of el.visits) {
          el.select(v.id);
          await el.updateComplete;
          // The first visit to open waits for the popup's code (a chunk of its own).
          const title = `.leaflet-popup [id="popup-title-${v.id}"]`;
          for (let i = 0; i < 100 && !el.shadowRoot?.querySelector(title); i++)
            await new Promise((r) => setTimeout(r, 20));
          if (el.shadowRoot?.querySelector(title)) popups++;
        }
      }
      return popups;
    });
    expect(opened).toBe(PAYLOADS.length);
    await w.page.waitForTimeout(300);
    expect(await w.violations()).toEqual([]);
    expect(w.dialogs).toEqual([]);
    expect(w.console).toEqual([]);
    expect(await w.page.evaluate(() => 'xss' in window || '__xss' in window)).toBe(false);
    await w.page.close();
  });

  for (const [name, route, cause] of [
    [
      'not found',
      'fulfill-404',
      'The visits file was not found at /visits-missing.geojson (HTTP 404).',
    ],
    ['network down', 'abort', 'could not be reached'],
    ['slow', 'hang', 'did not arrive within 0.5 seconds'],
  ] as const) {
    it(`a visits file that is ${name}: the error state and a retry, no violation`, async () => {
      const w = await open(
        `${origin(embedServer)}/embed.html?scenario=src&src=/visits-missing.geojson&fetch-timeout=500`,
        async (page) => {
          await page.route('**/visits-missing.geojson', (r) => {
            if (route === 'fulfill-404') return r.fulfill({ status: 404, body: 'Not found' });
            if (route === 'abort') return r.abort('internetdisconnected');
            return undefined; // never answered
          });
        },
      );
      const box = w.page.locator('inspection-map .status--error');
      await box.waitFor();
      await expect(box.textContent()).resolves.toContain(cause);
      await w.page.locator('inspection-map button.retry').click();
      await box.waitFor();
      expect(await w.violations()).toEqual([]);
      expect(w.console.filter((m) => !m.startsWith('Failed to load resource'))).toEqual([]);
      await w.page.close();
    });
  }
});

describe('a tile layer whose tiles fail', () => {
  const cases = [
    ['are not found', 'fulfill-404'],
    ['are offline', 'abort'],
    ['never arrive', 'hang'],
  ] as const;
  for (const [name, how] of cases) {
    it(`tiles that ${name}: one request, one notice, the base map shows, the credit stays`, async () => {
      const base = origin(embedServer);
      const tiles = `${base}/tiles-${how}/{z}/{x}/{y}.png`;
      const query = new URLSearchParams({
        scenario: 'data',
        tiles,
        'tiles-attribution': 'Test tiles',
        'fetch-timeout': '1500',
      });
      const w = await open(`${base}/embed.html?${query}`, async (page) => {
        await page.route('**/tiles-*/**', (r) => {
          if (how === 'fulfill-404') return r.fulfill({ status: 404, body: '' });
          if (how === 'abort') return r.abort('internetdisconnected');
          return undefined; // never answered
        });
      });
      const page = w.page;
      const notice = page.locator('inspection-map .notice--tiles');
      await notice.waitFor({ timeout: 10_000 });
      await expect(notice.textContent()).resolves.toContain(
        'Map tiles are unavailable; the built-in base map is shown.',
      );
      await expect(page.locator('inspection-map .notice').count()).resolves.toBe(1);
      await expect(page.locator('inspection-map path.im-province').count()).resolves.toBe(32);
      await expect(page.locator('inspection-map .leaflet-tile').count()).resolves.toBe(0);
      await expect(page.locator('inspection-map .im-credits').textContent()).resolves.toContain(
        'Test tiles',
      );
      const tileRequests = () => w.requests.filter((u) => u.includes('/tiles-'));
      // One tile is asked for before the layer is added: a dead server costs that one request.
      const requested = tileRequests().length;
      expect(requested).toBe(1);
      // Zoom and pan: the given-up layer asks for nothing more.
      await page.locator('inspection-map .im-zoom-button').first().click();
      await page.mouse.move(500, 300);
      await page.mouse.down();
      await page.mouse.move(300, 350, { steps: 5 });
      await page.mouse.up();
      await page.waitForTimeout(800);
      expect(tileRequests().length).toBe(requested);
      // Counted, not logged: every failure, a tile that never arrives too.
      const counted = await page.evaluate(
        () => document.querySelector('inspection-map')?.tileErrors,
      );
      expect(counted).toBe(1);
      // Our code logs nothing; the browser's own line per failed image is all there is.
      expect(w.console.filter((m) => !m.startsWith('Failed to load resource'))).toEqual([]);
      expect(w.console.length).toBeLessThanOrEqual(requested);
      expect(await w.violations()).toEqual([]);
      await page.close();
    });
  }
});
