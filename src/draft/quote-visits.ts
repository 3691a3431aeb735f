/**
 * Which visit a quote belongs to when the narrative frame gives it none (a refiner over the
 * attachment pass, for direct quotes and reported statements):
 *
 * 1. the place its own sentence names: "Earlier, Xi urged the staff of the memorial in Zunyi to
 *    “...”" belongs to the visit drafted in Zunyi, when one visit is drafted in that city or
 *    county (a province names none);
 * 2. a witness's words about the leader's visit: a direct quote of someone other than a leader
 *    telling what the leader did with them ("He asked how many pigs we keep", "the general
 *    secretary came into my yard") belongs to the visit told last before it, else to the only
 *    visit the article drafts (a feature that recalls the visit).
 *
 * Quotes the frame places keep their visit; quotes at another event stay on none when no rule
 * applies.
 *
 * @module
 */
import type { Attacher } from './attach.js';
import type { Place } from './gazetteer.js';
import { isLeader, type Person } from './people.js';
import type { PlaceMention } from './places.js';
import type { QuoteMention } from './quotes.js';
import { containing } from './quotes.js';
import type { Sentence } from './sentences.js';
import type { Visit } from './visits.js';

/**
 * A witness telling what the leader did with them: the leader ("he", "Xi", "the general
 * secretary") acting ("came", "asked", "sat", "told") and the speaker in the first person ("He
 * asked how many pigs we keep", "Xi told us", "He sat in my living room").
 */
const LEADER_ACTS =
  /\b(?:[Hh]e|Xi|[Tt]he (?:[Gg]eneral [Ss]ecretary|[Pp]resident|[Pp]remier|[Vv]ice [Pp]remier))\s+(?:\w+\s+)?(?:came|visited|asked|told|sat|shook|talked|chatted|walked|looked|tasted|listened|held|gave|encouraged|praised|stood|stopped|said)\b/u;
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|[Oo]ur)\b/u;

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
  return {
    ...attach,
    visitOf(start, end) {
      const found = attach.visitOf(start, end);
      if (found) return found;
      const s = containing(ctx.sentences, start);
      if (!s) return null;
      const placed = visitOfPlace(ctx, s.start, s.end);
      if (placed !== null) return { visit: placed, how: 'sentence' };
      const q = byStart.get(start);
      if (q?.kind !== 'direct' || ctx.visits.length === 0) return null;
      if (q.speaker && isLeader(q.speaker, ctx.people)) return null;
      if (!LEADER_ACTS.test(q.text) || !FIRST_PERSON.test(q.text)) return null;
      const last = attach.lastVisitBefore(start);
      if (last !== null) return { visit: last, how: 'continued' };
      return ctx.visits.length === 1 ? { visit: 0, how: 'paragraph' } : null;
    },
  };
}
