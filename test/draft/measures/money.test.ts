import { describe, expect, it } from 'vitest';
import {
  amountOfMeasure,
  amountVerbMeasure,
  fundsMeasure,
  incomeBroughtMeasure,
  moneyNounMeasure,
  priceMeasure,
  thresholdMeasure,
} from '../../../src/draft/measures/money.js';
import { measured } from './helpers.js';

describe('money pass', () => {
  it('names money by the noun after it', () => {
    expect(
      measured(
        moneyNounMeasure,
        'The fair brought 12 million yuan in revenue.',
        '12 million yuan',
        'money',
        { unit: 'million yuan' },
      ),
    ).toBe('revenue');
    expect(
      measured(moneyNounMeasure, 'He sold two horses for 18,000 yuan.', '18,000 yuan', 'money', {
        unit: 'yuan',
      }),
    ).toBe('sales of two horses');
  });
  it('names a price by what it buys', () => {
    expect(
      measured(
        priceMeasure,
        '"It cost us 25 yuan ($3.50) for the chicken," she said.',
        '25 yuan ($3.50)',
        'money',
        { unit: 'yuan' },
      ),
    ).toBe('price of the chicken');
    expect(
      measured(priceMeasure, 'A night at the guesthouse costs 160 yuan.', '160 yuan', 'money', {
        unit: 'yuan',
      }),
    ).toBe('price of a night at the guesthouse');
    expect(
      measured(
        priceMeasure,
        'Li said one kg of tea can be sold at 86 yuan this spring.',
        '86 yuan',
        'money',
        { unit: 'yuan' },
      ),
    ).toBe('price of one kg of tea');
    expect(
      measured(priceMeasure, 'They sold pears for 160 yuan.', '160 yuan', 'money', {
        unit: 'yuan',
      }),
    ).toBeNull();
  });
  it('names money brought to those who own what brought it', () => {
    expect(
      measured(
        incomeBroughtMeasure,
        'Its new greenhouses, which brought each family about 30,000 yuan.',
        'about 30,000 yuan',
        'money',
        { unit: 'yuan' },
      ),
    ).toBe('family income from new greenhouses');
  });
  it('reads a line people live under', () => {
    expect(
      measured(thresholdMeasure, 'Many live on less than 5 yuan a day.', '5 yuan a day', 'money', {
        unit: 'yuan',
      }),
    ).toBe('daily income threshold');
  });
  it('names an amount by its verb and by what it is of', () => {
    expect(
      measured(
        amountVerbMeasure,
        'The port handled 410 million tonnes of cargo.',
        '410 million tonnes',
        'amount',
        { unit: 'million tonnes' },
      ),
    ).toBe('cargo throughput');
    expect(
      measured(
        amountVerbMeasure,
        'The port handled 96 million tonnes of cargo last year.',
        '96 million tonnes',
        'amount',
        { unit: 'million tonnes' },
      ),
    ).toBe('cargo throughput');
    expect(
      measured(
        amountOfMeasure,
        'The county stores 90,000 tonnes of rice.',
        '90,000 tonnes',
        'amount',
        { unit: 'tonnes' },
      ),
    ).toBe('rice');
  });
  it('names money a clause opens by what was done with it', () => {
    expect(
      measured(
        fundsMeasure,
        'About 50 million yuan was allocated for school meals.',
        'About 50 million yuan',
        'money',
        { unit: 'million yuan' },
      ),
    ).toBe('funds allocated for school meals');
  });
});
