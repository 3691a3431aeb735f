/**
 * Multiples pass: what is compared with what ("The county's grain output is now three times that
 * of 2010": grain output relative to 2010; "multiple" when the words do not say).
 *
 * @module
 */
import { type MeasurePass, own } from './types.js';
import { TAIL_STOP, words } from './words.js';

/**
 * A multiple, as what is compared with what: "The county's grain output is now three times that
 * of 2010" (grain output relative to 2010), "three times the national average" after "Incomes in
 * the village are" (incomes relative to national average); "multiple" when the words do not say.
 */
function multiple(subject: string, after: string): string {
  const base = /^\s+(?:(?:that|those) of|the)\s+([^,;:.!?()"“”]+)/i
    .exec(after)?.[1]
    ?.replace(TAIL_STOP, '')
    .replace(/^the\s+/i, '')
    .trim();
  const what =
    subject &&
    !/\d/.test(subject) &&
    words(subject).length <= 5 &&
    !/^(?:it|this|that|they|he|she|which|who|we|i|you)$/i.test(subject) &&
    !/["“”]/.test(subject)
      ? subject.replace(/\s+(?:is|are|was|were|now|has|have|had)$/i, '')
      : '';
  const than = base && words(base).length <= 5 ? base : '';
  if (what && than) return `${what} relative to ${than}`;
  if (what) return `${what} multiple`;
  return than ? `multiple of ${than}` : 'multiple';
}

/** "N times": a multiple. */
export const multipleMeasure: MeasurePass = ({ figure: f, after, subject }) =>
  f.kind === 'times' ? own(multiple(subject, after)) : null;
