import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import { type BaseMapTopology, baseMapFeatures } from '../../src/map/basemap-data.js';
import { parseVisits } from '../../src/model/load.js';
import { nationalContext } from '../../src/model/match.js';
import { checkPassages, passagesOf } from '../../src/model/passages.js';
import { BASEMAP_FILE } from '../../src/model/paths.js';
import { ARTICLE_ID, geoNamesCities, ROOT, readJson, SHARED, shippedJson } from '../helpers.js';

// Every record is checked whatever their number; the first article's own facts are checked
// on its records only, so adding a valid article and its visits never breaks these tests.
const data = parseVisits(shippedJson());
const texts = new Map(
  data.articles.map((a) => [a.id, readFileSync(resolve(ROOT, a.file), 'utf8')] as const),
);
const textOf = (article: string) => texts.get(article) ?? '';
/** Quotation marks of the languages reports come in: straight, curly, guillemets, corner. */
const OPENING_MARKS = ['"', "'", '“', '‘', '„', '«', '‹', '「', '『'];
const CLOSING_MARKS = ['"', "'", '”', '’', '“', '»', '›', '」', '』'];
const first = {
  visits: data.visits.filter((v) => v.properties.article === ARTICLE_ID),
  statistics: data.statistics.filter((s) => s.article === ARTICLE_ID),
};
const byId = (id: string) => {
  const visit = data.visits.find((v) => v.id === id);
  if (!visit) throw new Error(`no visit ${id}`);
  return visit;
};

/** The design's table of facts: site, province, visit day and weekday. */
const FACTS = [
  {
    id: 'luoyang-bearing-2025-05-19',
    zh: '洛阳轴承集团股份有限公司',
    city: '洛阳市',
    province: '河南省',
    date: '2025-05-19',
    weekday: 'Monday',
  },
  {
    id: 'bensteel-cold-rolling-mill-2025-01-23',
    zh: '本钢集团',
    city: '本溪市',
    province: '辽宁省',
    date: '2025-01-23',
    weekday: 'Thursday',
  },
  {
    id: 'rizhao-port-2024-05-22',
    zh: '日照港',
    city: '日照市',
    province: '山东省',
    date: '2024-05-22',
    weekday: 'Wednesday',
  },
];

describe('data/visits.geojson', () => {
  it('loads with no problems; the first article has its three visits and three national figures', () => {
    expect(data.problems).toEqual([]);
    expect(data.articles.map((a) => a.id)).toContain(ARTICLE_ID);
    expect(first.visits.map((v) => v.id).sort()).toEqual(FACTS.map((f) => f.id).sort());
    expect(first.statistics.map((s) => s.id)).toEqual([
      'traditional-industries-share-of-manufacturing',
      'manufacturing-upgrade-investment-growth-2024',
      'energy-use-per-value-added-2024',
    ]);
  });

  it('gives every record an id of its own', () => {
    const ids = [
      ...data.articles.map((a) => a.id),
      ...data.statistics.map((s) => s.id),
      ...data.visits.flatMap((v) => [
        v.id,
        ...v.properties.quotes.map((q) => q.id),
        ...v.properties.statistics.map((s) => s.id),
      ]),
    ];
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const articles = new Set(data.articles.map((a) => a.id));
    const orphans = [
      ...data.statistics.map((s) => s.article),
      ...data.visits.flatMap((v) => [
        v.properties.article,
        ...v.properties.statistics.map((s) => s.article),
      ]),
    ].filter((a) => !articles.has(a));
    expect(orphans).toEqual([]);
  });

  it('records every passage at offsets that hold exactly its text', () => {
    const refs = passagesOf(data);
    expect(refs.length).toBeGreaterThanOrEqual(2 * data.articles.length + 2 * data.visits.length);
    expect(checkPassages(data, texts)).toEqual([]);
    for (const { article, passage } of refs) {
      expect(textOf(article).slice(passage.start, passage.end)).toBe(passage.text);
    }
  });

  it('catches a passage whose offsets are off by one', () => {
    const shifted = structuredClone(data);
    const quote = shifted.visits[0]?.properties.quotes[0];
    if (!quote) throw new Error('no quote');
    quote.start += 1;
    quote.end += 1;
    const problems = checkPassages(shifted, texts);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('properties.quotes.0');
  });

  it('keeps direct quotes inside quotation marks and reported speech outside them', () => {
    const firstQuotes = first.visits.flatMap((v) => v.properties.quotes);
    expect(firstQuotes.filter((q) => q.kind === 'direct').map((q) => q.id)).toEqual([
      'luoyang-real-economy',
      'luoyang-innovation',
      'rizhao-freight-flow',
    ]);
    for (const visit of data.visits) {
      const text = textOf(visit.properties.article);
      for (const q of visit.properties.quotes) {
        // Quotation marks of any kind; a comma may close the quote inside its marks.
        const opened = OPENING_MARKS.includes(text[q.start - 1] ?? '');
        const closed = [...text.slice(q.end, q.end + 2)].some((c) => CLOSING_MARKS.includes(c));
        expect({ id: q.id, quoted: opened && closed }).toEqual({
          id: q.id,
          quoted: q.kind === 'direct',
        });
      }
    }
  });

  it('dates each visit as the design table does, on the right weekday', () => {
    for (const fact of FACTS) {
      const p = byId(fact.id).properties;
      expect(p.visit.date).toBe(fact.date);
      const weekday = new Date(`${fact.date}T00:00:00Z`).toLocaleDateString('en-GB', {
        weekday: 'long',
        timeZone: 'UTC',
      });
      expect(weekday).toBe(fact.weekday);
      expect([p.name.zh, p.place.city.zh, p.place.province.zh]).toEqual([
        fact.zh,
        fact.city,
        fact.province,
      ]);
    }
    expect(byId('luoyang-bearing-2025-05-19').properties.visit.wording.text).toBe('this week');
    expect(byId('bensteel-cold-rolling-mill-2025-01-23').properties.visit.wording.text).toBe(
      'in January 2025',
    );
    expect(byId('rizhao-port-2024-05-22').properties.visit.wording.text).toBe(
      'in May of last year',
    );
  });

  it.runIf(existsSync(resolve(SHARED, 'DESIGN.md')))(
    'agrees with the dates in the design table',
    () => {
      const design = readFileSync(resolve(SHARED, 'DESIGN.md'), 'utf8');
      const rows = design.split('\n').filter((l) => /^\| (Luoyang|Bensteel|Rizhao)/.test(l));
      const dates = rows.map((r) => r.split('|')[3]?.trim().slice(0, 10));
      expect(dates).toEqual(FACTS.map((f) => f.date));
    },
  );

  // Reads and parses GeoNames' cities (several MB): seconds on a loaded machine.
  it('places each city-level visit at its GeoNames city, chosen by province', {
    timeout: 30_000,
  }, () => {
    const cities = geoNamesCities<{ name: string; lat: string; lng: string; admin1: string }>();
    for (const visit of data.visits) {
      const { entry } = visit.properties.location.source;
      const matches = cities.filter(
        (c) => c.name === entry.name && c.admin1 === visit.properties.place.province.geonamesAdmin1,
      );
      if (visit.properties.location.precision !== 'city') continue;
      // One of the province's places of that name (a province can have two: Wuhu in Anhui),
      // the one the visit records, at that entry's own coordinates.
      const chosen = matches.filter((c) => c.lat === entry.lat && c.lng === entry.lng);
      expect({ id: visit.id, found: chosen.length }).toEqual({ id: visit.id, found: 1 });
      expect(visit.geometry.coordinates).toEqual([Number(chosen[0]?.lng), Number(chosen[0]?.lat)]);
    }
    for (const visit of first.visits) expect(visit.properties.location.precision).toBe('city');
    // Four places are named Luoyang: the province decides.
    expect(cities.filter((c) => c.name === 'Luoyang')).toHaveLength(4);
  });

  it('has every point inside its stated province of the base map', () => {
    const { provinces } = baseMapFeatures(readJson(BASEMAP_FILE) as BaseMapTopology);
    for (const visit of data.visits) {
      const id = visit.properties.place.province.basemapId;
      const province = provinces.features.find((f) => f.properties.id === id);
      expect(province?.properties.name).toBe(visit.properties.place.province.en);
      expect(booleanPointInPolygon(visit.geometry.coordinates, province as never)).toBe(true);
      const others = provinces.features.filter(
        (f) =>
          f.properties.id !== id && booleanPointInPolygon(visit.geometry.coordinates, f as never),
      );
      expect(others).toEqual([]);
    }
  });

  it('matches national figures by industry and gives the port none', () => {
    const ids = (id: string) =>
      nationalContext(byId(id), first.statistics).map((m) => [m.statistic.id, m.matchedOn]);
    expect(ids('luoyang-bearing-2025-05-19')).toEqual([
      ['traditional-industries-share-of-manufacturing', ['machinery']],
      ['manufacturing-upgrade-investment-growth-2024', ['manufacturing']],
    ]);
    expect(ids('bensteel-cold-rolling-mill-2025-01-23')).toEqual([
      ['traditional-industries-share-of-manufacturing', ['steel']],
      ['manufacturing-upgrade-investment-growth-2024', ['manufacturing']],
      ['energy-use-per-value-added-2024', ['steel']],
    ]);
    expect(ids('rizhao-port-2024-05-22')).toEqual([]);
  });

  it('records the figures as the article words them, a direction as a direction', () => {
    const figures = [...first.statistics, ...first.visits.flatMap((v) => v.properties.statistics)];
    expect(figures.map((s) => [s.id, s.scope, s.value, s.unit, s.direction, s.period])).toEqual([
      ['traditional-industries-share-of-manufacturing', 'national', 80, '%', null, '2025'],
      ['manufacturing-upgrade-investment-growth-2024', 'national', 8, '%', 'up', '2024'],
      ['energy-use-per-value-added-2024', 'national', null, null, 'down', '2024'],
      ['luoyang-high-end-bearings-share', 'site', 70, '%', null, '2025'],
    ]);
    const all = [...data.statistics, ...data.visits.flatMap((v) => v.properties.statistics)];
    for (const s of all) expect(s.passage.text).toContain(s.figure);
    expect(byId('luoyang-bearing-2025-05-19').properties.statistics[0]?.figure).toBe('70%');
  });
});
