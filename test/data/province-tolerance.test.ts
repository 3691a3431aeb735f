/**
 * Measures the province tolerance against the gazetteer: of the Chinese places in GeoNames, how
 * many lie in (or within the tolerance of) the base-map province their admin-1 code names.
 */
import { describe, expect, it } from 'vitest';
import { type BaseMapTopology, baseMapFeatures } from '../../src/map/basemap-data.js';
import { BASEMAP_FILE } from '../../src/model/paths.js';
import { distanceToKm, PROVINCE_TOLERANCE_KM } from '../../src/model/provinces.js';
import { geoNamesCities, readJson } from '../helpers.js';

type City = { name: string; country: string; admin1: string; lat: string; lng: string };
const provinces = baseMapFeatures(readJson(BASEMAP_FILE) as BaseMapTopology).provinces.features;
const places = geoNamesCities<City>()
  .filter((c) => c.country === 'CN')
  .map((c) => ({ ...c, point: [Number(c.lng), Number(c.lat)] }));

describe(`the province tolerance of ${PROVINCE_TOLERANCE_KM} km`, () => {
  it('accepts 99.7% of GeoNames places in China in the province of their admin-1 code', () => {
    // Which base-map province each admin-1 code stands for: the one most of its places are in.
    const inside = places.map((p) =>
      provinces.filter((f) => distanceToKm(p.point, f.geometry) === 0),
    );
    const votes = new Map<string, Map<string, number>>();
    places.forEach((p, i) => {
      const tally = votes.get(p.admin1) ?? new Map<string, number>();
      for (const f of inside[i] ?? [])
        tally.set(f.properties.id, (tally.get(f.properties.id) ?? 0) + 1);
      votes.set(p.admin1, tally);
    });
    const provinceOf = (admin1: string) =>
      [...(votes.get(admin1) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0];
    const coded = places.filter((p) => p.admin1 !== '');
    const distances = coded.map((p) => {
      const own = provinces.find((f) => f.properties.id === provinceOf(p.admin1));
      return { name: p.name, km: own ? distanceToKm(p.point, own.geometry) : Number.NaN };
    });
    const accepted = distances.filter((d) => d.km <= PROVINCE_TOLERANCE_KM);
    const rejected = distances.filter((d) => !(d.km <= PROVINCE_TOLERANCE_KM));
    expect([places.length, coded.length, accepted.length]).toEqual([4970, 4962, 4948]);
    // Inside the polygon proper: 4,844; the tolerance adds coastal and border places.
    expect(distances.filter((d) => d.km === 0)).toHaveLength(4844);
    // What is left: offshore islands the simplified map dropped (up to 66 km out), Sansha in
    // the South China Sea, and places whose admin-1 code contradicts their position.
    expect(rejected.map((d) => d.name).sort()).toEqual(
      [
        'Anxiang',
        'Bailuquan',
        'Beitanzhuang',
        'Beizheng',
        'Caiyuan',
        'Dachang Shandao',
        'Daocheng',
        'Haiyang',
        'Nanchangshan',
        'Qisha',
        'Sansha',
        'Tieganlike',
        'Xiaochangshan',
        'Zhangzi',
      ].sort(),
    );
  }, 60_000);
});
