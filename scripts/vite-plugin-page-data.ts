/**
 * Build-time work for the page, from the one dataset:
 * - the list of visits rendered into the page's HTML (inside `<inspection-map>`, where it reads
 *   before any script runs, and gives way to the element's own list when it upgrades), with the
 *   same render functions the element uses, through Lit's server renderer;
 * - `visits.csv`, one row per sourced item, served in development and emitted in the build.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import Papa from 'papaparse';
import type { Plugin } from 'vite';
import { stringsFor } from '../src/components/strings.js';
import { LIST_PAGE, renderVisitList } from '../src/components/visit-list.js';
import { CSV_COLUMNS, visitsToRows } from '../src/model/csv.js';
import { parseVisits } from '../src/model/load.js';
import { nationalContext } from '../src/model/match.js';
import { renderNationalFigures } from '../src/page/national.js';

/** Where the prerendered list goes in index.html. */
export const LIST_PLACEHOLDER = '<!-- prerendered visit list -->';
/** Where the prerendered national figures go in index.html. */
export const NATIONAL_PLACEHOLDER = '<!-- prerendered national figures -->';
/** The CSV's path in the built site. */
export const CSV_FILE = 'visits.csv';

function load(root: string) {
  const json: unknown = JSON.parse(readFileSync(resolve(root, 'data/visits.geojson'), 'utf8'));
  const data = parseVisits(json);
  if (data.problems.length) {
    throw new Error(`data/visits.geojson: ${data.problems.map((p) => p.message).join('; ')}`);
  }
  return data;
}

/** The visit list as HTML, in date order, in English (the page's default language). */
export function prerenderList(root: string): string {
  const data = load(root);
  const lang = 'en';
  const strings = stringsFor(lang);
  const visits = [...data.visits].sort((a, b) =>
    a.properties.visit.date.localeCompare(b.properties.visit.date),
  );
  const template = renderVisitList(visits, {
    strings,
    lang,
    selected: null,
    limit: Math.max(LIST_PAGE, visits.length),
    showMore: () => {},
    showOnMap: () => {},
    context: (visit) => ({
      strings,
      lang,
      article: data.articles.find((a) => a.id === visit.properties.article),
      national: nationalContext(visit, data.statistics),
    }),
  });
  return collectResultSync(render(template));
}

/** The dataset as CSV text (RFC 4180, with a header row). */
export function visitsCsv(root: string): string {
  // The byte order mark lets spreadsheet programs read the Chinese names as UTF-8.
  const csv = Papa.unparse(visitsToRows(load(root)), {
    columns: [...CSV_COLUMNS],
    newline: '\r\n',
  });
  return `\uFEFF${csv}`;
}

export function pageData(): Plugin {
  let root = process.cwd();
  return {
    name: 'inspection-map:page-data',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml(html) {
      if (!html.includes(LIST_PLACEHOLDER)) return html;
      const national = collectResultSync(render(renderNationalFigures(load(root), 'en')));
      return html
        .replace(LIST_PLACEHOLDER, prerenderList(root))
        .replace(NATIONAL_PLACEHOLDER, national);
    },
    configureServer(server) {
      server.middlewares.use(`/${CSV_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.end(visitsCsv(root));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CSV_FILE, source: visitsCsv(root) });
    },
  };
}
