/**
 * The first pass: the publication date, title, section and outlet, from a first line
 * `date YYYY-MM-DD [section]`, from an agency dateline `CITY, April 13 (Agency) --` (whose year
 * comes from the options when the dateline has none), or from the options alone.
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
  /** Where the text gives the date; `null` when it came from the options. */
  passage: Passage | null;
  title: string;
  titlePassage: Passage | null;
  section: string | null;
  outlet: string | null;
  /** The dateline's place (an agency dateline's city), never a visit by itself. */
  place: Passage | null;
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

const DATE_LINE = /^[ \t]*(date[ \t]+(\d{4}-\d{2}-\d{2}))[ \t]*([^\n]*)$/im;
const AGENCY =
  /^[ \t]*(([A-Z][A-Za-z.'’ -]{1,40}?), ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?) (\d{1,2})(?:, (\d{4}))? \(([^)\n]{1,40})\)[ \t]*(?:--|—|–|-))/m;

function passageOf(start: number, value: string): Passage {
  return { start, end: start + value.length, text: value };
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
  if (trimmed.length > 200) return null;
  return passageOf(m.index + lead, trimmed);
}

function checkDay(iso: string, where: string): string {
  if (!isCalendarDay(iso))
    throw new DraftInputError('bad-date', `${where} ${JSON.stringify(iso)} is not a calendar day.`);
  return iso;
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
  let titleFrom = 0;
  const line = DATE_LINE.exec(head);
  const agency = AGENCY.exec(head);
  if (line && line.index < 200) {
    const [, wording = '', iso = '', rest = ''] = line;
    const start = line.index + line[0].indexOf(wording);
    passage = passageOf(start, wording);
    date = checkDay(iso, 'The dateline');
    section = rest.trim() || null;
    titleFrom = line.index + line[0].length;
    // An agency dateline after the date line still names a city that is not a visit.
    if (agency && agency.index > line.index && agency.index < 600) {
      const city = agency[2] ?? '';
      place = passageOf(agency.index + agency[0].indexOf(city), city);
      outlet = options.outlet ?? (agency[6] ?? '').trim();
    }
  } else if (agency) {
    const [, wording = '', city = '', month = '', day = '', year, source = ''] = agency;
    const start = agency.index + agency[0].indexOf(wording);
    const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
    const y = year ?? optionDate?.slice(0, 4);
    if (!y)
      throw new DraftInputError(
        'no-date',
        `The dateline "${wording}" has no year; give the publication date with --date YYYY-MM-DD.`,
      );
    date = checkDay(`${y}-${pad(m)}-${pad(Number(day))}`, 'The dateline date');
    passage = passageOf(start, wording);
    place = passageOf(start, city);
    outlet = options.outlet ?? source.trim();
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
    title = titlePassage?.text ?? `Article of ${date}`;
  }
  return { date, passage, title, titlePassage, section, outlet, place };
}
