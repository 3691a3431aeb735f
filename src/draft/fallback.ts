/**
 * The fallback visit: a report of a tour always yields at least one visit. When the visits pass
 * drafts none but a sentence tells a leader's visit ("came to visit the company", "an inspection
 * tour by Xi Jinping", "that was exactly where he was"), the best-supported place of that
 * sentence is drafted as the visit, with a review note saying so: the site it names (else the
 * one the article names, for "the company"), else its county or city, else its province; then
 * the paragraph's; then the place the article names most. Its date is the sentence's, else the
 * paragraph's before it.
 *
 * @module
 */
import type { DateMention } from './dates.js';
import { type Located, locate } from './locate.js';
import type { Person } from './people.js';
import { findPlaces, type PlaceMention } from './places.js';
import type { Paragraph, Sentence } from './sentences.js';
import { findSites, type SiteMention } from './sites.js';
import type { Visit, VisitInput } from './visits.js';
import { THE_SITE, TOUR_PRONOUN, TOUR_TELLS, TOUR_TITLE } from './vocabulary.js';

const RANK = { county: 3, city: 2, province: 1 } as const;

interface Found {
  sentence: Sentence;
  site: SiteMention;
  located: Located;
  why: 'site' | 'place';
}

/** Whether a sentence tells a visit by a leader. */
function tellsVisit(s: Sentence, people: readonly Person[]): boolean {
  if (!TOUR_TELLS.test(s.text)) return false;
  const leaders = people.filter((p) => p.leader && !p.object);
  if (leaders.some((p) => p.start >= s.start && p.start < s.end)) return true;
  if (TOUR_TITLE.test(s.text)) return true;
  return TOUR_PRONOUN.test(s.text) && people.some((p) => p.leader);
}

/** The place mentions of `text`, read again with every word capitalised when none is found. */
function placesOf(input: VisitInput, outside: (m: { start: number; end: number }) => boolean) {
  if (input.places.length > 0) return input.places;
  // Machine-translated text may write every name in lower case ("visit nanping"): the same
  // offsets, with each word's first letter raised.
  const raised = input.text.replace(/\b[a-z]/gu, (c) => c.toUpperCase());
  return findPlaces(raised).filter(outside);
}

/** How precise a mention is; a county named without "County" is weaker than a city. */
const rankOf = (p: PlaceMention) => (p.kind === 'county' && p.bare ? 1.5 : RANK[p.kind]);

/** The best-supported place among `mentions`: the most precise, then the first. */
function best(mentions: readonly PlaceMention[]): PlaceMention | undefined {
  return [...mentions].sort((a, b) => rankOf(b) - rankOf(a) || a.start - b.start)[0];
}

/** The most precise place in the province the article names most (the most named first). */
function mainPlace(places: readonly PlaceMention[]): PlaceMention | undefined {
  const provinceOf = (p: PlaceMention) =>
    p.places.length === 1 || p.kind === 'province' ? p.places[0]?.province.en : undefined;
  const counts = new Map<string, number>();
  for (const p of places) {
    const province = provinceOf(p);
    if (province) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const named = (p: PlaceMention) => places.filter((q) => q.text === p.text).length;
  return [...places]
    .filter((p) => main === undefined || p.places.some((q) => q.province.en === main))
    .sort((a, b) => rankOf(b) - rankOf(a) || named(b) - named(a) || a.start - b.start)[0];
}

const within = (m: { start: number; end: number }, r: { start: number; end: number }) =>
  m.start >= r.start && m.end <= r.end;

/**
 * The visit a report of a tour yields when the visits pass drafts none, or `null` when no
 * sentence tells a leader's visit or no place is named.
 *
 * @param outside - whether a span is outside the dateline and the title.
 */
export function fallbackVisit(
  input: VisitInput,
  people: readonly Person[],
  outside: (m: { start: number; end: number }) => boolean,
): Visit | null {
  const { text, sentences, paragraphs, dates } = input;
  // A sentence opening after the dateline ("BEIJING, Aug. 13 (Xinhua) -- For Fuping, ...")
  // tells the tour too: only its places and sites outside the dateline are read.
  // The sentences of the body (ending with their stop) before a headline's.
  const body = (s: Sentence) => /[.!?"”')]\s*$/u.test(s.text);
  const tour = sentences.filter((s) => tellsVisit(s, people));
  if (tour.length === 0) return null;
  const places = placesOf(input, outside);
  const sites = findSites(text).filter(outside);
  const paragraphOf = (s: Sentence) => paragraphs[s.paragraph] as Paragraph;
  /** The site or place the first of `list` to name one names. */
  const named = (list: readonly Sentence[]): Found | null => {
    for (const s of list) {
      const site =
        sites.find((m) => within(m, s)) ?? (THE_SITE.test(s.text) ? sites[0] : undefined);
      const located = site && locate(site, s, paragraphOf(s), places);
      if (site && located) return { sentence: s, site, located, why: 'site' };
      const place = best(places.filter((p) => within(p, s)));
      const placed = place && atPlace(place, s);
      if (placed) return placed;
    }
    return null;
  };
  const atPlace = (place: PlaceMention, s: Sentence): Found | null => {
    const asSite = { start: place.start, end: place.end, text: place.text, facility: null };
    const located = locate(asSite, s, paragraphOf(s), places, undefined, place);
    return located ? { sentence: s, site: asSite, located, why: 'place' } : null;
  };
  // The paragraph's place, else the most precise place of the province the article names
  // most ("Tang, ... from Hebei province" and "Tayuanzhuang village, Zhengding county": the
  // county).
  const framed = (s: Sentence | undefined): Found | null => {
    const place = s && (best(places.filter((p) => within(p, paragraphOf(s)))) ?? mainPlace(places));
    return s && place ? atPlace(place, s) : null;
  };
  const told = tour.filter(body);
  const heads = tour.filter((s) => !body(s));
  const found = named(told) ?? framed(told[0]) ?? named(heads) ?? framed(heads[0]);
  if (!found) return null;
  // Passages keep the article's own words ("sanming" where it was read as "Sanming").
  const own = <T extends { start: number; end: number; text: string }>(m: T): T => ({
    ...m,
    text: text.slice(m.start, m.end),
  });
  const site = own(found.site);
  const located = {
    ...found.located,
    mention: found.located.mention && own(found.located.mention),
  };
  const sentence = afterDateline(found.sentence, text, outside);
  const date = dateOf(sentence, paragraphOf(sentence), dates);
  const name = site.text;
  const review = [
    ...located.review,
    `no site the engine trusts: the visit "${clip(sentence.text)}" is drafted at ${name}`,
    ...(date ? [] : ['the article gives no date for this visit']),
    ...(date && date.precision !== 'day' ? [`date only to the ${date.precision}`] : []),
  ];
  return { site, name, sentence, located, date, review, named: found.why === 'site' };
}

/** The date the sentence gives (a day before a month or year), else the paragraph's before it. */
function dateOf(
  sentence: Sentence,
  paragraph: Paragraph,
  dates: readonly DateMention[],
): DateMention | null {
  const inSentence = dates.filter((d) => within(d, sentence));
  const order = ['day', 'range', 'week', 'month', 'year'];
  const rank = (d: DateMention) => (d.range ? 1 : order.indexOf(d.precision));
  const pick = (list: readonly DateMention[]) =>
    [...list].sort((a, b) => rank(a) - rank(b) || a.start - b.start)[0] ?? null;
  return (
    pick(inSentence) ??
    pick(dates.filter((d) => d.start >= paragraph.start && d.end <= sentence.start))
  );
}

/** The sentence without a dateline it opens with ("BEIJING, Aug. 13 (Xinhua) -- "). */
function afterDateline(
  s: Sentence,
  text: string,
  outside: (m: { start: number; end: number }) => boolean,
): Sentence {
  let start = s.start;
  while (start < s.end && !outside({ start, end: start + 1 })) start++;
  while (start < s.end && /[\s\-–—:]/u.test(text[start] ?? '')) start++;
  return start === s.start || start >= s.end ? s : { ...s, start, text: text.slice(start, s.end) };
}

const clip = (t: string) => (t.length > 80 ? `${t.slice(0, 77)}...` : t);
