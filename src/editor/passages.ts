/**
 * Quotes and figures added by selecting text: the selection trimmed to its words, the sentence
 * around it, and a new item with its offsets computed (the person never types an offset).
 *
 * @module
 */

import { quoteIdBase, slug } from '../draft/ids.js';
import { freeId } from '../model/ids.js';
import type { Quote, Statistic } from '../model/schema.js';
import {
  editDraft,
  editQuote,
  editVisit,
  type Holder,
  holderOf,
  placeFigure,
  placeQuote,
} from './actions.js';
import { resolutionWith } from './corroboration.js';
import type { DayOf } from './engine-api.js';
import { itemKey, type Session } from './session.js';

/** A half-open `[start, end)` range of UTF-16 offsets into the article's text. */
export interface Range {
  start: number;
  end: number;
}

const OPENING = '"“‘\'«「『';
const CLOSING = '"”’\'»」』';

/**
 * Trims white space, and quotation marks with a comma just inside them, from both ends.
 * @returns the trimmed range, or `null` when nothing is left.
 */
export function trimRange(text: string, { start, end }: Range): Range | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  const skip = (ch: string | undefined, set: string) =>
    ch !== undefined && (/\s/.test(ch) || set.includes(ch));
  while (s < e && skip(text[s], OPENING)) s++;
  while (e > s && skip(text[e - 1], `${CLOSING},`)) e--;
  return e > s ? { start: s, end: e } : null;
}

/** Whether the range stands between quotation marks in the text. */
export function isQuoted(text: string, { start, end }: Range): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return (
    [...before].some((c) => OPENING.includes(c)) && [...after].some((c) => CLOSING.includes(c))
  );
}

/** The sentence (or line) that holds the range, without its final stop. */
export function sentenceAround(text: string, range: Range): Range {
  let start = range.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] ?? '')) start--;
  let end = range.end;
  while (end < text.length && !/[.!?\n]/.test(text[end] ?? '')) end++;
  return trimRange(text, { start, end }) ?? range;
}

/** `base`, or `base-2`, `base-3`… (as the draft numbers repeats): the first no item of the session uses. */
export function unusedId(s: Session, base: string): string {
  const used = new Set(Object.keys(s.decisions).map((k) => k.slice(k.indexOf(':') + 1)));
  for (const f of s.draft?.features ?? []) {
    used.add(f.id);
    for (const q of f.properties.quotes) used.add(q.id);
    for (const x of f.properties.statistics) used.add(x.id);
  }
  for (const q of s.draft?.quotes ?? []) used.add(q.id);
  for (const x of s.draft?.statistics ?? []) used.add(x.id);
  return freeId(base, used);
}

/**
 * Adds the selected passage as a quote of `to`, with the speaker the engine proposed (`null`:
 * for the person to name; it is not published without one).
 */
export function addQuote(
  s: Session,
  selected: Range,
  to: Holder,
  speaker: string | null = null,
): Session {
  const r = trimRange(s.text, selected);
  if (!r || !s.draft) return s;
  const article = s.draft.articles[0]?.id ?? '';
  const text = s.text.slice(r.start, r.end);
  const visit = to === null ? undefined : s.draft.features.find((f) => f.id === to);
  // The draft's id and fields: a quote on a visit takes the visit's article, one on no visit names it.
  const quote = {
    id: unusedId(s, quoteIdBase(text, visit?.id ?? null)),
    kind: isQuoted(s.text, r) ? 'direct' : 'reported',
    speaker,
    lang: s.draft.articles[0]?.language ?? 'en',
    start: r.start,
    end: r.end,
    text,
    ...(visit ? {} : { article }),
  } as unknown as Quote;
  const next = editDraft(s, (d) => placeQuote(d, quote, to));
  const span = { kind: 'quote' as const, ...r, text: quote.text, item: quote.id };
  const handQuotes = [...(next.handQuotes ?? []), quote.id];
  return { ...next, spans: [...next.spans, span], handQuotes };
}

/**
 * Makes the selected words quote `id`'s passage, in place of what it had (a quote cut short is
 * extended by selecting all its words): offsets and text are the selection's exactly; parts a
 * "he said" split it into go, the selection being one passage.
 */
export function setQuotePassage(s: Session, id: string, selected: Range): Session {
  const r = trimRange(s.text, selected);
  if (!r || !s.draft) return s;
  const text = s.text.slice(r.start, r.end);
  const next = editQuote(s, id, (q) => {
    Object.assign(q, { start: r.start, end: r.end, text });
    delete (q as { parts?: unknown }).parts;
  });
  if (next === s) return s;
  const spans = next.spans.filter((x) => !(x.kind === 'quote' && x.item === id));
  return followWords(
    { ...next, spans: [...spans, { kind: 'quote', ...r, text, item: id }] },
    'quote',
    id,
  );
}

/** The base of the id the editor makes for a quote or figure added by hand, from its words. */
function handIdBase(d: NonNullable<Session['draft']>, kind: 'quote' | 'figure', id: string) {
  if (kind === 'quote') {
    for (const list of [...d.features.map((f) => f.properties.quotes), d.quotes ?? []]) {
      const q = list.find((x) => x.id === id);
      if (q) return quoteIdBase(q.text, holderOf(d, 'quote', id));
    }
  } else {
    for (const list of [...d.features.map((f) => f.properties.statistics), d.statistics]) {
      const f = list.find((x) => x.id === id);
      if (f) return slug(f.figure, 5);
    }
  }
  return undefined;
}

/**
 * The id of a quote or figure added by hand, made from its words (see {@link addQuote} and
 * {@link addFigure}), made again from its words as they are now: after a new passage or words
 * typed, the id names them, not the words first selected. Everything that names the item by
 * its id follows it (its decision, its marks in the article, the list of items added by hand).
 * The draft's own items keep their ids; so does an id its words still give.
 */
export function followWords(s: Session, kind: 'quote' | 'figure', id: string): Session {
  const hand = kind === 'quote' ? s.handQuotes : s.handFigures;
  if (!s.draft || !hand?.includes(id)) return s;
  const base = handIdBase(s.draft, kind, id);
  if (!base || id === base || new RegExp(`^${base}-\\d+$`).test(id)) return s;
  const to = unusedId(s, base);
  const next = editDraft(s, (d) => {
    const lists =
      kind === 'quote'
        ? [...d.features.map((f) => f.properties.quotes), d.quotes ?? []]
        : [...d.features.map((f) => f.properties.statistics), d.statistics];
    for (const list of lists) for (const x of list) if (x.id === id) x.id = to;
  });
  const from = itemKey(kind, id);
  const decisions = Object.fromEntries(
    Object.entries(next.decisions).map(([k, v]) => [k === from ? itemKey(kind, to) : k, v]),
  );
  const spans = next.spans.map((x) => (x.kind === kind && x.item === id ? { ...x, item: to } : x));
  const renamed = hand.map((x) => (x === id ? to : x));
  return {
    ...next,
    decisions,
    spans,
    ...(kind === 'quote' ? { handQuotes: renamed } : { handFigures: renamed }),
  };
}

const NUMBER = /(-?\d[\d,]*(?:\.\d+)?)\s*(%|percent|per cent)?/i;

/**
 * Adds the selected words as a figure of `to`, its passage the sentence around them. The value
 * and unit are read from the words; what it measures (and its period, where the article states
 * one) are for the person.
 */
export function addFigure(s: Session, selected: Range, to: Holder): Session {
  const r = trimRange(s.text, selected);
  if (!r || !s.draft) return s;
  const words = s.text.slice(r.start, r.end);
  const passage = sentenceAround(s.text, r);
  const n = NUMBER.exec(words);
  const value = n?.[1] ? Number(n[1].replace(/,/g, '')) : null;
  const visit = s.draft.features.find((f) => f.id === to);
  const figure = {
    // Word-based, as the draft's are: its measure is not known yet, so the selected words.
    id: unusedId(s, slug(words, 5)),
    scope: visit ? 'site' : 'national',
    article: s.draft.articles[0]?.id ?? '',
    measure: '',
    value: Number.isFinite(value) ? value : null,
    unit: n?.[2] ? '%' : null,
    approximation: null,
    direction: null,
    comparison: null,
    // Not stated until the person gives it (the article's words, and the year or date they mean).
    period: null,
    periodWording: null,
    industries: visit ? [...visit.properties.industries] : [],
    figure: words,
    passage: { ...passage, text: s.text.slice(passage.start, passage.end) },
  } as Statistic;
  const next = editDraft(s, (d) => placeFigure(d, figure, to));
  const span = { kind: 'figure' as const, ...r, text: words, item: figure.id };
  const handFigures = [...(next.handFigures ?? []), figure.id];
  return { ...next, spans: [...next.spans, span], handFigures };
}

/**
 * Makes the selected words the visit's date wording, and the date they give its date: the
 * article is then the source of the date (its precision is the article's own), so no
 * corroborating report is needed, and the resolution sentence says how the words were read.
 * Words that give several days (a range) date the visit to the week, month or year that holds
 * them, never to one of the days.
 *
 * @param day - what the engine read in the words (`Drafter.dayOf`).
 */
export function setDayFrom(s: Session, selected: Range, visit: string, day: DayOf): Session {
  const r = trimRange(s.text, selected);
  if (!r || !s.draft) return s;
  const wording = { start: r.start, end: r.end, text: s.text.slice(r.start, r.end) };
  const how = day.resolution.charAt(0).toLowerCase() + day.resolution.slice(1);
  const given = day.first === day.last ? 'day' : 'days';
  const next = editVisit(s, visit, (f) => {
    const v = f.properties.visit;
    v.wording = wording;
    v.date = day.date;
    v.precision = day.precision;
    v.articlePrecision = day.precision;
    v.dayPart = day.dayPart ?? (given === 'day' ? v.dayPart : null);
    v.resolution = `The article gives the ${given}: ${how}`;
    v.resolution = resolutionWith(f);
  });
  const spans = next.spans.filter((x) => !(x.kind === 'date' && x.item === visit));
  return { ...next, spans: [...spans, { kind: 'date', ...wording, item: visit }] };
}
