import { describe, expect, it } from 'vitest';
import places from '../../bench/data/places.json';
import { type Place, syntheticVisits } from '../../bench/data/synthetic.mjs';
import { parseVisits } from '../../src/model/load.js';
import { inDateOrder } from '../../src/model/order.js';
import { summarise } from '../../src/model/summary.js';
import { filterByYear, mergeProvinces, yearGroups, yearGroupsOf } from '../../src/model/time.js';
import { fixtureJson } from '../helpers.js';

describe('visits by year', () => {
  it('counts the three visits of the article by year and province', () => {
    const visits = inDateOrder(parseVisits(fixtureJson()).visits);
    const groups = yearGroups(visits);
    expect(groups.map((g) => [g.year, g.count])).toEqual([
      ['2024', 1],
      ['2025', 2],
    ]);
    expect(groups[0]?.provinces.map((p) => [p.province.en, p.count])).toEqual([['Shandong', 1]]);
    expect(groups[1]?.provinces.map((p) => [p.province.en, p.count])).toEqual([
      ['Henan', 1],
      ['Liaoning', 1],
    ]);
    expect(mergeProvinces(groups).map((p) => p.province.en)).toEqual([
      'Henan',
      'Liaoning',
      'Shandong',
    ]);
    expect(filterByYear(visits, '2025').map((v) => v.id)).toEqual([
      'bensteel-cold-rolling-mill-2025-01-23',
      'luoyang-bearing-2025-05-19',
    ]);
  });

  it('gives the same groups from a summary as from the visits, for 5,000 synthetic visits', () => {
    const data = syntheticVisits({
      count: 5000,
      seed: 3,
      base: fixtureJson(),
      places: places.places as Place[],
    });
    const visits = inDateOrder(parseVisits(data).visits);
    expect(visits).toHaveLength(5000);
    // Compared by province id, name and count (records of one province may differ elsewhere).
    const plain = (groups: ReturnType<typeof yearGroups>) =>
      groups.map((g) => ({
        year: g.year,
        count: g.count,
        provinces: g.provinces.map((p) => [p.province.basemapId, p.province.en, p.count]),
      }));
    const fromSummary = yearGroupsOf(summarise(visits));
    const fromVisits = yearGroups(visits);
    expect(fromSummary.length).toBeGreaterThan(3);
    expect(plain(fromSummary)).toEqual(plain(fromVisits));
    expect(fromSummary.reduce((n, g) => n + g.count, 0)).toBe(5000);
  });
});
