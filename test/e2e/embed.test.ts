/**
 * The library build as an embedder gets it: `lib/inspection-map.js` alone, in the plain HTML
 * example page (served by `vite preview`, in real Chromium, under the page's strict
 * Content-Security-Policy), in an empty page, in Node, and to a TypeScript consumer.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import ts from 'typescript';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { VISITS_FILE_NAME } from '../../src/model/paths.js';
import { LIB_FILE } from '../../vite.lib.config.js';
import { fixtureJson, ROOT } from '../helpers.js';
import { PREVIEW_CONFIG } from './server.js';
import { BUILT } from './setup/build.js';

// The library build made once for the project (see `setup/build.ts`), as `npm run build` makes it.
const OUT = BUILT;
const LIB = resolve(ROOT, OUT, LIB_FILE);
/**
 * The visits the example shows: the build's dataset is the `one-article` fixture
 * (`setup/build.ts`), whatever the project's own data holds.
 */
const FIXTURE = fixtureJson('one-article') as {
  features: {
    id: string;
    properties: { name: { en: string }; place: { province: { en: string } } };
  }[];
};
const VISITS = FIXTURE.features.length;
const PROVINCES = new Set(FIXTURE.features.map((f) => f.properties.place.province.en)).size;
const nameOf = (id: string) => FIXTURE.features.find((f) => f.id === id)?.properties.name.en;
/** The visit the example's themed map opens, by its `selected` attribute. */
const THEMED_SELECTED = /selected="([^"]+)"/.exec(
  readFileSync(resolve(ROOT, 'examples/embed.html'), 'utf8'),
)?.[1] as string;
const EXAMPLE_VISITS = `/examples/${VISITS_FILE_NAME}`;
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT }).toString();

let server: PreviewServer;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  server = await preview({
    root: ROOT,
    ...PREVIEW_CONFIG,
    build: { outDir: OUT },
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

/** A page that records its requests, console errors and warnings, and CSP violations. */
async function watch(width = 1280, height = 900): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url().replace(origin, '')));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  return { page, requests, problems };
}

const count = (page: Page, selector: string) => page.locator(selector).count();

describe('the embedding example', () => {
  it('loads only the built module and its data, and draws both maps fully', async () => {
    const { page, requests, problems } = await watch();
    await page.goto(`${origin}/examples/embed.html`, { waitUntil: 'networkidle' });
    for (const id of ['#basic', '#themed']) {
      await page
        .locator(`${id} .leaflet-marker-icon`)
        .nth(VISITS - 1)
        .waitFor();
      await expect(count(page, `${id} .leaflet-marker-icon`)).resolves.toBe(VISITS);
      await expect(count(page, `${id} .leaflet-marker-icon svg path.im-pin-body`)).resolves.toBe(
        VISITS,
      );
      await expect(count(page, `${id} path.im-province`)).resolves.toBe(32);
      await expect(count(page, `${id} path.im-province--visited`)).resolves.toBe(PROVINCES);
      await expect(page.locator(`${id} .im-credits`).textContent()).resolves.toContain(
        'Made with Natural Earth',
      );
    }
    // The themed map opened the visit its `selected` attribute names.
    await expect(page.locator('#themed .leaflet-popup .card-title').textContent()).resolves.toBe(
      nameOf(THEMED_SELECTED),
    );
    await expect(count(page, '#basic .leaflet-popup')).resolves.toBe(0);
    expect([...new Set(requests)].sort()).toEqual([
      '/examples/embed.css',
      '/examples/embed.html',
      EXAMPLE_VISITS,
      '/lib/inspection-map.js',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the one-script-tag snippet it uses', async () => {
    const { page } = await watch();
    await page.goto(`${origin}/examples/embed.html`);
    await expect(page.locator('#snippet').textContent()).resolves.toBe(
      '<script type="module" src="inspection-map.js"></script>\n' +
        `<inspection-map src="${VISITS_FILE_NAME}"></inspection-map>`,
    );
    await page.close();
  });

  it('opens popups by mouse and keyboard, each map on its own', async () => {
    const { page, problems } = await watch();
    await page.goto(`${origin}/examples/embed.html`, { waitUntil: 'networkidle' });
    const marker = (map: string, id: string) =>
      page.locator(`${map} .leaflet-marker-icon[data-visit-id="${id}"]`);
    // Two visits other than the themed map's, one by mouse and one by keyboard.
    const [clicked, keyed] = FIXTURE.features
      .map((f) => f.id)
      .filter((id) => id !== THEMED_SELECTED);
    if (!clicked || !keyed) throw new Error('the fixture needs three visits');
    await marker('#basic', clicked).click();
    await expect(page.locator('#basic .leaflet-popup .card-title').textContent()).resolves.toBe(
      nameOf(clicked),
    );
    await marker('#basic', keyed).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#basic .leaflet-popup .card-title').textContent()).resolves.toBe(
      nameOf(keyed),
    );
    await expect(page.locator('#themed .leaflet-popup .card-title').textContent()).resolves.toBe(
      nameOf(THEMED_SELECTED),
    );
    await expect(page.locator('#basic').getAttribute('selected')).resolves.toBe(keyed);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fits a phone 375 px wide without sideways scrolling of the maps', async () => {
    const { page, problems } = await watch(375, 812);
    await page.goto(`${origin}/examples/embed.html`, { waitUntil: 'networkidle' });
    await page
      .locator('#basic .leaflet-marker-icon')
      .nth(VISITS - 1)
      .waitFor();
    const boxes = await page.$$eval('inspection-map', (maps) =>
      maps.map((m) => m.getBoundingClientRect().right),
    );
    expect(boxes.every((right) => right <= 375)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the built module', () => {
  it('adds nothing to a page but the element (and Lit’s version marks)', async () => {
    const { page, requests, problems } = await watch();
    await page.route(`${origin}/blank.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Blank</title>' }),
    );
    await page.goto(`${origin}/blank.html`);
    const snapshot = () =>
      page.evaluate(() => ({
        globals: Object.getOwnPropertyNames(window),
        head: document.head.innerHTML,
        sheets: document.styleSheets.length + document.adoptedStyleSheets.length,
        html: document.documentElement.outerHTML.length,
      }));
    const before = await snapshot();
    // A string, so that the test runner does not rewrite the import.
    await page.evaluate(`import('/lib/inspection-map.js').then(() => {
      const map = document.createElement('inspection-map');
      map.src = ${JSON.stringify(EXAMPLE_VISITS)};
      document.body.append(map);
    })`);
    await page
      .locator('inspection-map .leaflet-marker-icon')
      .nth(VISITS - 1)
      .waitFor();
    const after = await snapshot();
    expect(after.globals.filter((g) => !before.globals.includes(g)).sort()).toEqual([
      'litElementVersions',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ]);
    expect(after.head).toBe(before.head);
    expect(after.sheets).toBe(before.sheets);
    await expect(page.evaluate(() => 'L' in window)).resolves.toBe(false);
    expect(requests.filter((r) => r !== '/blank.html').sort()).toEqual([
      EXAMPLE_VISITS,
      '/lib/inspection-map.js',
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('imports in Node, where there is no window, and defines nothing there', () => {
    const script = `
      const before = new Set(Object.getOwnPropertyNames(globalThis));
      const entry = await import(${JSON.stringify(pathToFileURL(LIB).href)});
      const added = Object.getOwnPropertyNames(globalThis).filter((n) => !before.has(n));
      console.log(JSON.stringify({ exports: Object.keys(entry), added, window: typeof window }));
    `;
    const result = JSON.parse(node(['--input-type=module', '-e', script]));
    expect(result).toEqual({ exports: [], added: [], window: 'undefined' });
  });

  it('is one file that imports nothing, with Leaflet’s innerHTML test rewritten', () => {
    const code = readFileSync(LIB, 'utf8');
    // Not one `import`, static or dynamic: the requests the page tests see are all there is.
    // `import.meta.url` only finds the clustering worker, a file beside the module.
    expect(code.match(/import\.meta\.url/g)).toHaveLength(1);
    expect(code.replace(/import\.meta\.url/g, '').match(/\bimport\b/g)).toBeNull();
    const worker = code.match(/new URL\(`(cluster-worker-[\w-]+\.js)`,import\.meta\.url\)/)?.[1];
    expect(worker).toBeDefined();
    expect(readFileSync(resolve(dirname(LIB), worker ?? ''), 'utf8')).toContain('postMessage');
    expect(code).not.toContain('innerHTML=`<svg/>`');
  });
});

describe('the package', () => {
  it('gives TypeScript consumers its types through "exports"', () => {
    const { checked, problems } = checkConsumer();
    // The package's name resolved to the emitted declarations, not to the sources.
    expect(checked).toContain('dist/types/index.d.ts');
    expect(checked.filter((f) => f.startsWith('src/'))).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});

/**
 * Emits the declarations as `npm run build` does (without type-checking the sources again:
 * `npm run typecheck` does), then type-checks the consumer fixture against them through the
 * package's name and its "exports": the consumer and every emitted declaration file, each
 * checked in full. The declarations of Lit, Leaflet and the DOM they lean on are read but not
 * checked themselves (their packages' business; checking them all took four fifths of the time).
 * In this process, not two `tsc` processes. Returns the files checked and the problems found,
 * each as `file: message`, paths relative to the repository.
 */
function checkConsumer(): { checked: string[]; problems: string[] } {
  const read = (file: string, extra: ts.CompilerOptions = {}) => {
    const parsed = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, file), extra, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    });
    if (!parsed) throw new Error(`${file} could not be read`);
    return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  };
  const types = read('tsconfig.types.json', { noCheck: true });
  const emitted = types.emit();
  const consumer = read('test/fixtures/consumer/tsconfig.json');
  const ours = (sf: ts.SourceFile) =>
    !sf.fileName.includes('/node_modules/') && !consumer.isSourceFileDefaultLibrary(sf);
  const checked = consumer.getSourceFiles().filter(ours);
  const problems = [
    ...types.getOptionsDiagnostics(),
    ...emitted.diagnostics,
    ...consumer.getOptionsDiagnostics(),
    ...consumer.getGlobalDiagnostics(),
    ...consumer.getSyntacticDiagnostics(),
    ...checked.flatMap((sf) => consumer.getSemanticDiagnostics(sf)),
  ];
  const name = (sf?: ts.SourceFile) => (sf ? relative(ROOT, sf.fileName) : 'options');
  return {
    checked: checked.map(name),
    problems: problems.map(
      (d) => `${name(d.file)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
    ),
  };
}
