/**
 * Dimensions pass: a length, height, altitude, distance or weight ("3,100 meters above sea
 * level", "38 meters tall" after "The dam", "about 60 kilometers from Golmud").
 *
 * @module
 */
import { type MeasureInput, type MeasurePass, own } from './types.js';
import { theSubject } from './words.js';

const DIMENSIONS: [RegExp, string][] = [
  [/^\s*(?:-|\s)?(?:long|in length)\b/i, 'length'],
  [/^\s*(?:-|\s)?(?:high|tall|in height)\b/i, 'height'],
  [/^\s*(?:-|\s)?(?:wide|in width)\b/i, 'width'],
  [/^\s*(?:-|\s)?(?:deep|in depth)\b/i, 'depth'],
  [/^\s*(?:across|in diameter)\b/i, 'diameter'],
];

/**
 * Where a distance travelled ends, when the words say ("by car to the salt lake wharf", "to
 * Lhasa"); without it ("covered more than 700 kilometers, calling at two villages", "traveled
 * over 3,000 kilometers to make a six-day inspection") it is the tour's.
 */
const TO_A_PLACE =
  /^\s+(?:(?:by|on)\s+(?:\S+\s+){0,2}?)?(?:to|into|toward|towards)\s+(?!(?:make|visit|inspect|see|check|tour|meet|attend)\b)/i;

/** A length, height, altitude, distance or weight in meters, kilometers or kilograms. */
function dimension(f: MeasureInput, after: string): string | null {
  const unit = f.unit;
  const near = f.text.slice(Math.max(0, f.start - 40), f.start);
  if (/kilograms|\bkg\b|grams|tonnes|tons/i.test(unit) && /\bweigh/i.test(near))
    return `weight of ${theSubject(f)}`;
  if (!/met(?:er|re)s|km|kilomet|miles|feet/i.test(unit)) return null;
  if (/^\s*above sea level/i.test(after) || /\baltitude\b/i.test(near))
    return /\baverage\s+(?:altitude|elevation)\b/i.test(near)
      ? 'average altitude above sea level'
      : 'altitude above sea level';
  for (const [re, name] of DIMENSIONS) if (re.test(after)) return `${name} of ${theSubject(f)}`;
  const from =
    /^\s*(?:[a-z]+\s+)?(?:from|of|away from)\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)/u.exec(
      after,
    );
  if (from?.[1]) return `distance from ${from[1]}`;
  if (/\b(?:travell?ed|covered|drove|walked|flew)\s+(?:\S+\s+){0,2}$/i.test(near))
    return TO_A_PLACE.test(after) ? 'distance travelled' : 'distance travelled on the tour';
  return null;
}

/** An amount in a unit of length or weight, by the words around it. */
export const dimensionMeasure: MeasurePass = ({ figure: f, after }) => {
  if (f.kind !== 'amount') return null;
  const d = dimension(f, after);
  return d ? own(d) : null;
};
