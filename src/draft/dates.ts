/**
 * Dates pass: every date expression of the article, resolved by chrono-node against the
 * publication date, kept only at the precision the wording gives (day, ISO week, month, year),
 * with a sentence saying how it was resolved. A weekday alone ("on Monday") is the last such day
 * on or before the publication date: a news report tells what has happened.
 *
 * @module
 */

import type { ParsedComponents } from 'chrono-node';
import { addDays, dateAt, dateSpan, describeDate, isoDay, weekdayOf } from './calendar.js';
import { makeChrono } from './chrono-config.js';
import type { Precision } from './types.js';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`. */
  date: string;
  precision: Precision;
  dayPart: 'morning' | 'afternoon' | 'evening' | null;
  /** How the wording was resolved, in one sentence. */
  resolution: string;
}

let chrono: ReturnType<typeof makeChrono> | undefined;

/** Words that make a result a date; a bare number or ordinal ("the 13th") is not one. */
const DATE_WORD =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|today|yesterday|tonight|ago)|\d{4}/i;

function precisionOf(r: {
  start: { isCertain(c: string): boolean };
  tags(): Set<string>;
}): Precision | null {
  const c = r.start;
  if (r.tags().has('draft/week')) return 'week';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

function dayPartOf(text: string): DateMention['dayPart'] {
  const m = /\b(morning|afternoon|evening|night)\b/i.exec(text)?.[1]?.toLowerCase();
  if (!m) return null;
  return m === 'night' ? 'evening' : (m as DateMention['dayPart']);
}

function resolution(text: string, date: string, precision: Precision, published: string): string {
  const pub = `${weekdayOf(published)} ${published}`;
  const quoted = `"${text}"`;
  const missing =
    precision === 'day' ? '' : `; the article gives no ${precision === 'year' ? 'month' : 'day'}`;
  return `The publication date is ${pub}, so ${quoted} is ${describeDate(date)}${missing}.`;
}

/**
 * Finds the dates in `text`.
 *
 * @param published - publication date `YYYY-MM-DD`: no date without a year is after it.
 * @param datelineDay - the day the report is datelined, the reference for relative wording
 *   ("on Tuesday" is the latest Tuesday not after it); the publication date by default.
 */
export function findDates(text: string, published: string, datelineDay = published): DateMention[] {
  chrono ??= makeChrono();
  const reference = new Date(`${datelineDay}T12:00:00Z`);
  // Paragraph by paragraph: some of chrono's checks look at all the text before a match, which
  // on a long text costs time in proportion to its square.
  const results: { index: number; text: string; start: ParsedComponents; tags(): Set<string> }[] =
    [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    for (const r of chrono.parse(m[0], { instant: reference, timezone: 0 }))
      results.push({
        index: m.index + r.index,
        text: r.text,
        start: r.start,
        tags: () => r.tags(),
      });
  }
  const out: DateMention[] = [];
  for (const r of results) {
    if (!DATE_WORD.test(r.text) || /^\s*(now|right now)\s*$/i.test(r.text)) continue;
    const precision = precisionOf(r);
    if (!precision) continue;
    let day = isoDay(r.start.date());
    // A month and day without a year is the latest such day not after publication.
    if (!r.start.isCertain('year') && r.start.isCertain('month') && day > published)
      day = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    // A weekday on its own is the last such day on or before the dateline's day.
    if (
      precision === 'day' &&
      !r.start.isCertain('day') &&
      day > datelineDay &&
      !/\bnext\b/i.test(r.text)
    )
      day = addDays(day, -7);
    let start = r.index;
    let wording = r.text;
    const trimmed = wording.replace(/[\s,;:.]+$/u, '');
    wording = trimmed;
    // Keep "in" or "on" before it: "in January 2025" is the article's wording.
    const before = text.slice(Math.max(0, start - 3), start);
    if (/^(?:in|on) $/i.test(before) && !/^(?:in|on)\s/i.test(wording)) {
      start -= 3;
      wording = text.slice(start, start + 3 + wording.length);
    }
    const date = dateAt(day, precision);
    out.push({
      start,
      end: start + wording.length,
      text: wording,
      date,
      precision,
      dayPart: dayPartOf(wording),
      resolution: resolution(wording, date, precision, published),
    });
  }
  return out;
}

/** Whether a date lies after the publication date (all of it). */
export const afterPublication = (date: string, published: string) =>
  dateSpan(date).start > published;
