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

/** The publication date `text` states in its head, `YYYY-MM-DD`; `null` when it states none. */
export function publicationDate(text: string): string | null {
  chrono ??= makeChrono();
  const lines = text
    .slice(0, HEAD)
    .split('\n')
    .map((l) => l.replace(/^\ufeff/, '').trim())
    .filter(Boolean)
    .slice(0, HEAD_LINES);
  for (const line of lines) {
    const agency = agencyDatelines(line)[0];
    if (agency) {
      const day = agency.year ? `${agency.year}-${pad(agency.month)}-${pad(agency.day)}` : '';
      return isCalendarDay(day) ? day : null;
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
      if (isCalendarDay(day)) return day;
    }
  }
  return null;
}
