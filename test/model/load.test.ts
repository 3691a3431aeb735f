import { describe, expect, it } from 'vitest';
import { parseVisits } from '../../src/model/load.js';
import { fixtureJson } from '../helpers.js';

type Json = {
  features: {
    id: string;
    geometry: { coordinates: unknown };
    properties: Record<string, unknown>;
  }[];
  statistics: Record<string, unknown>[];
};
const fresh = () => structuredClone(fixtureJson()) as Json;
const feature = (d: Json, i: number) => {
  const f = d.features[i];
  if (!f) throw new Error(`no feature ${i}`);
  return f;
};

describe('parseVisits', () => {
  it('reports a bad coordinate by record, path, expected and found, and keeps the rest', () => {
    const d = fresh();
    feature(d, 0).geometry.coordinates = [112.43684, 'north'];
    const r = parseVisits(d);
    expect(r.visits.map((v) => v.id)).toEqual([
      'bensteel-cold-rolling-mill-2025-01-23',
      'rizhao-port-2024-05-22',
    ]);
    expect(r.problems).toEqual([
      {
        record: 'luoyang-bearing-2025-05-19',
        path: 'geometry.coordinates.1',
        expected: 'a number',
        received: '"north"',
        message:
          'luoyang-bearing-2025-05-19: geometry.coordinates.1: expected a number, got "north"',
      },
    ]);
    expect(r.counts.visits).toBe(3);
  });

  it('catches NaN, out-of-range and missing coordinates', () => {
    const d = fresh();
    feature(d, 0).geometry.coordinates = [Number.NaN, 34];
    feature(d, 1).geometry.coordinates = [123, 95];
    feature(d, 2).geometry.coordinates = [119];
    const r = parseVisits(d);
    expect(r.visits).toEqual([]);
    expect(r.problems.map((p) => [p.record, p.path, p.received])).toEqual([
      ['luoyang-bearing-2025-05-19', 'geometry.coordinates.0', 'NaN'],
      ['bensteel-cold-rolling-mill-2025-01-23', 'geometry.coordinates.1', '95'],
      ['rizhao-port-2024-05-22', 'geometry.coordinates.1', 'nothing'],
    ]);
    expect(r.problems[1]?.expected).toBe('a latitude from -90 to 90');
  });

  it('rejects a date that is not in the calendar and a missing field', () => {
    const d = fresh();
    (feature(d, 0).properties.visit as Record<string, unknown>).date = '2025-02-30';
    delete feature(d, 1).properties.name;
    const r = parseVisits(d);
    expect(r.problems.map((p) => p.message)).toEqual([
      'luoyang-bearing-2025-05-19: properties.visit.date: expected a date that exists in the calendar, got "2025-02-30"',
      'bensteel-cold-rolling-mill-2025-01-23: properties.name: expected this required field, got nothing',
    ]);
    expect(r.visits.map((v) => v.id)).toEqual(['rizhao-port-2024-05-22']);
  });

  it('names a record without an id by its place in the file', () => {
    const d = fresh();
    feature(d, 2).id = '';
    feature(d, 2).properties.id = 42;
    const r = parseVisits(d);
    expect(r.problems[0]?.record).toBe('features[2]');
  });

  it('skips a repeated id and says so', () => {
    const d = fresh();
    d.features.push(structuredClone(feature(d, 0)));
    const r = parseVisits(d);
    expect(r.visits).toHaveLength(3);
    expect(r.problems.map((p) => p.message)).toEqual([
      'luoyang-bearing-2025-05-19: id: expected an id not used by an earlier record, got "luoyang-bearing-2025-05-19" (features[3]; features[0] has it too)',
    ]);
  });

  it('does not turn a figure without a number and without a direction into zero', () => {
    const d = fresh();
    const s = d.statistics[2] as Record<string, unknown>;
    s.direction = null;
    const r = parseVisits(d);
    expect(r.statistics.map((x) => x.id)).toEqual([
      'traditional-industries-share-of-manufacturing',
      'manufacturing-upgrade-investment-growth-2024',
    ]);
    expect(r.problems.map((p) => [p.record, p.path, p.expected])).toEqual([
      [
        'energy-use-per-value-added-2024',
        'value',
        'a number, or a direction when the article gives no number',
      ],
    ]);
  });

  it('refuses links that are not http(s)', () => {
    const d = fresh();
    const loc = feature(d, 0).properties.location as { source: { url: string } };
    loc.source.url = 'javascript:alert(1)';
    const r = parseVisits(d);
    expect(r.problems.map((p) => [p.path, p.expected])).toEqual([
      ['properties.location.source.url', 'an http: or https: URL'],
    ]);
  });

  it('explains input that is not a FeatureCollection, and never throws', () => {
    expect(parseVisits(null).problems.map((p) => p.message)).toEqual([
      'file: expected a GeoJSON FeatureCollection, got null',
    ]);
    expect(parseVisits([]).problems.map((p) => [p.message, p.code])).toEqual([
      ['file: expected a GeoJSON FeatureCollection, got an empty array', 'not-a-collection'],
    ]);
    expect(parseVisits({ type: 'Feature' }).problems.map((p) => p.message)).toEqual([
      'file: type: expected "FeatureCollection", got "Feature"',
      'file: features: expected this required field, got nothing',
    ]);
    expect(parseVisits([]).visits).toEqual([]);
    expect(parseVisits('text').problems).toHaveLength(1);
  });
});

describe('parseVisits keeps records as given', () => {
  it('returns the input’s own objects, and reports text with white space at either end', () => {
    const d = fresh();
    const luoyang = feature(d, 0);
    (luoyang.properties.name as { en: string }).en = ' Luoyang Bearing Group Co., Ltd.';
    const r = parseVisits(d);
    expect(r.visits[0]).toBe(feature(d, 1));
    expect(r.visits[1]).toBe(feature(d, 2));
    expect(r.problems.map((p) => p.message)).toEqual([
      'luoyang-bearing-2025-05-19: properties.name.en: expected a string with no white space at either end, got " Luoyang Bearing Group Co., Ltd."',
    ]);
  });
});
