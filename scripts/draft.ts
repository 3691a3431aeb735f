/**
 * Drafts the visits, quotes and figures of one article into the dataset's format.
 *
 * Usage: npm run draft -- ARTICLE [--date YYYY-MM-DD] [--out FILE] [--title T] [--outlet O] [--url U]
 *
 * ARTICLE is a UTF-8 plain-text article. Writes a visits FeatureCollection to FILE (default
 * standard output) and a one-line summary to standard error. Exits 0 when a visit was drafted,
 * 1 when the article holds none (an empty but valid collection is still written), 2 on bad
 * input or an `--out` that cannot be written (one line saying why; nothing written). The article
 * is read bounded (a regular file of at most 1 MiB, checked before reading); `--out` may not be
 * the article itself. A UTF-8 byte order mark is kept in the text (offsets count it, as they
 * count in the kept file) and read past by the engine.
 */
import { type Stats, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DraftInputError,
  type DraftOptions,
  draftArticle,
  MAX_ARTICLE_BYTES,
} from '../src/draft/index.js';
import { ARTICLE_FILE } from '../src/model/schema.js';
import { ReadError, readBounded } from './bounded-read.js';

const USAGE =
  'usage: npm run draft -- ARTICLE [--date YYYY-MM-DD] [--out FILE] [--title T] [--outlet O] [--url U]';

function fail(message: string): never {
  console.error(`draft: ${message}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      out: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const [path, ...extra] = args.positionals;
if (!path || extra.length > 0) fail(`give one article file\n${USAGE}`);
if (args.values.url !== undefined && !/^https?:\/\/\S+$/i.test(args.values.url))
  fail(`--url must be an http(s) link, got ${JSON.stringify(args.values.url)}`);

let bytes: Buffer;
try {
  bytes = readBounded(path, MAX_ARTICLE_BYTES);
} catch (error) {
  if (!(error instanceof ReadError)) throw error;
  if (error.code === 'too-large')
    fail(`${path} is over 1 MiB (${error.size} bytes); the limit is ${MAX_ARTICLE_BYTES} bytes`);
  fail(`cannot read ${path}: ${error.message}`);
}
if (bytes.includes(0)) fail(`${path} is not text (it holds binary data)`);

const out = args.values.out;
if (out !== undefined) checkOut(out, path);

/** The file's status, or `undefined` where there is none (missing, or a file as a folder). */
function statOf(target: string): Stats | undefined {
  try {
    return statSync(target);
  } catch {
    return undefined;
  }
}

/** Refuses, before any work, an `--out` that is the article itself, a folder, or has no folder. */
function checkOut(target: string, input: string): void {
  const at = statOf(target);
  const article = statOf(input);
  if (
    resolve(target) === resolve(input) ||
    (at && article && at.dev === article.dev && at.ino === article.ino)
  )
    fail(`--out ${target} is the article itself: give another file`);
  if (at?.isDirectory()) fail(`--out ${target} is a folder: give a file name`);
  const folder = dirname(target);
  const where = statOf(folder);
  if (!where) fail(`--out ${target}: the folder ${folder} does not exist`);
  if (!where.isDirectory()) fail(`--out ${target}: ${folder} is not a folder`);
}

/** Writes the draft to `--out`, or says in one line why it cannot be written. */
function write(target: string, json: string): void {
  try {
    writeFileSync(target, json);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    fail(`cannot write --out ${target} (${code})`);
  }
}

const name = basename(path).replace(/\.txt$/i, '');
const options: DraftOptions = {
  ...(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(name) ? { id: name } : {}),
  ...articleFile(path),
};

/**
 * The record's `file`: the article's path below the `data/articles/` folder it sits in (of the
 * repository or of another dataset), else the engine's `data/articles/<id>.txt`, where it goes.
 */
function articleFile(article: string): { file?: string } {
  const parts = resolve(article).split(sep);
  for (let i = parts.length - 2; i > 0; i--) {
    const file = ['data', 'articles', ...parts.slice(i + 1)].join('/');
    if (parts[i - 1] === 'data' && parts[i] === 'articles' && ARTICLE_FILE.test(file))
      return { file };
  }
  return {};
}
for (const key of ['date', 'title', 'outlet', 'url'] as const) {
  const value = args.values[key];
  if (value !== undefined) options[key] = value;
}

try {
  const { collection } = draftArticle(bytes.toString('utf8'), options);
  const json = `${JSON.stringify(collection, null, 2)}\n`;
  const record = collection.articles[0];
  if (record && record.titlePassage === null && options.title === undefined)
    console.error(
      `draft: the article has no title line; its title "${record.title}" stands in: give --title`,
    );
  if (out !== undefined) write(out, json);
  else process.stdout.write(json);
  const quotes = collection.features.reduce((n, f) => n + f.properties.quotes.length, 0);
  const figures =
    collection.statistics.length +
    collection.features.reduce((n, f) => n + f.properties.statistics.length, 0);
  const marked = [
    ...collection.features.map((f) => f.properties),
    ...collection.features.flatMap((f) => [...f.properties.quotes, ...f.properties.statistics]),
    ...collection.quotes,
    ...collection.statistics,
  ].filter((i) => i.review && i.review.length > 0).length;
  console.error(
    `draft: ${collection.features.length} visits, ${quotes + collection.quotes.length} quotes (${collection.quotes.length} unattached), ${figures} figures; ${marked} items marked for review`,
  );
  process.exit(collection.features.length > 0 ? 0 : 1);
} catch (error) {
  if (error instanceof DraftInputError) fail(error.message);
  throw error;
}
