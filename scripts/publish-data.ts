/**
 * The editor's publish operation on a dataset folder (laid out like `data/`: `visits.geojson`,
 * `articles/`): the article and its accepted visits in, the dataset with both added out, or a
 * refusal that changes nothing. Build time and the project's own server only (Node).
 *
 * 1. The request's shape: the article's text (at most 1 MiB) and a visits collection of that
 *    one article, whose `file` is `data/articles/<name>`.
 * 2. The project's visits file, read bounded, checked with the rules the editor applies to an
 *    existing file. An article it holds with the same text (same SHA-256) is being published
 *    again: what it published before is taken out (`withoutArticle`) and the new work takes
 *    its place, under the article's id and file; another text under an id it holds is refused.
 * 3. The new records appended to its text (`mergeText`: every record already there stays byte
 *    for byte as it was); a drafted visit the request joins to a visit of the file (**Same
 *    visit**, `joins`) adds its quotes, figures and passage to that visit instead.
 * 4. The merged file checked as `npm run check-data` checks it (`checkVisitsBytes`), the new
 *    article's text taken from the request.
 * 5. Written: the article (never over another text), the previous visits file as
 *    `visits.geojson.bak`, then the merged file, each atomically (`dataset-write.ts`).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { MAX_ARTICLE_BYTES } from '../src/draft/input.js';
import type { DraftCollection } from '../src/editor/engine.js';
import {
  type ExistingFile,
  heldArticle,
  MergeError,
  mergeText,
  readExisting,
} from '../src/editor/existing-file.js';
import type { PublishErrorCode } from '../src/editor/project-api.js';
import { asArticle, ReplaceError, withoutArticle } from '../src/editor/replace-article.js';
import type { Joins } from '../src/editor/same-visits.js';
import { MAX_FILE_BYTES } from '../src/model/read.js';
import { ReadError, readBounded } from './bounded-read.js';
import { checkVisitsBytes, provinces, readArticle } from './check-file.js';
import { WriteError, writeInside } from './dataset-write.js';

/** Names of the visits file and its backup in the dataset folder. */
export const VISITS = 'visits.geojson';
export const BACKUP = 'visits.geojson.bak';

/** A refusal or failure, with what the editor shows for it. */
export class PublishError extends Error {
  constructor(
    readonly code: PublishErrorCode,
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = 'PublishError';
  }
}

/** What was published. */
export interface Published {
  /** The article's `file`: `data/articles/<name>`. */
  article: string;
  /** The ids of the new visits in the published file. */
  visits: string[];
  total: number;
  /** Republished (the same text again): the ids of the visits it had before, now replaced. */
  replaced?: string[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const isId = (x: unknown) => typeof x === 'string' && x.length > 0;
const FLAT_FILE = /^data\/articles\/([A-Za-z0-9_-][A-Za-z0-9_.-]*)$/;
const MAX_PROBLEMS = 50;
const lines = (problems: { message: string }[]) =>
  problems.slice(0, MAX_PROBLEMS).map((p) => p.message);

/** The request's article text, collection and joins, or `bad-request` saying what is wrong. */
function readRequest(input: unknown): {
  text: string;
  added: DraftCollection;
  file: string;
  joins: Joins;
} {
  const bad = (why: string) => new PublishError('bad-request', `Nothing was published: ${why}.`);
  const body = input as { article?: unknown; visits?: unknown; joins?: unknown } | null;
  if (!body || typeof body !== 'object' || typeof body.article !== 'string')
    throw bad('the request has no article text');
  const added = body.visits as DraftCollection | null;
  if (!added || typeof added !== 'object' || !Array.isArray(added.articles))
    throw bad('the request has no visits collection');
  if (!Array.isArray(added.features) || !Array.isArray(added.statistics))
    throw bad('the visits collection has no features or statistics');
  if (added.articles.length !== 1) throw bad('the collection must hold exactly one article');
  if (Buffer.byteLength(body.article) > MAX_ARTICLE_BYTES)
    throw new PublishError('too-large', 'Nothing was published: the article is over 1 MiB.');
  const file = (added.articles[0] as { file?: unknown }).file;
  if (typeof file !== 'string' || !FLAT_FILE.test(file))
    throw bad("the article's file must be data/articles/<name>, inside the dataset");
  const joins = (body.joins ?? {}) as Joins;
  if (typeof joins !== 'object' || Array.isArray(joins) || !Object.values(joins).every(isId))
    throw bad('joins must map visit ids to visit ids');
  return { text: body.article, added, file, joins };
}

/** The project's visits file: its bytes, or the reason it cannot be read. */
function readVisits(folder: string): Buffer {
  try {
    return readBounded(join(folder, VISITS), MAX_FILE_BYTES);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    throw new PublishError('existing-problems', `${VISITS} cannot be read: ${error.message}.`);
  }
}

/**
 * Publishes an article and its accepted visits into a dataset folder.
 *
 * @param folder - the dataset folder (the repository's `data/`, or `INSPECTION_MAP_DATA`).
 * @param input - the parsed request body (a `PublishRequest`, unchecked).
 * @throws {@link PublishError} for every refusal, with nothing written; `write-failed` when a
 *   write fails (files already replaced stay consistent: the article first, the visits last).
 */
export function publishInto(folder: string, input: unknown): Published {
  const request = readRequest(input);
  const { text, joins } = request;
  let { added, file } = request;
  const articleBytes = Buffer.from(text, 'utf8');
  const before = readVisits(folder);
  const existing = readExisting(VISITS, before, sha256(before), { provinces });
  if (!existing.ok)
    throw new PublishError(
      'existing-problems',
      `The project's ${VISITS} has ${existing.problems.length} problem(s): nothing is merged into it until they are fixed (npm run check-data names them).`,
      lines(existing.problems),
    );
  // The same text again replaces what it published before: its record, visits, quotes, figures.
  let base = existing.file;
  let replaced: string[] | undefined;
  const held = heldArticle(base.articles, added);
  if (held && held.sha256 === sha256(articleBytes)) {
    const taken = republish(base, held.id);
    base = taken.file;
    replaced = taken.visits;
    if (taken.articleFile) {
      added = asArticle(added, held.id, taken.articleFile);
      file = taken.articleFile;
    }
  }
  let merged: string;
  try {
    merged = mergeText(base, added, joins);
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    const { id, title } = error.article;
    throw new PublishError(
      'held',
      `The project holds another text under the id ${id} ("${title}"): this text is a different article, so it cannot replace that one; nothing was published.`,
    );
  }
  const articles = join(folder, 'articles');
  const kept = readArticle(articles, file);
  const same = kept !== undefined && 'text' in kept && kept.sha256 === sha256(articleBytes);
  if (kept !== undefined && !same)
    throw new PublishError(
      'exists',
      `${file} exists already with another text: nothing was published.`,
    );
  const mergedBytes = Buffer.from(merged, 'utf8');
  const given = new Map([[file, { text, sha256: sha256(articleBytes) }]]);
  const { problems } = checkVisitsBytes(mergedBytes, articles, given);
  if (problems.length)
    throw new PublishError(
      'problems',
      `Nothing was published: the visits file would have ${problems.length} problem(s).`,
      lines(problems),
    );
  // Another writer (a person with a text editor) changed the file meanwhile: start again.
  if (sha256(readVisits(folder)) !== existing.file.sha256)
    throw new PublishError('changed', `${VISITS} changed while publishing: nothing was published.`);
  try {
    const name = file.slice('data/'.length);
    if (!same) writeInside(folder, name, articleBytes, { exclusive: true });
    writeInside(folder, BACKUP, before);
    writeInside(folder, VISITS, mergedBytes);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new PublishError('write-failed', `Nothing more was written: ${error.message}.`);
  }
  const features = (JSON.parse(merged) as DraftCollection).features;
  // Each added visit's id in the file: the file's visit it joined, else the next one appended.
  const old = new Set(features.slice(0, base.visits).map((f) => f.id));
  const joined = (id: string) => old.has(joins[id] as string);
  const appended = features.slice(base.visits);
  return {
    article: file,
    visits: added.features.map((f) =>
      joined(f.id) ? (joins[f.id] as string) : (appended.shift()?.id as string),
    ),
    total: features.length,
    ...(replaced ? { replaced } : {}),
  };
}

/** The project's file without the article `id` (published before), read and checked again. */
function republish(
  file: ExistingFile,
  id: string,
): { file: ExistingFile; visits: string[]; articleFile: string | undefined } {
  let taken: ReturnType<typeof withoutArticle>;
  try {
    taken = withoutArticle(file.text, id);
  } catch (error) {
    if (!(error instanceof ReplaceError)) throw error;
    throw new PublishError(
      'held',
      `Nothing was published: the project holds this article, and ${error.message}.`,
    );
  }
  const bytes = Buffer.from(taken.text, 'utf8');
  const again = readExisting(VISITS, bytes, sha256(bytes), { provinces });
  if (!again.ok)
    throw new PublishError(
      'problems',
      `Nothing was published: without this article's earlier records, ${VISITS} would have ${again.problems.length} problem(s).`,
      lines(again.problems),
    );
  const articleFile = taken.file && FLAT_FILE.test(taken.file) ? taken.file : undefined;
  return { file: again.file, visits: taken.visits, articleFile };
}
