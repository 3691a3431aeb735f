/**
 * A visit's place set from a gazetteer place, in the shape the draft engine writes (its
 * `placeRecord`): city (or province), province with its base-map id, the point, and the
 * location's precision and source with the GeoNames entry used. What names the old place
 * follows: a visit named after its place ("Jiangxi", a visit to the province as a whole) takes
 * the new place's name, and so do the notes that name it.
 *
 * @module
 */
import type { VisitFeature } from '../model/schema.js';
import { readNote } from './notes.js';
import type { Place, Places } from './places.js';

/**
 * How a place reads in a list: "Luoyang, Henan", "Henan (province)", or a county with its city
 * ("Linying County, Luohe, Henan").
 */
export const placeLabel = (p: Place, provinceWord = 'province'): string =>
  p.kind === 'province'
    ? `${p.name} (${provinceWord})`
    : [p.county?.en ?? p.name, p.county?.city, p.province.en]
        .filter((n, i, all) => n && all.indexOf(n) === i)
        .join(', ');

/** Within about 50 km (half a degree each way): the same place's two gazetteer points. */
const near = (a: Place, b: Place) => Math.abs(a.lon - b.lon) < 0.5 && Math.abs(a.lat - b.lat) < 0.5;

/**
 * The gazetteer's places for `query`, each place once: of two entries listed alike ("Chaoyang,
 * Jilin" twice) the first; and a town entry that is a county-level place's own point (GeoNames'
 * "Haidian" beside Haidian District, Beijing: the same name, the same province, nearby) gives
 * way to that county, unless it is a prefecture-level city.
 */
export function placeChoices(places: Places, query: string, limit = 8): Place[] {
  const found = places.gazetteer.search(query, limit * 3);
  const county = (p: Place) =>
    p.kind === 'city' &&
    !places.isPrefecture(p.name, p.province) &&
    found.some(
      (q) =>
        q.kind === 'county' &&
        q.province === p.province &&
        q.name.toLowerCase() === p.name.toLowerCase() &&
        near(p, q),
    );
  const out: Place[] = [];
  for (const p of found)
    if (!county(p) && !out.some((q) => placeLabel(q) === placeLabel(p))) out.push(p);
  return out.slice(0, limit);
}

type PlaceRecord = VisitFeature['properties']['place'];
type Name = { en: string; zh?: string | undefined };

/** The place's own name: its county's, else its city's, else its province's. */
const ownName = (p: PlaceRecord): Name =>
  p.county ?? (p.city.en === p.province.en ? p.province : p.city);

/** A name without its kind of place ("Jiangxi Province", "Xinjian District"), folded. */
const bare = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+(?:province|city|county|district|prefecture|municipality|region)$/, '')
    .trim();

/** Whether `name` is the name of one of the place's levels (county, city, province). */
const namesPlace = (name: string, p: PlaceRecord): boolean =>
  [p.county?.en, p.city.en, p.province.en].some((n) => n !== undefined && bare(n) === bare(name));

/** Sets the visit's point, place and location from `place`, at its own precision. */
export function applyPlace(places: Places, f: VisitFeature, place: Place): void {
  const p = f.properties;
  const was = p.place;
  const where = places.placeRecord(place, place.kind);
  f.geometry = where.geometry;
  p.place = where.place;
  p.location = where.location;
  const to = ownName(where.place);
  const renamed = { en: to.en, ...(to.zh ? { zh: to.zh } : {}) };
  const oldName = p.name.en;
  if (namesPlace(p.name.en, was)) p.name = renamed as typeof p.name;
  if (namesPlace(p.organisation.en, was)) p.organisation = renamed as typeof p.organisation;
  // Notes that name the old place (or the visit by its old name) follow.
  if (p.review)
    p.review = p.review.map((n) => {
      const note = readNote(n);
      return note.code === 'place-as-whole' && namesPlace(note.params.place ?? '', was)
        ? `no site named: a visit to ${to.en} as a whole`
        : n;
    });
  if (p.name.en === oldName) return;
  for (const item of [...p.quotes, ...p.statistics] as { review?: unknown[] }[]) {
    if (!item.review) continue;
    item.review = item.review.map((n) => {
      const note = readNote(n);
      return note.code === 'attached' && note.params.visit === oldName
        ? `attached to ${p.name.en} from the paragraph before`
        : n;
    });
  }
}
