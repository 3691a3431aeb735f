/**
 * Dates pass: every date expression of the article, resolved by chrono-node against the
 * publication date, kept only at the precision the wording gives (day, ISO week, month, year),
 * with a sentence saying how it was resolved. A weekday alone ("on Monday") is the last such day
 * on or before the publication date: a news report tells what has happened. A range of days
 * ("from Dec. 29 to 30, 2012", "from Wednesday to Friday", "on Saturday and Sunday") is dated to
 * the finest form that holds all of it (its ISO week, else its month, else its year), with its
 * first and last day in `range` and in the resolution sentence: never a single day the text
 * does not give; a weekend ("at the weekend", "over the weekend") is the Saturday and Sunday on or
 * before the dateline's day.
 *
 * @module
 */

import type { ParsedComponents } from 'chrono-node';
import {
  addDays,
  coveringDate,
  dateAt,
  dateSpan,
  dayOf,
  describeDate,
  isoDay,
  weekdayOf,
} from './calendar.js';
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
  /** The first and last day (`YYYY-MM-DD`) of a range of days; `null` for a single date. */
  range: { start: string; end: string } | null;
}

let chrono: ReturnType<typeof makeChrono> | undefined;

/** A part of the day before the date it belongs to: "morning of ". */
const PART_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i;

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

/** The sentence for a range: its days, and the date that holds them. */
function rangeResolution(text: string, first: string, last: string, published: string): string {
  const date = coveringDate(first, last);
  return `The publication date is ${weekdayOf(published)} ${published}, so "${text}" is the days ${weekdayOf(first)} ${first} to ${weekdayOf(last)} ${last}, within ${describeDate(date.date)}; the article gives no single day.`;
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
  const results: {
    index: number;
    text: string;
    start: ParsedComponents;
    end: ParsedComponents | null;
    tags(): Set<string>;
  }[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    for (const r of chrono.parse(m[0], { instant: reference, timezone: 0 })) {
      // "the morning of June 16": chrono joins the part of the day to the date and loses the
      // date; it is read from the words after "of".
      const of = PART_OF.exec(r.text);
      const date = of
        ? chrono.parse(r.text.slice(of[0].length), { instant: reference, timezone: 0 })[0]
        : r;
      if (!date || (of && date.index !== 0)) continue;
      results.push({
        index: m.index + r.index,
        text: r.text,
        start: date.start,
        end: date.end ?? null,
        tags: () => date.tags(),
      });
    }
  }
  const out: DateMention[] = [];
  for (const r of results) {
    if (!DATE_WORD.test(r.text) || /^\s*(now|right now)\s*$/i.test(r.text)) continue;
    // "where he sat down", "wed to": a short weekday form in lower case is a word, not a day.
    if (/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(r.text.trim())) continue;
    // "Sun visited", "Sun Chunlan": a short weekday form is a day only after "on" ("on Sun.").
    if (
      /^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?[,;:]?$/.test(r.text.trim()) &&
      !/\b[Oo]n\s+$/.test(text.slice(Math.max(0, r.index - 4), r.index))
    )
      continue;
    // "called on Sun Guanfa": a short form without its stop, before a capitalised word, is a name.
    if (
      /^(?:on\s+)?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/i.test(r.text) &&
      /^\s+\p{Lu}/u.test(text.slice(r.index + r.text.length, r.index + r.text.length + 2))
    )
      continue;
    // "at the weekend", "over the weekend", "this weekend": two days, never the Saturday alone.
    if (WEEKEND.test(r.text)) {
      const lead = /(?:^|\s)(?:(every|each)|(at|over|during|on) the) $/i.exec(
        text.slice(Math.max(0, r.index - 12), r.index),
      );
      if (lead?.[1] || /\bnext\b/i.test(r.text)) continue;
      const start = lead?.[2] ? r.index - lead[0].trimStart().length : r.index;
      const wording = text.slice(start, r.index + r.text.replace(/[\s,;:.]+$/u, '').length);
      const saturday = addDays(datelineDay, -((new Date(datelineDay).getUTCDay() + 1) % 7));
      out.push(rangeMention(start, wording, saturday, addDays(saturday, 1), published));
      continue;
    }
    const precision = precisionOf(r);
    if (!precision) continue;
    let day = isoDay(r.start.date());
    let last = precision === 'day' && r.end ? isoDay(r.end.date()) : null;
    if (last !== null && last <= day) last = null;
    // A month and day without a year is the latest such day not after publication.
    if (!r.start.isCertain('year') && r.start.isCertain('month') && (last ?? day) > published) {
      day = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
      if (last) last = `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`;
    }
    // A weekday on its own is the last such day on or before the dateline's day; a range of
    // weekdays ends on or before it.
    if (
      precision === 'day' &&
      !r.start.isCertain('day') &&
      (last ?? day) > datelineDay &&
      !/\bnext\b/i.test(r.text)
    ) {
      day = addDays(day, -7);
      if (last) last = addDays(last, -7);
    }
    let start = r.index;
    let wording = r.text.replace(/[\s,;:.]+$/u, '');
    // Keep "in", "on" ("on the" before a part of the day) or, before a range, "from": "in
    // January 2025", "On the morning of April 24" are the article's wording.
    const before = /(?:^|\s)((?:in|on)(?: the)?|from) $/i.exec(
      text.slice(Math.max(0, start - 10), start),
    );
    if (
      before?.[1] &&
      !/^(?:in|on|from)\s/i.test(wording) &&
      (last || before[1].toLowerCase() !== 'from') &&
      (!/ the$/i.test(before[1]) || PART_OF.test(wording))
    ) {
      start -= before[1].length + 1;
      wording = text.slice(start, r.index + wording.length);
    }
    out.push(
      last
        ? rangeMention(start, wording, day, last, published)
        : {
            start,
            end: start + wording.length,
            text: wording,
            date: dateAt(day, precision),
            precision,
            dayPart: dayPartOf(wording),
            resolution: resolution(wording, dateAt(day, precision), precision, published),
            range: null,
          },
    );
  }
  const days = daysOfMonth(text, out, datelineDay);
  return nextDays(text, joinPairs(text, days, datelineDay, published), published);
}

/** "On the afternoon of the 16th": a part of the day and a day of the month alone. */
const DAY_OF_MONTH =
  /\b(?:(?:on|in) )?the (morning|afternoon|evening|night) of the ([12]?\d|3[01])(?:st|nd|rd|th)\b/gi;

/**
 * A day of the month alone, with its part of the day ("On the afternoon of the 16th"): in the
 * month of the date named last before it, else the latest such day not after the dateline's.
 */
function daysOfMonth(text: string, mentions: DateMention[], datelineDay: string): DateMention[] {
  const added: DateMention[] = [];
  for (const m of text.matchAll(DAY_OF_MONTH)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((d) => d.start < end && start < d.end)) continue;
    const n = Number(m[2]);
    const before = mentions.filter((d) => d.end <= start && d.precision !== 'year').at(-1);
    const month = before ? (before.range?.start ?? before.date).slice(0, 7) : null;
    let day = month && /^\d{4}-\d{2}$/.test(month) ? `${month}-${String(n).padStart(2, '0')}` : '';
    if (!day) {
      // The latest such day not after the dateline's day.
      let probe = `${datelineDay.slice(0, 7)}-${String(n).padStart(2, '0')}`;
      for (let i = 0; i < 12 && (probe > datelineDay || isoDay(dayOf(probe)) !== probe); i++) {
        const [y, mo] = [Number(probe.slice(0, 4)), Number(probe.slice(5, 7))];
        const prev = mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
        probe = `${prev}-${String(n).padStart(2, '0')}`;
      }
      day = probe;
    }
    if (isoDay(dayOf(day)) !== day) continue;
    const part = (m[1] ?? '').toLowerCase();
    added.push({
      start,
      end,
      text: m[0],
      date: day,
      precision: 'day',
      dayPart: part === 'night' ? 'evening' : (part as DateMention['dayPart']),
      resolution: `${
        before
          ? `"${m[0]}" is day ${m[2]} of the month of "${before.text}"`
          : `The article is datelined ${weekdayOf(datelineDay)} ${datelineDay}, so "${m[0]}" is the latest such day not after it`
      }: ${describeDate(day)}.`,
      range: null,
    });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** "the following day", "the next morning", "the day before": a day counted from another. */
const NEXT_DAY =
  /\b(?:(?:on|in|during) )?the (?:(following|next)|(previous)) (day|morning|afternoon|evening|night)\b|\bthe day (after|before)\b/gi;

/**
 * "Xi flew into Nyingchi on Wednesday and the following day took the train": the day after (or
 * before) the single day named last before the words; nothing when no day is named before
 * them.
 */
function nextDays(text: string, mentions: DateMention[], published: string): DateMention[] {
  const added: DateMention[] = [];
  for (const m of text.matchAll(NEXT_DAY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (mentions.some((d) => d.start < end && start < d.end)) continue;
    // The day named last: one of the article's, or one counted on already ("The next morning").
    const from = [...mentions, ...added]
      .filter((d) => d.end <= start && d.precision === 'day' && !d.range)
      .sort((a, b) => a.start - b.start)
      .at(-1);
    if (!from) continue;
    const after = m[1] !== undefined || m[4]?.toLowerCase() === 'after';
    const date = addDays(from.date, after ? 1 : -1);
    const part = m[3]?.toLowerCase();
    added.push({
      start,
      end,
      text: m[0],
      date,
      precision: 'day',
      dayPart:
        part === 'night'
          ? 'evening'
          : part === 'day' || !part
            ? null
            : (part as DateMention['dayPart']),
      resolution: `${resolution(from.text, from.date, 'day', published).slice(0, -1)}, and "${m[0]}" is the day ${after ? 'after' : 'before'} it, ${describeDate(date)}.`,
      range: null,
    });
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

function rangeMention(
  start: number,
  wording: string,
  first: string,
  last: string,
  published: string,
): DateMention {
  const { date, precision } = coveringDate(first, last);
  return {
    start,
    end: start + wording.length,
    text: wording,
    date,
    precision,
    dayPart: null,
    resolution: rangeResolution(wording, first, last, published),
    range: { start: first, end: last },
  };
}

/** A weekend: "the weekend", "this weekend", "last weekend". */
const WEEKEND = /\bweekend\b/i;

/** "and", "to" or a dash between two days: "on Saturday and Sunday", "May 3 - May 5". */
const BETWEEN_DAYS = /^\s*(?:and|to|through|till|until|[-–—])\s*$/i;

/**
 * Two days told as one span ("on Saturday and Sunday", "on Tuesday and Wednesday"): one range
 * mention, when the second is at most six days after the first. A weekday after another is the
 * next such day after it (chrono resolves each on its own, so "Sunday" after "Saturday" may come
 * out six days before it).
 */
function joinPairs(
  text: string,
  mentions: DateMention[],
  datelineDay: string,
  published: string,
): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    if (
      prev &&
      prev.precision === 'day' &&
      m.precision === 'day' &&
      !prev.range &&
      !m.range &&
      BETWEEN_DAYS.test(text.slice(prev.end, m.start))
    ) {
      const weekdays = WEEKDAY_ONLY.test(prev.text) && WEEKDAY_ONLY.test(m.text);
      let first = prev.date;
      let last = weekdays ? nextWeekday(first, m.date) : m.date;
      if (weekdays && last > datelineDay) {
        first = addDays(first, -7);
        last = addDays(last, -7);
      }
      const gap = (Date.parse(last) - Date.parse(first)) / 86_400_000;
      if (gap >= 1 && gap <= 6) {
        out[out.length - 1] = rangeMention(
          prev.start,
          text.slice(prev.start, m.end),
          first,
          last,
          published,
        );
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** A weekday, with "on" and a part of the day at most: no month, no day of the month. */
const WEEKDAY_ONLY =
  /^(?:on\s+|last\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** The first day after `after` that falls on `day`'s weekday. */
function nextWeekday(after: string, day: string): string {
  const delta = (((new Date(day).getUTCDay() - new Date(after).getUTCDay()) % 7) + 7) % 7;
  return addDays(after, delta === 0 ? 7 : delta);
}

/** Whether a date lies after the publication date (all of it). */
export const afterPublication = (date: string, published: string) =>
  dateSpan(date).start > published;
