import { describe, expect, it } from 'vitest';
import { growthAfterGrowth, growthMeasure } from '../../../src/draft/measures/growth.js';
import { answer, measured } from './helpers.js';

describe('growth pass', () => {
  it.each([
    ['The economy grew by 7.1 percent last year.', '7.1 percent', 'economic (GDP) growth'],
    ['Tea exports rose 14 percent in 2016.', '14 percent', 'Tea exports growth'],
    ['Tea makes up 14 percent of exports.', '14 percent', null],
  ] as const)('%s: %s', (text, wording, expected) => {
    expect(measured(growthMeasure, text, wording, 'percent')).toBe(expected);
  });
  it('reads ", up N percent" as the growth of the figure before', () => {
    expect(
      answer(
        growthMeasure,
        'Output reached 3 million tonnes, up 6 percent.',
        '6 percent',
        'percent',
        {
          previous: { measure: 'output', end: 30 },
        },
      ),
    ).toEqual({ measure: 'output growth', refers: true });
  });
  it('reads a rate whose verb the clause before gave as the growth of the noun before it', () => {
    expect(
      measured(
        growthMeasure,
        'Grain sales rose 4.1 percent and its fruit sales 9.8 percent.',
        '9.8 percent',
        'percent',
        { previous: { measure: 'Grain sales growth', end: 27 } },
      ),
    ).toBe('fruit sales growth');
    expect(
      measured(growthMeasure, 'Exports and its imports 9.8 percent.', '9.8 percent', 'percent'),
    ).toBeNull();
  });
  it('reads a rate after a growth rate by its own subject', () => {
    expect(
      measured(growthAfterGrowth, 'Imports fell 2 percent.', '2 percent', 'percent', {
        previous: { measure: 'exports growth', end: -1 },
      }),
    ).toBe('Imports decline');
    expect(
      measured(growthAfterGrowth, 'Imports fell 2 percent.', '2 percent', 'percent'),
    ).toBeNull();
  });
});
