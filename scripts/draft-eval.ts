/**
 * Scores the draft engine: drafts every article of the test corpus (`test/fixtures/corpus/`,
 * articles of our own in the shapes of real reports, each with its gold annotation) and prints,
 * per kind, recall and precision over the whole corpus; or drafts the articles of a curated
 * visits file and compares with it.
 *
 * Usage:
 *   npm run draft:eval                       the corpus table, totals over every article
 *   npm run draft:eval -- --articles         and one line per article (recall of visits, quotes, ...)
 *   npm run draft:eval -- --misses [SLUG]    and every difference (of one article with SLUG)
 *   npm run draft:eval -- --curated [FILE]   against a curated visits file (default data/visits.geojson)
 *
 * The matching rules are in scripts/corpus-compare.ts and are printed under the table.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KINDS, precision, type Row, recall, scoreCorpus } from './corpus-compare.js';
import { readCorpus } from './corpus-gold.js';
import { type Collection, compareDrafts } from './draft-compare.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    curated: { type: 'boolean' },
    articles: { type: 'boolean' },
    misses: { type: 'boolean' },
  },
});
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;

if (values.curated) {
  const file = positionals[0] ?? 'data/visits.geojson';
  const curated = JSON.parse(readFileSync(resolve(ROOT, file), 'utf8')) as Collection;
  const { rows, misses } = compareDrafts(curated, (path) =>
    readFileSync(resolve(ROOT, path), 'utf8'),
  );
  const ratio = (a: number, b: number) => (b === 0 ? '—' : pct(a / b));
  console.log(`Draft against ${file} (${curated.articles.length} articles)\n`);
  console.log('| kind | curated | drafted | matched | recall | precision |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [k, r] of rows)
    console.log(
      `| ${k} | ${r.curated} | ${r.drafted} | ${r.matched} | ${ratio(r.matched, r.curated)} | ${ratio(r.matched, r.drafted)} |`,
    );
  if (misses.length) console.log(`\nDifferences:\n${misses.map((m) => `- ${m}`).join('\n')}`);
} else {
  const only = positionals[0];
  const corpus = readCorpus(resolve(ROOT, 'test/fixtures/corpus'));
  const { scores, total } = scoreCorpus(corpus);
  const ms = scores.map((s) => s.ms);
  console.log(
    `Draft engine on the test corpus: ${corpus.length} articles, ${Math.round(ms.reduce((a, b) => a + b, 0))} ms in all, slowest ${Math.round(Math.max(0, ...ms))} ms\n`,
  );
  console.log('| kind | gold | drafted | matched | recall | precision |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  const line = (k: string, r: Row) =>
    `| ${k} | ${r.gold} | ${r.drafted} | ${r.matched} | ${pct(recall(r))} | ${pct(precision(r))} |`;
  for (const k of KINDS) {
    const r = total.get(k) as Row;
    console.log(
      k === 'visits for names not visited' ? `| ${k} | — | ${r.drafted} | — | — | — |` : line(k, r),
    );
  }
  if (values.articles) {
    const cols = [
      'visits (place)',
      'visits (place and date)',
      'direct quotes',
      'reported statements',
      'figures',
    ] as const;
    console.log(`\n| article | ${cols.map((c) => `${c} r/p`).join(' | ')} |`);
    console.log(`| --- |${cols.map(() => ' ---: |').join('')}`);
    for (const s of scores)
      console.log(
        `| ${s.slug} | ${cols
          .map((c) => {
            const r = s.rows.get(c) as Row;
            return `${r.matched}/${r.gold} ${pct(recall(r))}/${pct(precision(r))}`;
          })
          .join(' | ')} |`,
      );
  }
  const errors = scores.flatMap((s) => s.errors.map((e) => `${s.slug}: ${e}`));
  if (errors.length)
    console.log(`\nGold annotations to fix:\n${errors.map((e) => `- ${e}`).join('\n')}`);
  if (values.misses)
    for (const s of scores.filter((x) => !only || x.slug === only))
      if (s.misses.length) console.log(`\n${s.slug}:\n${s.misses.map((m) => `- ${m}`).join('\n')}`);
  console.log(
    "\nA visit matches a gold one in its province and, at the gold precision, its city or county; its date when it is the gold day (a range: a day inside it, or the ISO week, else the month, that holds it). Quotes and statements match at their exact offsets (a comma closing a part, and final stops, aside); a figure when its wording covers the gold figure's number; measure and scope when the gold measure's words are in the drafted one and the scope and area are the same.",
  );
}
