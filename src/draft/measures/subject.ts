/**
 * Subject pass, the last: the subject of the figure's clause as its measure ("Retail sales rose
 * 4 percent": retail sales), else the kind's plain word (share, amount, quantity).
 *
 * @module
 */
import { type MeasurePass, own } from './types.js';
import { economy, words } from './words.js';

/** The clause's subject, when it is a few words that name a thing, not a person. */
export const subjectMeasure: MeasurePass = ({ subject }) =>
  subject &&
  !/\d/.test(subject) &&
  words(subject).length <= 7 &&
  !/^(?:it|this|that|they|he|she|which|who|even today)$/i.test(subject) &&
  !/["“”]|^(?:i|we|you|he|she|they)\s/i.test(subject)
    ? own(economy(subject))
    : null;

/** What the figure is when no words say: a share, an amount of money, a quantity. */
export const plainMeasure: MeasurePass = ({ figure: f }) =>
  own(
    f.kind === 'percent'
      ? 'share'
      : f.kind === 'money' || /yuan|dollars|euros/.test(f.unit)
        ? 'amount'
        : 'quantity',
  );
