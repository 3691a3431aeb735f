/**
 * The whole check of a dataset with its articles' texts at hand: the format of every record
 * (and each point in its province, when provinces are given), each article's file and digest,
 * every passage at its offsets, and each review note. `npm run check-data` and the editor run
 * this one function, so they say the same.
 *
 * @module
 */
import { checkArticleFiles } from './articles.js';
import { type LoadResult, type ParseOptions, parseVisits } from './load.js';
import { checkPassages, explainSpans } from './passages.js';
import type { Problem } from './problems.js';
import { reviewProblems } from './review.js';
import type { Article } from './schema.js';

/** An article's text as read, and its SHA-256 when it should be compared with the record's. */
export interface ArticleText {
  text: string;
  /** Lower-case hex; leave out to skip the digest check. */
  sha256?: string | undefined;
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
 * @param read - an article's text (and digest), or `undefined` when its file cannot be read.
 * @param options - the base map's provinces, for the province check.
 */
export function checkDataset(
  input: unknown,
  read: (article: Article) => ArticleText | undefined,
  options: ParseOptions = {},
): DatasetCheck {
  const result = parseVisits(input, options);
  const texts = new Map<string, string>();
  const digests = new Map<string, string | undefined>();
  for (const a of result.articles) {
    const file = read(a);
    if (file) texts.set(a.id, file.text);
    if (!file || file.sha256 !== undefined) digests.set(a.id, file?.sha256);
  }
  const readable = (id: string | undefined) => id !== undefined && texts.has(id);
  const subset = {
    articles: result.articles.filter((a) => readable(a.id)),
    statistics: result.statistics.filter((s) => readable(s.article)),
    visits: result.visits.filter((v) => readable(v.properties.article)),
    quotes: result.quotes.filter((q) => readable(q.article)),
  };
  const checked = result.articles.filter((a) => digests.has(a.id));
  const problems = [
    ...explainSpans(result.problems, input, texts),
    ...checkArticleFiles(checked, digests),
    ...checkPassages(subset, texts),
    ...reviewProblems({ ...result, features: result.visits }),
  ];
  return { result, problems };
}
