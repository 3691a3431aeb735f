/**
 * `npm run check-data`: the same rules and messages as the element, plus the article files'
 * digests and every passage's offsets; exit status 1 on any problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataCommand, FIXTURES, fixtureJson, ROOT } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;

/** Runs the checker as `npm run check-data` does, from `cwd`. */
function checkData(cwd: string, ...files: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      resolve(ROOT, 'scripts/check-data.ts'),
      ...files,
    ],
    { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd } },
  );
  return { status: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr.trim() };
}

function variant(dir: string, name: string, change: (d: Json) => void): string {
  const d = structuredClone(fixtureJson()) as Json;
  change(d);
  writeFileSync(join(dir, name), JSON.stringify(d));
  return name;
}

// The first case starts the command as a process, which loads TypeScript: seconds on a busy
// machine; the others run it in this process.
describe('npm run check-data', { timeout: 30_000 }, () => {
  it('passes a valid dataset, and exits 0', () => {
    expect(checkData(resolve(FIXTURES, 'one-article'), 'data/visits.geojson')).toEqual({
      status: 0,
      lines: ['data/visits.geojson: 1 article, 3 visits, 3 figures outside visits: no problems'],
      stderr: '',
    });
  });

  it('reports each problem by file and record, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-data-'));
    mkdirSync(join(dir, 'nested'));
    const files = [
      variant(dir, 'offset.geojson', (d) => {
        d.features[0].properties.quotes[0].start += 1;
        d.features[0].properties.quotes[0].end += 1;
      }),
      variant(dir, 'swapped.geojson', (d) => {
        d.features[2].geometry.coordinates = [35.41414, 119.52908];
      }),
      variant(dir, 'digest.geojson', (d) => {
        d.articles[0].sha256 = '0'.repeat(64);
      }),
      variant(dir, 'no-article.geojson', (d) => {
        d.articles[0].file = 'data/articles/missing.txt';
      }),
      variant(dir, 'nested/bad-date.geojson', (d) => {
        d.features[1].properties.visit.date = '2025-02-30';
      }),
    ];
    writeFileSync(join(dir, 'empty.geojson'), '');
    const run = await checkDataCommand(dir, ...files, 'empty.geojson', 'missing.geojson');
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([
      'offset.geojson: luoyang-bearing-2025-05-19: properties.quotes.0: quote luoyang-real-economy is not at 301–399 (offsets count UTF-16 code units, as JavaScript does): the article has "hina has always joined the development of the real economy ……" there, not "China has always joined the development of the real economy …"; its text stands at 300–398',
      'offset.geojson: 1 article, 3 visits, 3 figures outside visits: 1 problem',
      'swapped.geojson: rizhao-port-2024-05-22: geometry.coordinates: longitude and latitude look swapped: [35.41414, 119.52908] is not in Shandong (CN.SD), but [119.52908, 35.41414] is (GeoJSON puts longitude first)',
      'swapped.geojson: 1 article, 3 visits, 3 figures outside visits: 1 problem',
      'digest.geojson: 000_dd285a5d4eecb2d0: sha256: expected the SHA-256 of data/articles/000_dd285a5d4eecb2d0.txt, 2e19be4a421a758bb0241da4854ace11e8263d947cb9cdae3916d3162e8a0487, got "0000000000000000000000000000000000000000…" (the file changed, or the digest is wrong: offsets are only valid in the recorded text)',
      'digest.geojson: 1 article, 3 visits, 3 figures outside visits: 1 problem',
      'no-article.geojson: 000_dd285a5d4eecb2d0: file: expected a readable file at "data/articles/missing.txt", got nothing',
      'no-article.geojson: 1 article, 3 visits, 3 figures outside visits: 1 problem',
      'nested/bad-date.geojson: bensteel-cold-rolling-mill-2025-01-23: properties.visit.date: expected a date that exists in the calendar, got "2025-02-30"',
      'nested/bad-date.geojson: 1 article, 3 visits, 3 figures outside visits: 1 problem',
      'empty.geojson: The visits file is empty.',
      'empty.geojson: not read: 1 problem',
      'missing.geojson: The file cannot be read: there is no such file.',
      'missing.geojson: not read: 1 problem',
    ]);
  }, 30_000);

  it('checks every visits file in data/ when given no file', async () => {
    expect(await checkDataCommand(resolve(FIXTURES, 'two-articles'))).toEqual({
      status: 0,
      lines: ['data/visits.geojson: 2 articles, 4 visits, 4 figures outside visits: no problems'],
      stderr: '',
    });
  });
});
