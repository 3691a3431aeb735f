/**
 * The format's newer records: figures of every scope, quotes outside visits, unnamed
 * speakers, review notes, article links and passages given apart from the text.
 */
import { describe, expect, it } from 'vitest';
import { parseVisits } from '../../src/model/load.js';
import { areaOf } from '../../src/model/match.js';
import { ARTICLE, collection, makeStatistic, makeVisit } from './make-visits.js';

const quote = {
  id: 'q1',
  kind: 'direct' as const,
  speaker: null,
  lang: 'en',
  start: 0,
  end: 4,
  text: 'said',
};

describe('the visits format', () => {
  it('takes figures of a site, a city, a province and the country', () => {
    const visit = makeVisit('v1', '2025-05-19', (p) => {
      p.statistics = (['site', 'city', 'province', 'national'] as const).map((scope) =>
        makeStatistic(`in-${scope}`, scope),
      );
    });
    const r = parseVisits(collection([visit]));
    expect(r.problems).toEqual([]);
    expect(r.visits[0]?.properties.statistics.map((s) => areaOf(s, visit)?.en)).toEqual([
      undefined,
      'Luoyang',
      'Henan',
      undefined,
    ]);
  });

  it('wants a city or province figure outside a visit to name its area', () => {
    const named = { ...makeStatistic('named', 'province'), area: { en: 'Liaoning', zh: '辽宁省' } };
    const r = parseVisits(
      collection([], {
        statistics: [named, makeStatistic('unnamed', 'city'), makeStatistic('all', 'national')],
      }),
    );
    expect(r.statistics.map((s) => s.id)).toEqual(['named', 'all']);
    expect(areaOf(named)?.zh).toBe('辽宁省');
    expect(r.problems.map((p) => p.message)).toEqual([
      'unnamed: area: expected the county, city or province the figure covers, got nothing',
    ]);
  });

  it('takes a figure whose article states no period, its words null too, and not one alone', () => {
    const none = { ...makeStatistic('none', 'national'), period: null, periodWording: null };
    const half = { ...makeStatistic('half', 'national'), period: null };
    const r = parseVisits(collection([], { statistics: [none, half] }));
    expect(r.statistics.map((s) => [s.id, s.period, s.periodWording])).toEqual([
      ['none', null, null],
    ]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'half: periodWording: expected the article\'s words for the period, or null for both when it states none, got "last year"',
    ]);
  });

  it('keeps quotes outside visits when they name a known article', () => {
    const r = parseVisits(
      collection([], {
        quotes: [
          { ...quote, article: ARTICLE.id },
          { ...quote, id: 'q2' },
          { ...quote, id: 'q3', article: 'elsewhere' },
        ],
      }),
    );
    expect(r.quotes.map((q) => q.id)).toEqual(['q1']);
    expect(r.counts.quotes).toBe(3);
    expect(r.problems.map((p) => p.message)).toEqual([
      'q2: article: expected the id of the article the quote comes from, got nothing',
      'q3: article: expected the id of a valid article in "articles", got "elsewhere", which is not in "articles"',
    ]);
  });

  it('takes review notes, unnamed speakers, province-level points, links and a $schema', () => {
    const visit = makeVisit('v1', '2025-01', (p) => {
      p.review = ['date only to the month'];
      p.location.precision = 'province';
      p.quotes = [{ ...quote, review: ['speaker not named'] }];
      p.statistics = [{ ...makeStatistic('s1', 'site'), review: ['two places named Luoyang'] }];
    });
    const article = { ...ARTICLE, url: 'https://example.com/report' };
    const r = parseVisits({
      ...collection([visit]),
      $schema: './visits.schema.json',
      articles: [article],
    });
    expect(r.problems).toEqual([]);
    expect(r.visits).toHaveLength(1);
  });

  it('refuses an empty review note and a link that is not http(s)', () => {
    const visit = makeVisit('v1', '2025', (p) => {
      p.review = [''];
    });
    const article = { ...ARTICLE, url: 'javascript:alert(1)' };
    const r = parseVisits({ ...collection([visit]), articles: [article] });
    expect(r.problems.map((p) => p.message)).toEqual([
      'a1: url: expected an http: or https: URL, got "javascript:alert(1)"',
      'v1: properties.review.0: expected a non-empty string, got ""',
    ]);
  });
});
