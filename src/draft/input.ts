/**
 * Bad input, refused before any pass runs: empty, binary, UTF-16, too large, not English.
 *
 * @module
 */

/** Why an article cannot be drafted. */
export type DraftInputCode =
  | 'empty'
  | 'binary'
  | 'utf-16'
  | 'too-large'
  | 'no-date'
  | 'bad-date'
  | 'not-english';

/** Thrown by `draftArticle` for input it cannot draft; `message` is one line for a person. */
export class DraftInputError extends Error {
  readonly code: DraftInputCode;
  /** For `no-date` from an agency dateline without a year: the dateline as worded. */
  readonly dateline: string | undefined;
  constructor(code: DraftInputCode, message: string, dateline?: string) {
    super(message);
    this.name = 'DraftInputError';
    this.code = code;
    this.dateline = dateline;
  }
}

/** The largest article accepted, in UTF-8 bytes (1 MiB). */
export const MAX_ARTICLE_BYTES = 1_048_576;

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// Control characters other than tab, line feed, form feed and carriage return, and U+FFFD
// (what a decoder puts where bytes were not UTF-8).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\ufffd]/g;

/**
 * Whether a text read as UTF-8 is the bytes of a UTF-16 file (Windows' "Unicode" text): its
 * byte order mark read as two U+FFFD, or, in its first 200 characters, a NUL at most positions
 * of one parity (the high bytes of Latin letters) and at none of the other.
 */
export function looksUtf16(text: string): boolean {
  if (text.startsWith('\ufffd\ufffd')) return true;
  const head = text.slice(0, 200);
  const nuls = [0, 0];
  for (let i = 0; i < head.length; i++)
    if (head[i] === '\u0000') nuls[i % 2] = (nuls[i % 2] ?? 0) + 1;
  const [even = 0, odd = 0] = nuls;
  return Math.max(even, odd) > head.length / 4 && Math.min(even, odd) === 0;
}

/**
 * Throws a {@link DraftInputError} when the text is empty, UTF-16 read as UTF-8, binary, too
 * large or not English.
 */
export function checkInput(text: string): void {
  if (typeof text !== 'string' || text.trim() === '')
    throw new DraftInputError('empty', 'The article is empty.');
  if (text.length > MAX_ARTICLE_BYTES || utf8Length(text) > MAX_ARTICLE_BYTES)
    throw new DraftInputError(
      'too-large',
      `The article is over 1 MiB (${MAX_ARTICLE_BYTES} bytes); split it or trim it.`,
    );
  if (looksUtf16(text))
    throw new DraftInputError(
      'utf-16',
      'The file is UTF-16 text, not UTF-8: save it as UTF-8 and try again.',
    );
  const odd = text.match(BINARY)?.length ?? 0;
  if (text.includes('\u0000') || odd > Math.max(2, text.length / 1000))
    throw new DraftInputError('binary', 'The file is not text (it holds binary data).');
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const common = words.filter((w) => COMMON.has(w)).length;
  if (
    letters === 0 ||
    latin / letters < 0.6 ||
    (words.length >= 20 && common / words.length < 0.08)
  )
    throw new DraftInputError(
      'not-english',
      'The article is not in English; the draft engine reads English articles only.',
    );
}

const COMMON = new Set(
  'the of and to in a is that for on with as by was at from he his it are has have be an said this which its their were will'.split(
    ' ',
  ),
);
