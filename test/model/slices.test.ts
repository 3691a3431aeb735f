import { describe, expect, it } from 'vitest';
import places from '../../bench/data/places.json';
import { type Place, syntheticVisits } from '../../bench/data/synthetic.mjs';
import { parseVisits, parseVisitsInSlices } from '../../src/model/load.js';
import { fixtureJson } from '../helpers.js';

const synthetic = (count: number) =>
  syntheticVisits({ count, seed: 3, base: fixtureJson(), places: places.places as Place[] });

describe('parseVisitsInSlices', () => {
  it('gives the same visits and problems as parseVisits, in the same order', async () => {
    const input = synthetic(1500);
    const f = input.features as unknown as { geometry: { coordinates: unknown[] } }[];
    (f[10] as (typeof f)[0]).geometry.coordinates = [200, 30];
    (f[1400] as (typeof f)[0]).geometry.coordinates = [110];
    const whole = parseVisits(input);
    const sliced = await parseVisitsInSlices(input, { sliceMs: 1 });
    expect(sliced.visits.map((v) => v.id)).toEqual(whole.visits.map((v) => v.id));
    expect(sliced.visits).toHaveLength(1498);
    expect(sliced.problems).toEqual(whole.problems);
    expect(sliced.problems.map((p) => [p.record, p.path])).toEqual([
      ['synthetic-000011', 'geometry.coordinates.0'],
      ['synthetic-001401', 'geometry.coordinates.1'],
    ]);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const parsing = parseVisitsInSlices(synthetic(3000), { sliceMs: 1, signal: controller.signal });
    controller.abort(new Error('replaced by newer data'));
    await expect(parsing).rejects.toThrow('replaced by newer data');
  });
});

describe('synthetic datasets', () => {
  it('are valid, deterministic, and use real places with their base-map province', () => {
    const a = synthetic(300);
    expect(synthetic(300)).toEqual(a);
    const r = parseVisits(a);
    expect(r.problems).toEqual([]);
    expect(r.visits).toHaveLength(300);
    const byName = new Map((places.places as Place[]).map((p) => [`${p[0]}|${p[1]}|${p[2]}`, p]));
    for (const v of r.visits) {
      const [lng, lat] = v.geometry.coordinates;
      const place = byName.get(`${v.properties.place.city.en}|${lng}|${lat}`);
      expect(place?.[5]).toBe(v.properties.place.province.basemapId);
    }
  });
});
