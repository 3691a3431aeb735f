/**
 * Who made each visit and who went with them: a refiner run after the visits pass. Each drafted
 * visit gets its `leader` (the leader its sentence, or the sentences before, names as making it;
 * else the leader the article names most), with the passage naming them, the title the article
 * gives and the Chinese name where the vocabulary knows it; and its `accompanied` officials (names
 * after "accompanied (on the trip) by", "Accompanying Xi were", "Present at the inspection were"
 * or "Attending the activities were", or before "accompanied Xi on the trip", "joined the
 * inspection tour", "were (also) present" or, for two names or more, "attended", "participated
 * in" or "took part in"; names listed with their titles, by commas or semicolons; a title before
 * a name, as in "Party Secretary Xu Lin", is no part of it), each with its passage. Officials
 * named in a sentence that frames the tour (a trip, a tour, a range of days), or in no visit's
 * sentence, went on every visit; officials named in a visit's own sentence went on the visits
 * that sentence tells.
 *
 * @module
 */
import { isLeader, type Person, resolve, SYLLABLE } from './people.js';
import { containing } from './quotes.js';
import type { Sentence } from './sentences.js';
import { lastLeader } from './statements.js';
import type { DraftFeature } from './types.js';
import { LEADER_ZH, VISIT_VERB } from './vocabulary.js';

interface Named {
  name: string;
  start: number;
  end: number;
}

/** A run of capitalised words ("Guizhou Party Secretary Xu Lin", "Chen Min'er"). */
const RUN = /\p{Lu}[\p{Ll}’'-]+(?: \p{Lu}[\p{Ll}’'-]+)*/gu;
/** Words that make capitalised words an office or a place, not a person. */
const NOT_PERSON =
  /\b(?:Committee|Province|Provincial|Party|CPC|Government|Central|Commission|Municipal|Municipality|City|County|Political|Bureau|Standing|Army|Office|Military|Republic|China|Chinese|Premier|President|Vice|Secretary|Governor|Mayor|General|Xinhua|Council|State|National|People|Region|Autonomous|District|Township|Village|Chairman|Director|Minister|Chief|Deputy|Executive|Member|Members)\b/u;
/** What may stand before an official's name in a list ("by", ",", "and", a title). */
const BEFORE_NAME =
  /(?:^|\bby|,|:|;|\band|\bincluding|\bsuch as|\bas well as|\b(?:were|was)|\b(?:secretary|governor|mayor|chairman|director|chief|head|minister|leaders?|officials?|premier))\s*$/iu;
const AFTER_NAME = /^(?:\s*,|\s+and\b|\s*[.;]|\s*$|\s+as well as\b)/u;
/**
 * "accompanied by", "accompanied on the trip by", "Accompanying Xi were", "Those accompanying Xi
 * on the tour included", "Also present were": names after.
 */
const NAMES_AFTER =
  /\b(?:[Aa]ccompanied (?:[\w-]+ ){0,5}?by|(?:[Aa]lso |[Tt]hose |[Oo]fficials )?[Aa]ccompanying (?:him|her|them|the [\w-]+(?: [\w-]+)?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?: on the (?:[\w-]+ )?(?:tour|trip|inspection|visit))? (?:were|was|are|is|included|include)|[Aa]lso (?:present|on hand|in attendance) (?:were|was)|(?:[Aa]lso )?(?:[Pp]resent|[Aa]ttending) (?:at |during |on )?(?:the |this |his |her )?(?:[\w-]+ ){0,3}?(?:were|was|included)|(?:[Tt]hose|[Aa]mong those) (?:present|attending)(?: [\w-]+){0,4}? (?:were|was|included))\s+/u;
/**
 * "... accompanied Xi", "... joined the inspection tour", "... were also present", "... also
 * attended the event": names before.
 */
const NAMES_BEFORE =
  /,?\s+(?:(?:also |all )?accompanied (?!by\b)|joined (?:the|him|her|\p{Lu}\p{Ll}+)(?: [\w-]+){0,2} (?:inspection|tour|trip|visit)|(?:were|was) (?:also |all )?(?:present|on hand|in attendance|among those accompanying)|also (?:attended|took part in) (?:the )?(?:[\w-]+ )?(?:inspection|tour|visit|trip|event|activities|activity)|(?:also |all )?(?:attended|participated|took part)\b(?!\s+(?:in\s+)?an?\b))/u;
/** "... attended", "... participated in ...": a list's verb only for two names or more, or "also". */
const ATTENDED = /^,?\s+(?:all )?(?:attended|participated|took part)\b/u;
const VISIT = new RegExp(VISIT_VERB, 'u');
/** A sentence that frames the tour: its officials went on every visit. */
const FRAME =
  /\b(?:from [\w.]+ (?:\d+ )?to \d+|between [\w.]+ (?:\d+ )?and \d+|tour|trip|inspection)\b/iu;

/**
 * The person a run of capitalised words ends with: its last two words ("Xu Lin" of "Guizhou
 * Party Secretary Xu Lin"), or the run itself when it is a name of two or three words.
 */
function nameIn(run: string): { name: string; at: number } | null {
  const words = run.split(' ');
  if (words.length < 2) return null;
  const whole = words.length <= 3 && !NOT_PERSON.test(run);
  const name = whole ? run : words.slice(-2).join(' ');
  if (NOT_PERSON.test(name)) return null;
  // A title or office before the name ("Governor", "Party Secretary") shows it is one.
  if (!whole && !NOT_PERSON.test(words.slice(0, -2).join(' '))) return null;
  return { name, at: run.length - name.length };
}

/**
 * A name in lower case, as machine translation writes it ("liu chang", "lu zhong-gong"): a
 * pinyin surname and a given name of one or two syllables.
 */
const LOWER_NAME = new RegExp(
  `(?<![\\p{L}'’-])${SYLLABLE} ${SYLLABLE}(?:-?${SYLLABLE})?(?![\\p{L}'’-])`,
  'gu',
);

/** "liu chang" as "Liu Chang", "lu zhong-gong" as "Lu Zhong-gong". */
const capitalised = (name: string) =>
  name.replace(/(^| )(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`);

/** The officials a sentence says accompanied the visit, with their passages. */
function officialsIn(s: Sentence): Named[] {
  let region: [number, number] | null = null;
  const by = NAMES_AFTER.exec(s.text);
  if (by) region = [by.index + by[0].length, s.text.length];
  else {
    const verb = NAMES_BEFORE.exec(s.text);
    if (verb) region = [0, verb.index];
  }
  if (!region) return [];
  const body = s.text.slice(0, region[1]);
  const out: Named[] = [];
  const attended = !by && ATTENDED.test(s.text.slice(region[1]));
  RUN.lastIndex = region[0];
  for (let m = RUN.exec(body); m; m = RUN.exec(body)) {
    const found = nameIn(m[0]);
    if (!found) continue;
    const at = m.index + found.at;
    const before = body.slice(region[0], m.index);
    const after = body.slice(m.index + m[0].length);
    if (found.at === 0 && !BEFORE_NAME.test(before)) continue;
    if (!AFTER_NAME.test(after)) continue;
    out.push({ name: found.name, start: s.start + at, end: s.start + at + found.name.length });
  }
  // A machine translation's list in lower case: "accompanied by liu chang, secretary of ...,
  // and he ping, mayor of ...".
  if (out.length === 0) {
    LOWER_NAME.lastIndex = region[0];
    for (let m = LOWER_NAME.exec(body); m; m = LOWER_NAME.exec(body)) {
      if (!BEFORE_NAME.test(body.slice(region[0], m.index))) continue;
      if (!AFTER_NAME.test(body.slice(m.index + m[0].length))) continue;
      const at = s.start + m.index;
      out.push({ name: capitalised(m[0]), start: at, end: at + m[0].length });
    }
  }
  // "President Xi Jinping attended the meeting" is the leader at an event, not a list.
  return attended && out.length < 2 ? [] : out;
}

/** The leader the article names most, for visits whose sentences name none. */
function mainLeader(people: readonly Person[], officials: ReadonlySet<string>): string | null {
  const counts = new Map<string, number>();
  for (const p of people) {
    const name = resolve(p.name, p.start + 1, people);
    if (name && isLeader(name, people) && !officials.has(name))
      counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Who made the visit told at `at`: its sentence's leader, else the last one named before. */
function leaderAt(
  sentences: readonly Sentence[],
  index: number,
  at: number,
  people: readonly Person[],
  officials: ReadonlySet<string>,
): string | null {
  for (let i = index; i >= 0 && i > index - 12; i--) {
    const s = sentences[i] as Sentence;
    const upto = i === index ? Math.max(0, at - s.start) : s.text.length;
    const name = lastLeader(s.text.slice(0, upto), s.start, people, officials);
    if (name) return name;
  }
  return null;
}

/** The passage naming `name` nearest before `at` (its full name, else any mention of it). */
function passageOf(text: string, name: string, at: number, people: readonly Person[]): Named {
  let start = text.lastIndexOf(name, at);
  if (start < 0) start = text.indexOf(name);
  if (start >= 0) return { name, start, end: start + name.length };
  const mention =
    people.filter((p) => p.start <= at && resolve(p.name, p.start + 1, people) === name).pop() ??
    people.find((p) => resolve(p.name, p.start + 1, people) === name);
  return mention?.end
    ? { name, start: mention.start, end: mention.end }
    : { name, start: 0, end: 0 };
}

const titleCase = (t: string) => t.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** Fills `leader` and `accompanied` on each drafted visit, in place. */
export function fillOfficials(
  text: string,
  features: readonly DraftFeature[],
  sentences: readonly Sentence[],
  people: readonly Person[],
): void {
  if (features.length === 0) return;
  const groups = sentences
    .map((s, index) => ({ s, index, names: officialsIn(s) }))
    .filter((g) => g.names.length > 0);
  // Officials who went with the leader never lead a visit ("he" after them is the leader).
  const officials = new Set(
    groups.flatMap((g) => g.names.map((n) => resolve(n.name, n.start + 1, people) ?? n.name)),
  );
  const main = mainLeader(people, officials);
  const visitSentences = new Set(
    features.map((f) =>
      sentences.indexOf(containing(sentences, f.properties.mention.start) as Sentence),
    ),
  );
  for (const f of features) {
    const p = f.properties;
    const s = containing(sentences, p.mention.start);
    const index = s ? sentences.indexOf(s) : -1;
    const found = leaderAt(sentences, index, p.mention.end, people, officials) ?? main;
    // A surname alone ("Xi", "Li") is the full name the article gives anywhere.
    const leader = found && !found.includes(' ') ? resolve(found, text.length, people) : found;
    if (leader) {
      const at = passageOf(text, leader, p.mention.end, people);
      if (at.end > at.start) {
        const title = people.find(
          (q) => q.title && resolve(q.name, q.start + 1, people) === leader,
        )?.title;
        const zh = LEADER_ZH[leader];
        p.leader = {
          name: zh ? { en: leader, zh } : { en: leader },
          ...(title ? { title: { en: titleCase(title) } } : {}),
          passage: { start: at.start, end: at.end, text: text.slice(at.start, at.end) },
        };
      }
    }
    const seen = new Set<string>([leader ?? '']);
    const accompanied = [];
    for (const g of groups) {
      const told = visitSentences.has(g.index) || VISIT.test(g.s.text);
      // With one visit drafted, the officials the article names went on it.
      const everyVisit = features.length === 1 || FRAME.test(g.s.text) || !told;
      if (!everyVisit && g.index !== index) continue;
      for (const n of g.names) {
        const name = resolve(n.name, n.start + 1, people) ?? n.name;
        if (seen.has(name) || seen.has(n.name)) continue;
        seen.add(n.name);
        accompanied.push({
          name: { en: n.name },
          passage: { start: n.start, end: n.end, text: text.slice(n.start, n.end) },
        });
      }
    }
    p.accompanied = accompanied;
  }
}
