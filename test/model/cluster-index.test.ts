import Supercluster from 'supercluster';
import { describe, expect, it } from 'vitest';
import places from '../../bench/data/places.json';
import { type Place, syntheticVisits } from '../../bench/data/synthetic.mjs';
import { ClusterIndex } from '../../src/map/cluster-index.js';
import { ITEM_STRIDE } from '../../src/map/cluster-protocol.js';
import { fixtureJson } from '../helpers.js';

/** Three points in Luoyang (two on the same spot), one in Benxi, one in Rizhao: date order. */
const COORDS = new Float64Array([
  112.43684, 34.67345, 123.77062, 41.29413, 112.43684, 34.67345, 119.52719, 35.41639, 112.45, 34.68,
]);
const items = (answer: Float64Array) => {
  const out = [];
  for (let o = 0; o < answer.length; o += ITEM_STRIDE) {
    out.push({ count: answer[o + 2], key: answer[o + 3], first: answer[o + 4] });
  }
  return out.sort((a, b) => (a.first ?? 0) - (b.first ?? 0));
};
const CHINA: [number, number, number, number] = [73, 18, 135, 54];

describe('ClusterIndex', () => {
  it('clusters near points at country zoom, and names each by its earliest visit', () => {
    const index = new ClusterIndex();
    expect(index.load(COORDS, { radius: 56, maxZoom: 11 })).toBe(5);
    const at4 = items(index.query(CHINA, 4));
    expect(at4.map((i) => [i.count, i.first])).toEqual([
      [3, 0],
      [1, 1],
      [1, 3],
    ]);
  });

  it('splits a cluster at its expansion zoom, and finds where a visit stands alone', () => {
    const index = new ClusterIndex();
    index.load(COORDS, { radius: 56, maxZoom: 11 });
    const luoyang = items(index.query(CHINA, 4))[0];
    const zoom = index.expansionZoom(luoyang?.key as number);
    expect(zoom).toBeGreaterThan(4);
    expect(items(index.query(CHINA, zoom)).length).toBeGreaterThan(3);
    // Rank 4 is 1.5 km from the others: alone from some zoom on; ranks 0 and 2 share a spot,
    // so they stand alone only above the last clustered zoom.
    const alone = index.standaloneZoom(4, 4);
    expect(alone).toBeGreaterThan(4);
    expect(alone).toBeLessThanOrEqual(12);
    expect(index.standaloneZoom(2, 4)).toBe(12);
    expect(index.standaloneZoom(1, 4)).toBe(4);
    expect(items(index.query(CHINA, 12)).map((i) => i.count)).toEqual([1, 1, 1, 1, 1]);
  });
});

describe('ClusterIndex on 3,000 synthetic visits', () => {
  const visits = syntheticVisits({
    count: 3000,
    seed: 11,
    base: fixtureJson(),
    places: places.places as Place[],
  }).features as unknown as { geometry: { coordinates: [number, number] } }[];
  const coords = Float64Array.from(visits.flatMap((v) => v.geometry.coordinates));

  it('names every cluster, at every zoom, by the least rank among its visits', () => {
    const index = new ClusterIndex();
    index.load(coords, { radius: 56, minZoom: 2, maxZoom: 11 });
    // The same clusters from supercluster itself, whose leaves say which visits each holds.
    const reference = new Supercluster({ radius: 56, extent: 256, minZoom: 2, maxZoom: 11 }).load(
      visits.map((v, r) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: v.geometry.coordinates },
        properties: { r },
      })),
    );
    // Compared in plain code, one assertion at the end: an assertion per cluster took seconds.
    let clusters = 0;
    const wrong: string[] = [];
    for (let z = 2; z <= 12; z++) {
      for (const item of items(index.query(CHINA, z))) {
        if (item.count === 1) continue;
        clusters++;
        const leaves = reference.getLeaves(item.key as number, Number.POSITIVE_INFINITY);
        const least = Math.min(...leaves.map((l) => l.properties.r));
        if (leaves.length !== item.count || item.first !== least) {
          wrong.push(
            `zoom ${z}: ${item.count} visits, first ${item.first}; ${leaves.length}, ${least}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(clusters).toBeGreaterThan(100);
  });
});
