/**
 * Review notes as the editor reads them: each note the draft engine (or a merge of reports)
 * leaves is a code with parameters, worded in the interface's language (`strings-notes.ts`);
 * and a note goes away when the person fixes what it says (a speaker named, a quote moved to a
 * visit, a place or a date changed). The engine writes its notes as English sentences; a note
 * given as `{ code, ...params }` is read as is, and one the editor does not know is shown in
 * its own words.
 *
 * @module
 */
import { type DatePrecision, PRECISIONS, tryDateSpan } from '../model/dates.js';

/** What a note says, for the editor to word and to know when it is fixed. */
export interface Note {
  code: NoteCode | 'other';
  params: Record<string, string>;
  /** The note as stored. */
  text: string;
}

/** Each known note's English form: its code, and the names of its captured parameters. */
const FORMS = [
  ['speaker', /^speaker not named$/, []],
  ['attached', /^attached to (.+) from the paragraph before$/, ['visit']],
  [
    'no-visit-event',
    /^belongs to no visit: told at another event \("(.+)"\), not at the visit before$/,
    ['event'],
  ],
  [
    'no-visit-day',
    /^belongs to no visit: told of another day \("(.+)"\), not of the visit before$/,
    ['day'],
  ],
  [
    'no-visit-place',
    /^belongs to no visit: told of another place \("(.+)"\), not of the visit before$/,
    ['place'],
  ],
  [
    'no-visit-over-time',
    /^belongs to no visit: words said over time \("(.+)"\), not at one visit$/,
    ['words'],
  ],
  ['no-visit-tour', /^belongs to no visit: told of the tour or of several visits, not of one$/, []],
  ['no-visit', /^belongs to no visit\b/, []],
  ['industry', /^industry not recognised$/, []],
  ['period', /^period not stated; taken as the year of publication \((.+)\)$/, ['year']],
  ['no-period', /^period not stated$/, []],
  [
    'namesakes-before',
    /^(\w+) places named (.+?) \((.+)\); the one in (.+), where the visit before was, is used$/,
    ['count', 'name', 'provinces', 'province'],
  ],
  [
    'namesakes-named',
    /^(\w+) places named (.+?) \((.+)\); the one in (.+), named elsewhere in the article, is used$/,
    ['count', 'name', 'provinces', 'province'],
  ],
  [
    'namesakes-entry',
    /^(\w+) places named (.+?) in (.+); the first GeoNames entry is used$/,
    ['count', 'name', 'province'],
  ],
  [
    'county-namesakes',
    /^(\w+) county-level places named (.+?) \((.+)\); the first is used$/,
    ['count', 'name', 'cities'],
  ],
  [
    'namesakes-first',
    /^(\w+) places named (.+?) \((.+)\); the first is used$/,
    ['count', 'name', 'provinces'],
  ],
  ['county-no-point', /^no point for (.+) in the gazetteer; its city's point is used$/, ['county']],
  [
    'city-from-name',
    /^city taken from the name "(.+)" \((.+)\); the article names only (.+)$/,
    ['site', 'city', 'province'],
  ],
  ['province-only', /^only the province is named \((.+)\)$/, ['province']],
  ['place-before', /^no place named; the place of the visit before \((.+)\) is used$/, ['place']],
  [
    'place-frame',
    /^no place named near the site; the province the article names \((.+)\) is used$/,
    ['place'],
  ],
  ['site-resolved', /^site resolved from an earlier mention \("(.+)" = (.+)\)$/, ['words', 'site']],
  ['site-not-named', /^site not named in the article \("(.+)"\)$/, ['words']],
  ['place-as-whole', /^no site named: a visit to (.+) as a whole$/, ['place']],
  [
    'fallback-visit',
    /^no site the engine trusts: the visit "(.+)" is drafted at (.+)$/,
    ['words', 'place'],
  ],
  ['no-date', /^the article gives no date for this visit$/, []],
  ['date-after', /^date after the publication date \((.+)\)$/, ['date']],
  ['date-precision', /^date only to the (week|month|year)$/, ['precision']],
  ['same-visit', /^the same visit as article (.+?) tells: (.+)$/, ['article', 'why']],
] as const satisfies readonly (readonly [string, RegExp, readonly string[]])[];

export type NoteCode = (typeof FORMS)[number][0];

const COUNTS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Reads a stored note: a known English sentence or a `{ code, ...params }`; else `other`. */
export function readNote(note: unknown): Note {
  if (note && typeof note === 'object' && typeof (note as { code?: unknown }).code === 'string') {
    const { code, ...rest } = note as { code: string } & Record<string, unknown>;
    const known = FORMS.some(([c]) => c === code);
    const params = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
    return { code: known ? (code as NoteCode) : 'other', params, text: JSON.stringify(note) };
  }
  const text = String(note);
  for (const [code, form, names] of FORMS) {
    const m = form.exec(text);
    if (!m) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      params[name] = m[i + 1] ?? '';
    });
    if (params.count !== undefined && COUNTS.includes(params.count))
      params.count = String(COUNTS.indexOf(params.count));
    return { code, params, text };
  }
  return { code: 'other', params: {}, text };
}

/** What an edit changed, as far as notes care. */
interface Change {
  before: unknown;
  after: unknown;
  /** The visit the item sits in before and after (quotes and figures). */
  moved?: boolean;
}

type Item = Record<string, unknown> & { review?: unknown[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const field =
  (...path: string[]) =>
  ({ before, after }: Change) => {
    const at = (x: unknown) =>
      path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], x);
    return !same(at(before), at(after));
  };
const props = (...path: string[]) => field('properties', ...path);
const place = (c: Change) => props('place')(c) || field('geometry')(c);
const moved = (c: Change) => c.moved === true;

/** The visit's date after the change: its precision and last day, when it is a date. */
const dateAfter = (c: Change) => {
  const date = (c.after as { properties?: { visit?: { date?: string } } }).properties?.visit?.date;
  return date === undefined ? undefined : tryDateSpan(date);
};

/** When a note is fixed: what the person changed that settles it. */
const FIXED: Record<NoteCode, (c: Change, p: Record<string, string>) => boolean> = {
  speaker: (c) => field('speaker')(c) && (c.after as Item).speaker != null,
  attached: moved,
  'no-visit': moved,
  'no-visit-event': moved,
  'no-visit-day': moved,
  'no-visit-place': moved,
  'no-visit-over-time': moved,
  'no-visit-tour': moved,
  industry: (c) => field('industries')(c) || props('industries')(c),
  period: (c) => field('period')(c) || field('periodWording')(c),
  'no-period': (c) => field('period')(c) || field('periodWording')(c),
  'namesakes-before': place,
  'namesakes-named': place,
  'namesakes-entry': place,
  'namesakes-first': place,
  'county-namesakes': place,
  'county-no-point': place,
  'city-from-name': place,
  'province-only': place,
  'place-before': place,
  'place-frame': place,
  'site-resolved': props('name'),
  'site-not-named': props('name'),
  // A visit named after its place is renamed with it (`applyPlace`): that names no site.
  'place-as-whole': (c, p) =>
    props('name')(c) &&
    (c.after as { properties?: { name?: { en?: string } } }).properties?.name?.en !== p.place,
  // A person who names the site or moves the place settles the drafted guess.
  'fallback-visit': (c) => props('name')(c) || place(c),
  'no-date': props('visit', 'date'),
  'date-after': (c, p) => props('visit', 'date')(c) && (dateAfter(c)?.end ?? '9') <= (p.date ?? ''),
  'date-precision': (c, p) => {
    const span = dateAfter(c);
    const was = PRECISIONS.indexOf((p.precision ?? 'year') as DatePrecision);
    return props('visit', 'date')(c) && !!span && PRECISIONS.indexOf(span.precision) < was;
  },
  'same-visit': () => false,
};

/**
 * Drops the notes an edit fixed from the item as it is after the edit (a visit's notes are in
 * its `properties`, a quote's or figure's on itself).
 *
 * @param change - the item before and after, and whether it moved to another visit.
 */
export function settleNotes(change: Change): void {
  const after = change.after as Item & { properties?: Item };
  const holder: Item = after.properties ?? after;
  if (!Array.isArray(holder.review)) return;
  const kept = holder.review.filter((n) => {
    const { code, params } = readNote(n);
    return code === 'other' || !FIXED[code](change, params);
  });
  if (kept.length) holder.review = kept;
  else delete holder.review;
}
