/**
 * The collection file, `data/collection.json`: the page's own title, name and introduction, in
 * English and optionally Simplified Chinese. Everything else the page says about its dataset
 * (counts, sources, dates, figures, credits) comes from the visits file itself.
 *
 * ```json
 * {
 *   "title": { "en": "Inspection Map: where the visits were, and what was said", "zh": "…" },
 *   "name": { "en": "Inspection Map", "zh": "视察地图" },
 *   "intro": { "en": "Each marker is a visited site; …", "zh": "…" }
 * }
 * ```
 *
 * @module
 */
import * as v from 'valibot';
import { isChinese } from '../components/strings.js';

const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'a non-empty string'));
const Localised = v.object({ en: Text, zh: v.optional(Text) });

/** The collection file's format. */
export const Collection = v.object({
  /** The page's title: the document title, and the heading when there are several articles. */
  title: Localised,
  /** The short name above the heading. */
  name: Localised,
  /** What the page is and how to read it, after the sentence that counts the visits. */
  intro: Localised,
});
export type Collection = v.InferOutput<typeof Collection>;

/** Used where there is no collection file. */
export const DEFAULT_COLLECTION: Collection = {
  title: { en: 'Inspection Map', zh: '视察地图' },
  name: { en: 'Inspection Map', zh: '视察地图' },
  intro: {
    en: 'Each marker is a visited site; open it for what was said there and the figures that go with it, each traced to the characters of its source article.',
    zh: '每个标记代表一个视察地点；打开标记即可查看在当地的讲话与相关数据，每一项都标明其在原文中的字符位置。',
  },
};

/**
 * Reads a parsed collection file.
 *
 * @throws Error naming the field and what was expected, when the file does not fit the format.
 */
export function parseCollection(json: unknown): Collection {
  const result = v.safeParse(Collection, json);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '';
  throw new Error(`collection.json: ${path || 'the file'}: ${issue.message}`);
}

/** A localised text in the page's language, falling back to English, and its language. */
export function localised(text: { en: string; zh?: string | undefined }, lang: string) {
  return isChinese(lang) && text.zh
    ? { text: text.zh, lang: 'zh-Hans' }
    : { text: text.en, lang: 'en' };
}
