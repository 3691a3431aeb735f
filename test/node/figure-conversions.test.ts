import { describe, expect, it } from 'vitest';
import { figureConversions } from '../../src/components/format.js';

describe('figureConversions', () => {
  it('keeps a conversion in brackets, as worded', () => {
    expect(figureConversions('700 yuan (US$100)')).toBe('(US$100)');
    expect(figureConversions('2,300 yuan (about 354 U.S. dollars) a year')).toBe(
      '(about 354 U.S. dollars)',
    );
    expect(figureConversions('3,000 mu (200 hectares)')).toBe('(200 hectares)');
  });

  it('finds none in brackets without a unit or a currency, or without a number', () => {
    expect(figureConversions('5%')).toBeUndefined();
    expect(figureConversions('alert(1)')).toBeUndefined();
    expect(figureConversions('fromCharCode(88,83,83)')).toBeUndefined();
    expect(figureConversions('12 berths (deep-water)')).toBeUndefined();
  });
});
