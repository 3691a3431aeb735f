/**
 * The article fields a text states plainly, read before drafting so the input panel can show
 * them: a first line `date YYYY-MM-DD`, and the first http(s) link.
 *
 * @module
 */
import type { ArticleFields } from './session.js';

/** Fills the empty fields the text has a value for; fields the person typed are kept. */
export function sniffFields(text: string, fields: ArticleFields): ArticleFields {
  const head = text.slice(0, 2000);
  const date = /^\s*date (\d{4}-\d{2}-\d{2})\b/i.exec(head)?.[1];
  // A link typed already is kept: the whole text is not searched again (a keystroke's cost).
  const url = fields.url ? undefined : /\bhttps?:\/\/[^\s"'<>)]+/i.exec(text)?.[0];
  return {
    ...fields,
    date: fields.date || date || '',
    url: fields.url || url || '',
  };
}

/** The draft's article record's fields, for the input panel after drafting. */
export function fieldsOfArticle(
  article: { title?: unknown; outlet?: unknown; url?: unknown; date?: unknown } | undefined,
  fields: ArticleFields,
): ArticleFields {
  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  return {
    date: str(article?.date, fields.date),
    title: str(article?.title, fields.title),
    outlet: str(article?.outlet, fields.outlet),
    url: str(article?.url, fields.url),
  };
}
