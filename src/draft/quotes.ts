/**
 * Quotes pass: direct quotes (between quotation marks of any kind, inside one paragraph, the
 * marks and a trailing comma left out), each with its speaker when the sentence names one, and
 * the reported statements of `src/draft/statements.ts` (a statement that is itself a direct
 * quote is left to the quote).
 *
 * @module
 */
import { DESCRIBED, findPeople, NAME, OUTLET, ROLE, resolve } from './people.js';
import type { Paragraph, Sentence } from './sentences.js';
import {
  heLeader,
  pronounSubject,
  SPEAKER,
  SPEECH,
  speakerAfter,
  speakerAround,
  speakerLeadingIn,
} from './speakers.js';
import { findStatements, lastLeader } from './statements.js';
import { alt, STATEMENT_PARTICIPLES, STATEMENT_VERBS } from './vocabulary.js';

export interface QuoteMention {
  kind: 'direct' | 'reported';
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  /** When words such as "he said" split it: every part, the first the quote's own span. */
  parts?: { start: number; end: number; text: string }[];
  /** Its speaker is named right after it ("“Very good,” Chen replied"): not a later part. */
  answered?: boolean;
  /** A few words with no sentence of their own: a quote only when a person says them. */
  short?: boolean | 'label';
}

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ['«', '»'],
  ['「', '」'],
  // Curly marks of a page in GBK read as Latin-1 ("¡°Let's go together!¡±"), as Chinese
  // government sites' English pages often serve them.
  ['¡°', '¡±'],
];

/**
 * Short quoted words with no sentence of their own ("new quality") are a label, unless a leader
 * says them in the sentence ("urged officials to devise “effective ways”"): `short` marks them.
 */
const isShort = (inner: string) => inner.split(/\s+/).length < 4 && !/[.!?…]$/.test(inner);
/** Words before a short quote that make it a name or a label ("the so-called “two sessions”"). */
const LABEL_BEFORE =
  /(?:\b(?:so-called|the|The|[Dd]ubbed|[Kk]nown as|listed as|rated as|designated as|[Nn]amed|[Cc]alled|titled|themed|slogan|motto|word|words|term|phrase)\s*)$/u;
/**
 * An agency telling what happened ("..., Xinhua said", "state media reported", "according to
 * Xinhua"): its words in marks are the report's wording, not someone's speech.
 */
const AGENCY_SAID =
  /(?:,\s*)?(?:\b(?:(?:state|official|local) (?:media|television|broadcaster \w+)|(?:the )?Xinhua(?: News Agency)?|CCTV|(?:the )?(?:\p{Lu}\p{L}+ )+(?:Daily|Times|News|Post))\s+(?:said|says|reported|reports)\b|\baccording to (?:state media|(?:the )?Xinhua(?: News Agency)?|CCTV|(?:the )?(?:\p{Lu}\p{L}+ )+(?:Daily|Times|News|Post))\b)/gu;
/** "the" right before the opening mark. */
const THE_BEFORE = /\bthe\s*$/u;
/** Quoted words after "of" name a thing, whoever speaks in the sentence ("the work of “...”"). */
const OF_BEFORE = /(?<!\b(?:spoke|speaks|talked|talks|thought|think|thinks) )\bof\s*$/u;

/**
 * Words that make quoted words someone's speech when the sentence holds them, before or after
 * the marks: a verb of speech or of a reported statement ("said", "urged", "called the forest a
 * “national treasure”", "conceded", "chimed in"), "according to", "quoted". Quoted words in a sentence with none of
 * them and no speaker named next to them are a term, a name, a slogan or a local word.
 */
const SPEECH_CUE = new RegExp(
  `\\b(?:${SPEECH}|${alt(STATEMENT_VERBS)}|${alt(STATEMENT_PARTICIPLES)}|call(?:ed|s|ing)|describ(?:ed|es|ing)|hail(?:ed|s|ing)|prais(?:ed|es|ing)|[Aa]ccording to|quot(?:ed|es|ing)|say|saying|telling|exclaimed|shouted|writes|wrote|conceded|admitted|acknowledged|declared|announced|warned|joked|laughed|promised|assured|reminded|suggested|pointed to|chimed in|put it)\\b`,
  'u',
);

/**
 * Whether the quote opened last in paragraph `p` runs on into the next paragraph: it is the
 * paragraph's last mark, and the next paragraph opens with the same mark.
 */
const runsOn = (text: string, p: Paragraph, open: string) =>
  new RegExp(`^\\s*${open}`, 'u').test(text.slice(p.end)) &&
  /[.!?…,]\s*$/u.test(text.slice(p.start, p.end));

/** Widest line of text wrapped at a fixed width, as old pages and wire copy wrap it. */
const WRAP_WIDTH = 100;

/**
 * Where a quote left open in line `p` closes when the text is wrapped at a fixed width and the
 * quote goes on into the next lines ("“I hope farmers can benefit more when grain prices are on
 * the rise in some¶areas,” said Wen."): the closing mark's offset in the text, in one of the
 * next three lines, each of them no wider than wrapped text and right after the one before (no
 * blank line between); the first mark in that line must close (a line opening again, or holding
 * a quote of its own, is none); else -1.
 */
function wrappedClose(
  text: string,
  paragraphs: readonly Paragraph[],
  p: Paragraph,
  open: string,
  close: string,
): number {
  if (p.end - p.start < 40 || p.end - p.start > WRAP_WIDTH) return -1;
  let prev = p;
  for (let i = p.index + 1; i < paragraphs.length && i <= p.index + 3; i++) {
    const line = paragraphs[i] as Paragraph;
    if (!/^[ \t]*\r?\n[ \t]*$/u.test(text.slice(prev.end, line.start))) return -1;
    if (line.end - line.start > WRAP_WIDTH) return -1;
    const body = text.slice(line.start, line.end);
    const c = body.indexOf(close);
    const o = open === close ? -1 : body.indexOf(open);
    if (c >= 0) {
      if (o >= 0 && o < c) return -1;
      // Straight marks: the first one closes only when the line holds an odd number of them.
      if (open === close && body.split(close).length % 2 === 1) return -1;
      return line.start + c;
    }
    if (o >= 0) return -1;
    prev = line;
  }
  return -1;
}

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
        let c = body.indexOf(close, o + open.length);
        while (close === '’' && c >= 0 && /\p{L}/u.test(body[c + 1] ?? ''))
          c = body.indexOf(close, c + 1);
        // A quote running on into the next paragraph leaves its paragraph open, and the next
        // one opens again ("“I told him ... years ago.¶“I said ...”"): this part ends here.
        if (c < 0 && open === close && runsOn(text, p, open)) c = body.length;
        // Text wrapped at a fixed width: the quote goes on over the next lines to its mark.
        const wrapped = c < 0 && open !== '‘' ? wrappedClose(text, paragraphs, p, open, close) : -1;
        if (wrapped >= 0) {
          let e = wrapped;
          while (e > p.start && /[\s,]/.test(text[e - 1] ?? '')) e--;
          const s = p.start + o + open.length;
          out.push({ kind: 'direct', start: s, end: e, text: text.slice(s, e), speaker: null });
          break;
        }
        if (c < 0) break;
        let s = o + open.length;
        let e = c;
        while (s < e && /\s/.test(body[s] ?? '')) s++;
        while (e > s && /[\s,]/.test(body[e - 1] ?? '')) e--;
        const inner = body.slice(s, e);
        if (inner)
          out.push({
            kind: 'direct',
            start: p.start + s,
            end: p.start + e,
            text: inner,
            speaker: null,
            ...(isShort(inner) ? { short: true } : {}),
          });
        from = c + close.length;
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

const SPLIT = new RegExp(
  `^[\\s,.!?…]*(?:["”’»」]|¡±)\\s*,?\\s*(?:(${SPEAKER})\\s+${SPEECH}|${SPEECH}\\s+(${SPEAKER}))(?:,\\s+(?:a|an|the)\\s[^"“”.]{1,80})?(?:\\s+[\\w-]+){0,4}?\\s*[,.:;]?\\s*(?:["“‘«「]|¡°)\\s*$`,
  'u',
);
/** Most of its longer words capitalised: a title, not speech ("Eternal Glory to the Martyrs"). */
function titleCased(words: string): boolean {
  const long = words.split(/\s+/).filter((w) => w.length > 3);
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
}

/**
 * A speaker's name, or null for a person described, not named ("a villager", "the 41-year-old"),
 * and for a news outlet, which is no person ("Xinhua said").
 */
const UNNAMED = new RegExp(`^(?:${ROLE}|${DESCRIBED})$`, 'iu');
const named = (speaker: string | null) =>
  speaker && !UNNAMED.test(speaker) && !OUTLET.test(speaker) ? speaker : null;

/** "X was quoted (by Xinhua) as telling", "quoting Xi as saying", "quoted Wang as saying". */
const QUOTED_AS = new RegExp(
  `(?:(${NAME}|[Hh]e|[Ss]he)\\s+(?:was|is)\\s+quoted\\b(?:\\s+by\\s+[^,.“"]{1,60}?)?|quot(?:ed|ing|es)\\s+(${NAME}|him|her))\\s+as\\s+(?:saying|telling|having said)`,
  'u',
);

/**
 * The words after a quote's closing mark on the next line of a hard-wrapped text (“...,”
 * then "answered Chen." on a line of its own): that line to its first stop, when it opens in
 * lower case; else "".
 */
function wrappedAfter(text: string, from: number): string {
  const m = /^[ \t]*\r?\n[ \t]*(\p{Ll}[^\n.!?]*)/u.exec(text.slice(from, from + 160));
  return m?.[1] ? ` ${m[1]}` : '';
}

/** Finds the direct quotes and reported statements, in text order. */
export function findQuotes(
  text: string,
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
): QuoteMention[] {
  const people = findPeople(text);
  const direct: QuoteMention[] = [];
  /** The speaker the last sentence of the paragraph before offset `at` leads in, or null. */
  const leadIn = (at: number) => {
    const i = paragraphs.findIndex((x) => x.start <= at && at < x.end);
    const prev = paragraphs[i - 1];
    const last = prev ? containing(sentences, prev.end - 1) : undefined;
    return last ? speakerLeadingIn(text.slice(last.start, prev?.end)) : null;
  };
  for (const q of directQuotes(text, paragraphs)) {
    const s = containing(sentences, q.start);
    const p = containing(paragraphs, q.start);
    const from0 = s?.start ?? p?.start ?? 0;
    const before = text.slice(from0, Math.max(from0, q.start - 1));
    const close = /^[\s,.!?…]*(?:["”’»」]|¡±)/.exec(text.slice(q.end))?.[0].length ?? 0;
    const from = q.end + close;
    // A quote wrapped over lines: the words after it are in the sentence and line it ends in.
    const sEnd = p && q.end > p.end ? containing(sentences, from) : s;
    const pEnd = p && q.end > p.end ? containing(paragraphs, from) : p;
    const to = sEnd && sEnd.end > from ? sEnd.end : Math.min(pEnd?.end ?? from, from + 200);
    const after = text.slice(from, to);
    const word = speakerAround(before, after.trim() ? after : wrappedAfter(text, from));
    if (speakerAfter(after)) q.answered = true;
    const quoted = QUOTED_AS.exec(text.slice(s?.start ?? from0, to));
    const by = quoted?.[1] ?? quoted?.[2];
    // A quote opening its paragraph after a sentence that names who speaks next ("Wang Hai, a
    // retired engineer, recalled the old days." then the quote on a line of its own).
    const lead = !word && !by && p && p.start === q.start - 1 ? leadIn(q.start) : null;
    q.speaker = word
      ? speakerNamed(word, q.start, text, sentences, people)
      : by
        ? named(resolve(by, q.start, people))
        : lead
          ? named(resolve(lead, q.start, people))
          : lastLeader(before, from0, people);
    // A few words are a quote when a person says them ("“Nothing at all,” Sun replied"), or
    // lower-case words a leader uses in the sentence, not a name or a label.
    if (
      q.short &&
      !word &&
      (!/^\p{Ll}/u.test(q.text) || LABEL_BEFORE.test(before.trimEnd()) || !q.speaker)
    )
      q.short = 'label';
    // A title or a name in marks, whatever its length ("sing the “Epic of King Gesar”", "known
    // as the “Cradle of the Red Army”"), when no one is said to speak it.
    if (!word && !by && (LABEL_BEFORE.test(before.trimEnd()) || titleCased(q.text)))
      q.short = 'label';
    if (OF_BEFORE.test(before) && !speakerAfter(after)) q.short = 'label';
    // A few capitalised words in the middle of a sentence are a name or a slogan, whoever speaks
    // in it ("urged workers to make “Made in China” known").
    if (q.short && before.trim() && !speakerAfter(after) && titleCased(q.text)) q.short = 'label';
    // Lower-case words in marks right after "the", with no stop of their own, name a thing in
    // the sentence, whoever speaks in it ("urged officials to focus on the “last mile” of ...").
    if (THE_BEFORE.test(before) && /^\p{Ll}/u.test(q.text) && !/[.!?…]$/u.test(q.text))
      q.short = 'label';
    // Quoted words inside a sentence that no one is said to speak: a term, not a quote ("a
    // “ghost” that has haunted the nation", "to build a “moderately prosperous society”"). A
    // quote that opens its sentence, or follows a colon, stands as speech of its own.
    const told = `${before} ${after}`.replace(AGENCY_SAID, ' ');
    const speech = /:\s*$/u.test(before) || SPEECH_CUE.test(told);
    if (!word && !by && before.trim() && !speech) q.short = 'label';
    direct.push(q);
  }
  const merged = mergeParts(text, sentences, direct, people).filter((q) => {
    const keep = q.short !== 'label' || q.parts !== undefined;
    delete q.short;
    delete q.answered;
    return keep;
  });
  const out: QuoteMention[] = [...merged];
  for (const r of findStatements(text, sentences, people)) {
    // A statement that is a direct quote (it starts at the quotation mark) is left to the quote.
    if (merged.some((d) => d.start - 2 <= r.start && r.start <= d.start)) continue;
    if (merged.some((d) => d.start <= r.start && r.end <= d.end)) continue;
    out.push(r);
  }
  out.sort((a, b) => a.start - b.start);
  // A quote on a line of its own is the words of whoever spoke just before, in its paragraph
  // or the one before ("Xi expressed hope that ...", then the quote).
  const paragraphOf = (at: number) => containing(paragraphs, at)?.index ?? -1;
  out.forEach((q, i) => {
    const prev = out[i - 1];
    if (q.kind !== 'direct' || q.speaker || !prev?.speaker) return;
    if (paragraphOf(q.start) - paragraphOf(prev.start) <= 1) q.speaker = prev.speaker;
  });
  return out;
}

/**
 * The speaker a word names at `at`: "he" or "she" the person opening the sentence before (see
 * `pronounSubject`), else the fullest name before; "she" never a leader reports call "he".
 */
function speakerNamed(
  word: string,
  at: number,
  text: string,
  sentences: readonly Sentence[],
  people: ReturnType<typeof findPeople>,
): string | null {
  const who = pronounSubject(word, at, text, sentences, people) ?? resolve(word, at, people);
  return named(/^she$/iu.test(word) && who && heLeader(who, people) ? null : who);
}

/** Quotes split by "he said" (`“A,” he said. “B.”`): one quote whose parts are both. */
function mergeParts(
  text: string,
  sentences: readonly Sentence[],
  direct: readonly QuoteMention[],
  people: ReturnType<typeof findPeople>,
): QuoteMention[] {
  const out: QuoteMention[] = [];
  for (const q of direct) {
    const last = out[out.length - 1];
    const between = last ? text.slice(last.end, q.start) : '';
    const split = last && !q.answered && !between.includes('\n') ? SPLIT.exec(between) : null;
    if (last && split) {
      const parts = last.parts ?? [{ start: last.start, end: last.end, text: last.text }];
      last.parts = [...parts, { start: q.start, end: q.end, text: q.text }];
      const word = split[1] ?? split[2];
      if (word)
        last.speaker = speakerNamed(word, last.start, text, sentences, people) ?? last.speaker;
      if (q.short !== 'label') last.short = q.short;
      continue;
    }
    out.push(q);
  }
  return out;
}
