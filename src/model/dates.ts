/**
 * Visit dates as precise as the source: a day (`2025-05-19`), an ISO 8601 week (`2025-W21`),
 * a month (`2025-01`) or a year (`2025`). Every use of a visit's date (sorting, the year
 * filter, counts, export, display) goes through {@link dateSpan}, the first and last day it
 * covers, so a month is never taken for its first day.
 *
 * @module
 */

/** How precise a date is, finest first. */
export const PRECISIONS = ['day', 'week', 'month', 'year'] as const;
export type DatePrecision = (typeof PRECISIONS)[number];

/** The days a date covers: `start` and `end` (inclusive) as `YYYY-MM-DD`, and its precision. */
export interface DateSpan {
  start: string;
  end: string;
  precision: DatePrecision;
}

const FORMS: readonly [RegExp, DatePrecision][] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'day'],
  [/^(\d{4})-W(\d{2})$/, 'week'],
  [/^(\d{4})-(\d{2})$/, 'month'],
  [/^(\d{4})$/, 'year'],
];

const DAY_MS = 86_400_000;
const utc = (y: number, m: number, d: number) => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getTime();
};
const iso = (ms: number) => {
  const d = new Date(ms);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
};

/** Monday of ISO week 1 of `year`: the week that holds 4 January. */
const isoWeekOne = (year: number) => {
  const jan4 = utc(year, 1, 4);
  return jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
};

/** How many ISO weeks `year` has: 52 or 53. */
export const isoWeeksIn = (year: number): number =>
  Math.round((isoWeekOne(year + 1) - isoWeekOne(year)) / (7 * DAY_MS));

/** The span of a date, or `undefined` when it is none of the four forms or not in the calendar. */
export function tryDateSpan(date: string): DateSpan | undefined {
  for (const [form, precision] of FORMS) {
    const m = form.exec(date);
    if (!m) continue;
    const y = Number(m[1]);
    const n = Number(m[2]);
    if (precision === 'day') {
      const start = utc(y, n, Number(m[3]));
      return iso(start) === date ? { start: date, end: date, precision } : undefined;
    }
    if (precision === 'week') {
      if (n < 1 || n > isoWeeksIn(y)) return undefined;
      const start = isoWeekOne(y) + (n - 1) * 7 * DAY_MS;
      return { start: iso(start), end: iso(start + 6 * DAY_MS), precision };
    }
    if (precision === 'month') {
      if (n < 1 || n > 12) return undefined;
      return { start: `${date}-01`, end: iso(utc(y, n + 1, 0)), precision };
    }
    return { start: `${date}-01-01`, end: `${date}-12-31`, precision };
  }
  return undefined;
}

/**
 * The first and last day a visit date covers, and its precision:
 * `2025-W21` → `{ start: '2025-05-19', end: '2025-05-25', precision: 'week' }`.
 *
 * @throws RangeError when `date` is not `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY` in the
 *   calendar (the schema lets no such date through).
 */
export function dateSpan(date: string): DateSpan {
  const span = tryDateSpan(date);
  if (!span) throw new RangeError(`Not a date of the visits format: ${JSON.stringify(date)}`);
  return span;
}

/** The precision the form of a date gives, without checking the calendar. */
export function precisionOf(date: string): DatePrecision | undefined {
  return FORMS.find(([form]) => form.test(date))?.[1];
}

/** Whether `a` pins a date down more finely than `b` (`day` is finer than `week`). */
export const finerThan = (a: DatePrecision, b: DatePrecision): boolean =>
  PRECISIONS.indexOf(a) < PRECISIONS.indexOf(b);

/** Days as `YYYYMMDD` numbers: `2025-05-19` → 20250519. */
export const dayNumber = (day: string): number =>
  Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));

/**
 * A number that orders dates by their first day, then by their last: a date's start as
 * `YYYYMMDD`, times four, plus its precision's rank (dates that start on the same day end in
 * the order of their precision). A day is read without building its span: 100,000 visits are
 * keyed in a few milliseconds. Never throws: a visit drawn before it is checked may have any
 * date, and one that is none of the four forms keys as 0 (first).
 */
export function dateKey(date: string): number {
  if (date.length === 10) return dayNumber(date) * 4 || 0;
  const span = tryDateSpan(date);
  return span ? dayNumber(span.start) * 4 + PRECISIONS.indexOf(span.precision) : 0;
}

/** The year a {@link dateKey} starts in. */
export const keyYear = (key: number): number => Math.floor(key / 40_000);

/** The year a date starts in, as four digits: `2025-W01` → `"2024"` (it starts on 30 December). */
export const startYear = (date: string): string =>
  (date.length === 8 ? tryDateSpan(date)?.start : date)?.slice(0, 4) ?? date.slice(0, 4);
