/**
 * Figures pass: numbers that measure something. Percentages ("12 percent", "8%"), amounts with a
 * unit ("1.2 billion yuan", "3,100 meters", "8.6 million yuan (HK$10.8 million)" with its
 * conversion), counts of things ("47 ethnic groups", "at least 13,000 injured", "1,200 of
 * them"), durations ("more than 10 minutes", "one and a half hours"), sizes in one word
 * ("19-km-long"), magnitudes ("magnitude 7", "the 7.8 earthquake"), multiples ("1.5 times"),
 * temperatures ("-30 C") and directions without a number ("fell") when the sentence says what
 * fell. Dates, years, ordinals ("13th Five-Year Plan"), names with numbers ("5G", "No. 1",
 * "Gate 2"), times, periods ("over the past five years") and small counts in words ("three
 * villages") are not figures. Each keeps its sentence as passage, its wording, what it
 * measures (see measures.ts), its period and comparison.
 *
 * @module
 */
import type { DateMention } from './dates.js';
import { type FigureKind, measureOf } from './measures.js';
import { digitValue, fractionValue, NUMBER, QUALIFIER, smallWord, wordValue } from './numbers.js';
import type { Sentence } from './sentences.js';

export type { FigureKind } from './measures.js';

export interface FigureMention {
  sentence: Sentence;
  /** The figure's shape: a percentage, an amount with a unit, a count, a duration... */
  kind: FigureKind;
  /** The figure as worded, inside the sentence. */
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string | null;
  approximation: string | null;
  direction: 'up' | 'down' | null;
  comparison: string | null;
  /** What is measured, in a few plain words, from the article's words. */
  measure: string;
  /** The figure before that this one's subject points back at ("The figure was ..."). */
  refersTo: FigureMention | null;
  /** The period wording in the sentence, if any ("In 2024", "now"). */
  period: { text: string; date: string } | null;
}

/** Units of amounts (money, mass, length, area, energy), the longest first. */
const UNITS =
  'U\\.S\\. dollars|US dollars|dollars|yuan|euros|metric tons|tonnes|tons|TEUs?|kilomet(?:er|re)s|km|centimet(?:er|re)s|millimet(?:er|re)s|met(?:er|re)s|miles|feet|hectares|acres|mu|kilowatt-hours|kilowatts|kWh|kilograms|kg|grams|liters|litres';
const TIME_UNITS = 'minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century';
/** Words that are not a counted thing or its qualifier. */
const FUNCTION =
  'the|a|an|and|or|but|of|in|on|at|to|for|with|from|by|as|into|than|per|is|was|were|are|be|been|has|have|had|its|their|this|that|these|those|who|which|where|when|while|yet|so|also|each|every|more|less|percent|yuan|plus|across|always|perhaps|towards|besides|whereas|thus|us|his|hers|ours|yours|news|series|means|species';
/** A plural noun: "groups", "berths", "people", not "various", "business" or "basis". */
const PLURAL = `(?!(?:${FUNCTION}|${TIME_UNITS})\\b)[a-z][a-z-]*[^\\Wsu]s|people|children|staff|cattle|sheep|livestock|fish|police|personnel|women|men|species`;
const MODIFIER = `["“]?(?!(?:${FUNCTION}|${TIME_UNITS})\\b)[A-Za-z][a-z-]*["”]?`;
const SCALE = 'thousand|million|billion|trillion';
const HEAD = `(?<![\\w.$-])${QUALIFIER}${NUMBER}(?<plus>-plus|\\+)?`;

/** The figure patterns, the stronger first; a later one never overlaps an earlier one. */
const PATTERNS: readonly [FigureKind, RegExp][] = (
  [
    // "seven berths for container ships of 70,000 tonnes or more", "12 berths for 10,000-tonne
    // ships": a port's capacity, counted with the ships it takes (a small number in words too).
    [
      'count',
      `${HEAD}\\s+(?<u>berths)(?<cap>\\s+for\\s+(?:[\\d,]+-(?:tonne|ton)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:ships|vessels|boats|carriers|tankers|freighters|liners)(?:\\s+of\\s+(?:up to\\s+)?[\\d,]+\\s+(?:tonnes|tons|deadweight tons|DWT)(?:\\s+(?:or|and)\\s+(?:more|above|over))?)?)(?![\\w-])`,
    ],
    ['percent', `${HEAD}(?<u>%|\\s*percent(?:age points?)?|\\s*per cent)(?![\\w])`],
    [
      'money',
      `(?<![\\w.])${QUALIFIER}(?<u>(?:US|HK|NT|[ACS])?\\$|€|£)(?<d>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s+(?<s>${SCALE}))?(?![\\w])`,
    ],
    ['amount', `${HEAD}(?<m>(?:\\s+(?:square|cubic|sq))?)\\s+(?<u>${UNITS})(?![\\w])`],
    [
      'magnitude',
      `(?<![\\w.])(?:[Mm]agnitude[- ](?<d>\\d(?:\\.\\d)?)(?![\\d.])|(?<d2>\\d(?:\\.\\d)?)(?:-magnitude|(?=\\s+(?:earthquake|quake)\\b)))`,
    ],
    [
      'size',
      `(?<![\\w.$-])(?<d>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)-(?<u>km|kilomet(?:er|re)|met(?:er|re)|mile|year|day|hour|minute|storey|story|lane|hectare|acre|mu|square-(?:kilomet(?:er|re)|met(?:er|re))|megawatt|kilowatt)(?<dim>-(?:long|high|wide|deep|tall|old))?(?![\\w])`,
    ],
    // "-30 C", "minus 10 degrees Celsius": a temperature, below zero when the words say so.
    [
      'temperature',
      `(?<![\\w.])(?:(?<minus>minus)\\s+)?(?<d>-?\\d+(?:\\.\\d+)?)\\s?(?:°\\s?C|C|degrees Celsius)(?![\\w])`,
    ],
    ['time', `${HEAD}\\s+(?<u>${TIME_UNITS})(?:['’])?(?<ago>\\s+ago|\\s+old)?(?![\\w])`],
    ['times', `${HEAD}\\s+(?<u>times)(?![\\w])`],
    [
      'casualties',
      `${HEAD}\\s+(?<u>dead|injured|killed|missing|homeless|displaced|wounded)(?![\\w])`,
    ],
    ['count', `${HEAD}\\s+of\\s+(?<u>them|those|whom)(?![\\w])`],
    // "8,000 of the army's 20,000 troops": the part, counted as what the whole counts.
    [
      'count',
      `${HEAD}(?=\\s+of\\s+(?:the|its|their|his|her|these|those)\\s+(?:[A-Za-z'’-]+\\s+){0,3}?[\\d.,]*\\d(?:\\s+(?:${SCALE}))?(?<m>(?:\\s+${MODIFIER}){0,2}?)\\s+(?<u>${PLURAL})(?![\\w-]))`,
    ],
    ['count', `${HEAD}(?<m>(?:\\s+${MODIFIER}){0,3}?)\\s+(?<u>${PLURAL})(?![\\w-])`],
    ['count', `(?<=\\b(?:population|populace) of\\s+)${QUALIFIER}${NUMBER}(?![\\w%]|[.,]\\d)`],
    [
      'fraction',
      `(?<![\\w-])${QUALIFIER}(?<w>half|a[- ](?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)(?=\\s+of\\s+the\\s+(?:[a-z]+\\s+){0,3}(?:average|level)\\b)|(?:one|two|three|four|five|six|seven|eight|nine)(?:[- ](?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)|\\s+in\\s+(?:two|three|four|five|six|seven|eight|nine|ten)))(?=\\s+of\\b)`,
    ],
  ] as const
).map(([kind, source]) => [kind, new RegExp(source, 'gd')]);

/**
 * The first number of a range before a figure's number: "15 to " of "15 to 20 minutes", "between
 * 3,000 and " (group 1 the word before it: "from 3,000 to 5,000" is a change, not a range).
 */
const RANGE =
  /(?:(?<=^|[^\w.,$-])(between|from)\s+|(?<=^|[^\w.,$-]))(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:to|-|–|or|and)\s*$/i;

/** Names and periods with a number in them: "No. 1", "Gate 2", "over the past five years". */
const NOT_BEFORE =
  /(?:\b(?:No|Nos|Number|Gate|Route|Line|Phase|Article|Room|Building|Block|Level|Grade|Class|Chapter|Section|Terminal|Platform|Exit|Highway|Road|Group|Team|Unit|aged|ages|age)\.?\s*|#)$/;
const PERIOD_BEFORE =
  /\b(?:past|last|next|previous|coming|first|recent|following|in|within|every|all|those|these)\s+$/i;

/** What makes "N times" a multiple: "three times that of 2010", "1.5 times what ...", "twice as". */
const MULTIPLE_AFTER =
  /^\s*(?:(?:as|that|those|what|the|its|their|his|her|our|higher|more|larger|bigger|greater|faster|over|above|compared|than)\b|-)/i;
/** "increased nearly three times", "grew by 2.5 times": growth as a multiple. */
const GROWTH_BEFORE =
  /\b(?:increased|increase|rose|grew|expanded|multiplied|jumped|surged|climbed)\s+(?:by\s+)?(?:\S+\s+)?$/i;

const UP = /\b(increased|increase|rose|grew|climbed|jumped|went up|expanded)\b|,\s*up\s+$/i;
const DOWN = /\b(fell|declined|dropped|decreased|went down|shrank)\b|,\s*down\s+$/i;
/** "increased by 8%": the verb is part of the figure's wording. */
const VERB_BEFORE =
  /\b(?:increased|increase|rose|grew|climbed|jumped|went up|expanded|fell|declined|dropped|decreased|went down|shrank)\s+(?:by\s+)?$/i;
const DIRECTION_ONLY = /\b(fell|declined|dropped|decreased|rose|increased|grew)\b/;
const MEASURABLE =
  /\b(consumption|output|production|investments?|emissions|sales|exports|imports|income|revenue|profits?|prices|throughput|use|value|GDP|growth|intensity|volume|yield)\b/i;
const COMPARISON =
  /\b(year on year|year-on-year|over a year|from a year earlier|compared (?:to|with) (?:the )?(?:previous|last|same period|a year)[\w ]*?(?=[,.;]|$))/i;
const NOW = /\b(now|today|currently|at present)\b/i;
/** A conversion or rate after a figure: " (HK$10.8 million)", " a year", " a head a year". */
const AFTER =
  /^(?:\s*\((?:about |nearly |around |some |or )?(?:(?:US|HK|NT|[ACS])?\$|€|£)?[\d.,]+(?:\s+(?:thousand|million|billion|trillion))?(?:[- ](?:U\.S\. dollars|US dollars|dollars|yuan|euros|miles?|hectares|acres|feet|mu))?\))?(?:\s+(?:a|per)\s+(?:head|person|capita))?(?:\s+(?:a|per)\s+(?:year|day|month|week))?/;

interface Candidate {
  kind: FigureKind;
  start: number;
  end: number;
  /** Where the number starts (after the qualifier). */
  at: number;
  value: number | null;
  unit: string;
  qualifier: string | null;
  /** The counted words ("ethnic groups"), for counts. */
  counted: string;
}

/** The figures of one sentence's text, before measures; overlapping weaker ones left out. */
function candidates(text: string, dates: readonly { start: number; end: number }[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [kind, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const g = m.groups ?? {};
      const ix = m.indices?.groups ?? {};
      const digits = g.d ?? g.d2;
      const value = digits
        ? digitValue(digits)
        : kind === 'fraction' && g.w
          ? fractionValue(g.w)
          : g.w
            ? wordValue(g.w)
            : null;
      const at = (ix.d ?? ix.d2 ?? ix.w)?.[0] ?? m.index;
      const start = ix.q?.[0] ?? (kind === 'magnitude' || g.minus ? m.index : at);
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, start - 30), start);
      const after = text.slice(end, end + 12);
      if (value === null || NOT_BEFORE.test(before)) continue;
      if (/^(?:st|nd|rd|th)\b/.test(text.slice(end))) continue;
      // Small numbers in words count things only as durations ("three villages" is no figure).
      if (g.w && smallWord(g.w) && kind !== 'time' && kind !== 'times' && !g.cap) continue;
      // "the first half of the year" is a period; "a 67-year-old villager" a person's age.
      if (kind === 'fraction' && /\b(?:first|second|latter|former|other)\s+$/i.test(before))
        continue;
      if (/old/.test(`${g.dim ?? ''}${g.ago ?? ''}`) && value < 120) continue;
      const yearLike = !g.s && digits && /^(?:1[5-9]|20)\d{2}$/.test(digits);
      if (yearLike && (kind === 'count' || kind === 'casualties' || kind === 'time')) continue;
      if (kind === 'time') {
        if (PERIOD_BEFORE.test(before) && !g.q) continue;
        // "five years ago" dates an event; "2,000 years ago" is an age.
        if (/ago/.test(g.ago ?? '') && value < 100) continue;
        if (/^\s+(?:of|later|earlier|before|after)\b/.test(after) && !g.q) continue;
      }
      if (kind === 'count' && dates.some((d) => d.start <= at && at < d.end)) continue;
      // "bowed three times", "has been to the county five times": how often, not a multiple.
      if (kind === 'times' && !MULTIPLE_AFTER.test(after) && !GROWTH_BEFORE.test(before)) continue;
      // "15 to 20 minutes", "between 3,000 and 4,000 yuan": a range, worded from its first number.
      const range = RANGE.exec(text.slice(Math.max(0, start - 40), start));
      const ok = range && /^between$/i.test(range[1] ?? '') === /and\s*$/i.test(range[0]);
      const year = /^(?:1[5-9]|20)\d{2}$/.test(range?.[2] ?? '');
      const low = ok && !year && range?.[2] && !/^from$/i.test(range[1] ?? '') ? range : null;
      const from = low ? start - low[0].length : start;
      if (out.some((o) => o.start < end && from < o.end)) continue;
      const unit = g.u ?? '';
      const scale = g.s ? `${g.s} ` : '';
      out.push({
        kind,
        start: from,
        end,
        at,
        value: low?.[2] ? digitValue(low[2]) : g.minus ? -value : value,
        unit:
          kind === 'magnitude'
            ? 'magnitude'
            : kind === 'percent'
              ? '%'
              : `${scale}${kind === 'amount' && g.m?.trim() ? `${g.m.trim()} ` : ''}${unit}`.trim() ||
                'count',
        qualifier: g.q ?? null,
        counted: kind === 'count' ? `${g.m ?? ''} ${unit}${g.cap ?? ''}`.trim() : '',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A part of a year ("in the first half of this year", "in the first quarter", "over the past
 * eight months of 2023") or a year by name ("this year", "last year"): the period is that year.
 */
const PART_OF_YEAR =
  /\b(?:(?:in|during|for|over) )?the (?:first|second|third|fourth|last|past|latest) (?:half|quarter|three quarters|(?:two|three|four|five|six|seven|eight|nine|ten|eleven) months)(?: of (?:(this|last) year|((?:19|20)\d{2})))?|\b(?:so far )?(this|last) year\b/i;

function periodOf(
  sentence: Sentence,
  dates: readonly DateMention[],
  published: string,
  at = sentence.text.length,
) {
  const part = PART_OF_YEAR.exec(sentence.text);
  if (part) {
    const which = (part[1] ?? part[3] ?? 'this').toLowerCase();
    const year = part[2] ?? String(Number(published.slice(0, 4)) - (which === 'last' ? 1 : 0));
    return { text: part[0], date: year };
  }
  const d = dates.find(
    (x) => x.start >= sentence.start && x.end <= sentence.end && /\d{4}/.test(x.text),
  );
  if (d) {
    // "In 1996 I got 700 yuan a month; now I get 1,700 yuan": a "now" between the year and the
    // figure is the figure's period.
    const since = d.end - sentence.start;
    const now = new RegExp(NOW.source, 'gi');
    for (let m = now.exec(sentence.text); m; m = now.exec(sentence.text))
      if (m.index >= since && m.index < at && m[1]) return { text: m[1], date: '' };
    return { text: d.text, date: d.date.slice(0, 4) };
  }
  // "in May": the month the date pass resolved (the latest such month not after publication).
  const month = dates.find(
    (x) => x.start >= sentence.start && x.end <= sentence.end && x.precision === 'month',
  );
  if (month && /^\d{4}-\d{2}$/.test(month.date)) return { text: month.text, date: month.date };
  const now = NOW.exec(sentence.text);
  if (now?.[1]) return { text: now[1], date: '' };
  return null;
}

/** A future or a goal: "will", "is to", "aims to", "the target", "under the plan". */
const FUTURE =
  /\b(?:will|shall|(?:is|are) (?:to|expected to|set to|planned to)|aims? to|plans? to|strives? to|seeks? to|targets?|goals?|(?:under|in) (?:the|a|its|their) [\w-]+ plan|(?:under|in) the plan)\b/i;

/**
 * Whether a share or rate is a plan's, not a figure of the visit: "30 percent of the land will
 * be used for ...", "raise the share to 40 percent by 2030" (a year after publication), "Under
 * the plan, 60 percent of ...". Its clause (between commas or semicolons) or the clause before it
 * says so.
 */
function planned(text: string, start: number, end: number, published: string): boolean {
  const cut = /[,;:](?!\d{3})/g;
  const before = text.slice(0, start).split(cut);
  const opener = before.length > 1 ? (before.at(-2) ?? '') : '';
  const clause = `${opener}${before.at(-1) ?? ''}${text.slice(start, end)}${text.slice(end).split(cut)[0] ?? ''}`;
  const year = /\b(?:by|before|until) (?:the end of )?((?:19|20)\d{2})\b/i.exec(clause)?.[1];
  if (year !== undefined && year > published.slice(0, 4)) return true;
  // "Under the plan, 60 percent of ...": an opening clause counts only when it is the plan's.
  return FUTURE.test(
    `${/\bplan\b|^\s*by\s/i.test(opener) ? opener : ''} ${clause.slice(opener.length)}`,
  );
}

/** Finds the figures in the sentences. */
export function findFigures(
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  published: string,
): FigureMention[] {
  const out: FigureMention[] = [];
  let before: FigureMention | null = null;
  for (const [at, s] of sentences.entries()) {
    const found: FigureMention[] = [];
    const local = dates.map((d) => ({ start: d.start - s.start, end: d.end - s.start }));
    const context = sentences
      .slice(Math.max(0, at - 3), at)
      .map((x) => x.text)
      .join(' ');
    for (const c of candidates(s.text, local)) {
      // A conversion in brackets is part of the figure before ("8.6 million yuan (HK$10.8 million)").
      const last = found.at(-1);
      if (last && s.start + c.start < last.end) continue;
      // A share in a plan or a target rate is not a figure of the visit: left out.
      if (
        (c.kind === 'percent' || c.kind === 'fraction') &&
        planned(s.text, c.start, c.end, published)
      )
        continue;
      const around = s.text.slice(Math.max(0, c.start - 40), c.start);
      const level = /\bto\s+$/.test(around);
      const direction = level ? null : DOWN.test(around) ? 'down' : UP.test(around) ? 'up' : null;
      // "increased by 8% over a year": the verb and comparison are part of the figure's wording.
      const verb = VERB_BEFORE.exec(around);
      const comparison = COMPARISON.exec(s.text.slice(c.end))?.[0] ?? null;
      let start = c.start;
      let end = c.end;
      if (verb) start -= verb[0].length;
      if (comparison && s.text.slice(end).startsWith(` ${comparison}`))
        end += comparison.length + 1;
      else if (c.kind === 'money' || c.kind === 'amount' || c.kind === 'size')
        end += AFTER.exec(s.text.slice(end))?.[0].length ?? 0;
      const previous = found.at(-1) ?? before;
      const named = measureOf({
        text: s.text,
        start: c.start,
        at: c.at,
        end,
        kind: c.kind,
        unit: c.unit,
        counted: c.counted,
        previous: previous && { measure: previous.measure, end: previous.end - s.start },
        context,
      });
      if (!named) continue;
      found.push({
        sentence: s,
        kind: c.kind,
        start: s.start + start,
        end: s.start + end,
        text: s.text.slice(start, end),
        value: c.value,
        unit: c.unit,
        approximation: c.qualifier?.toLowerCase() ?? null,
        direction,
        comparison,
        measure: named.measure,
        refersTo: named.refers ? previous : null,
        period: periodOf(s, dates, published, start),
      });
    }
    if (found.length === 0) {
      const d = DIRECTION_ONLY.exec(s.text);
      if (d?.[1] && MEASURABLE.test(s.text.slice(0, d.index))) {
        found.push({
          sentence: s,
          kind: 'direction',
          start: s.start + d.index,
          end: s.start + d.index + d[1].length,
          text: d[1],
          value: null,
          unit: null,
          approximation: null,
          direction: /fell|declined|dropped|decreased/.test(d[1]) ? 'down' : 'up',
          comparison: COMPARISON.exec(s.text)?.[0] ?? null,
          measure:
            measureOf({
              text: s.text,
              start: d.index,
              at: d.index,
              end: d.index + d[1].length,
              kind: 'direction',
              unit: '',
              counted: '',
              previous: null,
            })?.measure ?? '',
          refersTo: null,
          period: periodOf(s, dates, published),
        });
      }
    }
    out.push(...found);
    // "The figure was even higher": only the sentence just before is pointed back at.
    before = found.at(-1) ?? null;
  }
  return out;
}
