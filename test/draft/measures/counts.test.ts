import { describe, expect, it } from 'vitest';
import { capacityMeasure, countMeasure } from '../../../src/draft/measures/counts.js';
import { measured } from './helpers.js';

describe('counts pass', () => {
  it.each([
    [
      'The prefecture has 26 ethnic groups.',
      '26 ethnic groups',
      'ethnic groups',
      'number of ethnic groups',
    ],
    ['The mill employs 1,400 workers.', '1,400 workers', 'workers', 'workers employed'],
    [
      'The town set up 14 temporary shelters for the villagers.',
      '14 temporary shelters',
      'temporary shelters',
      'temporary shelters set up',
    ],
    [
      'The plant has helped produce more than 900 fire engines.',
      'more than 900 fire engines',
      'fire engines',
      'fire engines produced',
    ],
    [
      'He shook hands with about 200 villagers.',
      'about 200 villagers',
      'villagers',
      'villagers he shook hands with',
    ],
    ['The island welcomed 2 million tourists.', '2 million tourists', 'tourists', 'tourist visits'],
    ['The township is home to 12,000 people.', '12,000 people', 'people', 'population'],
    [
      'Some 3,000 households still live in old houses.',
      'Some 3,000 households',
      'households',
      'households living in old houses',
    ],
    [
      'The plant employs dozens of people from poor families and about 600 seasonal workers.',
      'about 600 seasonal workers',
      'seasonal workers',
      'seasonal workers employed',
    ],
    [
      'The old town expects to receive over 200,000 visitors this year.',
      'over 200,000 visitors',
      'visitors',
      'tourist visits',
    ],
    [
      'Li was one of 12 growers from Dazhai, Xiyang county, who had lunch with the premier on Friday.',
      '12 growers',
      'growers',
      'growers who had lunch with the premier',
    ],
    ['She is one of 40 people on the team.', '40 people', 'people', 'number of people'],
  ] as const)('%s (%s): %s', (text, wording, counted, expected) => {
    expect(measured(countMeasure, text, wording, 'count', { unit: counted, counted })).toBe(
      expected,
    );
  });
  it('says nothing of other kinds', () => {
    expect(
      measured(countMeasure, 'The mill earns 3 million yuan.', '3 million yuan', 'money'),
    ).toBeNull();
  });
});

describe('counts pass, capacities', () => {
  it('names berths by the ships they take', () => {
    expect(
      measured(
        capacityMeasure,
        'It has 9 berths for 30,000-tonne ships.',
        '9 berths for 30,000-tonne ships',
        'count',
        {
          counted: 'berths for 30,000-tonne ships',
        },
      ),
    ).toBe('berths for 30,000-tonne ships');
    expect(
      measured(capacityMeasure, 'It has 9 berths.', '9 berths', 'count', { counted: 'berths' }),
    ).toBeNull();
  });
});
