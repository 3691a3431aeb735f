import { describe, expect, it } from 'vitest';
import {
  durationMeasure,
  durationUnnamed,
  sizeMeasure,
} from '../../../src/draft/measures/durations.js';
import { NOT_A_FIGURE } from '../../../src/draft/measures/types.js';
import { answer, measured } from './helpers.js';

describe('durations pass', () => {
  it.each([
    ['He stayed for about 40 minutes in the clinic.', 'about 40 minutes', 'length of stay'],
    ['It took four years to build the tunnel.', 'four years', 'construction time'],
    ['The orchard is a two hours’ drive from Hami.', 'two hours', 'travel time from Hami'],
  ] as const)('%s (%s): %s', (text, wording, expected) => {
    expect(measured(durationMeasure, text, wording, 'time', { unit: 'hours' })).toBe(expected);
  });
  it('reads a one-word size as the dimension of the noun after it', () => {
    expect(
      measured(sizeMeasure, 'They walked along a 12-km-long forest trail.', '12-km-long', 'size'),
    ).toBe('length of the forest trail');
    expect(
      measured(sizeMeasure, 'It is a 400-year-old village known for tea.', '400-year-old', 'size'),
    ).toBe('age of the village');
  });
  it('leaves out a duration no pass named', () => {
    expect(
      answer(durationUnnamed, 'She has picked tea for 30 years.', '30 years', 'time', {
        unit: 'years',
      }),
    ).toBe(NOT_A_FIGURE);
    expect(answer(durationUnnamed, 'It has 30 rooms.', '30 rooms', 'count')).toBeNull();
  });
});

describe('durations pass, sizes', () => {
  it('ends the noun a size qualifies before a place phrase', () => {
    expect(
      measured(
        sizeMeasure,
        'He looked out over the 9-km-long causeway off Dalian.',
        '9-km-long',
        'size',
      ),
    ).toBe('length of the causeway');
  });
});
