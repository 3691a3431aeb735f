/**
 * Size budgets: the production build (see `setup/build.ts`), weighed gzip (level 9) per group
 * of files, fails when a group grows past its limit. Limits are the sizes measured by `npm run bench` (bench/size.mjs)
 * plus a small margin; raise one only with a reason in the commit message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { BUILT } from './setup/build.js';

/** The production builds of the page and the library, made once for the project. */
const OUT = BUILT;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** One budget: the files it weighs (paths inside the build) and its limit in gzip bytes. */
interface Budget {
  name: string;
  files: (manifest: Manifest, all: string[]) => string[];
  limit: number;
}

/** The files a page of a few visits loads: the entry, what it imports, and the map chunk. */
function pageFiles(manifest: Manifest): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    // Clustering loads only for maps with many visits (it has a budget of its own below), the
    // fetching code only for a `src`, the checking code only for visits not checked when the
    // page was built, the search's matcher once the search box is used, tile layers only for
    // `tiles`, the popup when a visit first opens, the page's and the element's texts in
    // another language only when a reader asks for it.
    if (
      !chunk ||
      files.has(chunk.file) ||
      /cluster|fetch-visits|model\/(load|search)|tile-layer|visit-popup|page\/language|strings-zh/.test(
        key,
      )
    )
      return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const k of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(k);
  };
  visit('index.html');
  return [...files];
}

const BUDGETS: Budget[] = [
  {
    name: 'page: the JS, CSS and data a page of three visits loads',
    files: (manifest) => pageFiles(manifest),
    // 98.6 KB measured with the filters by leader, province and industry (faceted counts,
    // indexed in slices for large inputs), the search box and its matcher, and who made each
    // visit in the cards: 5.2 KB over 93.4 KB. Then 101.2 KB (2.0 KB) with the view's return
    // after a popup, the folding credits and the map-first layout of a sized host. Then 101.9 KB
    // (0.8 KB) with a visit told by several reports (the reports listed with links to their
    // kept texts, each quote, figure and passage naming its own). Then 95.7 KB (6.2 KB less):
    // the page's visits checked when it is built, so the checking code (the schema, valibot,
    // the province check) stays out of it, and the search's matcher loaded when the search box
    // is first used; then 92.8 KB (2.9 KB less), valibot no longer pulled in by the problem a
    // page without the checking code can still report; then 89.9 KB (2.9 KB less), the base
    // map's arcs packed into a string (src/map/packed-arcs.ts); then 88.1 KB (1.8 KB less), the
    // interface text in Chinese loaded only for a Chinese page or element; then 87.2 KB (0.8 KB
    // less), without Leaflet's VML renderer and marker dragging, which never run; then 87.8 KB
    // (0.2 KB more): `show(id)` keeps a choice made before the markers are drawn, and the
    // element's notices and frame are modules of their own; then 87.1 KB (0.7 KB less) with a
    // plain import() for the lazy chunks instead of Vite's preload helper; then 87.2 KB with a
    // one-report visit's source linked to the original; then 87.3 KB with the bottom sheet
    // brought up into the screen; then 87.4 KB with the element's load events, tile options,
    // relabelling and list reveal moved into the modules they concern (the same code, 0.1 KB
    // more gzipped in other places); then 85.8 KB (1.6 KB less) with the CSS and HTML inside the
    // Lit templates minified at build time (scripts/vite-plugin-templates.ts); then 81.3 KB
    // (4.5 KB less) with the popup's code (visit-popup.ts, Leaflet's popup) loaded when a
    // visit first opens and the base map drawn as polygons without Leaflet's GeoJSON layer;
    // then 81.6 KB with the layout of a 320×240 box (toolbar scrolling, map kept in sight) and
    // a figure's conversion read more strictly; then 81.8 KB with a notice and a cleared
    // selection when the popup's code fails to load; then 81.9 KB with each field from data in an isolated element (a direction control in one never turns the next).
    limit: 82_000,
  },
  {
    name: 'clustering: cluster layer and worker, loaded only for many visits',
    files: (_manifest, all) =>
      all.filter((f) => /^assets\/cluster-(layer|worker)-[\w-]+\.js$/.test(f)),
    // 7.6 KB measured with exact counts beside the selected visit and visits at one point
    // fanned out (0.3 KB).
    limit: 7_800,
  },
  {
    name: 'embeddable module: dist/lib/inspection-map.js, everything inside',
    files: (_manifest, all) => all.filter((f) => f === 'lib/inspection-map.js'),
    // 107.5 KB measured: 102.5 KB with the sized host, the bottom sheet, the card's disclosure,
    // visits fanned out at one point, the tile probe and the selection and keyboard fixes; then
    // 5.1 KB for the filters by leader, province and industry (faceted counts, indexing in
    // slices), the search box and its matcher, filters in the deep link, and who made each visit;
    // then 109.9 KB (1.7 KB) with the view's return, the folding credits and the map-first layout;
    // then 110.7 KB (0.8 KB) with a visit told by several reports (the reports listed with links
    // to their kept texts, each quote, figure and passage naming its own); then 110.9 KB with the checking code and the search's matcher as modules loaded on demand;
    // then 108.0 KB with the base map's arcs packed; then 107.2 KB without Leaflet's VML
    // renderer and marker dragging; then 107.6 KB with show(id)'s waiting choice and a quote
    // shown with all its parts; then 107.8 KB with the Chinese names of every industry (the
    // module carries the Chinese interface text inside); then 107.9 KB with the date formatter
    // made while the page is idle and checking that waits for the markers' frame; then a
    // one-report visit's source linked to the original; then 108.1 KB with the element's load
    // events, tile options, relabelling and list reveal moved into the modules they concern;
    // then 106.5 KB with the templates' CSS and HTML minified; then 105.4 KB with the base map
    // drawn as polygons without Leaflet's GeoJSON layer; then 105.8 KB with the layout of a
    // 320×240 box; then 106.1 KB with the notice when the popup's code fails to load.
    limit: 106_140,
  },
];

let manifest: Manifest;
let all: string[];
const gzipOf = (file: string) =>
  gzipSync(readFileSync(resolve(ROOT, OUT, file)), { level: 9 }).length;

beforeAll(() => {
  manifest = JSON.parse(readFileSync(resolve(ROOT, OUT, '.vite/manifest.json'), 'utf8'));
  all = ['assets', 'lib'].flatMap((dir) =>
    readdirSync(resolve(ROOT, OUT, dir)).map((f) => `${dir}/${f}`),
  );
});

describe('size budgets (gzip)', () => {
  for (const budget of BUDGETS) {
    it(`${budget.name}: at most ${(budget.limit / 1024).toFixed(1)} KiB`, () => {
      const files = budget.files(manifest, all);
      expect(files.length).toBeGreaterThan(0);
      const sizes = Object.fromEntries(files.map((f) => [f, gzipOf(f)]));
      const total = Object.values(sizes).reduce((a, b) => a + b, 0);
      expect(total, `gzip bytes of ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(budget.limit);
    });
  }

  it('keeps the clustering code out of the page of a few visits', () => {
    const page = pageFiles(manifest);
    expect(page.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    for (const file of page.filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(resolve(ROOT, OUT, file), 'utf8')).not.toContain(
        'getClusterExpansionZoom',
      );
    }
  });

  it('keeps the checking code out of the page, whose visits were checked when it was built', () => {
    const js = pageFiles(manifest).filter((f) => f.endsWith('.js'));
    const code = js.map((f) => readFileSync(resolve(ROOT, OUT, f), 'utf8')).join('\n');
    // The province check's message, a record check's requirement and valibot's own message, as
    // they stand in built code.
    expect(code).not.toContain('in no province of the base map');
    expect(code).not.toContain('a day that exists in the calendar');
    expect(code).not.toMatch(/Invalid \$\{\w+\}: /);
    // Still in the library module, which checks whatever it is given.
    const lib = readFileSync(resolve(ROOT, OUT, 'lib/inspection-map.js'), 'utf8');
    expect(lib).toContain('in no province of the base map');
    expect(lib).toMatch(/Invalid \$\{\w+\}: /);
  });

  it('leaves out the Leaflet modules the map never runs: VML and marker dragging', () => {
    const read = (f: string) => readFileSync(resolve(ROOT, OUT, f), 'utf8');
    const page = pageFiles(manifest)
      .filter((f) => f.endsWith('.js'))
      .map(read)
      .join('\n');
    for (const code of [page, read('lib/inspection-map.js')]) {
      // Popups and the SVG renderer are there; VML's namespace and the marker drag handler not.
      expect(code).toContain('leaflet-popup-content');
      expect(code).toContain('http://www.w3.org/2000/svg');
      expect(code).not.toContain('schemas-microsoft-com:vml');
      expect(code).not.toContain('_panRequest');
    }
  });

  it('keeps the popup out of the page until a visit first opens', () => {
    const read = (f: string) => readFileSync(resolve(ROOT, OUT, f), 'utf8');
    const page = pageFiles(manifest)
      .filter((f) => f.endsWith('.js'))
      .map(read)
      .join('\n');
    // Leaflet's popup lays itself out and pans the map into view with this method.
    expect(page).not.toContain('_adjustPan');
    const popup = manifest['src/map/visit-popup.ts']?.file ?? '';
    expect(read(popup)).toContain('_adjustPan');
    expect(read('lib/inspection-map.js')).toContain('_adjustPan');
  });

  it('keeps the interface text in Chinese out of the page until a reader asks for it', () => {
    const js = pageFiles(manifest).filter((f) => f.endsWith('.js'));
    const code = js.map((f) => readFileSync(resolve(ROOT, OUT, f), 'utf8')).join('\n');
    // The map's label and the filters' button, in English and in Chinese.
    expect(code).toContain('Map of inspection visits');
    expect(code).not.toContain('视察地点地图');
    expect(code).not.toContain('筛选');
    const chinese = manifest['src/components/strings-zh.ts']?.file ?? '';
    expect(readFileSync(resolve(ROOT, OUT, chinese), 'utf8')).toContain('视察地点地图');
  });

  it('keeps the editor and the draft engine out of the page and the library module', () => {
    const sources = Object.entries(manifest)
      .filter(([, chunk]) => pageFiles(manifest).includes(chunk.file))
      .map(([key]) => key);
    expect(sources.filter((k) => /src\/(editor|draft)\//.test(k))).toEqual([]);
    const shipped = [
      ...pageFiles(manifest).filter((f) => f.endsWith('.js')),
      'lib/inspection-map.js',
    ];
    for (const file of shipped) {
      const code = readFileSync(resolve(ROOT, OUT, file), 'utf8');
      // The editor's element and the engine's error, as they stand in built code.
      expect(code).not.toContain('editor-app');
      expect(code).not.toContain('DraftInputError');
    }
  });
});
