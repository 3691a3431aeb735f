/**
 * Checks that each article's kept file is there and is the very text its offsets were counted
 * in: its SHA-256 must be the one the dataset records.
 *
 * @module
 */
import { makeProblem, type Problem } from './problems.js';
import type { Article } from './schema.js';

/** An article's file as read: its SHA-256 (lower-case hex), or `undefined` when unreadable. */
export type ArticleDigests = ReadonlyMap<string, string | undefined>;

/**
 * @param articles - validated articles.
 * @param digests - article id → SHA-256 of the bytes of its `file`; `undefined` when the file
 *   could not be read.
 * @returns one problem per article whose file is missing or whose digest differs.
 */
export function checkArticleFiles(
  articles: readonly Article[],
  digests: ArticleDigests,
): Problem[] {
  return articles.flatMap((a) => {
    const digest = digests.get(a.id);
    if (digest === undefined) {
      return [makeProblem(a.id, 'file', `a readable file at ${JSON.stringify(a.file)}`, undefined)];
    }
    if (digest === a.sha256) return [];
    return [
      makeProblem(
        a.id,
        'sha256',
        `the SHA-256 of ${a.file}, ${digest}`,
        a.sha256,
        ' (the file changed, or the digest is wrong: offsets are only valid in the recorded text)',
      ),
    ];
  });
}
