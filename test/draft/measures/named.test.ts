import { describe, expect, it } from 'vitest';
import { namedPass } from '../../../src/draft/measures/named.js';
import { measured } from './helpers.js';

describe('named pass', () => {
  it.each([
    ['The hamlet has a population of 742.', '742', 'count', '', 'population'],
    [
      'They had a per capita net income of 2,310 yuan.',
      '2,310 yuan',
      'money',
      'yuan',
      'per capita net income',
    ],
    [
      'The old town is home to 5,600 residents.',
      '5,600 residents',
      'count',
      'residents',
      'population',
    ],
    [
      'The farm has an annual output of 9,000 tonnes.',
      '9,000 tonnes',
      'amount',
      'tonnes',
      'annual output',
    ],
    [
      'Its gross domestic product of 80 billion yuan grew.',
      '80 billion yuan',
      'money',
      'billion yuan',
      'gross domestic product (GDP)',
    ],
    [
      'The canal allows the irrigation of some 8,000 mu of paddy fields.',
      'some 8,000 mu',
      'amount',
      'mu',
      'area of paddy fields irrigated',
    ],
    [
      'The co-op finished the cultivation of 500 hectares of tea.',
      '500 hectares',
      'amount',
      'hectares',
      'area of tea cultivated',
    ],
  ] as const)('%s (%s): %s', (text, wording, kind, unit, expected) => {
    expect(
      measured(namedPass, text, wording, kind, { unit, counted: kind === 'count' ? unit : '' }),
    ).toBe(expected);
  });
  it('says nothing when no words name the measure', () => {
    expect(
      measured(namedPass, 'Sales came to 80 billion yuan.', '80 billion yuan', 'money', {
        unit: 'billion yuan',
      }),
    ).toBeNull();
  });
});
