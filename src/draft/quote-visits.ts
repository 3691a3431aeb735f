/**
 * Which visit a quote belongs to when the narrative frame gives it none (a refiner over the
 * attachment pass, for direct quotes and reported statements):
 *
 * 1. the place its own sentence names: "Earlier, Xi urged the staff of the memorial in Zunyi to
 *    “...”" belongs to the visit drafted in Zunyi, when one visit is drafted in that city or
 *    county (a province names none);
 * 2. a witness's words about the leader's visit: a direct quote of someone other than a leader
 *    telling what the leader did with them ("He asked how many pigs we keep", "the general
 *    secretary came into my yard") or recalling the day ("..., recalled Tang") belongs to the visit told last before it, else to the only
 *    visit the article drafts (a feature that recalls the visit).
 *
 * 3. "During the visit, Xi said ...": a sentence (or its paragraph) opening on "the visit" with
 *    no place of its own returns to the visit told last before it.
 *
 * A family's words belong to the leader's visit to their home: a villager's own ("said Guo
 * Lanying" after "home of villager Guo Lanying") wherever the frame stands, a relative's of the
 * same surname where the frame holds no visit. Quotes the frame places keep their visit, except the words of a commentator ("said Zhou Ke, an
 * economist", "a Beijing-based analyst") and of a person of another site speaking of their own
 * work ("said Ma Lin, a worker at a steel mill in Jiuquan"), who were at no visit. Quotes at another event stay on
 * none when no rule applies.
 *
 * @module
 */
import escapeStringRegexp from 'escape-string-regexp';
import type { Attacher } from './attach.js';
import type { Place } from './gazetteer.js';
import { isLeader, NAME, type Person } from './people.js';
import type { PlaceMention } from './places.js';
import type { QuoteMention } from './quotes.js';
import { containing } from './quotes.js';
import type { Sentence } from './sentences.js';
import { SPEECH } from './speakers.js';
import type { Visit } from './visits.js';

/**
 * A witness telling what the leader did with them: the leader ("he", "Xi", "the general
 * secretary") acting ("came", "asked", "sat", "told") and the speaker in the first person ("He
 * asked how many pigs we keep", "Xi told us", "He sat in my living room").
 */
const LEADER_ACTS =
  /\b(?:[Hh]e|Xi|[Tt]he (?:[Gg]eneral [Ss]ecretary|[Pp]resident|[Pp]remier|[Vv]ice [Pp]remier))\s+(?:\w+\s+)?(?:came|visited|asked|told|sat|shook|talked|chatted|walked|looked|tasted|listened|held|gave|encouraged|praised|stood|stopped|said)\b/u;
/** A witness recalling the day: "..., recalled Tang Rongbin, a farmer", "she remembers". */
const RECALLED = /\b(?:recalled|recalls|remembered|remembers)\b/u;
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b/u;

/** "During the visit, ...", "In the course of his inspection, ...": the visit told before. */
const DURING_THE_VISIT =
  /^(?:During|On|In the course of|Throughout) (?:the|his|her|this|that) (?:visit|inspection|tour|trip|stay|stop)s?\b(?! (?:to|of|in|at)\b)/iu;
/**
 * A commentator: an expert quoted for their view of the visit, not at it ("said Zhou Ke, an
 * economist", "a Beijing-based political analyst").
 */
const COMMENTATOR =
  /,\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?(?:professor|analyst|researcher|scholar|historian|economist|expert|commentator|observer|political scientist|sociologist|lecturer|academic)\b/iu;

/**
 * A speaker named with what they do ("said Li Ping, a worker at a steel mill in Jiuquan", "Wang
 * Min, chairman of Hexi Seeds, said"): `what` is what they do and where.
 */
const NAMED_WITH_WORK = new RegExp(
  `(?:${SPEECH}\\s+(?:\\d{1,3}-year-old\\s+)?${NAME},\\s+(?<what>[^,“”"]{2,100})|${NAME},\\s+(?<before>[^,“”"]{2,100}?),\\s+${SPEECH}\\b)`,
  'u',
);
/** Where they do it: a site told as new ("at a steel mill") or one named ("of Hexi Seeds"). */
const WORK_PLACE =
  /\b(?:at|in|of|from|for|with)\s+(?:(an?\s+\p{Ll}[\p{L}-]*)|(?:the\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*)*))/gu;
/** A visit to a family: "home of villager Guo Lanying", "the family of Tang Rongbin". */
const HOME_OF =
  /\b(?:home|family|house|courtyard|residence)s? of (?:[\p{Ll}-]+\s+){0,3}(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)?/u;

/** Words telling the leader or the visit ("he", "the general secretary", "came", "visit"). */
const ABOUT_THE_VISIT =
  /\b(?:[Hh]e|[Hh]im|[Hh]is|[Pp]resident|[Gg]eneral [Ss]ecretary|[Pp]remier|[Ll]eader|[Pp]arty (?:chief|secretary)|visit\w*|came|come|here today)\b/u;
/** Said to the leader or of the day: "she told Xi", "he recalled", "Sun replied". */
const SAID_TO_THE_LEADER =
  /\b(?:recalled|recalls|replied|answered|remembered|remembers|told (?:him|the \w+|Xi|Li))\b/u;

/** Whether a visit's place is the city or county, or lies in the city (one of its counties). */
function visitIn(visit: Visit, place: Place): boolean {
  const at = visit.located.place;
  if (at.kind === place.kind) return at.name === place.name && at.province.en === place.province.en;
  return place.kind === 'city' && at.kind === 'county' && at.county?.city === place.name;
}

export interface QuoteVisitContext {
  text: string;
  sentences: readonly Sentence[];
  visits: readonly Visit[];
  places: readonly PlaceMention[];
  people: readonly Person[];
}

/** The one visit drafted in the city or county named in `[from, to)`, nearest the end first. */
function visitOfPlace(ctx: QuoteVisitContext, from: number, to: number): number | null {
  const named = ctx.places.filter((p) => p.kind !== 'province' && p.start >= from && p.end <= to);
  for (const m of named.reverse()) {
    const found = ctx.visits.flatMap((v, i) => (m.places.some((p) => visitIn(v, p)) ? [i] : []));
    // A city with several visits names none of them.
    if (found.length === 1) return found[0] as number;
  }
  return null;
}

/** The sentence's words outside the quote: who said it and how. */
const outsideQuote = (s: Sentence, q: QuoteMention) =>
  s.text.slice(0, Math.max(0, q.start - s.start)) + s.text.slice(Math.max(0, q.end - s.start));

/**
 * An attacher that asks the frame first, then the place the quote's sentence names, then, for
 * a witness's words about the leader, the visit told last before them.
 */
export function quoteAttacher(
  attach: Attacher,
  ctx: QuoteVisitContext,
  quotes: readonly QuoteMention[],
): Attacher {
  const byStart = new Map(quotes.map((q) => [q.start, q]));
  const surnames = ctx.people.filter((p) => p.leader).map((p) => p.name.split(' ')[0] as string);
  const namesLeader = (words: string) =>
    ABOUT_THE_VISIT.test(words) || surnames.some((n) => new RegExp(`\\b${n}\\b`, 'u').test(words));
  // A person of another site speaking of their own work, not of the visit: on no visit.
  const elsewhere = (q: QuoteMention, s: Sentence, visit: Visit | undefined) => {
    if (!visit || q.kind !== 'direct' || !q.speaker || isLeader(q.speaker, ctx.people))
      return false;
    const around = outsideQuote(s, q);
    const m = NAMED_WITH_WORK.exec(around);
    const what = m?.groups?.what ?? m?.groups?.before;
    if (!m || !what || SAID_TO_THE_LEADER.test(around)) return false;
    const words = (q.parts ?? [q]).map((p) => p.text).join(' ');
    if (namesLeader(words) || namesLeader(around.replace(m[0], ''))) return false;
    const p = visit.located.place;
    const here = [visit.name, visit.site.text, p.name, p.county?.en, p.province.en].join(' ');
    return [...what.matchAll(WORK_PLACE)].some(
      ([, told, named]) => !!told || (!!named && !here.includes(named)),
    );
  };
  // The one visit to the speaker's family: their own home (the full name), or, where the frame
  // holds no visit, a home of their surname.
  const homeOf = (speaker: string | null, own: boolean) => {
    const surname = speaker?.split(' ')[0];
    if (!surname || !speaker || isLeader(speaker, ctx.people)) return null;
    const homes = ctx.visits.flatMap((v, i) => {
      const m = HOME_OF.exec(v.name);
      return m?.[1] === surname && (!own || m[0].endsWith(speaker)) ? [i] : [];
    });
    return homes.length === 1 ? (homes[0] as number) : null;
  };
  // A commentator named so anywhere ("Liang Yong, a researcher at ..., said ..." then "“...,”
  // he said"): their words are at no visit.
  const commentator = (speaker: string | null) =>
    !!speaker &&
    !isLeader(speaker, ctx.people) &&
    new RegExp(`${escapeStringRegexp(speaker)}${COMMENTATOR.source}`, 'iu').test(ctx.text);
  return {
    ...attach,
    visitOf(start, end) {
      const s = containing(ctx.sentences, start);
      const q = byStart.get(start);
      if (s && q?.kind === 'direct' && COMMENTATOR.test(outsideQuote(s, q))) return null;
      if (q?.kind === 'direct' && commentator(q.speaker)) return null;
      const found = attach.visitOf(start, end);
      // A family's words belong to the leader's visit to their home.
      const home = q?.kind === 'direct' ? homeOf(q.speaker, found !== null) : null;
      if (home !== null && found?.how !== 'sentence') return { visit: home, how: 'reference' };
      if (found && found.how !== 'sentence' && s && q && elsewhere(q, s, ctx.visits[found.visit]))
        return null;
      if (found) return found;
      if (!s) return null;
      if (DURING_THE_VISIT.test(s.text)) {
        const last = attach.lastVisitBefore(start);
        if (last !== null) return { visit: last, how: 'continued' };
      }
      const placed = visitOfPlace(ctx, s.start, s.end);
      if (placed !== null) return { visit: placed, how: 'sentence' };
      if (q?.kind !== 'direct' || ctx.visits.length === 0) return null;
      if (q.speaker && isLeader(q.speaker, ctx.people)) return null;
      const recalls = RECALLED.test(outsideQuote(s, q));
      if (!recalls && (!LEADER_ACTS.test(q.text) || !FIRST_PERSON.test(q.text))) return null;
      const last = attach.lastVisitBefore(start);
      if (last !== null) return { visit: last, how: 'continued' };
      return ctx.visits.length === 1 ? { visit: 0, how: 'paragraph' } : null;
    },
  };
}
