import { describe, expect, it } from 'vitest';
import { plainMeasure, subjectMeasure } from '../../../src/draft/measures/subject.js';
import { measured } from './helpers.js';

describe('subject pass', () => {
  it('takes the subject of the clause when it names a thing', () => {
    expect(
      measured(subjectMeasure, 'Retail sales reached 5 billion yuan.', '5 billion yuan', 'money'),
    ).toBe('Retail sales');
    expect(
      measured(subjectMeasure, 'It reached 5 billion yuan.', '5 billion yuan', 'money'),
    ).toBeNull();
  });
  it('leaves the place a measure is of, and an opening preposition, to the scope', () => {
    expect(
      measured(
        subjectMeasure,
        'From 2015 to 2019, the average per capita net income of Dazhai Village increased to 12,000 yuan.',
        '12,000 yuan',
        'money',
        { unit: 'yuan' },
      ),
    ).toBe('average per capita net income');
    expect(
      measured(
        subjectMeasure,
        'With an annual per capita net income over 8,000 yuan, the village is above the line.',
        'over 8,000 yuan',
        'money',
        { unit: 'yuan' },
      ),
    ).toBe('annual per capita net income');
  });
  it('falls back on the plain word of the kind', () => {
    expect(measured(plainMeasure, 'Up 8 percent.', '8 percent', 'percent')).toBe('share');
    expect(
      measured(plainMeasure, 'Some 9 billion yuan.', '9 billion yuan', 'money', {
        unit: 'billion yuan',
      }),
    ).toBe('amount');
    expect(
      measured(plainMeasure, 'Some 90 tonnes.', '90 tonnes', 'amount', { unit: 'tonnes' }),
    ).toBe('quantity');
  });
});
