/**
 * The built page served by `vite preview` and a Chromium to look at it, for end-to-end tests.
 */
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright';
import { type PreviewServer, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { CONTENT_SECURITY_POLICY, HEADER_ONLY } from '../../scripts/csp.js';
import { type FixtureName, fixtureFolder, ROOT } from '../helpers.js';
import { BUILT, vite } from './setup/build.js';

export interface Served {
  origin: string;
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Builds the page (production mode) into `dist/<outDir>` from a dataset folder, serves it,
 * launches Chromium.
 *
 * @param data - a fixture dataset's name, or the path of a dataset folder (its visits file,
 *   `collection.json`, `articles/`). Default: the one-article fixture.
 */
export function servePage(
  outDir: string,
  data: FixtureName | (string & {}) = 'one-article',
): Promise<Served> {
  return serve(outDir, data.includes('/') ? data : fixtureFolder(data as FixtureName));
}

/**
 * Serves the page of the one-article fixture built once for the project (see
 * `setup/build.ts`), and launches Chromium.
 */
export const serveBuilt = (): Promise<Served> => serve(BUILT);

/** The page's strict policy, as a header. */
const STRICT = { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; ${HEADER_ONLY}` };

/**
 * Builds the page and the editor (production mode) into `dist/<outDir>` from a dataset folder
 * and serves them as `npm start` does: the page's strict policy as a header, the project's own
 * plugins (the publish operation among them) at work. Launches Chromium.
 */
export const serveEditor = (outDir: string, data: string): Promise<Served> =>
  serve(outDir, data, { editor: true, headers: STRICT });

/**
 * Serves the page and the editor of the one-article fixture built once for the project (see
 * `setup/build.ts`) as {@link serveEditor} does, and launches Chromium.
 */
export const serveBuiltEditor = (): Promise<Served> => serve(BUILT, undefined, { headers: STRICT });

/**
 * Serves each of several pages built already (by the global setup), and launches one Chromium
 * for them all: `served[i]` is `outDirs[i]`'s (its own `close` does nothing); `close` ends
 * them all.
 */
export async function servePages(
  outDirs: string[],
): Promise<{ served: Served[]; close: () => Promise<void> }> {
  const browser = await launch();
  const servers = await Promise.all(outDirs.map((outDir) => previewOf(outDir)));
  return {
    served: servers.map((server) => ({ origin: originOf(server), browser, close: async () => {} })),
    close: async () => {
      await browser.close();
      await Promise.all(servers.map((server) => server.close()));
    },
  };
}

/**
 * How the tests' `vite preview` servers load the project's Vite configuration: quietly, and
 * through Vite's module runner rather than a bundle of it, whose build prints its plugins'
 * timings when the machine is busy.
 */
export const PREVIEW_CONFIG = { logLevel: 'error', configLoader: 'runner' } as const;

const launch = async (): Promise<Browser> =>
  chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
const previewOf = (outDir: string, headers?: Record<string, string>): Promise<PreviewServer> =>
  preview({
    ...PREVIEW_CONFIG,
    root: ROOT,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', ...(headers ? { headers } : {}) },
  });
const originOf = (server: PreviewServer) =>
  (server.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');

/** Builds from `folder` into `outDir` (unless no folder is given: built already), serves it. */
async function serve(
  outDir: string,
  folder?: string,
  options: { editor?: boolean; headers?: Record<string, string> } = {},
): Promise<Served> {
  if (folder) vite(['build', '--outDir', outDir, '--logLevel', 'error'], folder);
  if (folder && options.editor)
    vite(
      ['build', '-c', 'vite.editor.config.ts', '--outDir', outDir, '--logLevel', 'error'],
      folder,
    );
  const server = await previewOf(outDir, options.headers);
  const origin = originOf(server);
  const browser = await launch();
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new page whose console errors, page errors and Content-Security-Policy violations are
 * collected in `problems`.
 */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return { page, problems };
}

/** A page with every request, console error or warning and page error recorded. */
export interface Watched {
  page: Page;
  requests: string[];
  problems: string[];
}

export async function openPage(
  served: Served,
  path = '/',
  options: BrowserContextOptions & { wait?: boolean } = {},
): Promise<Watched> {
  const { wait = true, ...contextOptions } = options;
  const context = await served.browser.newContext({
    viewport: { width: 1280, height: 900 },
    ...contextOptions,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Closing the page closes its context; at the end the browser may be gone first.
  page.on('close', () => {
    context.close().catch(() => {});
  });
  // The first marker is the page's readiness: waiting for the network to be idle as well cost
  // half a second more per page. Without it (`wait: false`), the network is left to go idle.
  await page.goto(`${served.origin}${path}`, { waitUntil: wait ? 'load' : 'networkidle' });
  if (wait) await page.locator('inspection-map .leaflet-marker-icon').first().waitFor();
  return { page, requests, problems };
}

/** The open popup's text, white space folded. */
export const popupText = (page: Page): Promise<string> =>
  page
    // The popup at its marker, or the bottom sheet on a narrow map.
    .locator('inspection-map .leaflet-popup-content, inspection-map .im-sheet-body')
    .textContent({ timeout: 15_000 })
    .then((t) => (t ?? '').replace(/\s+/g, ' '));
