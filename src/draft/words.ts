/**
 * Words of the article's own text used in patterns: every piece of the article (a site's name,
 * its head word) is escaped before it becomes part of a regular expression, so a name such as
 * "Sanfangqixiang (Three Lanes and Seven Alleys)" is matched as written and never read as a
 * pattern.
 *
 * @module
 */
import escapeStringRegexp from 'escape-string-regexp';

/** Compiled patterns of words, by word: a name is tested many times in one article. */
const cache = new Map<string, RegExp>();

/**
 * Whether `text` holds `word` as a whole word, case aside ("village" in "Xiadang Village").
 * `word` is taken literally: regular-expression metacharacters in it match themselves.
 */
export function hasWord(text: string, word: string): boolean {
  let re = cache.get(word);
  if (!re) {
    // A word edge only where the word itself starts or ends with a letter or digit.
    const open = /^[\p{L}\p{N}_]/u.test(word) ? '\\b' : '';
    const close = /[\p{L}\p{N}_]$/u.test(word) ? '\\b' : '';
    re = new RegExp(`${open}${escapeStringRegexp(word)}${close}`, 'i');
    if (cache.size > 500) cache.clear();
    cache.set(word, re);
  }
  return re.test(text);
}
