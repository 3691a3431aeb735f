/**
 * Quotes pass: direct quotes (between quotation marks of any kind, inside one paragraph, the
 * marks and a trailing comma left out) and reported statements ("he said that ...", "stressed",
 * "noted", "urged", "called for", "..., noted Xi"), each with its speaker when the sentence names
 * one. A reported clause that holds a direct quote is left to the direct quote.
 *
 * @module
 */
import type { Paragraph, Sentence } from './sentences.js';
import { findPeople, type Person, ROLE, resolve, speakerAround } from './speakers.js';

export interface QuoteMention {
  kind: 'direct' | 'reported';
  start: number;
  end: number;
  text: string;
  speaker: string | null;
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ['«', '»'],
  ['「', '」'],
];

/** Short quoted words with no sentence of their own are labels, not quotes ("new quality"). */
const isQuote = (inner: string) => inner.split(/\s+/).length >= 4 || /[.!?…]$/.test(inner);

function directQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteMention[] {
  const out: QuoteMention[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    for (const [open, close] of PAIRS) {
      let from = 0;
      for (;;) {
        const o = body.indexOf(open, from);
        if (o < 0) break;
        // A ‘ that is an apostrophe (inside a word) opens nothing.
        if (open === '‘' && /\p{L}/u.test(body[o - 1] ?? '')) {
          from = o + 1;
          continue;
        }
        let c = body.indexOf(close, o + 1);
        while (close === '’' && c >= 0 && /\p{L}/u.test(body[c + 1] ?? ''))
          c = body.indexOf(close, c + 1);
        if (c < 0) break;
        let s = o + 1;
        let e = c;
        while (s < e && /\s/.test(body[s] ?? '')) s++;
        while (e > s && /[\s,]/.test(body[e - 1] ?? '')) e--;
        const inner = body.slice(s, e);
        if (inner && isQuote(inner))
          out.push({
            kind: 'direct',
            start: p.start + s,
            end: p.start + e,
            text: inner,
            speaker: null,
          });
        from = c + 1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const NAME = "\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,2}";
const SUBJECT = `(${NAME}|${ROLE}|[Hh]e|[Ss]he)`;
const ADVERBS = '(?:(?:has|had|have|also|always|constantly|repeatedly|further|once|then)\\s+)*';
/** "X said (that) CLAUSE": the clause is the statement. */
const SAID = new RegExp(
  `(?:^|[,;]\\s+|\\band\\s+)${SUBJECT}(?:, [^,]{3,160},)?\\s+${ADVERBS}(?:said|says|stressed|noted|emphasi[sz]ed|pointed out|added|underlined|highlighted|underscored|told(?: [\\w-]+){1,3}? that|told (?:reporters|journalists))(?:(?: (?:in|at|on|during|after|before|while|when) [^,.“"]{1,40}?)? that)?\\s+(?=\\p{L})`,
  'u',
);
/** "X urged / called for / congratulated ...": the verb belongs to the statement. */
const ACTION = new RegExp(
  `\\b${SUBJECT}?\\s*${ADVERBS}\\b((?:urged|called for|called on|congratulated|praised|encouraged|hailed|demanded|instructed)\\b)`,
  'u',
);
/** "CLAUSE, noted Xi during ...": the statement comes first. */
const INVERTED = new RegExp(
  `^(.{20,}?),\\s+(?:(?:said|noted|stressed|added|emphasi[sz]ed)\\s+(${NAME}|${ROLE}|he|she)|(${NAME}|${ROLE}|he|she)\\s+(?:said|noted|stressed|added|pointed out|emphasi[sz]ed))\\b[^,]*\\.?$`,
  'u',
);

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.,;:!?]/.test(text[e - 1] ?? '')) e--;
  return e;
}

function reported(text: string, s: Sentence, people: readonly Person[]): QuoteMention | null {
  const said = SAID.exec(s.text);
  if (said) {
    const start = s.start + said.index + said[0].length;
    const end = trimEnd(text, start, s.end);
    const speaker = resolve(said[1] ?? '', s.start + said.index, people);
    return { kind: 'reported', start, end, text: text.slice(start, end), speaker };
  }
  const action = ACTION.exec(s.text);
  if (action?.[2]) {
    const start = s.start + action.index + action[0].length - action[2].length;
    const end = trimEnd(text, start, s.end);
    const subject = action[1] ?? subjectBefore(s.text.slice(0, action.index), people);
    const speaker = subject ? resolve(subject, start, people) : null;
    return { kind: 'reported', start, end, text: text.slice(start, end), speaker };
  }
  const inverted = INVERTED.exec(s.text);
  if (inverted?.[1]) {
    const start = s.start;
    const end = trimEnd(text, start, s.start + inverted[1].length);
    const who = inverted[2] ?? inverted[3] ?? '';
    return {
      kind: 'reported',
      start,
      end,
      text: text.slice(start, end),
      speaker: resolve(who, s.start, people),
    };
  }
  return null;
}

const SUBJECT_WORDS = new RegExp(`\\b(?:he|she|He|She)\\b|${NAME}`, 'gu');

/** The last pronoun or known person's name in `before`: the subject of a verb after it. */
function subjectBefore(before: string, people: readonly Person[]): string | undefined {
  const words = before.match(SUBJECT_WORDS) ?? [];
  const known = (w: string): string | undefined => {
    if (/^(?:he|she)$/i.test(w)) return w;
    const lower = w.toLowerCase();
    return people.find(
      (p) =>
        lower.includes(p.name.toLowerCase()) || p.name.toLowerCase().split(' ').includes(lower),
    )?.name;
  };
  return words
    .map(known)
    .filter((w) => w !== undefined)
    .pop();
}

/** The span of a sorted list that holds offset `at` (binary search). */
export function containing<T extends { start: number; end: number }>(
  list: readonly T[],
  at: number,
): T | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid] as T;
    if (at < x.start) hi = mid - 1;
    else if (at >= x.end) lo = mid + 1;
    else return x;
  }
  return undefined;
}

/** Finds the direct quotes and reported statements, in text order. */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
): QuoteMention[] {
  const people = findPeople(text);
  const direct = directQuotes(text, paragraphs);
  for (const q of direct) {
    const s = containing(sentences, q.start);
    const p = containing(paragraphs, q.start);
    const before = text.slice(s?.start ?? p?.start ?? 0, q.start - 1);
    const close = /^[\s,.!?…]*["”’»」]/.exec(text.slice(q.end))?.[0].length ?? 0;
    const from = q.end + close;
    const to = s && s.end > from ? s.end : Math.min(p?.end ?? from, from + 200);
    const after = text.slice(from, to);
    const word = speakerAround(before, after);
    q.speaker = word ? resolve(word, q.start, people) : null;
  }
  const out = [...direct];
  for (const s of sentences) {
    const r = reported(text, s, people);
    if (!r || r.end <= r.start) continue;
    // A reported clause that holds or touches a direct quote is left to the quote.
    if (direct.some((d) => d.start < r.end + 2 && r.start < d.end + 2)) continue;
    out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}
