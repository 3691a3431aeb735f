/**
 * Drafts every article of the curated dataset and compares the draft with the curated visits:
 * recall and precision per kind (visits, dates, quotes, quote speakers, figures, attachments).
 *
 * Usage: npm run draft:eval [-- FILE]   (default data/visits.geojson)
 *
 * Matching rules, printed with the table:
 * - a visit matches a curated visit in the same city and province (one to one, in order);
 * - a date is correct when the drafted date's span contains the curated day and its precision
 *   equals the curated `articlePrecision` (the curated days come from corroborating reports);
 * - a quote matches at the same offsets and of the same kind; a figure at the same passage
 *   offsets with the same figure wording;
 * - an attachment is correct when a matched quote or figure sits on the drafted visit matched
 *   to its curated visit (precision over the drafted items attached to a visit).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Collection, compareDrafts } from './draft-compare.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? 'data/visits.geojson';

const curated = JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as Collection;
const { rows, misses } = compareDrafts(curated, (path) =>
  readFileSync(resolve(ROOT, path), 'utf8'),
);

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(0)}%`);
const table = [
  '| kind | curated | drafted | matched | recall | precision |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...[...rows].map(
    ([k, r]) =>
      `| ${k} | ${r.curated} | ${r.drafted} | ${r.matched} | ${pct(r.matched, r.curated)} | ${pct(r.matched, r.drafted)} |`,
  ),
];
console.log(
  `Draft against ${file} (${curated.articles.length} article${curated.articles.length === 1 ? '' : 's'})\n`,
);
console.log(table.join('\n'));
console.log(
  '\nA drafted date counts as correct when its span contains the curated day and its precision equals the curated articlePrecision: the curated days come from corroborating reports, the draft keeps only what the article gives.',
);
if (misses.length) console.log(`\nDifferences:\n${misses.map((m) => `- ${m}`).join('\n')}`);
