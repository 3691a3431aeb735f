/**
 * Named pass: what a figure counts when its words name it ("a population of 608", "a per capita
 * net income of 1,668 yuan", "covers 106 square kilometers", "608 residents", "36 percent of its
 * residents").
 *
 * @module
 */
import { landArea } from './land.js';
import { DONE_TO, SHARE_VERB, share } from './shares.js';
import { type MeasureInput, type MeasurePass, own } from './types.js';
import { AREA_STOP, economy, MEASURE_WORD, PEOPLE, predicate, QUALIFIED, words } from './words.js';

/**
 * What a figure counts when its words say it: "a population of 608" (population), "a per capita
 * net income of 1,668 yuan", "covers 106 square kilometers" (area), "608 residents"
 * (population), "36 percent of its residents" (share of residents); `null` when they do not.
 */
function namedMeasure(f: MeasureInput): string | null {
  const before = f.text.slice(Math.max(0, f.start - 80), f.start);
  // The words after it, to a whole word.
  const after = /^.{0,100}(?![\p{L}-])/su.exec(f.text.slice(f.end))?.[0] ?? '';
  const unit = f.unit.replace(/^(?:thousand|million|billion|trillion)\s+/, '');
  const of = new RegExp(`((?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)\\s+of\\s+${QUALIFIED}$`, 'iu').exec(
    before,
  );
  if (
    of?.[1] &&
    !/\b(?:percent|per cent|share|part|most|half|one|two|three|total|sum|leader|head|home)$/i.test(
      of[1],
    )
  ) {
    const phrase = ofPhrase(of[1]);
    if (phrase && !/^(?:area|covering|length|height)$/i.test(phrase) && words(phrase).length <= 5) {
      if (
        /met(?:er|re)s|km|kilomet|miles/i.test(unit) &&
        !/square/i.test(unit) &&
        !MEASURE_WORD.test(phrase)
      )
        return `length of the ${phrase}`;
      if (/square|hectares|acres|\bmu\b/i.test(unit) && !MEASURE_WORD.test(phrase)) {
        // "irrigation of more than 10,000 mu of farmland": the area of farmland irrigated.
        const done = landWork(phrase);
        const all = words(/^\s+of\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/.exec(after)?.[1] ?? '');
        const stop = all.findIndex((w) => AREA_STOP.test(w));
        const what = (stop < 0 ? all : all.slice(0, stop)).join(' ');
        if (done && what && !/^(?:the|a|an|land)$/.test(what)) return `area of ${what} ${done}`;
        return `${phrase} area`;
      }
      if (f.kind === 'count' && PEOPLE.test(f.counted)) return 'population';
      if (f.kind === 'count' && f.counted && !/^population$/i.test(phrase)) {
        // "has raised the incomes of 126 households": the verb stays with its noun.
        const verb = /\b([a-z]+ed)\s+(?:the\s+)?$/i.exec(
          of[1].slice(0, of[1].length - phrase.length),
        )?.[1];
        return `${verb ? `${verb} ` : ''}${phrase} of ${f.counted}`;
      }
      return phrase;
    }
  }
  if (/square|hectares|acres|\bmu\b/i.test(unit)) return landArea(f, before, after);
  if (/^(?:people|residents|inhabitants|villagers)$/i.test(unit)) {
    // "the resettlement centre, which has been home to 2,000 people since the quake".
    if (/\bhome to\s+$/i.test(before) && SHELTER.test(before)) return 'people sheltered';
    if (/\b(?:home to|population|of its|of just|of only)\s+$|['’]s\s+$/i.test(before))
      return 'population';
  }
  // "46 poor households", "3,000 households were relocated": what the clause says of them.
  if (/^households$/i.test(unit)) {
    const tail = predicate(after);
    const counted = f.counted.replace(/["“”]/g, '') || 'households';
    return tail ? `${counted} ${tail}` : counted;
  }
  // "About 36 percent of its residents are ...": the figure opens its clause.
  const opens =
    /(?:^|[,;]\s*)(?:about|nearly|almost|more than|over|some|around|roughly)?\s*$/i.test(before);
  const maker = SHARE_VERB.test(before.replace(new RegExp(`${QUALIFIED}$`, 'i'), ''));
  const done = DONE_TO.test(before.replace(new RegExp(`${QUALIFIED}$`, 'i'), ''));
  if (
    (f.kind === 'percent' || f.kind === 'fraction') &&
    (opens || maker || done || f.kind === 'fraction')
  )
    return share(f, after);
  return null;
}

/** A place where people shelter after a disaster: its residents are the people sheltered. */
const SHELTER =
  /\b(?:shelters?|sheltering|resettlement|relocation (?:site|centre|center)|relief (?:site|centre|center|camp)|temporary (?:homes?|housing|dwellings|settlement)|tents?|camps?)\b/i;

/** Work done to land, named as a noun: "irrigation" (irrigated), "cultivation", "planting". */
function landWork(phrase: string): string | null {
  const w = phrase.toLowerCase();
  if (/^(?:irrigation|cultivation|reclamation|restoration|afforestation|plantings?)$/.test(w))
    return (
      {
        reclamation: 'reclaimed',
        afforestation: 'afforested',
        planting: 'planted',
        plantings: 'planted',
      }[w] ?? w.replace(/ion$/, 'ed')
    );
  return null;
}

/** The words of an "X of" before a figure, from its head noun on: "a per capita net income". */
function ofPhrase(phrase: string): string {
  const w = words(phrase);
  const stop = (x: string) =>
    /^(?:the|a|an|its|their|his|her|our|this|that|below|above|for|with|in|on|at|to|from|by|and|that|where|which|has|have|had|was|is|were|are|still|only|now|live|lives)$/i.test(
      x,
    );
  let cut = w.length - 1;
  while (cut >= 0 && !stop(w[cut] ?? '')) cut--;
  return (
    w
      .slice(cut + 1)
      .join(' ')
      .replace(/^[\p{Lu}][\p{L}'’-]*['’]s\s+/u, '')
      .replace(/\s+in\s+[\p{Lu}][\p{L}-]*$/u, '')
      // "generating revenue of": the revenue.
      .replace(
        /^(?:generating|bringing|earning|creating|recording|reporting|registering|posting|achieving|having|with)\s+(?=\S)/i,
        '',
      )
  );
}

/** A measure the figure's own words name. */
export const namedPass: MeasurePass = ({ figure: f }) => {
  const named = namedMeasure(f);
  return named ? own(economy(named)) : null;
};
