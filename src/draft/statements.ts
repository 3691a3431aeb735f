/**
 * Reported statements pass: what a leader said without quotation marks, each span starting
 * after the reporting verb (and "that") and ending where its clause ends.
 *
 * Shapes read, in one sentence or several:
 * - "X said/stressed/noted/emphasized (that) CLAUSE", "X expressed hope that", "X hoped that";
 * - "X urged/called for/called on/encouraged/asked OBJECT ...", "X pledged to ...";
 * - continued: "..., and encouraged ...", "..., urging ...", "..., adding that ...",
 *   "Calling on ..., X asked ...": the same speaker, a statement of each;
 * - inverted: "CLAUSE, X said (during a trip to ...)", "CLAUSE, according to the premier",
 *   "CLAUSE, he said, MORE" (one statement in two parts);
 * - a trailing frame is no part of the statement ("... during an inspection tour of ...").
 *
 * A statement is a leader's: its speaker resolves to a leader the article names (see
 * `src/draft/people.ts`), never a city, a role or another person.
 *
 * @module
 */
import { isLeader, namedAsObject, type Person, resolve } from './people.js';
import type { QuoteMention } from './quotes.js';
import type { Sentence } from './sentences.js';
import { heLeader, speakerAfter } from './speakers.js';
import {
  alt,
  STATEMENT_FRAME,
  STATEMENT_PARTICIPLES,
  STATEMENT_VERBS,
  STATEMENT_WITH_VERB,
} from './vocabulary.js';

const NAME = "\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,2}";
const TITLE_WORD =
  '(?:the |The )(?:Chinese |[Vv]ice |[Ee]xecutive [Vv]ice )?(?:[Pp]resident|[Pp]remier|[Gg]eneral [Ss]ecretary|[Vv]ice[- ][Pp]remier|[Pp]arty (?:[Ss]ecretary|chief)|[Ss]ecretary|(?:[Vv]ice[- ])?[Gg]overnor|[Mm]ayor)';
/** Who speaks: a name (with its title), "the premier", "he". */
const SUBJECT = `(?:${TITLE_WORD}|${NAME}|[Hh]e|[Ss]he)`;
/** Words between a subject and its verb: an aside in commas, adverbs, a day. */
const BETWEEN =
  '(?:,[^,]{2,200},)?(?:\\s+(?:has|have|had|also|always|repeatedly|further|once|then|again|yesterday|today|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening))?))*';
const FINITE = alt(STATEMENT_VERBS);
const PARTICIPLE = alt(STATEMENT_PARTICIPLES);

/** A subject ending `before`, with what stands between it and the verb. */
const SUBJECT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${SUBJECT})${BETWEEN}\\s*$`, 'u');
/** "..., and encouraged", "while asking": the verb continues the sentence's speaker. */
const CONTINUED = /(?:^|,|\band|\bwhile)\s*(?:also\s+)?$/u;
/** A verb that reports: finite, or a participle continuing the sentence. */
const VERB = new RegExp(`\\b(?:(${FINITE})|(${PARTICIPLE}))\\b`, 'gu');
/** "that" after the verb, maybe after a short frame ("said in Beijing that"). */
const THAT = /^(\s+(?:in|at|on|during|while|when|after)\s[^,.“"]{1,60}?)?\s+that\s+(?=\S)/u;
/** Whom a leader told and what to do: "the farmer to pay", "local departments and officials to learn". */
const TOLD_TO =
  /^\s+(?!(?:he|she|they|it|we|I|you)\b)(?:(?!(?:he|she|they|it|we|I|you)\b)[\p{L}'’-]+\s+){0,5}?to\s+\p{Ll}/u;
/** What "that" after a tour tells of the tour, not of what was said ("that ended on Friday"). */
const TOUR_THAT =
  /^(?:ended|began|started|lasted|concluded|wrapped up|took (?:him|her)|spanned|covered)\b/u;
/** What may not follow a verb for its object to be a statement. */
const NOT_OBJECT =
  /^\s*(?:about|whether|how|what|why|if|after|for|him|her|me|us|during|while|when|in|at|on|as|to see|up\b|[,.;:“"”])/u;
/** Where a statement's clause ends: another reporting verb, the visit's frame, a new speaker. */
const END = new RegExp(
  `(?:,\\s+(?:and\\s+|while\\s+)?(?:also\\s+)?(?:${FINITE}|${PARTICIPLE})\\b|\\s+and\\s+(?:also\\s+)?(?:${FINITE})\\b|,?\\s+${alt(STATEMENT_FRAME)}|,\\s+${SUBJECT}\\s+(?:said|added|noted|stressed)\\b)`,
  'u',
);
/** An agency's dateline opening a sentence ("YINCHUAN, July 20 (Xinhua) -- "). */
const DATELINE_OPENS = /^\p{Lu}[\p{Lu}\s.'’-]+,[^\n]{0,60}?\s(?:--|—|–)\s*/u;

/** "CLAUSE, X said ...", "CLAUSE, according to X". */
const INVERTED = new RegExp(
  `^(.{6,}?),\\s+(?:(${SUBJECT})\\s+(?:has\\s+)?(?:said|says|noted|stressed|added|emphasi[sz]ed|pointed out|underlined|underscored)|(?:said|noted|stressed|added)\\s+(${SUBJECT})|according to (${SUBJECT}))(?=\\s*(?:[.!?"”]*$|,)|,?\\s+${alt(STATEMENT_FRAME)})`,
  'u',
);

const trimEnd = (text: string, start: number, end: number) => {
  let e = end;
  while (e > start && /[\s.,;:!?]/.test(text[e - 1] ?? '')) e--;
  return e;
};

/** Where the clause that starts at `from` (an index into `body`) ends. */
function clauseEnd(body: string, from: number): number {
  const m = END.exec(body.slice(from));
  return m ? from + m.index : body.length;
}

/** The leader `word` stands for at `at`, or null when it is not a leader's word. */
function leaderOf(word: string, at: number, people: readonly Person[]): string | null {
  const name = resolve(word, at, people);
  // "She" is never a leader reports call "he" ("She said she would wait": the farmer).
  if (name && /^she$/iu.test(word) && heLeader(name, people)) return null;
  return name && isLeader(name, people) ? name : null;
}

/**
 * "Xi Jinping has urged Jiangsu to ..., Xin noted": the clause tells what another leader has
 * said over time, and the leader after it cites it. The whole clause is the citing leader's.
 */
function cites(
  clause: string,
  speaker: string | null,
  s: Sentence,
  people: readonly Person[],
): boolean {
  const m = new RegExp(
    `^(${SUBJECT})\\s+(?:has|have)\\s+(?:\\w+ly\\s+)?(?:${FINITE})\\b`,
    'u',
  ).exec(clause);
  if (!m?.[1] || !speaker) return false;
  const other = leaderOf(m[1], s.start, people);
  return other !== null && other !== speaker;
}

/** The statements of one sentence. */
function statementsIn(text: string, s: Sentence, people: readonly Person[]): QuoteMention[] {
  const out: QuoteMention[] = [];
  const body = s.text;
  const mention = (start: number, end: number, speaker: string | null, parts?: number[][]) => {
    const a = s.start + start;
    const e = trimEnd(text, a, s.start + end);
    if (e - a < 8 || !speaker) return;
    const q: QuoteMention = {
      kind: 'reported',
      start: a,
      end: e,
      text: text.slice(a, e),
      speaker,
    };
    if (parts) {
      q.parts = parts.map(([ps, pe]) => {
        const ts = s.start + (ps as number);
        const te = trimEnd(text, ts, s.start + (pe as number));
        return { start: ts, end: te, text: text.slice(ts, te) };
      });
      q.end = q.parts[0]?.end ?? q.end;
      q.text = text.slice(q.start, q.end);
    }
    out.push(q);
  };
  // The sentence's speaker: whoever it names as the subject of its first reporting verb.
  let speaker: string | null = null;
  let covered = 0;
  const inverted = INVERTED.exec(body);
  const invertedWho = inverted?.[2] ?? inverted?.[3] ?? inverted?.[4] ?? '';
  if (
    inverted?.[1] &&
    !/^["“‘]/u.test(body) &&
    (!VERB_IN(inverted[1]) ||
      cites(inverted[1], leaderOf(invertedWho, s.start + inverted[1].length, people), s, people))
  ) {
    speaker = leaderOf(invertedWho, s.start + inverted[1].length, people);
    // "YINCHUAN, July 20 (Xinhua) -- CLAUSE, Xi said": the dateline is no part of the clause.
    const first = DATELINE_OPENS.exec(inverted[1])?.[0].length ?? 0;
    let after = inverted[0].length;
    // "..., he said during a visit to ...": the frame is no part of what he said.
    const frame = new RegExp(`^,?\\s+${alt(STATEMENT_FRAME)}[^,.]*`, 'u').exec(body.slice(after));
    if (frame) after += frame[0].length;
    const rest = /^,\s+/.exec(body.slice(after));
    const next = rest ? after + rest[0].length : -1;
    if (next > 0 && !VERB_AT(body.slice(next))) {
      const end = clauseEnd(body, next);
      mention(first, inverted[1].length, speaker, [
        [first, inverted[1].length],
        [next, end],
      ]);
      covered = end;
    } else {
      mention(first, inverted[1].length, speaker);
      covered = after;
    }
  }
  VERB.lastIndex = covered;
  // Words inside quotation marks are the quote's ("“Xi told us to ...,” recalled Zhao"): no verb
  // of the sentence.
  const blanked = unquoted(body);
  for (let m = VERB.exec(body); m; m = VERB.exec(body)) {
    if (m[1] === 'told' && blanked.slice(m.index, m.index + 4) !== 'told') continue;
    const before = body.slice(0, m.index);
    let who: string | null = null;
    if (m[1]) {
      const subject = SUBJECT_BEFORE.exec(before);
      if (subject?.[1]) who = leaderOf(subject[1], s.start + m.index, people);
      else if (CONTINUED.test(before)) who = speaker ?? lastLeader(before, s.start, people);
      else continue;
    } else if (/(?:^|,\s*|\bwhile\s+|\band\s+)$/u.test(before)) {
      // "“...,” recalled Zhao Ming, a ranger, adding that ...": the quote's speaker goes on.
      const close = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'));
      const quoted = close >= 0 ? speakerAfter(before.slice(close + 1)) : null;
      who =
        speaker ??
        leaderOf(quoted ?? firstSubject(unquoted(body)) ?? 'he', s.start + m.index, people);
    } else continue;
    if (!who) continue;
    speaker ??= who;
    let from = STATEMENT_WITH_VERB.test(m[0]) ? m.index : m.index + m[0].length;
    const that = THAT.exec(body.slice(from));
    // "said on a tour of Henan that ended on Thursday": "that" tells of the tour.
    if (that?.[1] && TOUR_THAT.test(body.slice(from + that[0].length))) continue;
    if (that) from += that[0].length;
    else if (!/\bthat$/u.test(m[0])) {
      if (NOT_OBJECT.test(body.slice(from))) continue;
      // "asked about ...", "called on a herdsman's family" (a visit): a statement only when
      // the clause says what to do ("called on officials to ...").
      if (
        /^(?:ask|call(?:ed|s|ing) on)/iu.test(m[0]) &&
        !/^[^,.;]{1,80}?\bto\b/u.test(body.slice(from))
      )
        continue;
      // "told the farmer to ...": whom, then what to do ("told residents he pays attention to
      // ..." tells no order; "told reporters" none).
      if (m[0] === 'told' && !TOLD_TO.test(body.slice(from))) continue;
    }
    from += /^\s+/.exec(body.slice(from))?.[0].length ?? 0;
    const end = clauseEnd(body, from);
    mention(from, end, who);
    VERB.lastIndex = Math.max(VERB.lastIndex, end);
  }
  return out;
}

/** The sentence with the words inside quotation marks blanked (a name quoted is no subject). */
const unquoted = (body: string) =>
  body.replace(/“[^”]*”|"[^"]*"/gu, (all) => `${all[0]}${' '.repeat(all.length - 2)}${all.at(-1)}`);

/** Whether a clause holds a reporting verb with its subject ("Xi said ..."): not inverted. */
const VERB_IN = (clause: string) =>
  new RegExp(`${SUBJECT}${BETWEEN}\\s+(?:${FINITE})\\b`, 'u').test(clause);
/** Whether words start with a reporting verb ("noting that", "and urged"). */
const VERB_AT = (words: string) =>
  new RegExp(
    `^(?:and\\s+|while\\s+)?(?:also\\s+)?(?:he\\s+|she\\s+)?(?:${FINITE}|${PARTICIPLE})\\b`,
    'u',
  ).test(words);
const WORDS = new RegExp(`${TITLE_WORD}|${NAME}|\\b[Hh]e\\b|\\b[Ss]he\\b`, 'gu');
/** The last words in `before` (a sentence's start) that stand for a leader. */
export function lastLeader(
  before: string,
  at: number,
  people: readonly Person[],
  skip: ReadonlySet<string> = new Set(),
): string | null {
  const words = [...before.matchAll(WORDS)].reverse();
  for (const w of words) {
    // "Xi's tour": a possessive is not the subject; nor is "her" or "him" ("Her son, Guo
    // Ping, said ...": the son speaks, not the woman "her" stands for).
    if (/^['’]s\b/u.test(before.slice((w.index ?? 0) + w[0].length))) continue;
    if (/^(?:her|him)$/iu.test(w[0])) continue;
    // "the instructions of General Secretary Xi Jinping": named, not speaking.
    if (namedAsObject(before, w.index ?? 0, (w.index ?? 0) + w[0].length)) continue;
    const leader = leaderOf(w[0], at + (w.index ?? 0), people);
    if (leader && !skip.has(leader)) return leader;
  }
  return null;
}

/** The first subject word of a sentence ("Calling on ..., Xi asked ..." gives "Xi"). */
function firstSubject(body: string): string | undefined {
  const m = new RegExp(`(${SUBJECT})${BETWEEN}\\s+(?:${FINITE})\\b`, 'u').exec(body);
  return m?.[1];
}

/** The reported statements of the article, in text order. */
export function findStatements(
  text: string,
  sentences: readonly Sentence[],
  people: readonly Person[],
): QuoteMention[] {
  return sentences.flatMap((s) => statementsIn(text, s, people));
}
