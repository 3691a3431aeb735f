/**
 * The building blocks of the visits format (see `schema.ts`): texts, dates, ids, links, names
 * and passages, each checked, never transformed.
 *
 * @module
 */
import * as v from 'valibot';
import { precisionOf, tryDateSpan } from './dates.js';
import { ID_FORM } from './ids.js';

/**
 * A non-empty string with no leading or trailing white space. Checked, not trimmed: the schema
 * transforms nothing, so a valid record is exactly its input (see `parseVisits`), and a quote's
 * text stays verbatim for its offsets.
 */
export const Text = v.pipe(
  v.string(),
  v.minLength(1, 'a non-empty string'),
  v.check((s) => s.trim() === s, 'a string with no white space at either end'),
);

const isCalendarDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
};

/** `YYYY-MM-DD`, a real calendar day. */
export const IsoDate = v.pipe(
  v.string(),
  v.isoDate('an ISO 8601 date (YYYY-MM-DD)'),
  v.check(isCalendarDay, 'a day that exists in the calendar'),
);

/** A visit's date: `YYYY-MM-DD`, `YYYY-Www` (ISO 8601 week), `YYYY-MM` or `YYYY`, in the calendar. */
export const VisitDay = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2})?)?$/,
    'an ISO 8601 date: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY',
  ),
  v.check(
    (d) => precisionOf(d) === undefined || tryDateSpan(d) !== undefined,
    'a date that exists in the calendar',
  ),
);

/** Notes saying why an item needs a person's review ("speaker not named"). */
export const Review = v.optional(v.array(Text, 'an array of notes'));

/** An identifier used in URLs and as a Feature id: lower case letters, digits and hyphens. */
export const Id = v.pipe(
  v.string(),
  v.regex(ID_FORM, 'an id of lower-case letters, digits and hyphens'),
);

/**
 * Where an article's text is kept: a relative path inside `data/articles/`, each part of it
 * letters, digits, `_`, `-` and `.` and none starting with `.` (so no `..`, no hidden file), with
 * `/` between parts. A path that could lead out of the dataset is not an article's file, and
 * no tool opens it.
 */
export const ARTICLE_FILE =
  /^data\/articles\/(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
export const ArticleFile = v.pipe(
  v.string(),
  v.regex(ARTICLE_FILE, 'a path inside data/articles/ (relative, no ".." or hidden parts)'),
);

/** Links are only ever http(s): anything else is not a link. */
const httpUrl = v.regex(/^https?:\/\//i, 'an http: or https: URL');

/**
 * Whether a string parses as a URL, remembered for the few hundred distinct URLs a file has:
 * every visit repeats its gazetteer's URL, and parsing one costs microseconds.
 */
const parsedUrls = new Map<string, boolean>();
const isUrl = (s: string): boolean => {
  let ok = parsedUrls.get(s);
  if (ok === undefined) {
    ok = URL.canParse(s);
    if (parsedUrls.size < 1000) parsedUrls.set(s, ok);
  }
  return ok;
};
export const Url = v.pipe(v.string(), v.check(isUrl, 'a URL'), httpUrl);

/** A name in English, optionally in Simplified Chinese. */
export const LocalName = v.object({
  /** In English. */
  en: Text,
  /** In Simplified Chinese. */
  zh: v.optional(Text),
});

export const passageEntries = {
  /** Offset of the passage's first character. */
  start: v.pipe(v.number(), v.integer('a whole number'), v.minValue(0, 'an offset of 0 or more')),
  /** Offset just after the passage's last character. */
  end: v.pipe(v.number(), v.integer('a whole number'), v.minValue(1, 'an offset of 1 or more')),
  /** The passage exactly as the article has it at those offsets. */
  text: Text,
};
/** What the span check asks, as problems state it. */
export const SPAN_RULE = 'end - start equal to the length of text';
export const spansText = <T extends { start: number; end: number; text: string }>() =>
  v.check<T, string>((p) => p.end - p.start === p.text.length, SPAN_RULE);

/** A passage of the source article: offsets and the exact text found there. */
export const Passage = v.pipe(v.object(passageEntries), spansText());

/**
 * A passage of a visit (its mention, the wording of its date, the passage naming its leader or
 * an official): offsets into the visit's own article (`properties.article`), or into the
 * article `article` names when another report of the visit gives it.
 */
export const VisitPassage = v.pipe(
  v.object({
    ...passageEntries,
    /** The article the offsets count into, when it is not the visit's own; one of `articles`. */
    article: v.optional(Id),
  }),
  spansText(),
);

export type LocalName = v.InferOutput<typeof LocalName>;
export type Passage = v.InferOutput<typeof Passage>;
export type VisitPassage = v.InferOutput<typeof VisitPassage>;
