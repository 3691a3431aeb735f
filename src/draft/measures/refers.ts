/**
 * Refers pass, the first: a subject that points back at the figure before ("It was 11 percent",
 * "The figure rose to ..."): that figure's measure.
 *
 * @module
 */
import type { MeasurePass } from './types.js';
import { ANAPHOR } from './words.js';

const OPENING =
  /^\s*(\w+(?:\s+\w+)?)\s+(?:was|is|were|are|rose|grew|fell|reached|stood|came|hit|amounted|totall?ed)\b/;

/** The figure before's measure, when the sentence opens by pointing back at it. */
export const refersMeasure: MeasurePass = ({ figure: f }) => {
  const previous = f.previous;
  const opening = OPENING.exec(f.text);
  if (previous && opening?.[1] && ANAPHOR.test(opening[1]) && f.start - opening[0].length <= 45)
    return { measure: previous.measure, refers: true };
  return null;
};
