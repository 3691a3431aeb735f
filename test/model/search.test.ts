/**
 * Finding a visit: by site, organisation, city, province or leader, in English or Chinese,
 * whatever the case, the accents and the company forms; among the visits the filters let
 * through.
 */
import { describe, expect, it } from 'vitest';
import { indexVisits } from '../../src/model/filters.js';
import { parseVisits } from '../../src/model/load.js';
import { inDateOrder } from '../../src/model/order.js';
import type { VisitFeature } from '../../src/model/schema.js';
import { searchText, VisitSearch } from '../../src/model/search.js';
import { fixtureJson } from '../helpers.js';

const first = parseVisits(fixtureJson('one-article')).visits;
const many = inDateOrder(parseVisits(fixtureJson('two-leaders')).visits);
const ids = (hits: { visit: VisitFeature }[]) => hits.map((h) => h.visit.id);

describe('search', () => {
  const visitSearch = new VisitSearch(first);
  const search = visitSearch.find.bind(visitSearch);

  it.each([
    ['Luoyang Bearing Group Co., Ltd.', 'luoyang-bearing-2025-05-19'],
    ['the luoyang bearing company', 'luoyang-bearing-2025-05-19'],
    ['LUOYÁNG', 'luoyang-bearing-2025-05-19'],
    ['洛阳轴承有限公司', 'luoyang-bearing-2025-05-19'],
    ['本钢', 'bensteel-cold-rolling-mill-2025-01-23'],
    ['the port of Rizhao', 'rizhao-port-2024-05-22'],
    ['山东', 'rizhao-port-2024-05-22'],
    ['liaoning', 'bensteel-cold-rolling-mill-2025-01-23'],
  ])('finds %s', (query, id) => {
    expect(ids(search(query))).toEqual([id]);
  });

  it('finds every visit of a leader by name, in English and Chinese', () => {
    expect(ids(search('Xi Jinping')).sort()).toEqual(first.map((v) => v.id).sort());
    expect(ids(search('习近平'))).toHaveLength(3);
  });

  it('finds nothing for an empty query, filler words alone or a name it does not have', () => {
    expect(search('')).toEqual([]);
    expect(search('  , ')).toEqual([]);
    expect(search('Atlantis')).toEqual([]);
  });

  it('takes company forms, articles and punctuation out of names and queries', () => {
    expect(searchText('Luoyang Bearing Group Co., Ltd.')).toBe('luoyang bearing');
    expect(searchText('The Port of Rizhao')).toBe('port rizhao');
    expect(searchText('洛阳轴承集团股份有限公司')).toBe('洛阳轴承');
  });
});

describe('search among many visits', () => {
  const visitSearch = new VisitSearch(many);
  const search = visitSearch.find.bind(visitSearch);

  it('makes the names comparable in slices, then finds as before', async () => {
    const fresh = new VisitSearch(many);
    await fresh.prepare();
    expect(ids(fresh.find('杭州', { limit: 300 }))).toEqual(ids(search('杭州', { limit: 300 })));
  });

  it('puts the visit a full name names first, in English and in Chinese', () => {
    const visit = many[41] as VisitFeature;
    expect(ids(search(visit.properties.name.en))[0]).toBe(visit.id);
    expect(ids(search(visit.properties.name.zh as string))[0]).toBe(visit.id);
  });

  it('finds a place written with accents without them', () => {
    const hits = search('baigong jiedao', { limit: 100 });
    const expected = many.filter((v) => v.properties.place.city.en === 'Báigōng Jiēdào');
    expect(ids(hits).sort()).toEqual(ids(expected.map((visit) => ({ visit }))).sort());
  });

  it('finds by words of several names: a leader and a city', () => {
    const hits = search('周平 杭州', { limit: 300 });
    const expected = many.filter(
      (v) =>
        v.properties.leader?.name.en === 'Zhou Ping' && v.properties.place.city.en === 'Hangzhou',
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(hits).sort()).toEqual(expected.map((v) => v.id).sort());
  });

  it('searches only the visits the filters let through, at most `limit`', () => {
    const among = new Set(indexVisits(many).apply({ leader: 'lin-hai' }).shown);
    const hits = search('steel mill', { among, limit: 500 });
    const expected = many.filter(
      (v) => among.has(v) && v.properties.name.en.includes('Steel Mill'),
    );
    expect(ids(hits).sort()).toEqual(expected.map((v) => v.id).sort());
    expect(search('steel mill', { among })).toHaveLength(10);
  });
});
