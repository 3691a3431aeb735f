import { describe, expect, it } from 'vitest';
import { multipleMeasure } from '../../../src/draft/measures/multiples.js';
import { measured } from './helpers.js';

describe('multiples pass', () => {
  it.each([
    [
      "The town's tea output is now four times that of 2012.",
      'four times',
      'tea output relative to 2012',
    ],
    [
      'Wages here are 1.6 times the provincial average.',
      '1.6 times',
      'Wages here relative to provincial average',
    ],
    ['It is 2.5 times higher.', '2.5 times', 'multiple'],
  ] as const)('%s (%s): %s', (text, wording, expected) => {
    expect(measured(multipleMeasure, text, wording, 'times', { unit: 'times' })).toBe(expected);
  });
});
