/**
 * What a figure measures, in a few plain words taken from the article: "a population of 608"
 * (population), "47 ethnic groups" (number of ethnic groups), "grew by 10.9 percent" after "The
 * economy" (economic growth), "stayed for more than 10 minutes" (length of stay), "at least
 * 13,000 injured" in a quake report (people injured in the quake), "The figure was 11 percent"
 * (the figure before's measure, which it points back at).
 *
 * The passes live in `measures/`, one shape of wording each, and run in the order declared in
 * `MEASURE_PASSES`: the first that answers decides (chrono-node's configuration is the model).
 * A user of the engine can run `measureWith` with a copy of the list that adds a pass of their
 * own.
 *
 * @module
 */
import { capacityMeasure, countMeasure } from './measures/counts.js';
import { dimensionMeasure } from './measures/dimensions.js';
import { durationMeasure, durationUnnamed, sizeMeasure } from './measures/durations.js';
import { eventMeasure } from './measures/events.js';
import { growthAfterGrowth, growthMeasure } from './measures/growth.js';
import { lossMeasure } from './measures/losses.js';
import {
  amountOfMeasure,
  amountVerbMeasure,
  fundsMeasure,
  incomeBroughtMeasure,
  moneyNounMeasure,
  priceMeasure,
  thresholdMeasure,
} from './measures/money.js';
import { multipleMeasure } from './measures/multiples.js';
import { namedPass } from './measures/named.js';
import { refersMeasure } from './measures/refers.js';
import { relativeMeasure } from './measures/shares.js';
import { plainMeasure, subjectMeasure } from './measures/subject.js';
import {
  type Measure,
  type MeasureInput,
  type MeasurePass,
  NOT_A_FIGURE,
} from './measures/types.js';
import { subjectOf } from './measures/words.js';

export type { FigureKind, Measure, MeasureInput, MeasurePass } from './measures/types.js';

/**
 * The measure passes in the order they run. The stronger shapes come first: a subject that points
 * back, an event's toll, a size or a duration, a growth rate, money lost, a share of an average,
 * a measure the words name; then each kind's own reading; the clause's subject and the kind's
 * plain word last.
 */
export const MEASURE_PASSES: readonly MeasurePass[] = [
  refersMeasure,
  capacityMeasure,
  eventMeasure,
  sizeMeasure,
  durationMeasure,
  growthMeasure,
  lossMeasure,
  relativeMeasure,
  namedPass,
  growthAfterGrowth,
  dimensionMeasure,
  countMeasure,
  durationUnnamed,
  multipleMeasure,
  priceMeasure,
  moneyNounMeasure,
  incomeBroughtMeasure,
  thresholdMeasure,
  amountVerbMeasure,
  amountOfMeasure,
  fundsMeasure,
  subjectMeasure,
  plainMeasure,
];

/**
 * What the figure measures, by the first of `passes` that answers; `null` for a figure that
 * measures nothing the sentence names ("who has picked tea for thirty years" is a person's
 * story, not a figure), and for one no pass answers.
 */
export function measureWith(f: MeasureInput, passes: readonly MeasurePass[]): Measure | null {
  const context = {
    figure: f,
    after: f.text.slice(f.end, f.end + 100),
    subject: subjectOf(f.text, f.start),
  };
  for (const pass of passes) {
    const verdict = pass(context);
    if (verdict === NOT_A_FIGURE) return null;
    if (verdict) return verdict;
  }
  return null;
}

/** What the figure measures, by `MEASURE_PASSES`; see `measureWith`. */
export function measureOf(f: MeasureInput): Measure | null {
  return measureWith(f, MEASURE_PASSES);
}
