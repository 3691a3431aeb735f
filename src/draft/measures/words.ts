/**
 * The words every measure pass reads with: qualifiers, the verbs that end a subject, owners,
 * people and events, and the helpers that take a figure's subject and the clause after it.
 *
 * @module
 */
import type { MeasureInput } from './types.js';

export const QUALIFIED =
  '(?:(?:about|nearly|almost|around|roughly|just|over|more than|less than|only|some|up to|at least|just short of|approximately)\\s+)*';

export const VERB =
  /\s(represents?|represented|accounts? for|accounted for|increased|rose|risen|grew|grown|fell|declined|dropped|decreased|reached|reaching|totall?ed|stood at|hit|amounted to|exceeded|surpassed|topped|came to|was|were|is|are|now represent|spans?|covers?|covered|stands|stood|measures|weighs|lies|sits|make up|makes up|made up|adds? up to|added up to)\b/;

/** An owner before a measure: "The village's", "Its", "Ningxia's". */
export const OWNER =
  /^(?:(?:and|but|while|so)\s+)?(?:(?:an?|the|its|their|his|her|our|this|that)\s+)?(?:(?:[\p{Lu}][\p{L}-]*\s+)*[\p{Lu}][\p{L}'’-]*['’]s\s+|(?:village|county|city|province|region|company|port|town|country|nation)['’]s\s+)?(?=\p{L})/iu;

/** A subject that points back at the figure before: "It", "The figure", "This rate". */
export const ANAPHOR =
  /^(?:it|this|that|the (?:figure|number|total|rate|amount|ratio|share|proportion)|this (?:figure|number|rate))$/i;

export const PEOPLE = /^(?:people|residents|villagers|inhabitants|persons|individuals|locals)$/i;
export const EVENT =
  /\b(earthquake|quake|flood|landslide|mudslide|fire|explosion|blast|typhoon|hailstorm|rainstorm|snowstorm|storm|hail|drought|blizzard|frost|accident|collapse)s?\b/i;

export const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** The subject before the figure's verb, leading phrases and lists left out. */
export function subjectOf(sentence: string, at: number, first = false): string {
  const head = sentence.slice(0, at);
  const verbs = [...head.matchAll(new RegExp(VERB.source, 'g'))];
  const verb = first ? verbs[0] : verbs.pop();
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
    .map((p) =>
      p.replace(/\b(now|today|currently|even|barely|only|just|still|also)\b/gi, '').trim(),
    )
    .filter((p) => p && !/^(in|on|at|during|since|for|by|with|as|today)\b/i.test(p))
    .pop();
  const text = (clause ?? subject.trim()).replace(/\s+/g, ' ').replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // "The village's per capita income", "Its orchards cover": the measure without its owner.
  const bare = text
    .replace(/^(?:which|that|who|where)\s+/i, '')
    .replace(OWNER, '')
    .replace(/^(?:national|provincial|municipal|local|county|city)\s+/i, '')
    .replace(/\s+(?:cover(?:s|ed)?|reached|stood at|was|were|is|are|had|has|have)$/i, '')
    // "its per capita income in 2011", "per capita net income in Luotuozhuang".
    .replace(/\s+(?:in|during|by|at the end of)\s+(?:(?:19|20)\d{2}|last year|this year)$/i, '')
    .replace(/\s+in\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*$/u, '')
    // "the average per capita net income of Huaxi Village": the place is the scope's, not the measure's.
    .replace(/\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*$/u, '')
    // "With an annual per capita net income over 9,000 yuan": the noun after the preposition.
    .replace(/^(?:with|at|for)\s+(?:an?|the|its|their)\s+/i, '')
    .replace(/\s+(?:(?:across|throughout) the (?:country|nation)|nationwide)$/i, '');
  return bare || text;
}

/** Words that end what an area is of: "of peach trees in the county", "of soy were". */
export const AREA_STOP =
  /^(?:in|on|at|for|from|by|to|and|or|the|a|an|with|that|which|were|was|are|is|had|have|has|been|this|last|each|every|across|along|around|near|over|under|into)$/i;

/** Words that already name a dimension ("average altitude"), not the thing measured. */
export const MEASURE_WORD =
  /\b(?:length|height|altitude|elevation|distance|depth|width|diameter|area|radius)\b/i;

/** The sentence's subject as "the dam", for "height of the dam"; its first clause's words. */
export function theSubject(f: MeasureInput): string {
  const clauses = f.text
    .slice(0, f.start)
    .split(/,(?!\d{3})\s*/)
    .filter((c) => c && !/^(?:in|on|at|during|since|by|with|now|today)\b/i.test(c));
  const clause = clauses[0] ?? '';
  const verb = VERB.exec(` ${clause}`);
  const subject = words((verb ? ` ${clause}`.slice(0, verb.index) : clause).trim())
    .filter(
      (w) =>
        !/^(?:its|their|our|which|that|who|now|still|also|today|currently|only|just|will|would|can|could|may|eventually|already|then)$/i.test(
          w,
        ),
    )
    .join(' ');
  const bare = subject.replace(/^(?:the|a|an)\s+/i, '');
  if (!bare || words(bare).length > 5 || MEASURE_WORD.test(bare)) return 'the site';
  return /^the\s+[a-z-]+$/i.test(subject) ? fuller(bare, f.context ?? '') : `the ${bare}`;
}

/** Words before a noun that say nothing of what it is. */
const NOT_A_MODIFIER =
  /^(?:of|in|on|at|to|for|and|or|with|by|from|its|their|his|her|our|this|that|these|those|some|many|more|most|other|such|each|every|new|old|big|small|large|first|last|one|two|three)$/i;

/**
 * "the base" as the sentences before name it ("... a polygonatum production base"): "the
 * polygonatum production base"; else "the base".
 */
function fuller(noun: string, context: string): string {
  const re = new RegExp(`\\b(?:an?|the)\\s+((?:[a-z-]+\\s+){1,3})${noun}\\b`, 'giu');
  const found = [...context.matchAll(re)].pop()?.[1];
  const mods = words(found ?? '');
  let from = mods.length;
  while (from > 0 && !NOT_A_MODIFIER.test(mods[from - 1] ?? '')) from--;
  const kept = mods.slice(from);
  return kept.length > 0 ? `the ${kept.join(' ')} ${noun}` : `the ${noun}`;
}

/** Where the clause after a figure stops: a stop, a number, a conjunction, a date or a period. */
export const TAIL_STOP =
  /\s*(?:[,;:.!?()"“”]|\s(?:of\s+)?\d|\b(?:and|but|while|whereas|since|in (?:19|20)\d{2}|by (?:19|20)\d{2}|(?:in|during|since|by) (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|that|next) (?:year|week|month|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)|at the end|by the end|every year|a year|each year|according)\b).*$/i;

/** What the clause after a count says of it ("still live below the poverty line"), or "". */
export function predicate(after: string): string {
  const clause = after.replace(TAIL_STOP, '').trim();
  let w = words(clause);
  // "in the region have been lifted": a place phrase before the verb.
  if (/^(?:in|at|on)$/i.test(w[0] ?? '')) {
    const verbAt = w.findIndex(
      (x, i) => i > 0 && /^(?:are|were|is|was|have|has|had|must|will|live|lived)$/i.test(x),
    );
    if (verbAt < 0 || verbAt > 4) return '';
    w = w.slice(verbAt);
  }
  const first = w[0] ?? '';
  if (
    !/^(?:live|lives|lived|living|are|were|is|was|have|has|had|must|will|would|to|still|now|remain|remained|belong|belonged|work|worked|died|gave|face|faced|signed|secretly|below|who|that|already)$/i.test(
      first,
    ) &&
    !/^[a-z]+(?:ed|ing)$/i.test(first)
  )
    return '';
  const kept = w
    .filter(
      (x) =>
        !/^(?:are|were|is|was|have|has|had|been|still|now|also|already|who|that|secretly)$/i.test(
          x,
        ),
    )
    .map((x) => (/^(?:live|lives|lived)$/i.test(x) ? 'living' : x));
  // "2,600 villagers suffered from the floods": the villagers hit by the floods.
  return kept
    .slice(0, 7)
    .join(' ')
    .replace(/^suffer(?:ed|ing)? (?:from|in)\b/i, 'hit by');
}

/**
 * Gross domestic product in the words both ways ("GDP", "gross domestic product", a province's
 * "economy was worth"), so the measure reads whichever the reader looks for.
 */
export function economy(measure: string): string {
  if (/^economy$/i.test(measure)) return 'economy (gross domestic product)';
  return measure.replace(/\bGDP\b|\bgross domestic product\b/i, 'gross domestic product (GDP)');
}
