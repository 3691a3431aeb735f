/**
 * Visit dates as precise as the source: the four forms, their spans, and every use of them
 * (order, the year filter, counts by year, the CSV) on visits built for the purpose.
 */
import { describe, expect, it } from 'vitest';
import { visitsToRows } from '../../src/model/csv.js';
import { dateKey, dateSpan, isoWeeksIn, startYear, tryDateSpan } from '../../src/model/dates.js';
import { indexVisits } from '../../src/model/filters.js';
import { parseVisits } from '../../src/model/load.js';
import { inDateOrder } from '../../src/model/order.js';
import { ARTICLE, collection, makeStatistic, makeVisit } from './make-visits.js';

describe('dateSpan', () => {
  it.each([
    ['2025-05-19', { start: '2025-05-19', end: '2025-05-19', precision: 'day' }],
    ['2025-W21', { start: '2025-05-19', end: '2025-05-25', precision: 'week' }],
    ['2025-W01', { start: '2024-12-30', end: '2025-01-05', precision: 'week' }],
    ['2020-W53', { start: '2020-12-28', end: '2021-01-03', precision: 'week' }],
    ['2025-01', { start: '2025-01-01', end: '2025-01-31', precision: 'month' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29', precision: 'month' }],
    ['2025', { start: '2025-01-01', end: '2025-12-31', precision: 'year' }],
  ])('%s covers %o', (date, span) => {
    expect(dateSpan(date)).toEqual(span);
  });

  it.each(['2025-02-30', '2025-13', '2025-00', '2025-W00', '2025-W53', '25', '2025-5-19', ''])(
    'refuses %j',
    (date) => {
      expect(tryDateSpan(date)).toBeUndefined();
      expect(() => dateSpan(date)).toThrow(RangeError);
      // A visit is drawn before it is checked: keying it must not throw.
      expect(Number.isFinite(dateKey(date))).toBe(true);
    },
  );

  it('counts ISO weeks: 53 in 2020 and 2026, 52 in 2024 and 2025', () => {
    expect([2020, 2024, 2025, 2026].map(isoWeeksIn)).toEqual([53, 52, 52, 53]);
  });

  it('keys dates by first day, then last', () => {
    const keys = ['2025-01-01', '2025-W01', '2025-01', '2025'].map(dateKey);
    expect(keys).toEqual([20250101 * 4, 20241230 * 4 + 1, 20250101 * 4 + 2, 20250101 * 4 + 3]);
  });
});

const dates = ['2025', '2025-01', '2025-01-01', '2025-W01', '2024-12', '2024-05-22'];
const visits = dates.map((date, i) => makeVisit(`v${i}`, date));

describe('visits of every precision', () => {
  it('sort by the first day they cover, then by the last', () => {
    expect(inDateOrder(visits).map((v) => v.properties.visit.date)).toEqual([
      '2024-05-22',
      '2024-12',
      '2025-W01',
      '2025-01-01',
      '2025-01',
      '2025',
    ]);
  });

  it('belong to the year they start in', () => {
    expect(visits.map((v) => startYear(v.properties.visit.date))).toEqual([
      '2025',
      '2025',
      '2025',
      '2024',
      '2024',
      '2024',
    ]);
    const index = indexVisits(visits);
    expect(index.apply({ year: '2024' }).shown.map((v) => v.properties.visit.date)).toEqual([
      '2025-W01',
      '2024-12',
      '2024-05-22',
    ]);
    expect(index.apply({}).facets.year.map(({ key, count }) => ({ key, count }))).toEqual([
      { key: '2024', count: 3 },
      { key: '2025', count: 3 },
    ]);
  });

  it('export their date as recorded, with its precision and the days it covers', () => {
    const month = makeVisit('month', '2025-01', (p) => {
      p.quotes.push({
        id: 'q1',
        kind: 'reported',
        speaker: null,
        lang: 'en',
        start: 0,
        end: 4,
        text: 'said',
      });
    });
    const rows = visitsToRows({ articles: [ARTICLE], statistics: [], quotes: [], visits: [month] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      visit_date: '2025-01',
      visit_date_precision: 'month',
      visit_date_start: '2025-01-01',
      visit_date_end: '2025-01-31',
      item: 'reported statement',
      speaker: null,
    });
  });
});

describe('the format of visit dates', () => {
  const problemsOf = (...features: unknown[]) =>
    parseVisits(collection(features)).problems.map((p) => p.message);

  it('accepts each form with or without its precision', () => {
    const r = parseVisits(
      collection([
        ...visits,
        makeVisit('given', '2025-W21', (p) => {
          p.visit.precision = 'week';
        }),
      ]),
    );
    expect(r.problems).toEqual([]);
    expect(r.visits).toHaveLength(7);
  });

  it('names a date that is no form of the format, or not in the calendar', () => {
    expect(problemsOf(makeVisit('a', '2025/01'), makeVisit('b', '2025-W53'))).toEqual([
      'a: properties.visit.date: expected an ISO 8601 date: YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY, got "2025/01"',
      'b: properties.visit.date: expected a date that exists in the calendar, got "2025-W53"',
    ]);
  });

  it('wants the precision to agree with the form of the date', () => {
    const v = makeVisit('a', '2025-01', (p) => {
      p.visit.precision = 'day';
    });
    expect(problemsOf(v)).toEqual([
      'a: properties.visit.precision: expected the precision of the date\'s form (month), got "day"',
    ]);
  });

  it('never takes a date more precise than the article without a corroborating report', () => {
    const uncorroborated = (date: string) =>
      makeVisit(`d-${date.toLowerCase()}`, date, (p) => {
        p.visit.articlePrecision = 'month';
        p.visit.corroboration = [];
      });
    expect(
      problemsOf(...['2025-01-23', '2025-W04', '2025-01', '2025'].map(uncorroborated)),
    ).toEqual([
      'd-2025-01-23: properties.visit.corroboration: expected a corroborating report for a date more precise than the article gives, got an empty array',
      'd-2025-w04: properties.visit.corroboration: expected a corroborating report for a date more precise than the article gives, got an empty array',
    ]);
  });
});

describe('visitsToRows, a figure', () => {
  it('gives the figure’s wording, what it measures and the area it covers', () => {
    const visit = makeVisit('v1', '2025-01-10', (p) => {
      p.statistics = [
        { ...makeStatistic('s1', 'city'), area: { en: 'Luoyang', zh: '洛阳' } },
        makeStatistic('s2', 'site'),
      ];
    });
    const rows = visitsToRows({ articles: [ARTICLE], statistics: [], quotes: [], visits: [visit] });
    expect(rows.map((r) => [r.item, r.figure, r.measure, r.area_en, r.value, r.unit])).toEqual([
      ['city figure', '5%', 'output growth', 'Luoyang', 5, '%'],
      ['site figure', '5%', 'output growth', null, 5, '%'],
    ]);
  });
});
