/**
 * Visits told by a reference to a site named earlier: "Li had visited the park two years ago"
 * (the park being the Suzhou Industrial Park of an earlier sentence), "he first visited it in
 * March 2019", "he had been there in 2019". The reference's words are the visit's mention; the
 * site is the last earlier one its head word names ("park"), or for "it" and "there" the site
 * of the visit told last. Such a visit carries a review note naming what it was resolved to.
 *
 * @module
 */
import type { Located } from './locate.js';
import type { Sentence } from './sentences.js';
import type { SiteMention } from './sites.js';
import { hasWord } from './words.js';

const HEAD =
  'park|plant|factory|company|port|village|mill|group|terminal|museum|base|farm|cooperative|market|school|university|hospital|mine|zone|community|station|cent(?:er|re)|works|institute|laboratory|garden|wharf|shipyard';
const REFERENCE = new RegExp(
  `\\b(?:(?:re)?visit(?:ed|ing|s)?|inspect(?:ed|ing|s)?|tour(?:ed|ing|s)?|(?:went|came|returned|been)(?: back)? to|stopped at|paid a visit to)\\s+(?:((?:the|this|that) (?:[a-z-]+ ){0,2}?(${HEAD}))|(it|there))\\b|\\b(?:been|returned|went back|came back) (there)\\b`,
  'i',
);

/** An earlier site a reference may point at: a visit's, or a site named in passing. */
export interface Earlier {
  /** The site's name (the fullest form the article gives). */
  name: string;
  start: number;
  /** Where it is, when known (a visit's place). */
  located?: Located;
  /** The site's own mention, to locate one named in passing. */
  site?: SiteMention;
  /** Whether it is a visit told before (the referent of "it" and "there"). */
  visited: boolean;
  /** The kind of place a name alone is ("village" for "Shuanghe, a village ..."). */
  kind?: string;
}

/** An earlier site's name with its kind, for matching a reference's head word. */
export const namedAs = (e: Earlier) => (e.kind ? `${e.name} ${e.kind}` : e.name);

export interface Recalled {
  /** The reference as written ("the park", "it"), inside the sentence. */
  mention: SiteMention;
  to: Earlier;
  note: string;
}

const wordIn = (name: string, word: string) =>
  hasWord(name.replace(/\bCent(?:er|re)\b/i, 'center'), word);

/**
 * The site a sentence refers back to with a visit verb, or `null`.
 *
 * @param earlier - sites named or visited before the sentence, in text order.
 */
export function recalledSite(sentence: Sentence, earlier: readonly Earlier[]): Recalled | null {
  const m = REFERENCE.exec(sentence.text);
  if (!m) return null;
  const words = m[1] ?? m[3] ?? m[4] ?? '';
  const head = (m[2] ?? '').toLowerCase().replace(/centre/, 'center');
  const before = earlier.filter((e) => e.start < sentence.start);
  const to = head
    ? before.filter((e) => wordIn(namedAs(e), head)).pop()
    : before.filter((e) => e.visited).pop();
  if (!to) return null;
  const start = sentence.start + (m.index ?? 0) + m[0].lastIndexOf(words);
  return {
    mention: { start, end: start + words.length, text: words, facility: null },
    to,
    note: `site resolved from an earlier mention ("${words}" = ${to.name})`,
  };
}
