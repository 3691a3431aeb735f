/**
 * The visits as rows for a spreadsheet: one row per sourced item (a quote, a reported
 * statement, a site figure or a matched national figure), with its visit's columns repeated,
 * so every row carries its own source.
 *
 * @module
 */
import { dateSpan } from './dates.js';
import type { Visits } from './load.js';
import { nationalContext } from './match.js';
import type { Statistic } from './schema.js';

/** Column names, in order. */
export const CSV_COLUMNS = [
  'visit_id',
  'site_en',
  'site_zh',
  'city_en',
  'province_en',
  'leader_en',
  'leader_zh',
  'longitude',
  'latitude',
  'location_precision',
  'location_source',
  'visit_date',
  'visit_date_precision',
  'visit_date_start',
  'visit_date_end',
  'visit_date_wording',
  'item',
  'speaker',
  'text',
  'figure',
  'measure',
  'value',
  'unit',
  'direction',
  'period',
  'area_en',
  'industries',
  'start',
  'end',
  'article_id',
  'article_title',
  'article_date',
  'article_file',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | null>;

const figure = (s: Statistic) => ({
  text: s.passage.text,
  figure: s.figure,
  measure: s.measure,
  area_en: s.area?.en ?? null,
  value: s.value,
  unit: s.unit,
  direction: s.direction,
  period: s.period,
  industries: s.industries.join('; '),
  start: s.passage.start,
  end: s.passage.end,
});

/**
 * Rows for every sourced item of every visit, in the order of `data.visits`. Each row's
 * `article_*` columns are those of the article its offsets count into: the quote's or figure's
 * own, which for a visit told by several reports may be another than the visit's.
 * `item` is `direct quote`, `reported statement`, `site figure`, `city figure`,
 * `province figure`, `national figure` (a figure of the visit's own) or `national context`; a
 * figure's row gives its wording (`figure`, "10,000 tons"), what it measures (`measure`) and the
 * county, city or province it covers (`area_en`, empty for a site or national figure). The
 * visit's date is given as recorded (`2025-01` for a month), with its precision and the first and
 * last day it covers; `speaker` is empty where the article names no speaker, `leader_en` and
 * `leader_zh` where it names no leader (or not in Chinese).
 */
export function visitsToRows(data: Visits): CsvRow[] {
  return data.visits.flatMap((visit) => {
    const p = visit.properties;
    const span = dateSpan(p.visit.date);
    const source = (id: string | undefined) => {
      const article = data.articles.find((a) => a.id === (id ?? p.article));
      return {
        article_id: article?.id ?? null,
        article_title: article?.title ?? null,
        article_date: article?.date ?? null,
        article_file: article?.file ?? null,
      };
    };
    const base = {
      visit_id: visit.id,
      site_en: p.name.en,
      site_zh: p.name.zh ?? null,
      city_en: p.place.city.en,
      province_en: p.place.province.en,
      leader_en: p.leader?.name.en ?? null,
      leader_zh: p.leader?.name.zh ?? null,
      longitude: visit.geometry.coordinates[0],
      latitude: visit.geometry.coordinates[1],
      location_precision: p.location.precision,
      location_source: `${p.location.source.name} (${p.location.source.licence})`,
      visit_date: p.visit.date,
      visit_date_precision: span.precision,
      visit_date_start: span.start,
      visit_date_end: span.end,
      visit_date_wording: p.visit.wording.text,
    };
    const none = {
      speaker: null,
      figure: null,
      measure: null,
      area_en: null,
      value: null,
      unit: null,
      direction: null,
      period: null,
      industries: null,
    };
    return [
      ...p.quotes.map((q) => ({
        ...base,
        ...none,
        ...source(q.article),
        item: q.kind === 'direct' ? 'direct quote' : 'reported statement',
        speaker: q.speaker,
        text: q.text,
        start: q.start,
        end: q.end,
      })),
      ...p.statistics.map((s) => ({
        ...base,
        ...none,
        ...source(s.article),
        item: `${s.scope} figure`,
        ...figure(s),
      })),
      ...nationalContext(visit, data.statistics).map(({ statistic }) => ({
        ...base,
        ...none,
        ...source(statistic.article),
        item: 'national context',
        ...figure(statistic),
      })),
    ];
  });
}
