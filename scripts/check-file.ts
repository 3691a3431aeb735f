/**
 * One visits file checked as `npm run check-data` checks it: read bounded, parsed, and checked
 * with the model's rules and the article files at hand (each read only inside the dataset's
 * `data/articles/`). Build time and commands only (Node).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import baseMap from '../data/basemap/basemap.topo.json' with { type: 'json' };
import { MAX_ARTICLE_BYTES } from '../src/draft/input.js';
import { type BaseMapTopology, baseMapFeatures } from '../src/map/basemap-data.js';
import {
  type ArticleText,
  type ArticleUnread,
  checkDataset,
  textProblems,
} from '../src/model/check.js';
import { scanJson } from '../src/model/json-text.js';
import type { LoadResult } from '../src/model/load.js';
import type { Problem } from '../src/model/problems.js';
import { MAX_FILE_BYTES, readVisitsBytes, tooLarge } from '../src/model/read.js';
import { ReadError, readArticleFile, readBounded } from './bounded-read.js';

/** The repository's root: article paths of a visits file outside any `data/` start here. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const provinces = baseMapFeatures(baseMap as unknown as BaseMapTopology).provinces.features;

/**
 * Reads an article's file inside a dataset's articles folder: its text and digest, why it was
 * refused, or `undefined` when there is none.
 *
 * @param articles - the dataset's articles folder (`<dataset>/data/articles`).
 * @param file - the article record's `file`, `data/articles/<id>.txt`.
 */
export function readArticle(
  articles: string,
  file: string,
): ArticleText | ArticleUnread | undefined {
  try {
    const bytes = readArticleFile(articles, file, MAX_ARTICLE_BYTES);
    return {
      text: bytes.toString('utf8'),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    if (error.code === 'missing') return undefined;
    return { unreadable: `${JSON.stringify(file)} was not read: ${error.message}` };
  }
}

/** The folder article paths start from: the one holding the visits file's `data/` folder. */
export const datasetRoot = (path: string) =>
  basename(dirname(path)) === 'data' ? dirname(dirname(path)) : ROOT;

/** Every problem of one visits file, and the counts of what it holds. */
export function checkFile(path: string): { problems: Problem[]; result?: LoadResult } {
  let bytes: Uint8Array;
  try {
    bytes = readBounded(path, MAX_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    if (error.code === 'too-large')
      return { problems: [tooLarge(error.size ?? 0, MAX_FILE_BYTES)] };
    const why = error.message;
    return {
      problems: [
        {
          record: 'file',
          path: '',
          expected: 'a readable file',
          received: why,
          message: `The file cannot be read: ${why}.`,
        },
      ],
    };
  }
  return checkVisitsBytes(bytes, join(datasetRoot(path), 'data', 'articles'));
}

/**
 * Every problem of a visits file's bytes, its articles read from `articles` (a dataset's
 * `data/articles/` folder) unless `given` has the article's text (one not written yet).
 *
 * @param given - article `file` → its text and digest, read instead of the folder's file.
 */
export function checkVisitsBytes(
  bytes: Uint8Array,
  articles: string,
  given: ReadonlyMap<string, ArticleText> = new Map(),
): { problems: Problem[]; result?: LoadResult } {
  const read = readVisitsBytes(bytes);
  if (!read.ok) return { problems: [read.problem] };
  const checked = checkDataset(
    read.json,
    (a) => given.get(a.file) ?? readArticle(articles, a.file),
    { provinces },
  );
  const layout = scanJson(Buffer.from(bytes).toString('utf8'));
  return { ...checked, problems: [...checked.problems, ...textProblems(read.json, layout)] };
}
