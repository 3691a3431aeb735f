/**
 * The date some selected words of the article give, read as the draft engine reads dates
 * (`findDates`, relative to the publication date), for **Set the day from the selection**: one
 * day, or, for several ("from Dec. 29 to 30, 2012", "Dec. 29-30", "on Dec. 29 and 30"), the
 * finest date of the visits format that holds them all: their ISO week, else their month, else
 * their year. A range is never taken for its first day. Runs beside the engine (in its worker).
 *
 * @module
 */
import { addDays, dateAt, describeDate, weekdayOf } from '../draft/calendar.js';
import { makeChrono } from '../draft/chrono-config.js';
import { findDates } from '../draft/dates.js';
import type { Precision } from '../draft/types.js';

/** The date some words of the article give. */
export interface DayOf {
  /** `YYYY-MM-DD` for one day; for several, the ISO week, month or year that holds them. */
  date: string;
  precision: Precision;
  /** The first and last day the words give (`YYYY-MM-DD`; the same for one day). */
  first: string;
  last: string;
  dayPart: 'morning' | 'afternoon' | 'evening' | null;
  /** How the words were resolved, in one sentence. */
  resolution: string;
}

/** Days given as a range no date of the visits format holds (they span two years). */
export interface DaysApart {
  apart: true;
  first: string;
  last: string;
}

const DAY_MS = 86_400_000;
const dayOfDate = (d: Date) => d.toISOString().slice(0, 10);
const daysFrom = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
/** A second day of the same month after a first: "Dec. 29 and 30", "Dec. 29 & 30". */
const AND_DAY = /^\s*(?:and|&)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d)(?!\s*(?:%|per|percent))/i;

let chrono: ReturnType<typeof makeChrono> | undefined;

/**
 * The date `words` give, with `published` (`YYYY-MM-DD`) as the reference ("on Tuesday" is the
 * latest Tuesday not after it; "May 19" without a year the latest such day); `null` when they
 * give no day.
 */
export function dateOfWords(words: string, published: string): DayOf | DaysApart | null {
  // A range the engine reads ("from Wednesday to Friday", "on Saturday and Sunday") gives its days.
  const days = findDates(words, published).filter((d) => d.precision === 'day' || d.range);
  const head = days[0];
  if (!head) return null;
  let first = head.range?.start ?? head.date;
  let last = first;
  const take = (day: string) => {
    if (day < first) first = day;
    if (day > last) last = day;
  };
  for (const d of days) {
    take(d.range?.start ?? d.date);
    take(d.range?.end ?? d.date);
  }
  // Ranges chrono reads as one result keep the distance it gives between their ends, counted
  // from the day the engine gives their start (a weekday's latest such day, a year's rollback).
  chrono ??= makeChrono();
  const instant = new Date(`${published}T12:00:00Z`);
  for (const r of chrono.parse(words, { instant, timezone: 0 })) {
    const at = days.find((d) => d.start <= r.index + 3 && r.index < d.end);
    if (!at || at.range) continue;
    if (r.end) {
      const span = daysFrom(dayOfDate(r.start.date()), dayOfDate(r.end.date()));
      if (span > 0 && span <= 366) take(addDays(at.date, span));
      continue;
    }
    const more = AND_DAY.exec(words.slice(r.index + r.text.length));
    const day = Number(more?.[1]);
    if (day > Number(at.date.slice(8, 10)) && day <= 31) {
      const next = `${at.date.slice(0, 8)}${String(day).padStart(2, '0')}`;
      if (dayOfDate(new Date(`${next}T00:00:00Z`)) === next) take(next);
    }
  }
  if (first === last)
    return {
      date: first,
      precision: 'day',
      first,
      last,
      dayPart: head.dayPart,
      resolution: head.resolution,
    };
  const precision = (['week', 'month', 'year'] as const).find(
    (p) => dateAt(first, p) === dateAt(last, p),
  );
  if (!precision) return { apart: true, first, last };
  const date = dateAt(first, precision);
  const day = (iso: string) => `${weekdayOf(iso)} ${iso}`;
  return {
    date,
    precision,
    first,
    last,
    dayPart: null,
    resolution: `The publication date is ${day(published)}, so "${words}" is ${describeDate(date)}, which holds ${day(first)} to ${day(last)}; the article gives no single day.`,
  };
}
