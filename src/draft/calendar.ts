/**
 * Calendar arithmetic on ISO dates, in UTC so no time zone moves a day: the ISO week of a day,
 * a day written at a precision, and the words of resolution sentences. The span a date covers
 * is the model's `dateSpan`.
 *
 * @module
 */
import { dateSpan } from '../model/dates.js';
import type { Precision } from './types.js';

export { dateSpan };

const DAY_MS = 86_400_000;
export const WEEKDAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD` of a UTC date. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The UTC midnight of `YYYY-MM-DD`. */
export const dayOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export const addDays = (iso: string, n: number): string =>
  isoDay(new Date(dayOf(iso).getTime() + n * DAY_MS));

export const weekdayOf = (iso: string): string => WEEKDAYS[dayOf(iso).getUTCDay()] ?? '';

/** Monday of the ISO week holding `iso`. */
export function mondayOf(iso: string): string {
  const dow = (dayOf(iso).getUTCDay() + 6) % 7;
  return addDays(iso, -dow);
}

/** ISO 8601 week `YYYY-Www` holding the day `iso`. */
export function isoWeek(iso: string): string {
  const thursday = addDays(mondayOf(iso), 3);
  const year = Number(thursday.slice(0, 4));
  const first = mondayOf(addDays(`${year}-01-04`, 0));
  const week =
    Math.round((dayOf(mondayOf(iso)).getTime() - dayOf(first).getTime()) / (7 * DAY_MS)) + 1;
  return `${year}-W${pad(week)}`;
}

/** The date written at `precision` for the day `iso`. */
export function dateAt(iso: string, precision: Precision): string {
  if (precision === 'day') return iso;
  if (precision === 'week') return isoWeek(iso);
  if (precision === 'month') return iso.slice(0, 7);
  return iso.slice(0, 4);
}

/** "May 2024", "2024", "Monday 2025-05-19", "the week of 2025-05-19 to 2025-05-25". */
export function describeDate(date: string): string {
  const s = dateSpan(date);
  if (s.precision === 'day') return `${weekdayOf(date)} ${date}`;
  if (s.precision === 'week') return `the ISO week ${date} (${s.start} to ${s.end})`;
  if (s.precision === 'month')
    return `${MONTH_NAMES[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)} (${date})`;
  return `the year ${date}`;
}

/**
 * The finest date of the visits format that holds every day from `first` to `last`: their ISO
 * week, else their month, else their year (`first`'s, when they lie in two years).
 */
export function coveringDate(first: string, last: string): { date: string; precision: Precision } {
  if (isoWeek(first) === isoWeek(last)) return { date: isoWeek(first), precision: 'week' };
  if (first.slice(0, 7) === last.slice(0, 7))
    return { date: first.slice(0, 7), precision: 'month' };
  return { date: first.slice(0, 4), precision: 'year' };
}
