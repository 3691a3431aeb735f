/**
 * A visit's place set from a gazetteer place, in the shape the draft engine writes (its
 * `placeRecord`): city (or province), province with its base-map id, the point, and the
 * location's precision and source with the GeoNames entry used.
 *
 * @module
 */
import type { VisitFeature } from '../model/schema.js';
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

/** Sets the visit's point, place and location from `place`, at its own precision. */
export function applyPlace(places: Places, f: VisitFeature, place: Place): void {
  const where = places.placeRecord(place, place.kind);
  f.geometry = where.geometry;
  f.properties.place = where.place;
  f.properties.location = where.location;
}
