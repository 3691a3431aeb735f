/**
 * A visits file cannot make a tool read outside its dataset: an article `file` that is not a
 * relative path inside `data/articles/` (a `..`, an absolute path, a link leading out) names
 * its record and is never opened; a device, a pipe or a folder is refused before reading; the
 * page build refuses such a dataset, and one whose article's SHA-256 differs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/vite-plugin-page-data.js';
import { ARTICLE_ID, fixtureFolder, fixtureJson, ROOT } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;

const SECRET = 'canary-secret-7f3a9c';

/** A dataset folder laid out like the repository's, with a secret file beside it. */
function dataset(): { root: string; data: string; articles: string; secret: string } {
  const root = mkdtempSync(join(tmpdir(), 'confinement-'));
  const data = join(root, 'ds', 'data');
  cpSync(fixtureFolder('one-article'), data, { recursive: true });
  mkdirSync(join(root, 'canary'));
  const secret = join(root, 'canary', 'secret.txt');
  writeFileSync(secret, `${SECRET}\n`.repeat(50));
  return { root, data, articles: join(data, 'articles'), secret };
}

/** Writes a copy of the fixture's visits file whose first article's `file` is `file`. */
function withFile(data: string, name: string, file: string): string {
  const d = structuredClone(fixtureJson()) as Json;
  d.articles[0].file = file;
  writeFileSync(join(data, name), JSON.stringify(d));
  return join(data, name);
}

function checkData(cwd: string, ...files: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      resolve(ROOT, 'scripts/check-data.ts'),
      ...files,
    ],
    { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd }, timeout: 60_000 },
  );
  return { status: run.status, lines: run.stdout.trim().split('\n'), stderr: run.stderr };
}

describe('npm run check-data keeps to data/articles/', { timeout: 120_000 }, () => {
  it('names the record of each file outside it, reads none of them, and refuses devices, pipes and folders', () => {
    const { data, articles, secret } = dataset();
    symlinkSync(secret, join(articles, 'link.txt'));
    symlinkSync('/dev/zero', join(articles, 'zero.txt'));
    execFileSync('mkfifo', [join(articles, 'pipe.txt')]);
    mkdirSync(join(articles, 'folder.txt'));
    const files = [
      withFile(data, 'up.geojson', '../canary/secret.txt'),
      withFile(data, 'up-inside.geojson', 'data/articles/../../../canary/secret.txt'),
      withFile(data, 'absolute.geojson', secret),
      withFile(data, 'dev.geojson', '/dev/zero'),
      withFile(data, 'link.geojson', 'data/articles/link.txt'),
      withFile(data, 'zero.geojson', 'data/articles/zero.txt'),
      withFile(data, 'pipe.geojson', 'data/articles/pipe.txt'),
      withFile(data, 'folder.geojson', 'data/articles/folder.txt'),
    ];
    const started = Date.now();
    const run = checkData(data, ...files);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.status).toBe(1);
    const out = run.lines.join('\n');
    expect(out).not.toContain(SECRET);
    const first = (name: string) => run.lines.find((l) => l.startsWith(`${name}: `));
    const rule = 'expected a path inside data/articles/ (relative, no ".." or hidden parts)';
    expect(first('up.geojson')).toBe(
      `up.geojson: ${ARTICLE_ID}: file: ${rule}, got "../canary/secret.txt"`,
    );
    expect(first('up-inside.geojson')).toContain(`${ARTICLE_ID}: file: ${rule}`);
    expect(first('absolute.geojson')).toContain(`${ARTICLE_ID}: file: ${rule}`);
    expect(first('dev.geojson')).toBe(`dev.geojson: ${ARTICLE_ID}: file: ${rule}, got "/dev/zero"`);
    expect(first('link.geojson')).toBe(
      `link.geojson: ${ARTICLE_ID}: file: "data/articles/link.txt" was not read: it is a link leading out of data/articles/`,
    );
    expect(first('zero.geojson')).toBe(
      `zero.geojson: ${ARTICLE_ID}: file: "data/articles/zero.txt" was not read: it is a link leading out of data/articles/`,
    );
    expect(first('pipe.geojson')).toBe(
      `pipe.geojson: ${ARTICLE_ID}: file: "data/articles/pipe.txt" was not read: it is not a regular file (a device, pipe or socket)`,
    );
    expect(first('folder.geojson')).toBe(
      `folder.geojson: ${ARTICLE_ID}: file: "data/articles/folder.txt" was not read: it is not a regular file (a folder)`,
    );
    // A visit of an article refused by the format is skipped, and says why.
    expect(run.lines).toContain(
      `up.geojson: luoyang-bearing-2025-05-19: properties.article: expected the id of a valid article in "articles", got "${ARTICLE_ID}", an article skipped for its own problems`,
    );
  });

  it('refuses a visits file that is a device before reading it', () => {
    const run = checkData(ROOT, '/dev/zero');
    expect(run.lines).toEqual([
      '/dev/zero: The file cannot be read: it is not a regular file (a device, pipe or socket).',
      '/dev/zero: not read: 1 problem',
    ]);
  });

  it('names an article whose text is already in the file (same SHA-256), however it is named', () => {
    const { data, articles } = dataset();
    cpSync(join(articles, `${ARTICLE_ID}.txt`), join(articles, 'again.txt'));
    const d = structuredClone(fixtureJson()) as Json;
    d.articles.push({ ...d.articles[0], id: 'again', file: 'data/articles/again.txt' });
    writeFileSync(join(data, 'twice.geojson'), JSON.stringify(d));
    const run = checkData(data, 'twice.geojson');
    expect(run.status).toBe(1);
    expect(run.lines[0]).toBe(
      `twice.geojson: again: sha256: expected a text not already in "articles", got "${d.articles[0].sha256.slice(0, 40)}…" (article ${ARTICLE_ID} is the same text: it is already in the file)`,
    );
  });
});

describe('the page build keeps to the dataset', () => {
  it('refuses a dataset whose article file leads out of articles/, names a device, or has another SHA-256', () => {
    const { data, articles, secret } = dataset();
    symlinkSync(secret, join(articles, 'link.txt'));
    withFile(data, 'visits.geojson', 'data/articles/link.txt');
    expect(() => readDataset(data)).toThrow(
      'data/articles/link.txt: it is a link leading out of data/articles/',
    );
    withFile(data, 'visits.geojson', '/etc/passwd');
    expect(() => readDataset(data)).toThrow(/file: expected a path inside data\/articles\//);
    writeFileSync(join(articles, `${ARTICLE_ID}.txt`), 'Another text.\n');
    withFile(data, 'visits.geojson', `data/articles/${ARTICLE_ID}.txt`);
    expect(() => readDataset(data)).toThrow(
      /000_dd285a5d4eecb2d0\.txt: the SHA-256 of article 000_dd285a5d4eecb2d0's file is [0-9a-f]{64}, not the recorded 2e19be4a/,
    );
  });

  it('refuses a visits file that is not a regular file', () => {
    const { data } = dataset();
    const visits = join(data, 'visits.geojson');
    execFileSync('rm', [visits]);
    execFileSync('mkfifo', [visits]);
    expect(() => readDataset(data)).toThrow(/visits\.geojson: it is not a regular file/);
  });
});
