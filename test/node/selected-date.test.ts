import { describe, expect, it } from 'vitest';
import { dateOfWords } from '../../src/editor/selected-date.js';

const PUBLISHED = '2013-01-02'; // a Wednesday

const read = (words: string) => {
  const d = dateOfWords(words, PUBLISHED);
  if (!d) return null;
  return 'apart' in d ? ['apart', d.first, d.last] : [d.date, d.precision, d.first, d.last];
};

describe('the date selected words give', () => {
  it('is one day for one day', () => {
    expect(read('on Dec. 29')).toEqual(['2012-12-29', 'day', '2012-12-29', '2012-12-29']);
    expect(read('on Monday')).toEqual(['2012-12-31', 'day', '2012-12-31', '2012-12-31']);
  });

  it('is the ISO week, month or year that holds a range, as the format allows', () => {
    const week = ['2012-W52', 'week', '2012-12-29', '2012-12-30'];
    expect(read('from Dec. 29 to 30, 2012')).toEqual(week);
    expect(read('Dec. 29-30')).toEqual(week);
    expect(read('on Dec. 29 and 30')).toEqual(week);
    expect(read('from Saturday to Sunday')).toEqual(week);
    // Monday 10 to Thursday 20 December: two weeks, one month.
    expect(read('from Dec. 10 to 20, 2012')).toEqual([
      '2012-12',
      'month',
      '2012-12-10',
      '2012-12-20',
    ]);
    expect(read('from Nov. 28 to Dec. 3, 2012')).toEqual([
      '2012',
      'year',
      '2012-11-28',
      '2012-12-03',
    ]);
  });

  it('says when no date of the format holds the days', () => {
    expect(read('from Dec. 29, 2012 to Jan. 1, 2013')).toEqual([
      'apart',
      '2012-12-29',
      '2013-01-01',
    ]);
  });

  it('gives nothing for words without a day, and reads a number after "and" only as a day', () => {
    expect(read('talking with workers')).toBeNull();
    expect(read('on Dec. 29 and 30 percent more')).toEqual([
      '2012-12-29',
      'day',
      '2012-12-29',
      '2012-12-29',
    ]);
  });

  it('words the resolution with the days it holds', () => {
    const d = dateOfWords('Dec. 29-30', PUBLISHED);
    expect(d && !('apart' in d) && d.resolution).toBe(
      'The publication date is Wednesday 2013-01-02, so "Dec. 29-30" is the ISO week 2012-W52 (2012-12-24 to 2012-12-30), which holds Saturday 2012-12-29 to Sunday 2012-12-30; the article gives no single day.',
    );
  });
});
