/**
 * Paragraphs and sentences with their offsets. A paragraph is a line; a sentence ends at `.`,
 * `!` or `?` (and any closing quotation marks) followed by white space and a capital letter, a
 * digit or an opening quotation mark, unless the word before the stop is an abbreviation
 * ("Co.", "Ltd.", "Mr.", "Jan.") or an initial.
 *
 * @module
 */

export interface Sentence {
  start: number;
  /** Exclusive; the sentence's final punctuation is inside. */
  end: number;
  text: string;
  /** Index of the paragraph (line) it stands in. */
  paragraph: number;
}

export interface Paragraph {
  start: number;
  end: number;
  index: number;
}

const ABBREVIATIONS = new Set(
  'co ltd inc corp mr mrs ms dr no st jan feb mar apr jun jul aug sep sept oct nov dec gov gen prof vs etc jr sr dept u.s e.g i.e a.m p.m'.split(
    ' ',
  ),
);

/** The paragraphs (non-blank lines) of `text`, trimmed. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length, index: out.length });
  }
  return out;
}

const STOP = /[.!?…]+["'”’»)]*(?=\s+["“‘«(]?[\p{Lu}\d])/gu;

/**
 * The sentences of `text`, in order. A sentence stays inside its paragraph, except a line
 * broken in mid-sentence, as pages that wrap their captions write them ("... inspects the
 * ICBC Financial Leasing Co., Ltd. in Tianjin" then a line "on December 27, 2013."): a line
 * that ends without a stop, on a word that cannot end a sentence or before a line that opens in
 * lower case, goes on into the next (its `paragraph` is the first line's); in text wrapped at a
 * fixed width (`hardWrapped`), every line that ends without a stop does.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = paragraphs(text);
  const hard = hardWrapped(text, lines);
  /** The line the last sentence ends in. */
  let line = -1;
  for (const s of lineSentences(text, lines)) {
    const last = out[out.length - 1];
    const wrapped = line >= 0 && (hard || wide(lines[line])) && last?.end === lines[line]?.end;
    if (
      last &&
      wrapped &&
      s.paragraph === line + 1 &&
      (hard ? !STOPPED.test(last.text) : continues(last.text, s.text))
    ) {
      last.end = s.end;
      last.text = text.slice(last.start, s.end);
    } else out.push(s);
    line = s.paragraph;
  }
  return out;
}

/** A line as long as wrapped text's (a short line broken off is a headline's). */
const wide = (p: Paragraph | undefined) => p !== undefined && p.end - p.start >= 50;

/** A line's end that ends its sentence. */
const STOPPED = /[.!?…:;"”’)\]]$/u;

/**
 * Whether the text is wrapped at a fixed width, as old pages and wire copy are (lines of 100
 * characters or fewer, most of them ending in mid-sentence, many going on in lower case): then
 * every line that ends without a stop goes on into the next, whatever its first word.
 */
function hardWrapped(text: string, lines: readonly Paragraph[]): boolean {
  const long = lines.filter((p) => p.end - p.start >= 30);
  if (long.length < 6 || lines.some((p) => p.end - p.start > 100)) return false;
  const open = long.filter((p) => !STOPPED.test(text.slice(p.start, p.end)));
  // A list of short lines (a time line's sites) opens each line with a capital; wrapped prose
  // goes on in lower case from many of its lines.
  const lower = open.filter((p) => {
    const next = lines[p.index + 1];
    return next !== undefined && /^\p{Ll}/u.test(text.slice(next.start, next.end));
  });
  return open.length * 2 >= long.length && lower.length * 3 >= open.length;
}

/** Whether a line's last words `before` go on in the next line's first sentence `after`. */
function continues(before: string, after: string): boolean {
  if (STOPPED.test(before)) return false;
  return (
    /^\p{Ll}/u.test(after) ||
    /(?:,|\b(?:of|the|and|a|an|in|at|on|to|for|with|by|from|as|also|while))$/.test(before)
  );
}

function lineSentences(text: string, lines: readonly Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  for (const p of lines) {
    const body = text.slice(p.start, p.end);
    let from = 0;
    STOP.lastIndex = 0;
    for (let m = STOP.exec(body); m; m = STOP.exec(body)) {
      const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(from, m.index - 12), m.index))?.[1];
      const word = before?.toLowerCase() ?? '';
      if (m[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before ?? '')))
        continue;
      const end = m.index + m[0].length;
      push(out, text, p, from, end);
      from = end;
    }
    push(out, text, p, from, body.length);
  }
  return out;
}

function push(out: Sentence[], text: string, p: Paragraph, from: number, to: number) {
  const raw = text.slice(p.start + from, p.start + to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (!body) return;
  const start = p.start + from + lead;
  out.push({ start, end: start + body.length, text: body, paragraph: p.index });
}

/** The sentence holding offset `at`, or `undefined`. */
export function sentenceAt(list: readonly Sentence[], at: number): Sentence | undefined {
  return list.find((s) => s.start <= at && at < s.end);
}
