import { describe, expect, it } from 'vitest';
import { relativeMeasure, share } from '../../../src/draft/measures/shares.js';
import { figureIn, measured } from './helpers.js';

describe('shares pass', () => {
  it.each([
    [
      'About 40 percent of the county’s 90,000 residents are Yi.',
      'About 40 percent',
      'share of Yi people',
    ],
    ['It has 2,300 people, 60 percent of whom are women.', '60 percent', 'share of women'],
    ['Drought damaged 35 percent of the orchards.', '35 percent', 'share of orchards damaged'],
  ] as const)('%s (%s): %s', (text, wording, expected) => {
    const f = figureIn(text, wording, 'percent');
    expect(share(f, text.slice(f.end))).toBe(expected);
  });
  it('reads a share of an average as the figure before relative to it', () => {
    expect(
      measured(
        relativeMeasure,
        'Income came to 9,800 yuan, or 61 percent of the national rural average.',
        '61 percent',
        'percent',
        { previous: { measure: 'per capita income', end: 25 } },
      ),
    ).toBe('per capita income relative to the national rural average');
    expect(
      measured(relativeMeasure, 'Tea is 61 percent of sales.', '61 percent', 'percent'),
    ).toBeNull();
  });
});

describe('shares pass, relative to an average', () => {
  it('points back at the figure it compares', () => {
    const f = figureIn(
      'Income came to 9,800 yuan, or 61 percent of the national rural average.',
      '61 percent',
      'percent',
      { previous: { measure: 'per capita income', end: 25 } },
    );
    expect(relativeMeasure({ figure: f, after: f.text.slice(f.end), subject: '' })).toEqual({
      measure: 'per capita income relative to the national rural average',
      refers: true,
    });
  });
});
