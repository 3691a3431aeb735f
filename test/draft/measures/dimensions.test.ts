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
    [
      'The governor covered more than 900 kilometers, calling at four flooded towns.',
      'more than 900 kilometers',
      'kilometers',
      'distance travelled on the tour',
    ],
    [
      'He traveled 1,500 kilometers to make a five-day inspection.',
      '1,500 kilometers',
      'kilometers',
      'distance travelled on the tour',
    ],
    [
      'He then traveled about 40 kilometers by car to the pumping station.',
      'about 40 kilometers',
      'kilometers',
      'distance travelled',
    ],
  ] as const)('%s (%s): %s', (text, wording, unit, expected) => {
    expect(measured(dimensionMeasure, text, wording, 'amount', { unit })).toBe(expected);
  });

  it('names "the tower" as the sentences before name it', () => {
    const text = 'The tower stands 40 meters high.';
    const context = 'Li climbed an old stone watch tower on the hill.';
    expect(
      measured(dimensionMeasure, text, '40 meters', 'amount', { unit: 'meters', context }),
    ).toBe('height of the stone watch tower');
    expect(measured(dimensionMeasure, text, '40 meters', 'amount', { unit: 'meters' })).toBe(
      'height of the tower',
    );
  });
});
