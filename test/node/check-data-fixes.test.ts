/**
 * `npm run check-data` helps fix what it finds: a passage that moved or was counted in bytes is
 * found and named by its id; a repeated article, a missing article, a changed article file are
 * named with both records, and the good records are still checked; review notes are reported.
 * Run from the command line on copies of the two-article fixture dataset.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataCommand, FIXTURES } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;

const FIXTURE = resolve(FIXTURES, 'two-articles');
const ARTICLE = '000_dd285a5d4eecb2d0';
const text = readFileSync(resolve(FIXTURE, 'data/articles', `${ARTICLE}.txt`), 'utf8');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** A copy of the fixture dataset with its visits file changed; returns the folder. */
function dataset(change: (d: Json) => void, name = 'visits.geojson'): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-data-fixes-'));
  cpSync(FIXTURE, dir, { recursive: true });
  const d = JSON.parse(readFileSync(join(FIXTURE, 'data/visits.geojson'), 'utf8'));
  change(d);
  writeFileSync(join(dir, 'data', name), JSON.stringify(d));
  return dir;
}

/** Runs the checker as `npm run check-data` does from `cwd`, with no argument, in this process. */
async function checkData(cwd: string) {
  const { status, lines } = await checkDataCommand(cwd);
  return { status, lines };
}

const quoteOf = (d: Json) => d.features[0].properties.quotes[0];

// Each test runs the command in this process (its run as a process: check-data.test.ts).
describe('npm run check-data, helping to fix', { timeout: 30_000 }, () => {
  it('says that offsets counted in UTF-8 bytes look like byte offsets, and where the text stands', async () => {
    const toBytes = (p: { start: number; end: number }) => {
      [p.start, p.end] = [bytes(text.slice(0, p.start)), bytes(text.slice(0, p.end))];
    };
    const run = await checkData(
      dataset((d) => {
        toBytes(quoteOf(d));
        toBytes(d.statistics[0].passage);
      }),
    );
    // The quote holds an ellipsis (one UTF-16 code unit, three bytes), so its byte span is longer
    // than its text; the figure's text is ASCII, but quotation marks before it are three bytes.
    const units = 'offsets count UTF-16 code units, as JavaScript does';
    expect(run.lines.slice(0, 2)).toEqual([
      `data/visits.geojson: luoyang-bearing-2025-05-19: properties.quotes.0: expected end - start equal to the length of text, got start 302 and end 402 (100 characters) around a text of 98 (quote luoyang-real-economy: ${units}); its text stands at 300–398: 302–402 look like UTF-8 byte offsets`,
      expect.stringMatching(
        /^data\/visits\.geojson: traditional-industries-share-of-manufacturing: passage: figure traditional-industries-share-of-manufacturing is not at (\d+)–(\d+) \(offsets count UTF-16 code units, as JavaScript does\): .*; its text stands at 710–894: \1–\2 look like UTF-8 byte offsets$/,
      ),
    ]);
    expect(run.status).toBe(1);
  });

  it('says when a passage is nowhere in the article', async () => {
    const run = await checkData(
      dataset((d) => {
        const s = d.statistics[3];
        s.passage.text = `${s.passage.text.slice(0, -1)}!`;
      }),
    );
    expect(run.lines[0]).toMatch(
      /^data\/visits\.geojson: coastal-container-throughput-2024: passage: figure coastal-container-throughput-2024 is not at \d+–\d+ \(offsets count UTF-16 code units, as JavaScript does\): .*; its text does not occur in article 001_ad39a1426cd64d69$/,
    );
  });

  it('names both articles of a repeated id, and still checks the good records', async () => {
    const run = await checkData(
      dataset((d) => {
        d.articles.push({ ...d.articles[1], title: 'A copy' });
        quoteOf(d).start += 1;
        quoteOf(d).end += 1;
      }),
    );
    expect(run.lines).toEqual([
      'data/visits.geojson: 001_ad39a1426cd64d69: id: expected an id not used by an earlier record, got "001_ad39a1426cd64d69" (articles[2]; articles[1] has it too)',
      expect.stringMatching(
        /^data\/visits\.geojson: luoyang-bearing-2025-05-19: properties\.quotes\.0: quote luoyang-real-economy is not at 301–399 .*; its text stands at 300–398$/,
      ),
      'data/visits.geojson: 3 articles, 4 visits, 4 figures outside visits: 2 problems',
    ]);
  });

  it('names a visit and the article it cites that is not there, and keeps checking the others', async () => {
    const run = await checkData(
      dataset((d) => {
        d.features[3].properties.article = '002_missing';
      }),
    );
    expect(run.lines).toEqual([
      'data/visits.geojson: dalian-crane-works-2025-06-10: properties.article: expected the id of a valid article in "articles", got "002_missing", which is not in "articles"',
      'data/visits.geojson: 2 articles, 4 visits, 4 figures outside visits: 1 problem',
    ]);
  });

  it('names the article and its file when the file is not the text the offsets were counted in', async () => {
    const dir = dataset(() => {});
    writeFileSync(join(dir, 'data/articles', `${ARTICLE}.txt`), `${text} `);
    const run = await checkData(dir);
    expect(run.lines[0]).toMatch(
      /^data\/visits\.geojson: 000_dd285a5d4eecb2d0: sha256: expected the SHA-256 of data\/articles\/000_dd285a5d4eecb2d0\.txt, [0-9a-f]{64}, got "2e19be4a/,
    );
    expect(run.lines.at(-1)).toBe(
      'data/visits.geojson: 2 articles, 4 visits, 4 figures outside visits: 1 problem',
    );
  });

  it('reports each review note as a problem', async () => {
    const run = await checkData(
      dataset((d) => {
        d.features[3].properties.review = ['two places named Luoyang'];
        quoteOf(d).review = ['speaker not named'];
        d.statistics[0].review = ['period only to the year'];
      }),
    );
    expect(run.lines).toEqual([
      'data/visits.geojson: traditional-industries-share-of-manufacturing: review: marked for review: period only to the year',
      'data/visits.geojson: luoyang-bearing-2025-05-19: properties.quotes.0.review: marked for review: speaker not named',
      'data/visits.geojson: dalian-crane-works-2025-06-10: properties.review: marked for review: two places named Luoyang',
      'data/visits.geojson: 2 articles, 4 visits, 4 figures outside visits: 3 problems',
    ]);
  });

  it('checks every visits file in data/, each with its own summary', async () => {
    const dir = dataset((d) => {
      d.features = d.features.slice(3);
      d.quotes = [
        { ...d.features[0].properties.quotes[0], id: 'loose', article: '001_ad39a1426cd64d69' },
      ];
    }, 'more.geojson');
    expect(await checkData(dir)).toEqual({
      status: 0,
      lines: [
        'data/more.geojson: 2 articles, 1 visit, 4 figures and 1 quote outside visits: no problems',
        'data/visits.geojson: 2 articles, 4 visits, 4 figures outside visits: no problems',
      ],
    });
  });
});
