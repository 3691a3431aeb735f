/**
 * Visits pass: a visit is a sentence with a visit verb ("inspected", "visited", "toured", "went
 * to", "inspection visit") and a named site; each site becomes one visit, placed by `locate`
 * and dated by the nearest date wording in its sentence, else earlier in its paragraph (a tour
 * told day by day), else the last date of the paragraph before when that one told a visit too.
 * A city named only in a dateline or in passing is never a visit.
 *
 * @module
 */
import { afterPublication, type DateMention } from './dates.js';

import { type Located, locate } from './locate.js';
import type { PlaceMention } from './places.js';
import { type Earlier, recalledSite } from './recalled.js';
import type { Paragraph, Sentence } from './sentences.js';
import { findSites, findUnnamedSites, type SiteMention } from './sites.js';

type DayPart = 'morning' | 'afternoon' | 'evening';

export interface Visit {
  site: SiteMention;
  /** The display name: the fullest form the article gives. */
  name: string;
  sentence: Sentence;
  located: Located;
  /** The date wording used, or `null` when the article gives none for this visit. */
  date: DateMention | null;
  review: string[];
}

const VISIT_VERB =
  /\b(?:inspect(?:ed|ing|s|ion)?|visit(?:ed|ing|s)?|tour(?:ed|ing|s)?|(?:went|came|travel(?:l)?ed|returned) to|stopped (?:at|by)|made a stop at|paid a visit to|called at|dropped (?:in|by))\b/i;

export interface VisitInput {
  text: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  places: readonly PlaceMention[];
  dates: readonly DateMention[];
  published: string;
}

/** Finds the visits, in the order the article tells them. */
export function findVisits(input: VisitInput): Visit[] {
  const { text, sentences, paragraphs, places, dates, published } = input;
  const visits: Visit[] = [];
  let lastVisitParagraph = -2;
  let lastDate: DateMention | null = null;
  const inPassing: Earlier[] = findSites(text).map((site) => ({
    name: site.text,
    start: site.start,
    site,
    visited: false,
  }));
  for (const sentence of sentences) {
    if (!VISIT_VERB.test(sentence.text)) continue;
    const paragraph = paragraphs[sentence.paragraph] as Paragraph;
    const named = findSites(text, sentence.start, sentence.end);
    // Unnamed sites beside named ones ("a village ..., then the X Plant"), not a named one's
    // facility ("a cold mill of the Bensteel group").
    const unnamed = findUnnamedSites(text, sentence.start, sentence.end).filter(
      (u) =>
        !named.some(
          (n) =>
            (u.start < n.end && n.start < u.end) ||
            (n.facility && u.start < n.facility.end && n.facility.start < u.end),
        ),
    );
    const recalled =
      named.length + unnamed.length > 0 ? null : recalledSite(sentence, earlier(visits, inPassing));
    const sites = recalled
      ? [recalled.mention]
      : [...named, ...unnamed].sort((a, b) => a.start - b.start);
    for (const site of sites) {
      const located = recalled
        ? locateRecalled(recalled.to, input, visits[visits.length - 1]?.located)
        : locate(site, sentence, paragraph, places, visits[visits.length - 1]?.located);
      if (!located) continue;
      const found = dateFor(site, sentence, paragraph, dates, lastVisitParagraph, lastDate);
      const part = dayPartOf(sentence.text);
      // A date carried from an earlier sentence keeps its day, not its part of the day.
      const carried = found !== null && (found.start < sentence.start || found.end > sentence.end);
      const date =
        found && carried
          ? {
              ...found,
              dayPart: part?.dayPart ?? null,
              resolution: part
                ? `${found.resolution} "${part.text}" has no day of its own: it continues that day.`
                : `${found.resolution} The visit is told after that wording, as part of the same tour.`,
            }
          : found;
      const review = [...located.review];
      // "a new energy vehicle plant ... At the Hefei Qingyun New Energy Vehicle Co., ...": the
      // next sentence names the site.
      const later =
        recalled || named.includes(site) ? undefined : namedNext(text, site, sentence, sentences);
      if (recalled) review.push(recalled.note);
      else if (!named.includes(site) && !later)
        review.push(`site not named in the article ("${site.text}")`);
      if (!date) review.push('the article gives no date for this visit');
      else if (afterPublication(date.date, published))
        review.push(`date after the publication date (${published})`);
      if (date && date.precision !== 'day') review.push(`date only to the ${date.precision}`);
      const name = recalled ? recalled.to.name : (later ?? site).text;
      visits.push({ site: later ?? site, name, sentence, located, date, review });
      lastDate = date ?? lastDate;
      lastVisitParagraph = sentence.paragraph;
    }
  }
  return mergeRepeats(visits);
}

/** "In the afternoon", "that evening": a part of the day with no day of its own. */
function dayPartOf(sentence: string): { text: string; dayPart: DayPart } | null {
  const m = /\b(?:in the|that|this|the same) (morning|afternoon|evening|night)\b/i.exec(sentence);
  const word = m?.[1]?.toLowerCase();
  if (!m || !word) return null;
  return { text: m[0], dayPart: word === 'night' ? 'evening' : (word as DayPart) };
}

/**
 * The site an unnamed one turns out to be, named in the next sentence as where the visit goes
 * on ("At the Hefei Qingyun New Energy Vehicle Co., Xi walked ..."): its name holds the unnamed
 * site's describing words ("new energy vehicle"), or ends with its kind ("village").
 */
function namedNext(
  text: string,
  site: SiteMention,
  sentence: Sentence,
  sentences: readonly Sentence[],
): SiteMention | undefined {
  const next = sentences[sentences.indexOf(sentence) + 1];
  if (!next || !/^\s*(?:At|Inside|In) the /.test(next.text)) return undefined;
  const first = findSites(text, next.start, next.end)[0];
  if (!first || first.start > next.start + next.text.search(/\S/) + 12) return undefined;
  const words = site.text.toLowerCase().split(/\s+/);
  const kind = words.pop() ?? '';
  const describing = words.join(' ');
  const name = first.text.toLowerCase();
  const fits = describing ? name.includes(describing) : name.endsWith(kind);
  return fits ? first : undefined;
}

/** The sites a reference may point back at: the visits told so far, and sites named in passing. */
function earlier(visits: readonly Visit[], inPassing: readonly Earlier[]): Earlier[] {
  const told: Earlier[] = visits.map((v) => ({
    name: v.name,
    start: v.site.start,
    located: v.located,
    visited: true,
  }));
  return [...told, ...inPassing].sort((a, b) => a.start - b.start);
}

/** Where a recalled site is: its visit's place, or located where it is named. */
function locateRecalled(to: Earlier, input: VisitInput, previous?: Located): Located | undefined {
  if (to.located) return { ...to.located, mention: null, review: [...to.located.review] };
  const { site } = to;
  const sentence = site && input.sentences.find((s) => s.start <= site.start && site.start < s.end);
  const paragraph = sentence && input.paragraphs[sentence.paragraph];
  if (!site || !sentence || !paragraph) return undefined;
  return locate(site, sentence, paragraph, input.places, previous);
}

/** The date wording for a site: in its sentence, earlier in its paragraph, or carried over. */
function dateFor(
  site: SiteMention,
  sentence: Sentence,
  paragraph: Paragraph,
  dates: readonly DateMention[],
  lastVisitParagraph: number,
  lastDate: DateMention | null,
): DateMention | null {
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (inSentence.length > 0) {
    // The last wording before the site, else the first after it.
    const before = inSentence.filter((d) => d.end <= site.start);
    return before[before.length - 1] ?? inSentence[0] ?? null;
  }
  const earlier = dates.filter((d) => d.start >= paragraph.start && d.end <= sentence.start);
  if (earlier.length > 0) return earlier[earlier.length - 1] ?? null;
  // "In the afternoon": the day named last before it.
  if (dayPartOf(sentence.text)) {
    const days = dates.filter((d) => d.precision === 'day' && d.end <= sentence.start);
    const last = days[days.length - 1];
    if (last) return last;
  }
  // "Later that day", "then": the day of the visit before.
  const continues = /\b(?:that|the same) day\b|\bthen\b|\blater\b|\bafterwards?\b/i.test(
    sentence.text,
  );
  if (lastDate && (continues || lastVisitParagraph >= sentence.paragraph - 1)) return lastDate;
  return null;
}

/** One visit per site and date: a later mention of the same site on the same date adds nothing. */
function mergeRepeats(visits: Visit[]): Visit[] {
  const out: Visit[] = [];
  for (const v of visits) {
    const same = out.find(
      (o) => sameSite(o.name, v.name) && (o.date?.date ?? '') === (v.date?.date ?? ''),
    );
    if (!same) out.push(v);
  }
  return out;
}

const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/\b(co|ltd|inc|corp|the)\b\.?|[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether two names are one site ("Luoyang Bearing Group Co." and "…Co., Ltd."). */
export const sameSite = (a: string, b: string) => key(a) === key(b);
