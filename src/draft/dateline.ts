/**
 * The first pass: the publication date, title, section and outlet, from a first line
 * `date YYYY-MM-DD [section]`, from an agency dateline `CITY, April 13 (Agency) --` (whose year
 * comes from the options when the dateline has none), or from the options alone; the outlet,
 * when neither the options nor the dateline name it, from a line that states it ("(Xinhua)",
 * "Source: Xinhua", "By ZHANG YUE | China Daily").
 *
 * @module
 */
import { DraftInputError } from './input.js';
import type { Passage } from './types.js';

export interface DatelineOptions {
  /** `YYYY-MM-DD`: the publication date when the text lacks it, or the year for an agency dateline. */
  date?: string | undefined;
  title?: string | undefined;
  outlet?: string | undefined;
}

export interface Dateline {
  /** Publication date, `YYYY-MM-DD`. */
  date: string;
  /**
   * The day the report is datelined (`CHANGSHA, March 19 (Xinhua) --`), the reference for "on
   * Tuesday"; the publication date when there is no such dateline.
   */
  day: string;
  /** Where the text gives the date; `null` when it came from the options. */
  passage: Passage | null;
  /**
   * The headline: the options' title, else the text's title line; `''` when the text has no
   * line that reads as one (never a title made up for it).
   */
  title: string;
  titlePassage: Passage | null;
  section: string | null;
  outlet: string | null;
  /** The dateline's place (an agency dateline's city), never a visit by itself. */
  place: Passage | null;
  /** Every agency dateline of the head: its day is the publication's, never a visit's. */
  datelines: Passage[];
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

/** Whether `iso` is `YYYY-MM-DD` and a day of the calendar. */
export function isCalendarDay(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

const pad = (n: number) => String(n).padStart(2, '0');

// A UTF-8 byte order mark (U+FEFF) before the first line is read past, as white space.
const DATE_LINE = /^[ \t\ufeff]*(date[ \t]+(\d{4}-\d{2}-\d{2}))[ \t]*([^\n]*)$/im;

/** A month name or abbreviation in any case: "July", "JULY", "Jul.", "Sept". */
const MONTH = `(?:${MONTHS.map((m) => [...m].map((c) => `[${c.toUpperCase()}${c}]`).join('')).join(
  '|',
)})[A-Za-z]*\\.?`;
const SP = '[ \\t\\u00a0]';
const NAME = "[A-Z][A-Za-z.'’ -]{1,40}?";
/**
 * An agency dateline at the start of a line: a city, maybe a province or country ("XUZHOU,
 * Jiangsu,"), the day ("July 10", "JULY 10", "10 July", "Jul. 10, 2025"), maybe the agency in
 * brackets or slashes, then a dash, a colon or a bar. Without an agency only a dash ends it.
 */
const AGENCY = new RegExp(
  `^[ \\t\\u00a0\\ufeff]*((${NAME})(?:,${SP}+${NAME}){0,2}?,?${SP}+(?:(${MONTH})${SP}+(\\d{1,2})|(\\d{1,2})${SP}+(${MONTH}))(?:,${SP}+(\\d{4}))?(?:${SP}*(?:\\(([^)\\n]{1,40})\\)|/([^/\\n]{1,40})/)${SP}*(?:--|—|–|-|:|\\|)|${SP}*(?:--|—|–)))`,
  'gm',
);

/** One agency dateline: its passage, its city's passage, the day and the agency. */
interface AgencyLine {
  passage: Passage;
  place: Passage;
  month: number;
  day: number;
  year: string | undefined;
  agency: string | null;
}

/** Every agency dateline in `head` (datelines open a line), in order. */
export function agencyDatelines(head: string): AgencyLine[] {
  const out: AgencyLine[] = [];
  AGENCY.lastIndex = 0;
  for (let m = AGENCY.exec(head); m; m = AGENCY.exec(head)) {
    const [, wording = '', city = '', m1, d1, d2, m2, year, bracket, slash] = m;
    const start = m.index + m[0].indexOf(wording);
    const month = MONTHS.indexOf((m1 ?? m2 ?? '').slice(0, 3).toLowerCase() as never) + 1;
    out.push({
      passage: passageOf(start, wording),
      place: passageOf(start, city.trim()),
      month,
      day: Number(d1 ?? d2),
      year,
      agency: (bracket ?? slash)?.trim() || null,
    });
  }
  return out;
}

function passageOf(start: number, value: string): Passage {
  return { start, end: start + value.length, text: value };
}

/**
 * Whether a line reads as a headline: a few words, not a sentence of the body (no final stop,
 * comma or colon, no second sentence), not a byline.
 */
export function readsAsHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    words <= 30 &&
    !/(?<!\.\.)[.,;:]$/.test(line) &&
    !/[a-z]{2}[.!?]["”’]?\s+["“]?[A-Z]/.test(line) &&
    !/^by\s/i.test(line)
  );
}

/** The first non-empty line from `from` on, trimmed, as a passage, or `null`. */
function lineAfter(text: string, from: number): Passage | null {
  const re = /[^\n]*\S[^\n]*/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  const raw = m[0];
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed.length > 200 || !readsAsHeadline(trimmed)) return null;
  return passageOf(m.index + lead, trimmed);
}

function checkDay(iso: string, where: string): string {
  if (!isCalendarDay(iso))
    throw new DraftInputError('bad-date', `${where} ${JSON.stringify(iso)} is not a calendar day.`);
  return iso;
}

/** Words that end an outlet's name on a source line ("Source: XinhuaEditor: Yao"). */
const OUTLET_END =
  /\s*(?:[|,;(\d]|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b(?:Editor|Author|Published|Updated|Date|Font|Web editor)\b|(?<=\p{Ll})(?=Editor|Author|Published|Updated))/u;
/** An outlet's name: a few words opening in a capital ("Xinhua", "China Daily"). */
const OUTLET_NAME = /^\p{Lu}[\p{L}.&'’ -]{1,50}$/u;

/** The outlet's name at the start of `words`, cut where the source line goes on; or null. */
function outletName(words: string): string | null {
  const end = OUTLET_END.exec(words);
  const name = (end ? words.slice(0, end.index) : words).trim();
  if (!OUTLET_NAME.test(name) || name.split(/\s+/).length > 6) return null;
  // "Translated by ...", "Photo by ..." name a person's work, not an outlet.
  return /\b(?:by|from|of)$|^(?:Translated|Photo|Compiled|Edited)\b/iu.test(name) ? null : name;
}

/**
 * The outlet the text states on a line of its own, the first in the text: "(Xinhua)" (maybe
 * with the time it ran, "(Xinhua) 13:34, April 23, 2024"),
 * "Source: Xinhua | 2021-09-15", "By ZHANG YUE | China Daily | Updated: ..." (the part after the
 * byline). A photo's credit ("(Photo/Xinhua)") names no outlet of the article. `null` when no
 * line states one.
 */
export function statedOutlet(text: string): string | null {
  for (const m of text.matchAll(/^[ \t\ufeff]*([^\n]{3,160}?)[ \t]*$/gmu)) {
    const line = m[1] ?? '';
    const bracket = /^\(([^()/]{2,50})\)(?:\s+[^()]*\d{4})?$/u.exec(line);
    const source = /^Source\s*[:：]\s*(.+)$/iu.exec(line);
    const byline = /^By\s+[^|\n]{2,60}?\s*\|\s*(.+)$/u.exec(line);
    const name = bracket?.[1]
      ? outletName(bracket[1])
      : source?.[1]
        ? outletName(source[1])
        : byline?.[1]
          ? outletName(byline[1])
          : null;
    if (name) return name;
  }
  return null;
}

/**
 * Reads the dateline.
 *
 * @throws DraftInputError `no-date` when neither the text nor the options give a publication
 *   date (or an agency dateline's year); `bad-date` when a given date is not a calendar day.
 */
export function readDateline(text: string, options: DatelineOptions = {}): Dateline {
  const optionDate = options.date === undefined ? undefined : checkDay(options.date, 'The date');
  const head = text.slice(0, 2000);
  let date: string | undefined;
  let passage: Passage | null = null;
  let section: string | null = null;
  let outlet: string | null = options.outlet ?? null;
  let place: Passage | null = null;
  let datelineDay: string | null = null;
  let titleFrom = 0;
  const line = DATE_LINE.exec(head);
  const agencies = agencyDatelines(head).filter((a) => a.passage.start < 600);
  const agency = agencies.find((a) => !line || a.passage.start > line.index);
  if (line && line.index < 200) {
    const [, wording = '', iso = '', rest = ''] = line;
    const start = line.index + line[0].indexOf(wording);
    passage = passageOf(start, wording);
    date = checkDay(iso, 'The dateline');
    section = rest.trim() || null;
    titleFrom = line.index + line[0].length;
    // An agency dateline after the date line still names a city and a day that are no visit's.
    if (agency) {
      place = agency.place;
      outlet = options.outlet ?? agency.agency;
      const y = agency.year ?? iso.slice(0, 4);
      const day = `${y}-${pad(agency.month)}-${pad(agency.day)}`;
      if (isCalendarDay(day))
        datelineDay = !agency.year && day > iso ? `${Number(y) - 1}${day.slice(4)}` : day;
    }
  } else if (agency) {
    const wording = agency.passage.text;
    const y = agency.year ?? optionDate?.slice(0, 4);
    if (!y)
      throw new DraftInputError(
        'no-date',
        `The dateline "${wording}" has no year; give the publication date with --date YYYY-MM-DD.`,
        wording,
      );
    // The publication date a person gives is never changed; a dateline without a year is
    // the latest such day not after it.
    let day = checkDay(`${y}-${pad(agency.month)}-${pad(agency.day)}`, 'The dateline date');
    if (!agency.year && optionDate && day > optionDate) day = `${Number(y) - 1}${day.slice(4)}`;
    date = optionDate ?? day;
    datelineDay = day;
    passage = agency.passage;
    place = agency.place;
    outlet = options.outlet ?? agency.agency;
  } else if (optionDate) {
    date = optionDate;
  }
  if (!date)
    throw new DraftInputError(
      'no-date',
      'The article has no publication date (no "date YYYY-MM-DD" first line, no dateline); give it with --date YYYY-MM-DD.',
    );
  let title: string;
  let titlePassage: Passage | null = null;
  if (options.title !== undefined && options.title.trim() !== '') title = options.title.trim();
  else {
    titlePassage = lineAfter(text, titleFrom);
    if (titlePassage && passage && titlePassage.start <= passage.start) {
      // The dateline opens the first paragraph: no title line unless it came before it.
      titlePassage = titlePassage.end <= passage.start ? titlePassage : null;
    }
    title = titlePassage?.text ?? '';
  }
  const datelines = agencies.map((a) => a.passage);
  outlet ??= statedOutlet(text);
  return {
    date,
    day: datelineDay ?? date,
    passage,
    title,
    titlePassage,
    section,
    outlet,
    place,
    datelines,
  };
}
