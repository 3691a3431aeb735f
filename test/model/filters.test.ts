/**
 * Filtering by year, leader, province and industry on the `two-leaders` fixture (300 visits),
 * against a plain reading of the same records: each filter alone and combined lets through
 * the right visits, and each value's count is what choosing it next would show.
 */
import { describe, expect, it } from 'vitest';
import {
  FACETS,
  type Facet,
  facetKey,
  hiddenBy,
  indexVisits,
  indexVisitsInSlices,
  NOT_NAMED,
  type VisitFilters,
} from '../../src/model/filters.js';
import { parseVisits } from '../../src/model/load.js';
import { inDateOrder } from '../../src/model/order.js';
import type { VisitFeature } from '../../src/model/schema.js';
import { fixtureJson } from '../helpers.js';

const visits = inDateOrder(parseVisits(fixtureJson('two-leaders')).visits);
const index = indexVisits(visits);

/** A visit's values of each facet, read plainly from its record. */
function valuesOf(v: VisitFeature): Record<Facet, string[]> {
  const p = v.properties;
  return {
    year: [p.visit.date.slice(0, 4)],
    leader: [p.leader ? p.leader.name.en : '(none)'],
    province: [p.place.province.en],
    industry: [...p.industries],
  };
}
/** The same filters in the plain reading's terms: names as the records give them. */
type Plain = Partial<Record<Facet, string>>;
const passes = (v: VisitFeature, plain: Plain, except?: Facet) =>
  FACETS.every((f) => f === except || plain[f] === undefined || valuesOf(v)[f].includes(plain[f]));
const keysOf = (plain: Plain): VisitFilters =>
  Object.fromEntries(
    Object.entries(plain).map(([f, name]) => [f, name === '(none)' ? NOT_NAMED : facetKey(name)]),
  );

const COMBINATIONS: Plain[] = [
  {},
  { year: '2021' },
  { leader: 'Zhou Ping' },
  { leader: '(none)' },
  { province: 'Zhejiang' },
  { industry: 'manufacturing' },
  { leader: 'Lin Hai', province: 'Henan' },
  { year: '2024', leader: 'Lin Hai', industry: 'machinery' },
  { year: '2022', leader: 'Zhou Ping', province: 'Sichuan', industry: 'manufacturing' },
];

describe('filters', () => {
  it('has the fixture’s two leaders and the visits whose leader is not named', () => {
    expect(index.values('leader').map((l) => [l.key, l.name?.zh, l.count])).toEqual([
      ['lin-hai', '林海', visits.filter((v) => v.properties.leader?.name.en === 'Lin Hai').length],
      [
        'zhou-ping',
        '周平',
        visits.filter((v) => v.properties.leader?.name.en === 'Zhou Ping').length,
      ],
      [NOT_NAMED, undefined, visits.filter((v) => !v.properties.leader).length],
    ]);
    expect(index.values('year').map((y) => y.key)).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(index.values('province')).toHaveLength(
      new Set(visits.map((v) => v.properties.place.province.en)).size,
    );
    expect(index.values('industry').map((i) => i.key)).toContain('ports-and-logistics');
  });

  it.each(COMBINATIONS)('lets through the visits of %o, in date order', (plain) => {
    const { shown } = index.apply(keysOf(plain));
    const expected = visits.filter((v) => passes(v, plain));
    expect(shown.map((v) => v.id)).toEqual(expected.map((v) => v.id));
    expect(shown.length).toBeGreaterThan(0);
  });

  it.each(COMBINATIONS)('counts each value of %o under the other filters', (plain) => {
    const { facets, totals } = index.apply(keysOf(plain));
    for (const facet of FACETS) {
      expect([facet, totals[facet]]).toEqual([
        facet,
        visits.filter((v) => passes(v, plain, facet)).length,
      ]);
      for (const value of facets[facet]) {
        const name = value.key === NOT_NAMED ? '(none)' : (value.name?.en as string);
        const expected = visits.filter(
          (v) => passes(v, plain, facet) && valuesOf(v)[facet].includes(name),
        ).length;
        expect([facet, value.key, value.count]).toEqual([facet, value.key, expected]);
      }
    }
  });

  it('lets none through where no visit has every value, and counts what the others allow', () => {
    const plain = { year: '2019', leader: 'Zhou Ping', province: 'Sichuan', industry: 'steel' };
    expect(visits.filter((v) => passes(v, plain))).toEqual([]);
    const { shown, facets } = index.apply(keysOf(plain));
    expect(shown).toEqual([]);
    const steel = facets.industry.find((i) => i.key === 'steel');
    expect(steel?.count).toBe(0);
    const all = facets.year.reduce((n, y) => n + y.count, 0);
    expect(all).toBe(visits.filter((v) => passes(v, plain, 'year')).length);
  });

  it('takes a key in any spelling, and a key no visit has lets none through', () => {
    const byName = index.apply({ leader: 'Zhou Ping', province: 'ZHEJIANG' }).shown;
    expect(byName).toEqual(index.apply({ leader: 'zhou-ping', province: 'zhejiang' }).shown);
    expect(byName.length).toBeGreaterThan(0);
    expect(index.known('province', 'Zhejiang')).toBe('zhejiang');
    expect(index.known('province', 'Atlantis')).toBeNull();
    expect(index.apply({ province: 'atlantis' }).shown).toEqual([]);
  });

  it('says which filters hide a visit', () => {
    const visit = visits.find((v) => v.properties.leader?.name.en === 'Zhou Ping') as VisitFeature;
    const year = visit.properties.visit.date.slice(0, 4);
    const other = year === '2019' ? '2020' : '2019';
    expect(hiddenBy(visit, { year, leader: 'zhou-ping' })).toEqual([]);
    expect(hiddenBy(visit, { year: other, leader: 'lin-hai', province: null })).toEqual([
      'year',
      'leader',
    ]);
    expect(hiddenBy(visit, { industry: 'Atlantis' })).toEqual(['industry']);
  });

  it('keys a name without accents, case or punctuation', () => {
    expect(facetKey('Xi Jinping')).toBe('xi-jinping');
    expect(facetKey('Ürümqi')).toBe('urumqi');
    expect(facetKey('ports and logistics')).toBe('ports-and-logistics');
    expect(facetKey(' Inner Mongolia ')).toBe('inner-mongolia');
  });
});

describe('indexing in slices', () => {
  it('gives the same values and results as indexing at once', async () => {
    const sliced = await indexVisitsInSlices(visits);
    const filters = { leader: 'lin-hai', industry: 'manufacturing' };
    expect(sliced.apply(filters)).toEqual(index.apply(filters));
    expect(sliced.values('province')).toEqual(index.values('province'));
  });
});
