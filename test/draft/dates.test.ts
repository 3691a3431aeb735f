import { describe, expect, it } from 'vitest';
import { isoWeek } from '../../src/draft/calendar.js';
import {
  CHRONO_CASUAL_PARSERS,
  CHRONO_PARSERS,
  makeChrono,
} from '../../src/draft/chrono-config.js';
import { findDates } from '../../src/draft/dates.js';
import { dateSpan as spanOf } from '../../src/model/dates.js';

// Thursday 22 May 2025, the seed article's dateline.
const PUBLISHED = '2025-05-22';

describe('findDates', () => {
  it.each([
    {
      text: 'in the Henan province this week.',
      wording: 'this week',
      date: '2025-W21',
      precision: 'week',
    },
    { text: 'It happened last week.', wording: 'last week', date: '2025-W20', precision: 'week' },
    {
      text: 'For example, in January 2025, while',
      wording: 'in January 2025',
      date: '2025-01',
      precision: 'month',
    },
    {
      text: 'reinforced in May of last year when',
      wording: 'in May of last year',
      date: '2024-05',
      precision: 'month',
    },
    {
      text: 'He went there in March 2019.',
      wording: 'in March 2019',
      date: '2019-03',
      precision: 'month',
    },
    {
      text: 'He was there two years ago.',
      wording: 'two years ago',
      date: '2023',
      precision: 'year',
    },
    { text: 'On Monday, Xi visited', wording: 'On Monday', date: '2025-05-19', precision: 'day' },
    { text: 'On Friday, Xi visited', wording: 'On Friday', date: '2025-05-16', precision: 'day' },
    { text: 'last Friday he came', wording: 'last Friday', date: '2025-05-16', precision: 'day' },
    {
      text: 'on Wednesday morning he went',
      wording: 'on Wednesday morning',
      date: '2025-05-21',
      precision: 'day',
      dayPart: 'morning',
    },
    { text: 'In 2024, investments rose.', wording: 'In 2024', date: '2024', precision: 'year' },
    {
      text: 'On April 13, Xi toured',
      wording: 'On April 13',
      date: '2025-04-13',
      precision: 'day',
    },
    { text: 'last month the plant', wording: 'last month', date: '2025-04', precision: 'month' },
  ])('"$text" → $date ($precision)', ({ text, wording, date, precision, dayPart }) => {
    const [found] = findDates(text, PUBLISHED);
    expect(found).toBeDefined();
    expect(found?.text).toBe(wording);
    expect(text.slice(found?.start, found?.end)).toBe(wording);
    expect(found?.date).toBe(date);
    expect(found?.precision).toBe(precision);
    expect(found?.dayPart).toBe(dayPart ?? null);
    expect(found?.resolution).toContain(`"${wording}"`);
  });

  it.each([
    'the 13th Five-Year Plan',
    '5G and AI have been applied',
    'High-end bearings now represent 70% of output',
    'it grew 8 percent',
    'No. 1 central document',
  ])('finds no date in "%s"', (text) => {
    expect(findDates(text, PUBLISHED)).toEqual([]);
  });

  it('says when the day is not given', () => {
    const [found] = findDates('in January 2025', PUBLISHED);
    expect(found?.resolution).toBe(
      'The publication date is Thursday 2025-05-22, so "in January 2025" is January 2025 (2025-01); the article gives no day.',
    );
  });
});

describe('ranges of days', () => {
  it.each([
    // Thursday 22 May 2025: each range ends on or before it.
    [
      'from Dec. 29 to 30, 2012',
      'from Dec. 29 to 30, 2012',
      '2012-W52',
      '2012-12-29',
      '2012-12-30',
    ],
    [
      'a tour from Monday to Wednesday',
      'from Monday to Wednesday',
      '2025-W21',
      '2025-05-19',
      '2025-05-21',
    ],
    [
      'it ran from Wednesday to Friday.',
      'from Wednesday to Friday',
      '2025-W20',
      '2025-05-14',
      '2025-05-16',
    ],
    [
      'visits on Saturday and Sunday',
      'on Saturday and Sunday',
      '2025-W20',
      '2025-05-17',
      '2025-05-18',
    ],
    [
      'on Tuesday and Wednesday',
      'on Tuesday and Wednesday',
      '2025-W21',
      '2025-05-20',
      '2025-05-21',
    ],
    [
      'toured from April 28 to May 2',
      'from April 28 to May 2',
      '2025-W18',
      '2025-04-28',
      '2025-05-02',
    ],
    // A weekend is its Saturday and Sunday, the last ones on or before Thursday 22 May.
    [
      'inspected the county at the weekend',
      'at the weekend',
      '2025-W20',
      '2025-05-17',
      '2025-05-18',
    ],
    ['toured Hunan over the weekend.', 'over the weekend', '2025-W20', '2025-05-17', '2025-05-18'],
    ['This weekend, the premier', 'This weekend', '2025-W20', '2025-05-17', '2025-05-18'],
    [
      'From April 27th to 29th, he toured',
      'From April 27th to 29th',
      '2025-04',
      '2025-04-27',
      '2025-04-29',
    ],
  ])('"%s" → %s (%s)', (text, wording, date, first, last) => {
    const found = findDates(text, PUBLISHED);
    expect(found).toHaveLength(1);
    const [range] = found;
    expect(text.slice(range?.start, range?.end)).toBe(wording);
    expect(range?.text).toBe(wording);
    expect(range?.date).toBe(date);
    expect(range?.precision).toBe(date.length === 8 ? 'week' : 'month');
    expect(range?.range).toEqual({ start: first, end: last });
    expect(range?.resolution).toContain(`${first} to`);
    expect(range?.resolution).toContain(last);
  });

  it('says the days and that no single day is given', () => {
    const [found] = findDates('from Monday to Wednesday', PUBLISHED);
    expect(found?.resolution).toBe(
      'The publication date is Thursday 2025-05-22, so "from Monday to Wednesday" is the days Monday 2025-05-19 to Wednesday 2025-05-21, within the ISO week 2025-W21 (2025-05-19 to 2025-05-25); the article gives no single day.',
    );
  });

  it('keeps two days apart when words stand between them', () => {
    const found = findDates('on Monday, and the port on Wednesday', PUBLISHED);
    expect(found.map((d) => [d.date, d.range])).toEqual([
      ['2025-05-19', null],
      ['2025-05-21', null],
    ]);
  });

  it.each([
    ['In the morning of May 16, Xi', 'In the morning of May 16', '2025-05-16', 'morning'],
    ['On the afternoon of April 24, Xi', 'On the afternoon of April 24', '2025-04-24', 'afternoon'],
  ])('reads a part of the day before its date: "%s"', (text, wording, date, part) => {
    const [found] = findDates(text, PUBLISHED);
    expect([found?.text, found?.date, found?.dayPart]).toEqual([wording, date, part]);
  });

  it('reads "every weekend" and "next weekend" as no date of a visit', () => {
    expect(findDates('He goes fishing every weekend, and next weekend too', PUBLISHED)).toEqual([]);
  });

  it('reads "sat" in "he sat down" as no date', () => {
    expect(findDates('where he sat down with the family', PUBLISHED)).toEqual([]);
  });

  it('reads the surname "Sun" as no date, and "on Sun." as a Sunday', () => {
    expect(
      findDates('Sun, also a vice premier, said so. Then Sun visited a farm.', PUBLISHED),
    ).toEqual([]);
    expect(findDates('He left on Sun. Then he rested.', PUBLISHED).map((d) => d.date)).toEqual([
      '2025-05-18',
    ]);
  });
});

describe('calendar', () => {
  it.each([
    ['2025-05-22', '2025-W21'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('ISO week of %s is %s', (day, week) => expect(isoWeek(day)).toBe(week));

  it.each([
    ['2025-W21', '2025-05-19', '2025-05-25', 'week'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2023', '2023-01-01', '2023-12-31', 'year'],
    ['2025-05-19', '2025-05-19', '2025-05-19', 'day'],
  ])('%s spans %s to %s', (date, start, end, precision) =>
    expect(spanOf(date)).toEqual({ start, end, precision }),
  );
});

describe('chrono configuration', () => {
  it('keeps the chrono parsers it names, at their places in the pinned chrono-node', async () => {
    const { casual } = await import('chrono-node/en');
    const all = casual.clone().parsers;
    expect(all).toHaveLength(CHRONO_CASUAL_PARSERS);
    for (const [i, name] of CHRONO_PARSERS) expect(all[i]?.constructor.name).toBe(name);
    expect(makeChrono().parsers).toHaveLength(CHRONO_PARSERS.length + 6);
  });

  it('keeps them when a minifying build has renamed their classes (as the editor page has)', async () => {
    const { casual } = await import('chrono-node/en');
    const classes = casual.parsers.map((p) => p.constructor);
    const names = classes.map((c) => Object.getOwnPropertyDescriptor(c, 'name'));
    try {
      for (const c of classes) Object.defineProperty(c, 'name', { value: 'e', configurable: true });
      const chrono = makeChrono();
      const text =
        'On Wednesday afternoon, Xi visited a village; on Thursday morning he toured a park.';
      const found = chrono.parse(text, { instant: new Date('2024-09-12T12:00:00Z'), timezone: 0 });
      expect(found.map((r) => r.text)).toEqual(['On Wednesday afternoon', 'on Thursday morning']);
    } finally {
      classes.forEach((c, i) => {
        const d = names[i];
        if (d) Object.defineProperty(c, 'name', d);
      });
    }
  });

  it.each([
    ['three months ago', '2025-02', 'month'],
    ['a week ago', '2025-W20', 'week'],
    ['10 days ago', '2025-05-12', 'day'],
    ['Ten years have passed since', '2015', 'year'],
  ])('"%s" → %s', (text, date, precision) => {
    const [found] = findDates(text, PUBLISHED);
    expect([found?.date, found?.precision]).toEqual([date, precision]);
  });
});

describe('a short weekday form that is a name', () => {
  it('reads "called on Sun Guanfa" as no date, "on Sun." and "on Monday" as days', () => {
    expect(findDates('Xi called on Sun Guanfa, a villager.', '2019-05-23')).toEqual([]);
    expect(
      findDates('He left on Sun. Later he flew home.', '2019-05-23').map((d) => d.date),
    ).toEqual(['2019-05-19']);
    expect(findDates('On Monday Xi went on.', '2019-05-23').map((d) => d.date)).toEqual([
      '2019-05-20',
    ]);
  });
});

describe('a day counted from the day before it', () => {
  it('reads "the following day" and "the next morning" from the last day named', () => {
    const found = findDates(
      'Xi flew in on Wednesday and the following day took the train.\nThe next morning he left.',
      '2021-07-23',
    );
    expect(found.map((d) => [d.text, d.date, d.dayPart])).toEqual([
      ['on Wednesday', '2021-07-21', null],
      ['the following day', '2021-07-22', null],
      ['The next morning', '2021-07-23', 'morning'],
    ]);
    expect(found[1]?.resolution).toContain('"the following day" is the day after it');
  });

  it('finds nothing when no day is named before it', () => {
    expect(findDates('The next day he left.', '2021-07-23')).toEqual([]);
  });
});

describe('spans and days told in other words', () => {
  const one = (text: string, published: string) => {
    const [d] = findDates(text, published);
    return d && { text: d.text, date: d.date, range: d.range, dayPart: d.dayPart };
  };

  it('reads "between Aug. 22 and 24" and "between June 30 and July 2, 2015" as ranges', () => {
    expect(one('Between Aug. 22 and 24, Xi went to Qinghai.', '2016-08-31')).toEqual({
      text: 'Between Aug. 22 and 24',
      date: '2016-W34',
      range: { start: '2016-08-22', end: '2016-08-24' },
      dayPart: null,
    });
    expect(
      one('He toured between June 30 and July 2, 2015, in Jilin.', '2016-08-31')?.range,
    ).toEqual({ start: '2015-06-30', end: '2015-07-02' });
    expect(findDates('between 3 and 5 people', '2016-08-31')).toEqual([]);
  });

  it('reads "in the first two days of 2007" and "on the first two days of the year" as ranges', () => {
    expect(one('He visited farmers in the first two days of 2007.', '2007-01-03')?.range).toEqual({
      start: '2007-01-01',
      end: '2007-01-02',
    });
    expect(one('his visit on the first two days of the year.', '2010-01-03')).toMatchObject({
      date: '2009-W53',
      range: { start: '2010-01-01', end: '2010-01-02' },
    });
  });

  it('reads "in late 2012", "in mid-2014" and "at the end of 2012" as years', () => {
    expect(one('a tour in late 2012 changed everything', '2016-08-13')?.date).toBe('2012');
    expect(one('built in mid-2014', '2016-08-13')?.date).toBe('2014');
    expect(one('finished at the end of 2012', '2016-08-13')?.text).toBe('at the end of 2012');
  });

  it('reads "On the afternoon of the 16th" in the month named before it, else by the dateline', () => {
    const found = findDates(
      'From June 15 to 17, Xi toured Guizhou. On the afternoon of the 16th, Xi went to a village.',
      '2016-06-19',
    );
    expect(found.map((d) => [d.text, d.date, d.dayPart])).toEqual([
      ['From June 15 to 17', '2016-W24', null],
      ['On the afternoon of the 16th', '2016-06-16', 'afternoon'],
    ]);
    expect(one('On the morning of the 31st, Xi went to a village.', '2016-06-10')?.date).toBe(
      '2016-05-31',
    );
  });
});
