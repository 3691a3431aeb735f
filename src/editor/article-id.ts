/**
 * The article's id, readable: the outlet, the publication date and the title's first words
 * (`xinhua-2025-05-20-premier-visits-bridge-works`), in ASCII lower case as the format's ids
 * are, unique among the articles of the file it joins. The person may edit it; the draft then
 * names it so everywhere (its file's name too).
 *
 * @module
 */
import { slug } from '../draft/ids.js';
import { freeId, ID_FORM } from '../model/ids.js';
import { articleFile } from '../model/paths.js';
import type { HeldArticle } from './context.js';
import { asArticle } from './replace-article.js';
import type { Session } from './session.js';

/** The words of `text` as a slug, at most `words` of them; `''` when it has none in ASCII. */
const words = (text: string, n: number) => {
  const s = slug(text, n);
  return s === 'item' && !/\bitem\b/i.test(text) ? '' : s;
};

/**
 * A readable id for an article: outlet, date (`YYYY-MM-DD`) and the title's first four words,
 * each left out when empty; `article` when all are. `-2`, `-3`, … is added until it is not in
 * `taken`.
 */
export function articleIdFor(
  a: { outlet?: string | null; date?: string; title?: string },
  taken: ReadonlySet<string> = new Set(),
): string {
  const base =
    [
      words(a.outlet ?? '', 3),
      /^\d{4}-\d{2}-\d{2}$/.test(a.date ?? '') ? a.date : '',
      words(a.title ?? '', 4),
    ]
      .filter(Boolean)
      .join('-') || 'article';
  return freeId(base, taken);
}

/**
 * The session with its article's id free in the file the work joins: when another article there
 * (another text) has the id, the article takes `<id>-2` (or `-3`, …). The same text under the
 * same id is the article the file already holds, and is left for publishing to say so.
 */
export function withFreeArticleId(s: Session): Session {
  const a = s.draft?.articles[0];
  const other = a && s.merge?.articles.find((h) => h.id === a.id);
  if (!a || !other || other.sha256 === a.sha256) return s;
  return withArticleId(s, freeId(a.id, takenIds(s)));
}

/**
 * The session with the article's id `to`: unchanged when `to` is not a valid id or is already
 * the id of another article of the file it joins.
 */
export function withArticleId(s: Session, to: string): Session {
  if (!s.draft || !ID_FORM.test(to) || takenIds(s).has(to)) return s;
  const from = s.draft.articles[0]?.id;
  const file = s.draft.articles[0]?.file;
  if (!from || from === to) return s;
  const own = file === articleFile(from);
  const draft = asArticle(s.draft, to, own ? articleFile(to) : (file ?? ''));
  const spans = s.spans.map((x) => (x.item === from ? { ...x, item: to } : x));
  return { ...s, draft, spans, published: false };
}

/**
 * The ids of the articles the file the work joins already holds, and of those of `held` (the
 * project's own file, see `EditorContext.held`) but the article itself (the same text, published
 * before: it keeps its id when published again).
 */
export const takenIds = (s: Session, held: readonly HeldArticle[] = []): Set<string> => {
  const own = s.draft?.articles[0]?.sha256;
  return new Set([
    ...(s.merge?.articles ?? []).map((a) => a.id),
    ...held.filter((a) => !own || a.sha256 !== own).map((a) => a.id),
  ]);
};
