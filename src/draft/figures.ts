/**
 * Figures pass: numbers with %, percent or a unit ("12 percent", "35 million TEUs", "8%"), and
 * directions without a number ("fell") when the sentence says what fell. Dates, ordinals ("13th
 * Five-Year Plan"), names with numbers ("5G", "No. 1", "Gate 2") and times are not figures.
 * Each keeps its sentence as passage, its wording, what it measures, its period and comparison.
 *
 * @module
 */
import type { DateMention } from './dates.js';
import type { Sentence } from './sentences.js';

export interface FigureMention {
  sentence: Sentence;
  /** The figure as worded, inside the sentence. */
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string | null;
  approximation: string | null;
  direction: 'up' | 'down' | null;
  comparison: string | null;
  /** What is measured, in the article's words. */
  measure: string;
  /** The period wording in the sentence, if any ("In 2024", "now"). */
  period: { text: string; date: string } | null;
}

const QUALIFIER =
  '(?:(almost|nearly|about|around|roughly|approximately|over|more than|less than|some|up to|at least)\\s+)?';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?';
const SCALE = '(?:\\s+(thousand|million|billion|trillion))?';
const WORD_UNITS =
  'yuan|US dollars|dollars|tonnes|tons|TEUs?|kilomet(?:er|re)s|km|hectares|mu|kilowatts|kWh|units|vehicles|jobs|households|visitors|passengers|enterprises|companies|people|workers|residents|farmers|beds|sets|pieces|cubic meters';
/** A counted unit after qualifying words; the unit word alone is captured. */
const WORD_UNIT = `\\s+(${WORD_UNITS})`;
const UNIT = `(%|\\s*percent(?:age points?)?|\\s*per cent|\\s+(?:${WORD_UNITS}))`;
/** Up to three words that qualify a counted unit: "1.7 million new energy vehicles". */
const MODIFIERS = '((?:\\s+[a-z][a-z-]*){0,3}?)';
const FIGURE = new RegExp(
  `(?<![\\w.-])${QUALIFIER}${NUMBER}${SCALE}(?:${UNIT}|${MODIFIERS}${WORD_UNIT})(?![\\w])`,
  'g',
);

const UP = /\b(increased|increase|rose|grew|climbed|jumped|went up)\b/i;
const DOWN = /\b(fell|declined|dropped|decreased|went down|shrank)\b/i;
const DIRECTION_ONLY = /\b(fell|declined|dropped|decreased|rose|increased|grew)\b/;
const MEASURABLE =
  /\b(consumption|output|production|investments?|emissions|sales|exports|imports|income|revenue|profits?|prices|throughput|use|value|GDP|growth|intensity|volume|yield)\b/i;
const COMPARISON =
  /\b(year on year|year-on-year|over a year|from a year earlier|compared (?:to|with) (?:the )?(?:previous|last|same period|a year)[\w ]*?(?=[,.;]|$))/i;
const VERB =
  /\s(represents?|represented|accounts? for|accounted for|increased|rose|grew|fell|declined|dropped|decreased|reached|totall?ed|stood at|hit|amounted to|exceeded|topped|was|were|is|are|now represent)\b/;
const NOW = /\b(now|today|currently|at present)\b/i;

/** An owner before a measure: "The village's", "Its", "Ningxia's". */
const OWNER =
  /^(?:(?:an?|the|its|their|his|her|this|that)\s+)?(?:[\p{Lu}][\p{L}'’-]*['’]s\s+|(?:village|county|city|province|region|company|port|town|country|nation)['’]s\s+)?(?=\p{L})/iu;

const LEAD_WORDS =
  /^(?:.*\b(?:and|that|where|which|while|as|when|with|had|has|have|of|to|in|on|at|by|for|from)\s+)?(?:(?:an?|the|its|their|his|her|this|that|these)\s+)?(?:[\p{Lu}][\p{L}'’-]*['’]s\s+|(?:village|county|city|province|region|company|port|town|country|nation)['’]s\s+)?/iu;

/**
 * What a figure counts when its words say it: "a population of 608" (population), "a per capita
 * net income of 1,668 yuan", "covers 106 square kilometers" (area), "608 residents"
 * (population), "1,345 households" (households), "36 percent of its residents" (share of
 * residents); `null` when they do not.
 */
function namedMeasure(sentence: string, at: number, end: number, unit: string): string | null {
  const before = sentence.slice(Math.max(0, at - 80), at);
  const after = sentence.slice(end, end + 60);
  const of =
    /((?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)\s+of\s+(?:(?:about|nearly|almost|around|roughly|just|over|more than|less than|only|some|up to|at least|just short of)\s+)*$/iu.exec(
      before,
    );
  if (
    of?.[1] &&
    !/\b(?:percent|per cent|share|part|most|half|one|two|three|total|sum)$/i.test(of[1])
  ) {
    const phrase = of[1].replace(LEAD_WORDS, '').trim();
    if (
      phrase &&
      !/^(?:area|covering|length|height)$/i.test(phrase) &&
      phrase.split(/\s+/).length <= 5
    )
      return phrase;
  }
  if (
    /\b(?:cover(?:s|ed|ing)?|an area of|area of)\s+(?:\w+\s+){0,2}$/i.test(before) ||
    /square (?:kilomet|met)|hectares|\bmu\b/i.test(unit)
  )
    return 'area';
  if (/^(?:kilomet(?:er|re)s|km|met(?:er|re)s)$/i.test(unit))
    return /^\s*(?:above sea level|high|tall)/i.test(after)
      ? 'altitude'
      : /\blong\b|length/i.test(after)
        ? 'length'
        : 'distance';
  if (
    /^(?:people|residents|inhabitants|villagers)$/i.test(unit) &&
    /\b(?:live|living|has|have|had|population|home to|of its|residents)\b|['’]s\s+$/i.test(
      `${before} ${after}`,
    )
  )
    return 'population';
  if (/^households$/i.test(unit)) return 'households';
  // "About 36 percent of its residents are ...": the figure opens its clause.
  if (
    unit === '%' &&
    /(?:^|[,;]\s*)(?:about|nearly|almost|more than|over|some|around|roughly)?\s*$/i.test(before)
  ) {
    const share =
      /^\s*of\s+(?:(?:its|the|their|[\p{Lu}][\p{L}'’-]*['’]s)\s+)?((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)/u.exec(
        after,
      );
    if (share?.[1] && !/^(?:the|a)$/.test(share[1])) return `share of ${share[1]}`;
  }
  return null;
}

/** What the figure measures: the subject before its verb, leading phrases and lists left out. */
function measureOf(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  const verb = [...head.matchAll(new RegExp(VERB.source, 'g'))].pop();
  const subject = verb ? head.slice(0, verb.index) : head;
  // A comma between clauses, not the one inside a number ("312,000").
  const parts = subject.split(/,(?!\d{3}\b)\s*/);
  const kept: string[] = [];
  let inList = false;
  for (const part of parts) {
    if (/^(including|such as)\b/i.test(part)) inList = true;
    if (!inList) kept.push(part);
    if (inList && /\band\b/.test(part)) inList = false;
  }
  const clause = kept
    .map((p) => p.replace(/\b(now|today|currently)\b/gi, '').trim())
    .filter(
      (p) =>
        p &&
        p.split(/\s+/).length >= 2 &&
        !/^(in|on|at|during|since|for|by|with|as|today)\b/i.test(p),
    )
    .pop();
  const words = (clause ?? subject.trim()).replace(/\s+/g, ' ').replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // "The village's per capita income", "Its orchards cover": the measure without its owner.
  const bare = words
    .replace(OWNER, '')
    .replace(/\s+(?:cover(?:s|ed)?|reached|stood at|was|were|is|are|had|has)$/i, '');
  return bare || words || sentence.trim();
}

/**
 * A part of a year ("in the first half of this year", "in the first quarter", "over the past
 * eight months of 2023") or a year by name ("this year", "last year"): the period is that year.
 */
const PART_OF_YEAR =
  /\b(?:(?:in|during|for|over) )?the (?:first|second|third|fourth|last|past|latest) (?:half|quarter|three quarters|(?:two|three|four|five|six|seven|eight|nine|ten|eleven) months)(?: of (?:(this|last) year|((?:19|20)\d{2})))?|\b(?:so far )?(this|last) year\b/i;

function periodOf(sentence: Sentence, dates: readonly DateMention[], published: string) {
  const part = PART_OF_YEAR.exec(sentence.text);
  if (part) {
    const which = (part[1] ?? part[3] ?? 'this').toLowerCase();
    const year = part[2] ?? String(Number(published.slice(0, 4)) - (which === 'last' ? 1 : 0));
    return { text: part[0], date: year };
  }
  const d = dates.find(
    (x) => x.start >= sentence.start && x.end <= sentence.end && /\d{4}/.test(x.text),
  );
  if (d) return { text: d.text, date: d.date.slice(0, 4) };
  const now = NOW.exec(sentence.text);
  if (now?.[1]) return { text: now[1], date: '' };
  return null;
}

/** Finds the figures in the sentences. */
export function findFigures(
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
  published: string,
): FigureMention[] {
  const out: FigureMention[] = [];
  for (const s of sentences) {
    const found: FigureMention[] = [];
    FIGURE.lastIndex = 0;
    for (let m = FIGURE.exec(s.text); m; m = FIGURE.exec(s.text)) {
      const [whole, qualifier, int = '', frac, scale, plainUnit, , wordUnit] = m;
      const unit = plainUnit ?? wordUnit ?? '';
      const value = Number(`${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`);
      const u = unit.trim() === '%' || /per ?cent$/i.test(unit.trim()) ? '%' : unit.trim();
      const around = s.text.slice(Math.max(0, m.index - 40), m.index);
      const level = /\bto\s+$/.test(around);
      const direction = level ? null : DOWN.test(around) ? 'down' : UP.test(around) ? 'up' : null;
      // "increased by 8% over a year": the verb and comparison are part of the figure's wording.
      const verb = new RegExp(
        `\\b(?:${UP.source.slice(3, -3)}|${DOWN.source.slice(3, -3)})\\s+(?:by\\s+)?$`,
        'i',
      ).exec(around);
      const comparison = COMPARISON.exec(s.text.slice(m.index))?.[0] ?? null;
      let start = m.index;
      let end = m.index + whole.length;
      if (verb) start -= verb[0].length;
      if (comparison && s.text.slice(end).startsWith(` ${comparison}`))
        end += comparison.length + 1;
      found.push({
        sentence: s,
        start: s.start + start,
        end: s.start + end,
        text: s.text.slice(start, end),
        value,
        unit: scale ? `${scale} ${u}` : u,
        approximation: qualifier ?? null,
        direction,
        comparison,
        measure:
          namedMeasure(s.text, m.index, m.index + whole.length, u) ?? measureOf(s.text, m.index),
        period: periodOf(s, dates, published),
      });
    }
    if (found.length === 0) {
      const d = DIRECTION_ONLY.exec(s.text);
      if (d?.[1] && MEASURABLE.test(s.text.slice(0, d.index))) {
        found.push({
          sentence: s,
          start: s.start + d.index,
          end: s.start + d.index + d[1].length,
          text: d[1],
          value: null,
          unit: null,
          approximation: null,
          direction: /fell|declined|dropped|decreased/.test(d[1]) ? 'down' : 'up',
          comparison: COMPARISON.exec(s.text)?.[0] ?? null,
          measure: measureOf(s.text, d.index),
          period: periodOf(s, dates, published),
        });
      }
    }
    out.push(...found);
  }
  return out;
}
