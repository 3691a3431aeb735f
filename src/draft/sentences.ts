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

/** The sentences of `text`, in order, each inside one paragraph. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs(text)) {
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
