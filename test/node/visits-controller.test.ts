import { describe, expect, it } from 'vitest';
import places from '../../bench/data/places.json';
import { type Place, syntheticVisits } from '../../bench/data/synthetic.mjs';
import baseMap from '../../data/basemap/basemap.topo.json';
import {
  type LoadStatus,
  VisitsController,
} from '../../src/components/inspection-map/visits-controller.js';
import { type BaseMapTopology, baseMapFeatures } from '../../src/map/basemap-data.js';
import { fixtureJson } from '../helpers.js';

const provinces = baseMapFeatures(baseMap as unknown as BaseMapTopology).provinces.features;

const synthetic = (count: number) =>
  syntheticVisits({ count, seed: 5, base: fixtureJson(), places: places.places as Place[] });

/** A controller on a stand-in host, recording its states and callbacks in order. */
function controller() {
  const seen: string[] = [];
  const c: VisitsController = new VisitsController(
    { addController: () => undefined, requestUpdate: () => seen.push(c.status) } as never,
    {
      provinces: () => provinces,
      limits: () => ({ timeoutMs: 1000, maxBytes: 1e6 }),
      loaded: (r) => seen.push(`loaded ${r.visits.length}`),
      failed: (p) => seen.push(`failed ${p.length}`),
      previewed: (p) => {
        seen.push(`previewed ${p.visits.length}`);
        return undefined;
      },
    },
  );
  return { c, seen };
}
const settled = async (c: VisitsController) => {
  const done: LoadStatus[] = ['ready', 'error'];
  while (!done.includes(c.status)) await new Promise((r) => setTimeout(r, 5));
};

describe('VisitsController with a large input', () => {
  it('previews the placeable records in date order, then keeps them when all are valid', async () => {
    const { c, seen } = controller();
    c.accept(synthetic(1200));
    await settled(c);
    // Read at once (up to 2,000 records): straight to checking, with no render of loading first.
    expect(seen).toEqual(['checking', 'previewed 1200', 'ready', 'loaded 1200']);
    expect(c.previewHeld).toBe(true);
    const dates = c.sorted.map((v) => v.properties.visit.date);
    expect(dates).toEqual([...dates].sort());
    expect(c.summary?.coords[0]).toBe(c.sorted[0]?.geometry.coordinates[0]);
    expect(c.summary?.coords[1]).toBe(c.sorted[0]?.geometry.coordinates[1]);
  });

  it('drops what fails checking, unplaceable records included, and does not keep the preview', async () => {
    const input = synthetic(1200);
    const f = input.features as unknown as {
      geometry: { coordinates: unknown[] };
      properties: { name: { en: string } };
    }[];
    (f[3] as (typeof f)[0]).geometry.coordinates = [181, 30];
    (f[7] as (typeof f)[0]).properties.name.en = '';
    const { c, seen } = controller();
    c.accept(input);
    await settled(c);
    expect(seen).toEqual(['checking', 'previewed 1199', 'ready', 'loaded 1198']);
    expect(c.previewHeld).toBe(false);
    expect(c.result?.problems.map((p) => `${p.record} ${p.path}`)).toEqual([
      'synthetic-000004 geometry.coordinates.0',
      'synthetic-000008 properties.name.en',
    ]);
    expect(c.summary?.coords.length).toBe(2 * 1198);
  });
});
