/**
 * How reports word a number: digits ("4.3", "13,000"), digits with a scale ("1.2 billion"),
 * words ("nine", "one and a half", "one hundred thousand", "a thousand"), and the qualifier
 * before it ("more than", "at least"). Number words are read by the `numbered` package.
 *
 * @module
 */
import numbered from 'numbered';

/** "About" or "about": a word whose first letter may be a capital (sentence start). */
const initial = (words: readonly string[]) =>
  words.map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');

/** Words that qualify a number, the longest first. */
export const QUALIFIERS = [
  'just short of',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'up to',
  'approximately',
  'almost',
  'nearly',
  'about',
  'around',
  'roughly',
  'over',
  'under',
  'some',
  'only',
  'just',
];

/** An optional qualifier and its space; group `q`. */
export const QUALIFIER = `(?:(?<q>${initial(QUALIFIERS)})\\s+)?`;

/** "one" to "nineteen" and "twenty" to "ninety", in `numbered`'s words. */
const SMALL = Array.from({ length: 19 }, (_, i) => numbered.stringify(i + 1));
const TENS = Array.from({ length: 8 }, (_, i) => numbered.stringify((i + 2) * 10));
const SCALES = 'hundred|thousand|million|billion';

/** A number in words: "nine", "twenty-three", "one hundred thousand", "a thousand". */
const WORDS = `(?:(?:${initial(TENS)})(?:-(?:${SMALL.slice(0, 9).join('|')}))?|${initial(SMALL)}|[Aa](?=\\s+(?:${SCALES})))(?:\\s+(?:${SCALES}))*(?:\\s+and\\s+a\\s+half)?`;

/** Digits with decimals, then an optional scale word; groups `d` (digits) and `s` (scale). */
const DIGITS = `(?<d>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s+(?<s>thousand|million|billion|trillion))?`;

/** A number in digits (groups `d`, `s`) or in words (group `w`). */
export const NUMBER = `(?:${DIGITS}|(?<w>${WORDS}))`;

/** The value of a number in words ("one and a half" is 1.5); `null` when unreadable. */
export function wordValue(words: string): number | null {
  const half = /\s+and\s+a\s+half$/i.test(words);
  const body = words
    .replace(/\s+and\s+a\s+half$/i, '')
    .replace(/^a\s+/i, 'one ')
    .toLowerCase();
  const value = numbered.parse(body);
  return Number.isFinite(value) && value > 0 ? value + (half ? 0.5 : 0) : null;
}

/** The value of digits as written ("13,000" is 13000, "8.6" is 8.6). */
export const digitValue = (digits: string) => Number(digits.replace(/,/g, ''));

/** Whether a number in words is a small one (under twenty), weak evidence of a figure. */
export const smallWord = (words: string) =>
  new RegExp(`^(?:${initial(SMALL)})$`).test(words.trim());

const PARTS: Record<string, number> = {
  half: 2,
  third: 3,
  quarter: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** The value of a fraction in words: "half" 0.5, "one third", "two in five" 0.4. */
export function fractionValue(words: string): number | null {
  const w = words.toLowerCase().trim();
  if (w === 'half') return 0.5;
  const m = /^(\w+)(?:[- ](\w+?)s?|\s+in\s+(\w+))$/.exec(w);
  const top = m?.[1] === 'a' ? 1 : m?.[1] ? wordValue(m[1]) : null;
  const bottom = m?.[2] ? (PARTS[m[2]] ?? null) : m?.[3] ? wordValue(m[3]) : null;
  return top && bottom ? top / bottom : null;
}
