/**
 * The collection file states no counts: the page counts the visits, sites and articles from the
 * visits file, so "Three sites, one article" written in `collection.json` would be false with
 * the next article. Checked when the page is built (`scripts/vite-plugin-page-data.ts`), never
 * in the page itself.
 *
 * @module
 */
import type { Collection } from './collection.js';

/** A count of what the data holds in English: "Three sites", "one article", "12 visits". */
const COUNT_EN =
  /\b(?:\d{1,3}(?:,\d{3})*(?![\d,])|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|hundreds of)\s+(?:[a-z-]+\s+)?(?:sites?|visits?|articles?|reports?|markers?|places?|tours?)\b/i;
// "一个" is also the indefinite article ("一个视察地点", a visited site): counts from two, or
// "一篇" (one article).
const COUNT_ZH =
  /(?:[0-9二两三四五六七八九十百千几]+\s*(?:个|次|篇|处|份)|一\s*(?:篇|份|次))\s*(?:视察)?(?:地点|视察|文章|报道|标记)/;

/**
 * Where the collection's texts state a count, as `<field>.<language>: "<words>"`; empty when
 * they state none.
 */
export function countsIn(c: Collection): string[] {
  const out: string[] = [];
  for (const field of ['title', 'name', 'intro'] as const) {
    for (const [lang, text] of Object.entries(c[field])) {
      const m = (lang === 'zh' ? COUNT_ZH : COUNT_EN).exec(text ?? '');
      if (m) out.push(`${field}.${lang}: "${m[0]}"`);
    }
  }
  return out;
}
