/**
 * The publication date a pasted article states in its head, in the shapes agencies and
 * newspapers print it: a line of its own with a time ("11:39, January 02, 2013",
 * "2013-01-02 11:39:00"), a labelled one ("Updated: 2013-01-02 11:39", "Published: Jan 2,
 * 2013", "Source: Xinhua | 2013-01-02 22:50:18 | Editor: Wang"), or an agency dateline that
 * gives its year ("BEIJING, Jan. 2, 2013 (Xinhua) --"). Read with chrono-node, beside the
 * engine (in its worker), to fill an empty **Publication date** before Draft; never to change
 * one a person typed.
 *
 * @module
 */
import { makeChrono } from './chrono-config.js';
import { agencyDatelines, isCalendarDay } from './dateline.js';

/** How far into the text the head may reach, and how many of its lines are read. */
const HEAD = 4000;
const HEAD_LINES = 12;
/** A line longer than this is the body: the head ends before it. */
const BODY_LINE = 200;
/** What a date line may hold besides the date: a time, labels, an outlet, a byline's name. */
const TIME = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?m\.?))?/gi;
const LABEL =
  /\b(?:last\s+)?(?:updated|published|posted|released|modified|source|editors?|web editor|by|time|date|beijing time|bjt|gmt|utc|cst)\b/gi;
/** How much else a date line may say once its date, time and labels are taken out (a name, an outlet). */
const REST = 40;

let chrono: ReturnType<typeof makeChrono> | undefined;
const pad = (n: number) => String(n).padStart(2, '0');

/** A publication date stated in the head, with the passage of the line that states it. */
export interface PublicationDateLine {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The line, trimmed, as UTF-16 offsets into the text and its words. */
  passage: { start: number; end: number; text: string };
}

/** The lines of the head that are not blank, trimmed, with their offsets, at most {@link HEAD_LINES}. */
function headLines(text: string): PublicationDateLine['passage'][] {
  const lines: PublicationDateLine['passage'][] = [];
  const head = text.slice(0, HEAD);
  for (const m of head.matchAll(/[^\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[\ufeff\s]+/, '').length;
    const body = raw.slice(lead).trimEnd();
    if (!body) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + body.length, text: body });
    if (lines.length === HEAD_LINES) break;
  }
  return lines;
}

/**
 * The publication date `text` states in its head and the line that states it (an agency
 * dateline's line is its dateline's, not here: `null` then as for a text that states none).
 */
export function publicationDateLine(text: string): PublicationDateLine | null {
  const found = readHead(text);
  return found && 'passage' in found ? found : null;
}

/** The publication date `text` states in its head, `YYYY-MM-DD`; `null` when it states none. */
export function publicationDate(text: string): string | null {
  return readHead(text)?.date ?? null;
}

function readHead(text: string): PublicationDateLine | { date: string } | null {
  chrono ??= makeChrono();
  for (const passage of headLines(text)) {
    const line = passage.text;
    const agency = agencyDatelines(line)[0];
    if (agency) {
      const day = agency.year ? `${agency.year}-${pad(agency.month)}-${pad(agency.day)}` : '';
      return isCalendarDay(day) ? { date: day } : null;
    }
    if (line.length > BODY_LINE) return null;
    for (const r of chrono.parse(line, { instant: new Date(), timezone: 0 })) {
      const c = r.start;
      if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
      const rest = line
        .replace(r.text, ' ')
        .replace(TIME, ' ')
        .replace(LABEL, ' ')
        .replace(/[\s|:,;·•/()[\]–—-]+/g, ' ')
        .trim();
      if (rest.length > REST) continue;
      const day = `${c.get('year')}-${pad(c.get('month') ?? 0)}-${pad(c.get('day') ?? 0)}`;
      if (isCalendarDay(day)) return { date: day, passage };
    }
  }
  return null;
}
