/**
 * The whole check of a dataset with its articles' texts at hand: the format of every record
 * (and each point in its province, when provinces are given), each article's file and digest,
 * every passage at its offsets, and each review note. `npm run check-data` and the editor run
 * this one function, so they say the same.
 *
 * @module
 */
import { type ArticleDigest, checkArticleFiles, repeatedTexts } from './articles.js';
import type { JsonLayout } from './json-text.js';
import { type LoadResult, type ParseOptions, parseVisits } from './load.js';
import { checkRefs, explainSpans, passagesOf } from './passages.js';
import { makeProblem, type Problem } from './problems.js';
import { reviewProblems } from './review.js';
import type { Article } from './schema.js';

/** An article's text as read, and its SHA-256 when it should be compared with the record's. */
export interface ArticleText {
  text: string;
  /** Lower-case hex; leave out to skip the digest check. */
  sha256?: string | undefined;
}

/** Why an article's file was not read (refused or missing), in words that follow "file: ". */
export interface ArticleUnread {
  unreadable: string;
}

/** The outcome: the loaded dataset and every problem, in the order the checks ran. */
export interface DatasetCheck {
  result: LoadResult;
  problems: Problem[];
}

/**
 * Checks a parsed visits file.
 *
 * @param input - the parsed JSON.
 * @param read - an article's text (and digest); `{ unreadable }` saying why its file was not
 *   read; or `undefined` when it cannot be read. Called only for valid articles, whose `file`
 *   stays inside `data/articles/`.
 * @param options - the base map's provinces, for the province check.
 */
export function checkDataset(
  input: unknown,
  read: (article: Article) => ArticleText | ArticleUnread | undefined,
  options: ParseOptions = {},
): DatasetCheck {
  const result = parseVisits(input, options);
  const texts = new Map<string, string>();
  const digests = new Map<string, ArticleDigest>();
  for (const a of result.articles) {
    const file = read(a);
    if (file && 'unreadable' in file) digests.set(a.id, file);
    else if (file) texts.set(a.id, file.text);
    if (!file || ('sha256' in file && file.sha256 !== undefined)) digests.set(a.id, file?.sha256);
  }
  // Each passage in its own article; one whose article was not read is left out (its file's
  // problem is reported once, with the article).
  const refs = passagesOf(result).filter((ref) => texts.has(ref.article));
  const checked = result.articles.filter((a) => digests.has(a.id));
  const problems = [
    ...explainSpans(result.problems, input, texts),
    ...checkArticleFiles(checked, digests),
    ...repeatedTexts(result.articles),
    ...checkRefs(refs, texts),
    ...reviewProblems({ ...result, features: result.visits }),
  ];
  return { result, problems };
}

const KINDS = new Set(['features', 'articles', 'statistics', 'quotes']);

/** A record's name as problems give it: its id, or its place (`features[3]`). */
function recordAt(input: unknown, kind: unknown, index: unknown): string | undefined {
  if (typeof kind !== 'string' || !KINDS.has(kind) || typeof index !== 'number') return undefined;
  const item = (input as Record<string, unknown[]>)[kind]?.[index] as { id?: unknown } | undefined;
  const id = typeof item?.id === 'string' && item.id.length <= 80 ? item.id : undefined;
  return id || `${kind}[${index}]`;
}

/**
 * What the JSON text itself gets wrong, which the parsed value cannot show: numbers JavaScript
 * does not read exactly (`1e309` reads as `Infinity`, `12345678901234567890` as
 * `12345678901234567000`), named by record and path; and a member of the file written twice
 * (`JSON.parse` keeps the last).
 *
 * @param input - the parsed value of the text.
 * @param layout - the text scanned by `scanJson`.
 */
export function textProblems(input: unknown, layout: JsonLayout): Problem[] {
  const numbers = layout.unsafe.map(({ path, written, read }): Problem => {
    const named = recordAt(input, path[0], path[1]);
    const record = named ?? 'file';
    const at = (named ? path.slice(2) : path).join('.');
    const expected = 'a number JavaScript reads exactly (at most 15 significant digits)';
    const where = at ? `${record}: ${at}` : record;
    const message = `${where}: expected ${expected}, got ${written} (it reads as ${read})`;
    return { record, path: at, expected, received: written, message };
  });
  const repeated = layout.repeated.map((key) =>
    makeProblem(
      'file',
      key,
      'each member once',
      `${JSON.stringify(key)} again`,
      ' (only the last one counts)',
    ),
  );
  return [...numbers, ...repeated];
}

/**
 * The checks that need no article file, for a visits file whose articles are not at hand (the
 * existing file the editor merges into): the format, ids and citations, each point in its
 * province, one text per article, review notes, and the text's own faults ({@link textProblems}).
 */
export function checkWithoutTexts(
  input: unknown,
  layout: JsonLayout,
  options: ParseOptions = {},
): DatasetCheck {
  const result = parseVisits(input, options);
  const problems = [
    ...result.problems,
    ...repeatedTexts(result.articles),
    ...reviewProblems({ ...result, features: result.visits }),
    ...textProblems(input, layout),
  ];
  return { result, problems };
}
