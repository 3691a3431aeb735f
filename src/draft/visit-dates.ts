/**
 * The date of each visit: the nearest date wording in its sentence, else earlier in its
 * paragraph (a tour told day by day), else the date carried from the visit before; a range
 * narrowed to the day another sentence names the site with. The wordings themselves are the
 * dates pass's (`dates.ts`); this module picks which one dates a visit.
 *
 * @module
 */
import { isoWeek } from './calendar.js';
import type { DateMention } from './dates.js';
import type { Located } from './locate.js';
import type { Paragraph, Sentence } from './sentences.js';
import type { SiteMention } from './sites.js';
import type { Visit, VisitInput } from './visits.js';
import { VISIT_VERB as VISIT_VERB_SOURCE } from './vocabulary.js';

/** A sentence that tells the tour: a visit verb, or its words ("inspection tour", "trip"). */
const TOUR = new RegExp(`${VISIT_VERB_SOURCE}|\\b(?:tour|trip|inspection)\\b`, 'i');

type DayPart = 'morning' | 'afternoon' | 'evening';

/** Words after a date that make it another event's. */
const EVENT_AFTER =
  /^(?:['’]s)?\s*(?:(?:magnitude[- ])?[\d.]+(?:-magnitude)?\s+)?(?:quake|earthquake|floods?|typhoon|disaster|explosion|blast|fire|accident|attack|plenum|plenary)\b/i;

/**
 * The date wordings a visit may take: "the April 20 quake", "the March 5 session" are another
 * event's dates, "since June" a span up to now.
 */
export const visitDateWordings = (text: string, dates: readonly DateMention[]) =>
  dates.filter(
    (d) =>
      !EVENT_AFTER.test(text.slice(d.end, d.end + 40)) &&
      // "fighting floods since June": a span up to now, not a day of the tour.
      !/\b(?:since|until|till)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)),
  );

/**
 * The day of a site dated by a range, when another sentence names the site with a day inside
 * the range (a caption's "at Nanjing University in Nanjing, ..., March 26, 2021"; "On Monday
 * morning, Xi went first to the community in Songshan district"): the date nearest the name.
 */
export function dayNamed(
  text: string,
  visit: Visit,
  visits: readonly Visit[],
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  /** Whether two visits are one site told twice (merged later). */
  sameVisit: (a: Visit, b: Visit) => boolean,
): DateMention | undefined {
  const span = visit.date;
  if (!span) return undefined;
  // "the community" names the visit only when no other site is a community: its kind
  // ("museum" of "Museum of the ... Region"), or its last word.
  const heads = [headOf, lastWord].flatMap((of) => {
    const head = of(visit.name);
    const unique =
      head.length > 3 &&
      !visits.some((o) => o !== visit && of(o.name) === head && !sameVisit(o, visit));
    return unique ? [head] : [];
  });
  // A described site of two words or more ("rice cooperative") names it as a caption does.
  const own = visit.named || /\s/.test(visit.name.trim());
  const names = [
    own ? escapeRegExp(visit.name) : null,
    // "the museum", "the regional museum".
    ...[...new Set(heads)].map((h) => `\\bthe (?:[\\p{L}-]+ )?${escapeRegExp(h)}\\b`),
  ].filter((n): n is string => n !== null);
  // "a village" told in the lead, "Majiazi Village" later: its name, when it has none.
  const kinds = [...new Set(heads)].map((h) => escapeRegExp(h[0]?.toUpperCase() + h.slice(1)));
  const proper =
    !visit.named && kinds.length > 0
      ? new RegExp(`\\b\\p{Lu}[\\p{L}'’-]+ (?:${kinds.join('|')})\\b`, 'u')
      : null;
  const naming = names.length > 0 ? new RegExp(names.join('|'), 'iu') : null;
  /** Whether a date tells a day of the tour ("Today, industry ..." tells the present). */
  const ofTour = (d: DateMention) => !/\b(?:today|tonight)\b/i.test(d.text);
  /** The first sentence naming the site with no day of its own, and the day it is told on. */
  let framed: { s: Sentence; day: DateMention } | undefined;
  for (const s of sentences) {
    // A sentence that tells the site's visit itself is merged with it (mergeRepeats).
    if (
      (!naming && !proper) ||
      s === visit.sentence ||
      visits.some((o) => o !== visit && o.sentence === s && sameVisit(o, visit))
    )
      continue;
    const at = naming?.exec(s.text)?.index ?? proper?.exec(s.text)?.index;
    if (at === undefined) continue;
    const from = s.start + at;
    const day = (d: DateMention) => d.precision === 'day' && d.range === null && holds(span, d);
    const days = dates.filter((d) => d.start >= s.start && d.end <= s.end && day(d));
    const distance = (d: DateMention) => (d.end <= from ? from - d.end : d.start - from);
    const nearest = days.sort((a, b) => distance(a) - distance(b))[0];
    if (nearest) {
      const where = clausePassageText(text, s);
      return {
        ...nearest,
        resolution: `${nearest.resolution} The visit is dated to that day by the sentence that names ${visit.name} with it ("${where}"), within "${span.text}".`,
      };
    }
    // "On Monday morning, Xi went first to the community ... At the museum, Xi stressed ...":
    // the day a visit was told on last before the sentence, after the range, is its day.
    const told = dates
      .filter((d) => d.start >= span.end && d.end <= s.start && day(d) && ofTour(d))
      .at(-1);
    if (told && !framed) framed = { s, day: told };
  }
  // A site told again on its own day ("On Tuesday, Xi went ... to Heixiazi Island in Fuyuan
  // county") takes that account when the two are merged: no day from the frame before it.
  const toldAgain = visits.some(
    (o) => o !== visit && o.date?.precision === 'day' && !o.date.range && sameVisit(o, visit),
  );
  if (!framed || toldAgain) return undefined;
  const where = clausePassageText(text, framed.s);
  return {
    ...framed.day,
    resolution: `${framed.day.resolution} The visit is dated to that day by the sentence that names ${visit.name} after it ("${where}"), within "${span.text}".`,
  };
}

/** The word naming a site's kind: "museum" in "Museum of the Xinjiang Uygur Autonomous Region". */
const headOf = (name: string) =>
  name
    .toLowerCase()
    .split(/\s+of\s+/)[0]
    ?.split(/\s+/)
    .pop() ?? '';

const lastWord = (name: string) => name.toLowerCase().split(/\s+/).pop() ?? '';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "At the Fuxi Temple, a local apple production base and the Maijishan Grottoes he heard ..."
 * (a standfirst with no date) and later "he visited the Fuxi Temple, a local apple production
 * base and the Maijishan Grottoes": a site the article dates nowhere else is dated by the
 * visits told with its name in one later sentence.
 */
export function dateToldWith(visit: Visit, visits: readonly Visit[]): DateMention | null {
  const name = visit.name.toLowerCase();
  if (!visit.named || name.length < 4) return null;
  const other = visits.find(
    (o) =>
      o !== visit &&
      o.date !== null &&
      o.sentence.start > visit.sentence.start &&
      o.sentence.text.toLowerCase().includes(name),
  );
  if (!other?.date) return null;
  const where = firstWords(other.sentence.text);
  return {
    ...other.date,
    resolution: `${other.date.resolution} The visit is dated by the sentence that names ${visit.name} with ${other.name} ("${where}").`,
  };
}

/** A sentence's first words, for a resolution sentence. */
const firstWords = (sentence: string) => {
  const t = sentence.trim();
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
};
const clausePassageText = (text: string, s: Sentence) => firstWords(text.slice(s.start, s.end));

/** Whether a date wording tells an earlier year than the article's ("in 2012", "years ago"). */
export function isEarlier(date: DateMention, published: string): boolean {
  return date.date.slice(0, 4) < published.slice(0, 4);
}

/** "In the afternoon", "that evening": a part of the day with no day of its own. */
export function dayPartOf(sentence: string): { text: string; dayPart: DayPart } | null {
  const m = /\b(?:in the|that|this|the same) (morning|afternoon|evening|night)\b/i.exec(sentence);
  const word = m?.[1]?.toLowerCase();
  if (!m || !word) return null;
  return { text: m[0], dayPart: word === 'night' ? 'evening' : (word as DayPart) };
}

/** A clause set off by commas that tells of something else: ", who last came ... in 2019,". */
const ASIDE = /,\s+(?:who|which|whose)\b[^,]*,/g;

/** Words set off after a site that describe it: an apposition or a participle ("held in ..."). */
const PARTICIPLES =
  '(?:first |once |originally )?(?:held|built|founded|set up|established|opened|completed|convened|constructed|rebuilt|renovated|launched|named|known)';
const DESCRIBED = new RegExp(`,\\s+(?:an?|the|one|once|home to|${PARTICIPLES})\\b`, 'i');

/** "a sluice gate first built in 1958": the site's own history, right before its date. */
const BUILT = new RegExp(`\\b${PARTICIPLES}\\s+(?:(?:in|on|during)\\s+)?$`, 'i');

/** The date wording for a site: in its sentence, earlier in its paragraph, or carried over. */
export function dateFor(
  site: SiteMention,
  sentence: Sentence,
  paragraph: Paragraph,
  dates: readonly DateMention[],
  lastVisitParagraph: number,
  lastDate: DateMention | null,
  { text, sentences, published }: Pick<VisitInput, 'text' | 'sentences' | 'published'>,
): DateMention | null {
  // "Xi, who last came to the province in March 2019, also went to ...": the clause's date.
  const aside = [...sentence.text.matchAll(ASIDE)].map((m) => ({
    start: sentence.start + m.index,
    end: sentence.start + m.index + m[0].length,
  }));
  const inSentence = dates.filter(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      !aside.some((a) => a.start <= d.start && d.end <= a.end && a.end <= site.start) &&
      // "rebuilt after the earthquake in 2008" after the site: another event's date.
      !(
        d.start >= site.end &&
        /\b(?:which|that|who|whose)\b/.test(
          sentence.text.slice(site.end - sentence.start, d.start - sentence.start),
        )
      ) &&
      // "the site of the conference, a meeting in 1935", "Wangjiaba, the site of a station first
      // built in 1953": a year gone by in words set off after the site that describe it.
      !(
        d.start >= site.start &&
        isEarlier(d, published) &&
        (DESCRIBED.test(text.slice(site.start, d.start)) ||
          BUILT.test(text.slice(site.start, d.start)))
      ) &&
      // "Huopu Village, where families moved into new homes last year": a year gone by in a
      // clause about others ("where he talked with villagers on Monday" is the leader's day).
      !(
        d.start >= site.end &&
        isEarlier(d, published) &&
        /\bwhere\b(?!\s+(?:he|she|Xi|Li|the (?:president|premier|vice premier)|[A-Z][a-z]+ (?:also )?(?:talked|met|said|learned|visited|chatted|asked))\b)/.test(
          sentence.text.slice(site.end - sentence.start, d.start - sentence.start),
        )
      ),
  );
  // "the Yangluo container port in Wuhan in July 2013 and the port of Qinzhou in Guangxi in
  // 2017", "Wukan, a village in Lufeng, a county-level city under Shanwei, on Thursday": a date
  // right after the site and its place words is that site's own.
  const right = inSentence.find(
    (d) =>
      d.start >= site.end &&
      /^(?:\s+(?:in|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*)+?|,\s+an?\s+(?:[\p{Ll}-]+\s+){1,3}(?:in|under|of)\s+(?:\p{Lu}[\p{L}'’-]*\s*)+?)*,?\s+(?:(?:in|on)\s+)?$/u.test(
        text.slice(site.end, d.start),
      ),
  );
  if (right) return right;
  if (inSentence.length > 0) {
    // The last wording before the site, else the first after it.
    const before = inSentence.filter((d) => d.end <= site.start);
    const chosen = before[before.length - 1] ?? inSentence[0];
    // "This year, the Premier went to a nursing home ..., arriving on Feb 1": the day the
    // sentence gives within the year, month or range it opens with.
    const day =
      chosen &&
      inSentence.find(
        (d) => d.start >= chosen.end && d.precision === 'day' && !d.range && holds(chosen, d),
      );
    return day ?? chosen ?? null;
  }
  // "In 2016 the village was lifted out of poverty. Xi visited a clinic ...": a year gone by,
  // told in a sentence that tells no visit, is not the tour's date.
  const past = (d: DateMention) => {
    const own = sentences.find((s) => s.start <= d.start && d.end <= s.end);
    return (
      lastDate !== null &&
      !isEarlier(lastDate, published) &&
      isEarlier(d, published) &&
      !TOUR.test(text.slice(own?.start ?? d.start, own?.end ?? d.end))
    );
  };
  const earlier = dates.filter(
    (d) => d.start >= paragraph.start && d.end <= sentence.start && !past(d),
  );
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
  if (
    lastDate &&
    (continues || lastVisitParagraph >= sentence.paragraph - 1 || lastDate.precision !== 'year')
  )
    return (
      dayWithin(lastDate, dates, sentence.start) ??
      nextDay(lastDate, dates, sentence.start) ??
      lastDate
    );
  return null;
}

/**
 * "Xi flew into Nyingchi on Wednesday and the following day took the train to Lhasa. In Lhasa,
 * Xi went to a monastery": the day counted on from the day carried over, told since.
 */
function nextDay(
  last: DateMention,
  dates: readonly DateMention[],
  before: number,
): DateMention | undefined {
  return dates
    .filter(
      (d) =>
        d.start >= last.end &&
        d.end <= before &&
        d.precision === 'day' &&
        d.range === null &&
        d.date > last.date &&
        NEXT_DAY_WORDS.test(d.text),
    )
    .at(-1);
}

/** A day counted from the one before ("the following day", "the next morning"). */
const NEXT_DAY_WORDS = /\b(?:following|next)\b|\bday after\b/i;

/**
 * "Before Spring Festival in 2014, the Premier went to poor areas in Shangluo and Ankang. / In
 * Jinpo village of Ankang, Premier Li called on ...": a site in a place inspected in an earlier
 * year, told in the sentence before or the paragraph after it, is dated by that visit unless
 * its own sentence or paragraph dates it. `found` is the date found otherwise.
 */
export function recalledPlaceDate(
  located: Located,
  sentence: Sentence,
  placeVisits: readonly { located: Located; sentence: Sentence; date: DateMention | null }[],
  inside: (site: Located, place: Located) => boolean,
  published: string,
  found: DateMention | null,
): DateMention | null {
  const before = placeVisits.filter((p) => p.sentence.start < sentence.start);
  const last = before.at(-1)?.sentence;
  const place = before.find(
    (p) => p.sentence === last && p.located !== located && inside(located, p.located),
  );
  const date = place?.date;
  if (!place || !date || !isEarlier(date, published)) return found;
  if (sentence.paragraph - place.sentence.paragraph > 1) return found;
  // A date of the site's own sentence or paragraph, told after the recalled one, stands.
  if (found && found.start >= date.end) return found;
  return date;
}

/**
 * A range carried over, narrowed to the day the text has named since within it ("over the
 * weekend ... reached Fuping on Saturday afternoon ... In the farmer's home, Xi ..."): the last
 * such day before `before`.
 */
function dayWithin(
  range: DateMention,
  dates: readonly DateMention[],
  before: number,
): DateMention | undefined {
  const days = range.range;
  if (!days) return undefined;
  return dates
    .filter(
      (d) =>
        d.start >= range.end &&
        d.end <= before &&
        d.precision === 'day' &&
        d.range === null &&
        days.start <= d.date &&
        d.date <= days.end,
    )
    .at(-1);
}

/**
 * Whether `d` is a day inside `r`: a range's days, or "this week", "in April" or "last year"
 * where a caption gives the day ("April 21, 2020").
 */
export function holds(r: DateMention, d: DateMention): boolean {
  return (
    d.precision === 'day' &&
    (r.range !== null
      ? r.range.start <= d.date && d.date <= r.range.end
      : (r.precision === 'week' && isoWeek(d.date) === r.date) ||
        ((r.precision === 'month' || r.precision === 'year') && d.date.startsWith(`${r.date}-`)))
  );
}
