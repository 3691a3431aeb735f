/**
 * Dates and numbers for people, through `Intl` for the reader's language.
 *
 * @module
 */
import { type DatePrecision, tryDateSpan } from '../model/dates.js';

/** Whether a BCP 47 tag asks for Chinese (`zh`, `zh-CN`, `zh-Hans`, …). */
export const isChinese = (lang: string): boolean => /^zh\b/i.test(lang);

/**
 * An `Intl` formatter per language and options, made once: making one costs far more than
 * using it, and a long list formats hundreds of dates.
 */
function cached<T>(make: (lang: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    let f = made.get(lang);
    if (!f) {
      f = make(lang);
      made.set(lang, f);
    }
    return f;
  };
}

const longDate = cached(
  (lang) => new Intl.DateTimeFormat(lang || 'en', { dateStyle: 'long', timeZone: 'UTC' }),
);
const monthYear = cached(
  (lang) =>
    new Intl.DateTimeFormat(lang || 'en', { year: 'numeric', month: 'long', timeZone: 'UTC' }),
);
const yearOnly = cached(
  (lang) => new Intl.DateTimeFormat(lang || 'en', { year: 'numeric', timeZone: 'UTC' }),
);
const weekday = cached(
  (lang) => new Intl.DateTimeFormat(lang || 'en', { weekday: 'long', timeZone: 'UTC' }),
);
const percent = cached(
  (lang) => new Intl.NumberFormat(lang || 'en', { style: 'percent', maximumFractionDigits: 2 }),
);
const number = cached((lang) => new Intl.NumberFormat(lang || 'en'));
const compact = cached(
  (lang) => new Intl.NumberFormat(lang || 'en', { notation: 'compact', maximumFractionDigits: 1 }),
);

/**
 * A whole number with the language's digit grouping: 17797 → "17,797". Below 1,000 there is
 * nothing to group in either language, and `Intl` is not asked: the first use of `Intl` on a
 * page costs tens of milliseconds.
 */
export function formatInteger(n: number, lang: string): string {
  return Number.isInteger(n) && n >= 0 && n < 1000 ? String(n) : number(lang).format(n);
}

/**
 * A count for a small space: in full below 10,000 ("9,999"), else short in the language's
 * way ("18K", "1.8万").
 */
export function formatCount(count: number, lang: string): string {
  return count < 10_000 ? formatInteger(count, lang) : compact(lang).format(count);
}

/**
 * Makes the date formatter that markers, the list and the cards use first, for `lang`, when the
 * page is idle (where it has idle callbacks): the first use of `Intl` on a page takes tens of
 * milliseconds, better spent before the visits arrive than when they are drawn.
 */
export function prepareFormats(lang: string): void {
  globalThis.requestIdleCallback?.(() => longDate(lang));
}

/** `2025-05-19` → "19 May 2025" (en-GB style) or the locale's long date; the day is UTC. */
export function formatDate(iso: string, lang: string): string {
  return longDate(lang).format(new Date(`${iso}T00:00:00Z`));
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * A visit date as precise as it is, in the locale: a day "19 May 2025" (2025年5月19日), a week
 * "week of 19 May 2025" (2025年5月19日当周), a month "January 2025" (2025年1月), a year "2025"
 * (2025年). English days follow the locale: `en` writes "May 19, 2025", `en-GB` "19 May 2025".
 * A date that is none of the four forms is returned as it is.
 */
export function formatVisitDate(date: string, lang: string): string {
  const span = tryDateSpan(date);
  // A visit drawn before it is checked may have any date: shown as written.
  if (!span) return date;
  const { start, precision } = span;
  const formats: Record<DatePrecision, () => string> = {
    day: () => longDate(lang).format(utcDay(start)),
    week: () => {
      const day = longDate(lang).format(utcDay(start));
      return isChinese(lang) ? `${day}当周` : `week of ${day}`;
    },
    month: () => monthYear(lang).format(utcDay(start)),
    year: () => yearOnly(lang).format(utcDay(start)),
  };
  return formats[precision]();
}

/** The weekday of an ISO date, in the locale. */
export function formatWeekday(iso: string, lang: string): string {
  return weekday(lang).format(new Date(`${iso}T00:00:00Z`));
}

/** A figure's value with its unit: `80` with `%` → "80%"; other units follow the number. */
export function formatValue(value: number, unit: string | null, lang: string): string {
  if (unit === '%') {
    return percent(lang).format(value / 100);
  }
  const n = number(lang).format(value);
  return unit ? `${n} ${unit}` : n;
}

/**
 * A passage in quotation marks, “so”, as a card shows it: a passage that opens or ends with a
 * quotation mark of its own (a quote the article gives) keeps that mark and gets no second one.
 */
export const quoted = (text: string): string =>
  `${/^["“]/.test(text) ? '' : '“'}${text}${/["”]$/.test(text) ? '' : '”'}`;

/**
 * The conversions a figure's wording carries, as worded: "(US$100)" of "700 yuan (US$100)",
 * "(about 354 U.S. dollars)"; `undefined` when there is none. Only brackets that hold a number
 * with a unit or a currency count: "(1)" or "(88,83)" is no conversion.
 */
export const figureConversions = (figure: string): string | undefined =>
  figure
    .match(/\([^()]*\d[^()]*\)/g)
    ?.filter((c) => /[\p{L}\p{Sc}%]/u.test(c))
    .join(' ') || undefined;

const lists = cached((lang) => new Intl.ListFormat(lang || 'en', { type: 'conjunction' }));

/**
 * Items joined as the language joins a list: "A, B and C" in English, "A、B和C" in Chinese.
 * The items may be anything a template renders: they come back in place, with the words
 * between them.
 */
export function formatList<T>(items: readonly T[], lang: string): (T | string)[] {
  const parts = lists(lang).formatToParts(items.map((_, i) => String(i)));
  return parts.map((p) => (p.type === 'element' ? (items[Number(p.value)] as T) : p.value));
}
