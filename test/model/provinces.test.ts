import { describe, expect, it } from 'vitest';
import { type BaseMapTopology, baseMapFeatures } from '../../src/map/basemap-data.js';
import { parseVisits } from '../../src/model/load.js';
import { BASEMAP_FILE } from '../../src/model/paths.js';
import { checkProvince, distanceToKm, type Province } from '../../src/model/provinces.js';
import { fixtureJson, readJson } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;
const provinces = baseMapFeatures(readJson(BASEMAP_FILE) as BaseMapTopology).provinces.features;
const LUOYANG = 'luoyang-bearing-2025-05-19';

function messages(change: (d: Json) => void): string[] {
  const d = structuredClone(fixtureJson()) as Json;
  change(d);
  return parseVisits(d, { provinces }).problems.map((p) => p.message);
}

/** A unit square province from 0° to 1°, at the equator. */
const square: Province = {
  type: 'Feature',
  properties: { id: 'SQ', name: 'Square' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
        [0, 0],
      ],
    ],
  },
};

describe('distanceToKm', () => {
  it('is 0 inside and the great-circle distance to the nearest edge outside', () => {
    expect(distanceToKm([0.5, 0.5], square.geometry)).toBe(0);
    // 0.1° of longitude at the equator is 11.12 km; 0.1° of latitude is 11.12 km everywhere.
    expect(distanceToKm([1.1, 0.5], square.geometry)).toBeCloseTo(11.119, 2);
    expect(distanceToKm([0.5, -0.1], square.geometry)).toBeCloseTo(11.119, 2);
    // Past a corner: the distance to the corner.
    expect(distanceToKm([1.1, 1.1], square.geometry)).toBeCloseTo(15.725, 1);
  });
});

describe('checkProvince', () => {
  it('accepts a point inside, or within the tolerance of, its province', () => {
    const claim = { record: 'r', basemapId: 'SQ', coordinates: [1.05, 0.5] as const };
    expect(checkProvince(claim, [square], 10)).toBeUndefined();
    expect(checkProvince(claim, [square], 5)?.message).toBe(
      'r: geometry.coordinates: expected a point in Square (SQ), or within 5 km of it, got [1.05, 0.5], which is in no province of the base map, 6 km from Square',
    );
  });
});

describe('parseVisits with the base map’s provinces', () => {
  it('keeps all three visits of the dataset: each lies in its province', () => {
    const r = parseVisits(fixtureJson(), { provinces });
    expect(r.problems).toEqual([]);
    expect(r.visits).toHaveLength(3);
  });

  it('skips a point in another province, and names both', () => {
    expect(messages((d) => (d.features[0].geometry.coordinates = [119.52908, 35.41414]))).toEqual([
      `${LUOYANG}: geometry.coordinates: expected a point in Henan (CN.HE), or within 10 km of it, got [119.52908, 35.41414], which is in Shandong (CN.SD), 298 km from Henan`,
    ]);
  });

  it('skips a point in the sea', () => {
    expect(messages((d) => (d.features[0].geometry.coordinates = [125, 35]))).toEqual([
      `${LUOYANG}: geometry.coordinates: expected a point in Henan (CN.HE), or within 10 km of it, got [125, 35], which is in no province of the base map, 772 km from Henan`,
    ]);
  });

  it('says so when longitude and latitude are swapped', () => {
    expect(messages((d) => (d.features[0].geometry.coordinates = [34.67345, 112.43684]))).toEqual([
      `${LUOYANG}: geometry.coordinates: longitude and latitude look swapped: [34.67345, 112.43684] is not in Henan (CN.HE), but [112.43684, 34.67345] is (GeoJSON puts longitude first)`,
    ]);
  });

  it('keeps the range message when a swap does not explain the point', () => {
    expect(messages((d) => (d.features[1].geometry.coordinates = [123, 95]))).toEqual([
      'bensteel-cold-rolling-mill-2025-01-23: geometry.coordinates.1: expected a latitude from -90 to 90, got 95',
    ]);
  });

  it('accepts Rizhao 2.5 km inside the simplified coast, and a point 5 km out to sea', () => {
    // Rizhao's GeoNames point is 2.5 km from the base map's coast; 0.06° east is at sea.
    expect(messages((d) => (d.features[2].geometry.coordinates = [119.58, 35.41414]))).toEqual([]);
    expect(
      distanceToKm(
        [119.58, 35.41414],
        provinces.find((p) => p.properties.id === 'CN.SD')?.geometry as never,
      ),
    ).toBeGreaterThan(0);
  });

  it('reports a province id the base map does not have', () => {
    expect(messages((d) => (d.features[0].properties.place.province.basemapId = 'CN.XX'))).toEqual([
      `${LUOYANG}: properties.place.province.basemapId: expected the id of a base-map province, such as "CN.HE", got "CN.XX"`,
    ]);
  });
});
