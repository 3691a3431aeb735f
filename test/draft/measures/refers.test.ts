import { describe, expect, it } from 'vitest';
import { refersMeasure } from '../../../src/draft/measures/refers.js';
import { answer } from './helpers.js';

describe('refers pass', () => {
  const previous = { measure: 'per capita net income', end: -1 };
  it('gives the figure before its measure when the sentence points back at it', () => {
    expect(
      answer(
        refersMeasure,
        'The figure was 12 percent higher than in 2019.',
        '12 percent',
        'percent',
        {
          previous,
        },
      ),
    ).toEqual({ measure: 'per capita net income', refers: true });
  });
  it('says nothing of a sentence with a subject of its own, or with no figure before', () => {
    expect(
      answer(refersMeasure, 'Grain output was 12 percent higher.', '12 percent', 'percent', {
        previous,
      }),
    ).toBeNull();
    expect(answer(refersMeasure, 'It was 12 percent higher.', '12 percent', 'percent')).toBeNull();
  });
});
