/**
 * chrono-node's English configuration with the parsers news reports need and chrono lacks, added
 * to a clone (chrono's own way to extend it): "this week" / "last week" as an ISO week, "May of
 * last year" as one month, and a bare year "in 2024" as a year. Results of the week parser
 * carry the tag `draft/week`.
 *
 * @module
 */
import type { Parser, ParsingContext } from 'chrono-node';
import { casual } from 'chrono-node/en';

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNumber = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

const DAY_MS = 86_400_000;

/** "this week", "earlier this week", "last week", "the previous week". */
const weekParser: Parser = {
  pattern: () => /\b(?:(?:earlier|later)\s+)?(this|last|past|previous|next)\s+week\b/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const which = (match[1] ?? '').toLowerCase();
    const ref = context.reference.instant;
    const refDay = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()));
    const shift = which === 'this' ? 0 : which === 'next' ? 7 : -7;
    const monday = new Date(
      refDay.getTime() - ((refDay.getUTCDay() + 6) % 7) * DAY_MS + shift * DAY_MS,
    );
    const components = context.createParsingComponents({
      year: monday.getUTCFullYear(),
      month: monday.getUTCMonth() + 1,
      day: monday.getUTCDate(),
    });
    components.addTag('draft/week');
    return components;
  },
};

/** "May of last year", "in March this year", "January of the previous year". */
const monthOfYearParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:in\\s+)?${MONTH}\\s+(?:of\\s+)?(last|this|next|the\\s+previous|the\\s+same)\\s+year\\b`,
      'i',
    ),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const which = (match[2] ?? '').toLowerCase();
    const shift = /last|previous/.test(which) ? -1 : which === 'next' ? 1 : 0;
    return {
      year: context.reference.instant.getUTCFullYear() + shift,
      month: monthNumber(match[1] ?? ''),
    };
  },
};

/**
 * A bare year after a preposition: "in 2024", "since 2019", "during 2023", "in late 2012",
 * "at the end of 2012", "in mid-2014".
 */
const yearParser: Parser = {
  pattern: () =>
    /\b(?:in|since|during|throughout|by|for|at|until)\s+(?:(?:early|late|mid|the (?:end|beginning|start|middle|first half|second half) of)[\s-]+)?((?:19|20)\d{2})\b(?![-–/]?\d)/i,
  extract(_context: ParsingContext, match: RegExpMatchArray) {
    return { year: Number(match[1]) };
  },
};

/** "between Aug. 22 and 24", "between Aug. 22 and 24, 2016", "between June 30 and July 2". */
const betweenParser: Parser = {
  pattern: () =>
    new RegExp(
      `\\bbetween\\s+${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(?:${MONTH}\\.?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?`,
      'i',
    ),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = monthNumber(match[1] ?? '');
    const endMonth = match[3] ? monthNumber(match[3]) : month;
    const first = Number(match[2]);
    const last = Number(match[4]);
    if (first > 31 || last > 31 || (endMonth === month && last <= first)) return null;
    const start = context.createParsingComponents({ month, day: first });
    const end = context.createParsingComponents({ month: endMonth, day: last });
    if (match[5]) {
      start.assign('year', Number(match[5]));
      end.assign('year', Number(match[5]));
    } else {
      const year = context.reference.instant.getUTCFullYear();
      start.imply('year', year);
      end.imply('year', year);
    }
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
};

/**
 * "in the first two days of 2007", "on the first three days of the year": the year's first
 * days, a range.
 */
const firstDaysParser: Parser = {
  pattern: () =>
    /\b(?:in|on|during|over) the first (two|three|four|five|six|seven|\d) days of (?:(the|this|last) year|((?:19|20)\d{2}))\b/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const word = (match[1] ?? '').toLowerCase();
    const days = /^\d$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
    const ref = context.reference.instant.getUTCFullYear();
    const year = match[3] ? Number(match[3]) : match[2]?.toLowerCase() === 'last' ? ref - 1 : ref;
    if (days < 2) return null;
    const start = context.createParsingComponents({ year, month: 1, day: 1 });
    const end = context.createParsingComponents({ year, month: 1, day: days });
    return context.createParsingResult(match.index ?? 0, match[0], start, end);
  },
};

const NUMBER_WORDS = [
  'a',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/**
 * "two years ago", "three months ago", "a week ago", "Ten years have passed since": counted back
 * from publication.
 */
const agoParser: Parser = {
  pattern: () =>
    /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(year|month|week|day)s?\s+(?:ago|(?:have|has) (?:passed|gone by) since)\b/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const word = (match[1] ?? '').toLowerCase();
    const n = /^\d+$/.test(word)
      ? Number(word)
      : Math.max(1, NUMBER_WORDS.indexOf(word === 'an' ? 'a' : word));
    const unit = (match[2] ?? '').toLowerCase();
    const ref = context.reference.instant;
    const day = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()));
    if (unit === 'year') return { year: day.getUTCFullYear() - n };
    if (unit === 'month') {
      day.setUTCMonth(day.getUTCMonth() - n, 1);
      return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1 };
    }
    const back = new Date(day.getTime() - n * (unit === 'week' ? 7 : 1) * DAY_MS);
    const components = context.createParsingComponents({
      year: back.getUTCFullYear(),
      month: back.getUTCMonth() + 1,
      day: back.getUTCDate(),
    });
    if (unit === 'week') components.addTag('draft/week');
    return components;
  },
};

/**
 * chrono's parsers the engine keeps, by their place in chrono's casual English configuration
 * (chrono-node is pinned at 2.10.3; the names are checked against it by a test). Not by class
 * name: a minifying build (the editor page's) renames classes, and chose none of them. Left out:
 * clock times, slash dates ("1/3" is more often a fraction), "within", "later" and "+2 days",
 * whose reference is not the publication date, and chrono's "ago" and "later" parsers, whose
 * large patterns cost a third of a second to compile in a fresh process ({@link agoParser}
 * does the news reports' part of their work).
 */
export const CHRONO_PARSERS: readonly (readonly [number, string])[] = [
  [0, 'ENYearMonthDayParser'],
  [1, 'ISOFormatParser'],
  [4, 'ENMonthNameLittleEndianParser'],
  [5, 'ENMonthNameMiddleEndianParser'],
  [6, 'ENWeekdayParser'],
  [11, 'ENYearMonthNameParser'],
  [12, 'ENCasualDateParser'],
  [13, 'ENCasualTimeParser'],
  [15, 'ENMonthNameParser'],
  [16, 'ENRelativeDateFormatParser'],
];

/** How many parsers chrono's casual English configuration has in the pinned version. */
export const CHRONO_CASUAL_PARSERS = 18;

/** The configured parser; build it once. */
export function makeChrono() {
  const chrono = casual.clone();
  const all = chrono.parsers;
  if (all.length !== CHRONO_CASUAL_PARSERS)
    throw new Error(`chrono-node's casual configuration changed (${all.length} parsers)`);
  chrono.parsers = [
    betweenParser,
    firstDaysParser,
    weekParser,
    monthOfYearParser,
    yearParser,
    agoParser,
    ...CHRONO_PARSERS.map(([i]) => all[i] as Parser),
  ];
  return chrono;
}
