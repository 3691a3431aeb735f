/**
 * Build-time work for the page, from one dataset folder: `data/` of the repository, or the
 * folder named by the `INSPECTION_MAP_DATA` environment variable (the tests build the page from
 * their fixtures so). The folder holds `visits.geojson`, `collection.json` (the page's own title
 * and introduction) and the articles' kept texts; an article's `file`, `data/articles/<id>.txt`,
 * names a file in the folder's `articles/`. The page is never built from data with problems: a
 * `file` that leads out of `articles/` (or is not a regular file), a text whose SHA-256 is not the
 * recorded one, or a file over its size limit stops the build with the reason. Every read is
 * bounded (`bounded-read.ts`).
 *
 * - `virtual:inspection-map/visits` and `virtual:inspection-map/collection`: the visits file's
 *   text and the collection, for the page script (they ship inside it: no request before the
 *   page can draw);
 * - every region of the page that describes the dataset (title, heading, introduction, figures
 *   by article, sources, credits) and the list of visits, rendered into the HTML through Lit's
 *   server renderer with the very templates the page script and the element use;
 * - `visits.geojson`, `visits.csv` and `articles/<id>.txt`, served in development and emitted
 *   in the build, for the page's open-data links.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import Papa from 'papaparse';
import type { Plugin } from 'vite';
import baseMapTopology from '../data/basemap/basemap.topo.json' with { type: 'json' };
import { cardContext } from '../src/components/card-context.js';
import { stringsFor } from '../src/components/strings.js';
import { LIST_PAGE, renderVisitList } from '../src/components/visit-list.js';
import { MAX_ARTICLE_BYTES } from '../src/draft/input.js';
import { type BaseMapTopology, baseMapFeatures } from '../src/map/basemap-data.js';
import { CSV_COLUMNS, visitsToRows } from '../src/model/csv.js';
import { parseVisits } from '../src/model/load.js';
import { inDateOrder } from '../src/model/order.js';
import { MAX_FILE_BYTES } from '../src/model/read.js';
import type { Article } from '../src/model/schema.js';
import { DEFAULT_COLLECTION, parseCollection } from '../src/page/collection.js';
import { countsIn } from '../src/page/collection-counts.js';
import {
  articleHref,
  CSV_HREF,
  type PageData,
  pageDescription,
  pageTitle,
  REGIONS,
  renderRegion,
  VISITS_HREF,
} from '../src/page/regions.js';
import { ReadError, readArticleFile, readBounded } from './bounded-read.js';

/** Where the prerendered list goes in index.html. */
export const LIST_PLACEHOLDER = '<!-- prerendered visit list -->';
/** Where a region's content goes in index.html: `<!-- page:heading -->`. */
export const regionPlaceholder = (region: string) => `<!-- page:${region} -->`;
/** The page script's modules with the visits file's text and the collection file. */
export const VISITS_MODULE = 'virtual:inspection-map/visits';
export const COLLECTION_MODULE = 'virtual:inspection-map/collection';
/** The environment variable naming another dataset folder. */
export const DATA_ENV = 'INSPECTION_MAP_DATA';

/** A dataset folder, read and checked: a page is never built from data with problems. */
interface Dataset extends PageData {
  visitsText: string;
  collectionJson: unknown;
  /** Article id → its kept text's bytes. */
  articleFiles: Map<string, Buffer>;
}

/** The dataset folder: `INSPECTION_MAP_DATA` if set, else `<root>/data`. */
export const dataFolder = (root: string) => resolve(root, process.env[DATA_ENV] || 'data');

/** A file of the dataset folder, read bounded; the error names the file. */
function readOwn(path: string, maxBytes: number, read = readBounded): Buffer {
  try {
    return read(path, maxBytes);
  } catch (error) {
    if (error instanceof ReadError) throw new Error(`${path}: ${error.message}`);
    throw error;
  }
}

/** Each article's kept text, confined to `<folder>/articles/` and checked against its SHA-256. */
function articleTexts(folder: string, articles: readonly Article[]): Map<string, Buffer> {
  const dir = resolve(folder, 'articles');
  return new Map(
    articles.map((a) => {
      const bytes = readOwn(a.file, MAX_ARTICLE_BYTES, (file, max) =>
        readArticleFile(dir, file, max),
      );
      const digest = createHash('sha256').update(bytes).digest('hex');
      if (digest !== a.sha256)
        throw new Error(
          `${a.file}: the SHA-256 of article ${a.id}'s file is ${digest}, not the recorded ${a.sha256}`,
        );
      return [a.id, bytes] as const;
    }),
  );
}

/** The base map's provinces, which every visit's point must lie in (as the element checks). */
const provinces = () =>
  baseMapFeatures(baseMapTopology as unknown as BaseMapTopology).provinces.features;

export function readDataset(folder: string): Dataset {
  const visitsText = readOwn(resolve(folder, 'visits.geojson'), MAX_FILE_BYTES).toString('utf8');
  const data = parseVisits(JSON.parse(visitsText), { provinces: provinces() });
  if (data.problems.length) {
    throw new Error(`${folder}/visits.geojson: ${data.problems.map((p) => p.message).join('; ')}`);
  }
  const collectionPath = resolve(folder, 'collection.json');
  const collectionJson: unknown = existsSync(collectionPath)
    ? JSON.parse(readOwn(collectionPath, 1_000_000).toString('utf8'))
    : DEFAULT_COLLECTION;
  const articleFiles = articleTexts(folder, data.articles);
  const collection = parseCollection(collectionJson);
  const counts = countsIn(collection);
  if (counts.length) {
    throw new Error(
      `${collectionPath}: states counts (${counts.join('; ')}); the page counts the visits, sites and articles from the data: remove them`,
    );
  }
  return {
    data,
    collection,
    visitsText,
    collectionJson,
    articleFiles,
  };
}

/**
 * What only the defined element uses, left out of the static HTML: the parts it styles, the ids
 * and offsets its code reads, the list's "Show on map" buttons (hidden until it is defined, and
 * without a script there is no map) and a list entry's `aria-current="false"`.
 */
const ELEMENT_ONLY = [
  / (?:part|data-(?:list|quote|statistic)-id|data-start|data-end)="[^"]*"/g,
  / aria-current="false"/g,
  /<button class="show-on-map"[^>]*>.*?<\/button>/g,
];

/**
 * A template as static HTML: Lit's server rendering marks every part for hydration
 * (`<!--lit-part …-->`, `<!--lit-node …-->`, `<?>`), and the page never hydrates (it renders a
 * language afresh), so the marks go: they were half the page's HTML (1.2 KiB of its 6.2 gzipped).
 * So do {@link ELEMENT_ONLY} and the templates' indentation (runs of whitespace read as one
 * space). Text from data is escaped, so no mark, attribute or button can come from it.
 */
function staticHtml(template: unknown): string {
  let out = collectResultSync(render(template))
    .replace(/<!--\/?lit-(?:part|node)\b[^>]*-->|<\?>/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ (?=\/?>)/g, '');
  for (const pattern of ELEMENT_ONLY) out = out.replace(pattern, '');
  return out;
}

/** The visit list as HTML, in date order, in English (the page's default language). */
export function prerenderList({ data }: PageData): string {
  const lang = 'en';
  const strings = stringsFor(lang);
  const visits = inDateOrder(data.visits);
  const template = renderVisitList(visits, {
    strings,
    lang,
    selected: null,
    limit: Math.max(LIST_PAGE, visits.length),
    showMore: () => {},
    showOnMap: () => {},
    context: (visit) => cardContext(visit, lang, data),
  });
  return staticHtml(template);
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** index.html with every placeholder filled, in English. */
export function prerenderPage(html: string, page: PageData): string {
  let out = html
    .replace('__PAGE_TITLE__', escapeHtml(pageTitle(page, 'en')))
    .replace('__PAGE_DESCRIPTION__', escapeHtml(pageDescription(page, 'en')))
    .replace(LIST_PLACEHOLDER, prerenderList(page));
  for (const region of REGIONS) {
    const content = staticHtml(renderRegion(region, page, 'en'));
    out = out.replace(regionPlaceholder(region), content);
  }
  // The page's own indentation, as the templates' (no element of the page keeps whitespace).
  return out.replace(/\s+/g, ' ');
}

/** The dataset as CSV text (RFC 4180, with a header row). */
export function visitsCsv({ data }: PageData): string {
  // The byte order mark lets spreadsheet programs read the Chinese names as UTF-8.
  const csv = Papa.unparse(visitsToRows(data), { columns: [...CSV_COLUMNS], newline: '\r\n' });
  return `\uFEFF${csv}`;
}

/** The open-data files: path in the site → content. */
function openData(d: Dataset): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>([
    [VISITS_HREF, d.visitsText],
    [CSV_HREF, visitsCsv(d)],
  ]);
  for (const a of d.data.articles) files.set(articleHref(a), d.articleFiles.get(a.id) as Buffer);
  return files;
}

const TYPES: Record<string, string> = {
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export function pageData(): Plugin {
  let root = process.cwd();
  const modules = [VISITS_MODULE, COLLECTION_MODULE];
  const dataset = () => readDataset(dataFolder(root));
  return {
    name: 'inspection-map:page-data',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return modules.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${VISITS_MODULE}`) {
        // The visits as checked here (the page's element takes them without checking again).
        const { articles, statistics, visits, quotes } = dataset().data;
        const checked = JSON.stringify({ articles, statistics, visits, quotes });
        return `export const visitsText = ${JSON.stringify(checked)};`;
      }
      if (id === `\0${COLLECTION_MODULE}`) {
        return `export const collection = ${JSON.stringify(dataset().collectionJson)};`;
      }
      return undefined;
    },
    transformIndexHtml(html) {
      if (html.includes(LIST_PLACEHOLDER)) return prerenderPage(html, dataset());
      // The editor asks for the visits file only where its page links it (a new project has none).
      return html.includes('<editor-app') && existsSync(resolve(dataFolder(root), 'visits.geojson'))
        ? html.replace(
            '</head>',
            '<link rel="alternate" type="application/geo+json" href="visits.geojson" />\n</head>',
          )
        : html;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\//, '');
        const file = /^(visits\.(geojson|csv)|articles\/[\w-]+\.txt)$/.test(path)
          ? openData(dataset()).get(path)
          : undefined;
        if (file === undefined) return next();
        res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'text/plain');
        res.end(file);
      });
    },
    generateBundle() {
      for (const [fileName, source] of openData(dataset())) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}
