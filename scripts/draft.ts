/**
 * Drafts the visits, quotes and figures of one article into the dataset's format.
 *
 * Usage: npm run draft -- ARTICLE [--date YYYY-MM-DD] [--out FILE] [--title T] [--outlet O] [--url U]
 *
 * ARTICLE is a UTF-8 plain-text article. Writes a visits FeatureCollection to FILE (default
 * standard output) and a one-line summary to standard error. Exits 0 when a visit was drafted,
 * 1 when the article holds none (an empty but valid collection is still written), 2 on bad
 * input (one line saying why; nothing written).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DraftInputError,
  type DraftOptions,
  draftArticle,
  MAX_ARTICLE_BYTES,
} from '../src/draft/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
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
  bytes = readFileSync(path);
} catch (error) {
  fail(`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}
if (bytes.length > MAX_ARTICLE_BYTES)
  fail(`${path} is over 1 MiB (${bytes.length} bytes); the limit is ${MAX_ARTICLE_BYTES} bytes`);
if (bytes.includes(0)) fail(`${path} is not text (it holds binary data)`);

const name = basename(path).replace(/\.txt$/i, '');
const inRepo = relative(ROOT, resolve(path));
const options: DraftOptions = {
  ...(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(name) ? { id: name } : {}),
  ...(inRepo && !inRepo.startsWith('..') && !isAbsolute(inRepo)
    ? { file: inRepo.split(sep).join('/') }
    : {}),
};
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
  if (args.values.out) writeFileSync(args.values.out, json);
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
