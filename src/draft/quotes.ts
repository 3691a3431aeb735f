/**
 * Quotes pass: direct quotes (between quotation marks of any kind, inside one paragraph, the
 * marks and a trailing comma left out), each with its speaker when the sentence names one, and
 * the reported statements of `src/draft/statements.ts` (a statement that is itself a direct
 * quote is left to the quote).
 *
 * @module
 */
import { findPeople, resolve } from './people.js';
import type { Paragraph, Sentence } from './sentences.js';
import { speakerAround } from './speakers.js';
import { findStatements } from './statements.js';

export interface QuoteMention {
  kind: 'direct' | 'reported';
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** When words such as "he said" split it: every part, the first the quote's own span. */
  parts?: { start: number; end: number; text: string }[];
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
  for (const r of findStatements(text, sentences, people)) {
    // A statement that is a direct quote (it starts at the quotation mark) is left to the quote.
    if (direct.some((d) => d.start - 2 <= r.start && r.start <= d.start)) continue;
    if (direct.some((d) => d.start <= r.start && r.end <= d.end)) continue;
    out.push(r);
  }
  return out.sort((a, b) => a.start - b.start);
}
