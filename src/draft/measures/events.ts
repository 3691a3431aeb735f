/**
 * Events pass: a quake's magnitude, a disaster's dead, injured and homeless, a temperature.
 *
 * @module
 */
import { type MeasurePass, own } from './types.js';
import { EVENT } from './words.js';

/** Deaths, injuries and the homeless of a disaster: "quake death toll". */
export function casualty(word: string, sentence: string): string | null {
  const event = EVENT.exec(sentence)?.[1]?.toLowerCase();
  if (/^(?:dead|died|killed|perished|deaths?)$/i.test(word))
    return event ? `${event} death toll` : 'death toll';
  if (/^(?:injured|wounded)$/i.test(word))
    return event ? `people injured in the ${event}` : 'people injured';
  if (/^(?:homeless)$/i.test(word)) return 'people left homeless';
  if (/^(?:missing|displaced)$/i.test(word)) return `people ${word.toLowerCase()}`;
  return null;
}

export const CASUALTY_AFTER =
  /^\s+(?:(?:were|are|have been|had been|was)\s+)?(dead|died|killed|perished|injured|wounded|missing|homeless|displaced)\b/i;

/** "magnitude 7" (earthquake magnitude), "at least 13,000 injured", "-30 C". */
export const eventMeasure: MeasurePass = ({ figure: f }) => {
  if (f.kind === 'magnitude') return own('earthquake magnitude');
  if (f.kind === 'casualties') return own(casualty(f.unit, f.text) ?? `people ${f.unit}`);
  if (f.kind === 'temperature') return own('temperature');
  return null;
};
