import { describe, expect, it } from 'vitest';
import { lossMeasure } from '../../../src/draft/measures/losses.js';
import { measured } from './helpers.js';

describe('losses pass', () => {
  it.each([
    [
      'The hail ruined the crop of a grower whose family suffered losses of about 22,000 yuan.',
      'about 22,000 yuan',
      '',
      "family's hail losses",
    ],
    [
      'The floods caused 3 billion yuan in direct economic losses.',
      '3 billion yuan',
      '',
      'economic flood losses',
    ],
    ['Rain had soaked the hills for a week.', '', 'Rain had soaked the hills for a week.', null],
  ] as const)('%s: %s', (text, wording, context, expected) => {
    const w = wording || 'week';
    expect(measured(lossMeasure, text, w, 'money', { unit: 'yuan', context })).toBe(expected);
  });
  it('names the event the sentences before tell', () => {
    expect(
      measured(lossMeasure, 'The farm lost nearly 80,000 yuan.', 'nearly 80,000 yuan', 'money', {
        unit: 'yuan',
        context: 'A typhoon flattened the greenhouses in August.',
      }),
    ).toBe("farm's typhoon losses");
  });
});
