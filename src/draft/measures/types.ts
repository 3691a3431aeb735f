/**
 * The shapes a measure pass reads and returns: the figure with its sentence, the words around
 * it, and what a pass decides (a measure, "not a figure", or nothing to say).
 *
 * @module
 */

/** The shapes of figure the figures pass reads. */
export type FigureKind =
  | 'percent'
  | 'money'
  | 'amount'
  | 'magnitude'
  | 'size'
  | 'temperature'
  | 'time'
  | 'times'
  | 'casualties'
  | 'count'
  | 'fraction'
  | 'direction';

export interface MeasureInput {
  /** The sentence's text. */
  text: string;
  /** The figure's start (its qualifier), its number's start and its end, in `text`. */
  start: number;
  at: number;
  end: number;
  kind: FigureKind;
  unit: string;
  /** The counted words of a count ("ethnic groups", "them"). */
  counted: string;
  /** The figure just before, in this sentence or the one before (its end in `text` coordinates). */
  previous: { measure: string; end: number } | null;
  /** The few sentences before this one, for the event they tell ("Heavy rain flooded ..."). */
  context?: string;
}

/** A measure and whether it is the previous figure's, pointed back at. */
export interface Measure {
  measure: string;
  refers: boolean;
}

/** What every pass reads: the figure, the words after it, and the subject before it. */
export interface MeasureContext {
  figure: MeasureInput;
  /** Up to 100 characters after the figure. */
  after: string;
  /** The subject before the figure's verb (see `subjectOf`). */
  subject: string;
}

/** A duration that measures nothing the sentence names is no figure. */
export const NOT_A_FIGURE = 'not a figure' as const;

/** A pass's answer: the measure, `NOT_A_FIGURE`, or `null` when its shape is not there. */
export type MeasureVerdict = Measure | typeof NOT_A_FIGURE | null;

/** One pass: one shape of wording, read from the figure's context. */
export type MeasurePass = (context: MeasureContext) => MeasureVerdict;

/** A measure of the figure's own, not pointed back at. */
export const own = (measure: string): Measure => ({ measure, refers: false });
