import { describe, expect, it } from 'vitest';
import { dimensionMeasure } from '../../../src/draft/measures/dimensions.js';
import { measured } from './helpers.js';

describe('dimensions pass', () => {
  it.each([
    [
      'The monastery stands 3,650 meters above sea level.',
      '3,650 meters',
      'meters',
      'altitude above sea level',
    ],
    ['The new dam is 96 meters high.', '96 meters', 'meters', 'height of the new dam'],
    [
      'The farm lies about 45 kilometers from Korla.',
      'about 45 kilometers',
      'kilometers',
      'distance from Korla',
    ],
    [
      'The bronze bell weighs 2,100 kilograms.',
      '2,100 kilograms',
      'kilograms',
      'weight of the bronze bell',
    ],
    ['The co-op sold 2,100 kilograms.', '2,100 kilograms', 'kilograms', null],
  ] as const)('%s (%s): %s', (text, wording, unit, expected) => {
    expect(measured(dimensionMeasure, text, wording, 'amount', { unit })).toBe(expected);
  });
});
