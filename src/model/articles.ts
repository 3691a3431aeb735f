/**
 * Checks that each article's kept file is there and is the very text its offsets were counted
 * in (its SHA-256 must be the one the dataset records), and that no text is kept twice.
 *
 * @module
 */
import { makeProblem, type Problem } from './problems.js';
import type { Article } from './schema.js';

/**
 * An article's file as read: its SHA-256 (lower-case hex); `{ unreadable }` with why it was not
 * read, in words ("a link leading out of data/articles/"); `undefined` when it could not be read.
 */
export type ArticleDigest = string | { unreadable: string } | undefined;
export type ArticleDigests = ReadonlyMap<string, ArticleDigest>;

/**
 * @param articles - validated articles.
 * @param digests - article id → the SHA-256 of the bytes of its `file`, or why it was not read.
 * @returns one problem per article whose file is missing, refused or whose digest differs.
 */
export function checkArticleFiles(
  articles: readonly Article[],
  digests: ArticleDigests,
): Problem[] {
  return articles.flatMap((a) => {
    const digest = digests.get(a.id);
    const expected = `a readable file at ${JSON.stringify(a.file)}`;
    if (digest === undefined) return [makeProblem(a.id, 'file', expected, undefined)];
    if (typeof digest !== 'string') {
      const received = digest.unreadable;
      return [
        { record: a.id, path: 'file', expected, received, message: `${a.id}: file: ${received}` },
      ];
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

/**
 * One problem per article whose `sha256` an earlier article already records: the same text
 * kept twice would put its visits on the map twice.
 */
export function repeatedTexts(articles: readonly Article[]): Problem[] {
  const first = new Map<string, Article>();
  return articles.flatMap((a) => {
    const earlier = first.get(a.sha256);
    if (!earlier) {
      first.set(a.sha256, a);
      return [];
    }
    const note = ` (article ${earlier.id} is the same text: it is already in the file)`;
    return [makeProblem(a.id, 'sha256', 'a text not already in "articles"', a.sha256, note)];
  });
}
