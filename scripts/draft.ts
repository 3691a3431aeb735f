/**
 * Drafts the visits, quotes and figures of one article, or of several, into the dataset's format.
 *
 * Usage: npm run draft -- ARTICLE... [--date YYYY-MM-DD] [--out FILE] [--title T] [--outlet O] [--url U]
 *
 * Each ARTICLE is a UTF-8 plain-text article. Writes a visits FeatureCollection to FILE (default
 * standard output) and a one-line summary to standard error. Several articles are drafted each
 * on its own and put together: a visit another article tells too becomes one visit with the
 * quotes and figures of both, each naming its article (`src/model/merge.ts`), marked for review.
 * `--title`, `--outlet` and `--url` describe one article, and are refused with several. Exits 0
 * when a visit was drafted, 1 when the articles hold none (an empty but valid collection is still
 * written), 2 on bad input or an `--out` that cannot be written (one line saying why; nothing
 * written). Each article is read bounded (a regular file of at most 1 MiB, checked before
 * reading); `--out` may not be an article, a file in a dataset's `data/articles/`, or its
 * `data/visits.geojson`. A UTF-8 byte order mark is kept in the text (offsets
 * count it, as they count in the kept file) and read past by the engine.
 */
import { realpathSync, type Stats, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DraftInputError,
  type DraftOptions,
  draftArticle,
  MAX_ARTICLE_BYTES,
} from '../src/draft/index.js';
import { looksUtf16 } from '../src/draft/input.js';
import { type Merged, mergeCollections } from '../src/model/merge.js';
import { ARTICLES_FOLDER, DATA_FOLDER } from '../src/model/paths.js';
import { ARTICLE_FILE } from '../src/model/schema.js';
import { ReadError, readBounded } from './bounded-read.js';

const USAGE =
  'usage: npm run draft -- ARTICLE... [--date YYYY-MM-DD] [--out FILE] [--title T] [--outlet O] [--url U]';

/** Where the command writes: the draft (standard output) and its lines to the reader. */
export interface CommandOutput {
  stdout(text: string): void;
  /** One line, without its newline. */
  stderr(line: string): void;
}

/** Bad input or an `--out` that cannot be written: one line, exit status 2. */
class Refusal extends Error {}

function fail(message: string): never {
  throw new Refusal(message);
}

type Args = ReturnType<typeof parse>;
function parse(argv: string[]) {
  return parseArgs({
    args: argv,
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

/** The arguments, checked: at least one article, and one article's options with one only. */
function parsed(argv: string[]): Args {
  let args: Args | undefined;
  try {
    args = parse(argv);
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const paths = args.positionals;
  if (paths.length === 0) fail(`give an article file\n${USAGE}`);
  if (paths.length > 1) {
    const one = (['title', 'outlet', 'url'] as const).filter((k) => args.values[k] !== undefined);
    if (one.length) fail(`--${one[0]} describes one article: give it with one article file`);
  }
  if (args.values.url !== undefined && !/^https?:\/\/\S+$/i.test(args.values.url))
    fail(`--url must be an http(s) link, got ${JSON.stringify(args.values.url)}`);
  return args;
}
/** An article's bytes, read bounded, or one line saying why not. */
function readArticle(path: string): Buffer {
  let bytes: Buffer | undefined;
  try {
    bytes = readBounded(path, MAX_ARTICLE_BYTES);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    if (error.code === 'too-large')
      fail(`${path} is over 1 MiB (${error.size} bytes); the limit is ${MAX_ARTICLE_BYTES} bytes`);
    fail(`cannot read ${path}: ${error.message}`);
  }
  if (looksUtf16(new TextDecoder().decode(bytes.subarray(0, 400))))
    fail(`${path} is UTF-16 text, not UTF-8: save it as UTF-8 and try again`);
  if (bytes.includes(0)) fail(`${path} is not text (it holds binary data)`);
  return bytes;
}
/** The file's status, or `undefined` where there is none (missing, or a file as a folder). */
function statOf(target: string): Stats | undefined {
  try {
    return statSync(target);
  } catch {
    return undefined;
  }
}

/** A dataset's visits file, in its folder `data/`: written only by publishing (the editor). */
const VISITS_FILE = 'visits.geojson';

/**
 * Refuses an `--out` that would write into a dataset: into its articles folder (`data/articles/`,
 * where texts are kept byte for byte under the SHA-256 their records give) or over its visits
 * file (`data/visits.geojson`, which publishing extends, keeping the previous one). Links are
 * followed: the refusal names where the file really is. Other files in `data/` are allowed (a
 * draft placed there can be checked against the dataset's articles with `npm run check-data`).
 */
function checkDataset(target: string): void {
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    real = join(realpathSync(dirname(target)), basename(target));
  }
  const folder = dirname(real);
  if (folder.endsWith(`${sep}${ARTICLES_FOLDER.split('/').join(sep)}`))
    fail(
      `--out ${target} is in a dataset's articles folder (${folder}), where only articles are kept: give a file outside it`,
    );
  if (basename(folder) === DATA_FOLDER && basename(real) === VISITS_FILE && statOf(real))
    fail(
      `--out ${target} is a dataset's visits file (${real}): publish a draft into it from the editor, never write over it`,
    );
}

/**
 * Refuses, before any work, an `--out` that is the article itself, a folder, has no folder, or
 * is in a dataset (see {@link checkDataset}).
 */
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
  checkDataset(target);
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

/** The engine's options for one article: its id and file from its path, and the flags. */
function optionsFor(path: string, args: Args): DraftOptions {
  const name = basename(path).replace(/\.txt$/i, '');
  const options: DraftOptions = {
    ...(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(name) ? { id: name } : {}),
    ...articleFile(path),
  };
  for (const key of ['date', 'title', 'outlet', 'url'] as const) {
    const value = args.values[key];
    if (value !== undefined) options[key] = value;
  }
  return options;
}

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
/** The draft of each article, put together when there are several. */
function draftAll(
  articles: { path: string; bytes: Buffer }[],
  args: Args,
  io: CommandOutput,
): Merged {
  const paths = args.positionals;
  const drafts = articles.map(({ path, bytes }) => {
    try {
      const options = optionsFor(path, args);
      const { collection } = draftArticle(bytes.toString('utf8'), options);
      const record = collection.articles[0];
      if (record && record.titlePassage === null && options.title === undefined)
        io.stderr(
          `draft: ${paths.length > 1 ? `${path}: ` : ''}the article has no line that reads as its title${paths.length > 1 ? '' : ': give --title'}`,
        );
      return collection;
    } catch (error) {
      if (error instanceof DraftInputError)
        fail(paths.length > 1 ? `${path}: ${error.message}` : error.message);
      throw error;
    }
  });
  return mergeCollections(drafts);
}

/**
 * The command, run in this process: `argv` as after `npm run draft --`. Returns the exit status
 * (0 a visit drafted, 1 none, 2 bad input or an `--out` that cannot be written, said in one
 * line); writes the draft and the summary to `io`.
 */
export function runDraft(argv: string[], io: CommandOutput): number {
  try {
    return draft(argv, io);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    io.stderr(`draft: ${error.message}`);
    return 2;
  }
}

function draft(argv: string[], io: CommandOutput): number {
  const args = parsed(argv);
  const paths = args.positionals;
  const articles = paths.map((path) => ({ path, bytes: readArticle(path) }));
  const out = args.values.out;
  if (out !== undefined) for (const path of paths) checkOut(out, path);
  const { collection, joined, repeated } = draftAll(articles, args, io);
  for (const [id, earlier] of repeated)
    io.stderr(`draft: ${id} has the text of ${earlier} (same SHA-256): drafted once`);
  const json = `${JSON.stringify(collection, null, 2)}\n`;
  if (out !== undefined) write(out, json);
  else io.stdout(json);
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
  const several = collection.articles.length > 1 ? `${collection.articles.length} articles, ` : '';
  const toldTwice = new Set(joined.map((j) => j.visit)).size;
  const told = toldTwice ? ` (${toldTwice} told by more than one article)` : '';
  io.stderr(
    `draft: ${several}${collection.features.length} visits${told}, ${quotes + collection.quotes.length} quotes (${collection.quotes.length} unattached), ${figures} figures; ${marked} items marked for review`,
  );
  return collection.features.length > 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runDraft(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (line) => console.error(line),
  });
}
