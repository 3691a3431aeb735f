/**
 * A visit's place, point and location from a gazetteer place: what the engine drafts, and what
 * the editor sets when a person chooses another place. One shape for both.
 *
 * @module
 */
import { GAZETTEER_SOURCE, type Place } from './gazetteer.js';

/**
 * @param place - the gazetteer place.
 * @param precision - `city` for a city (or county, town) point, `province` for a province's.
 * @returns the Feature's `geometry` and the properties' `place` and `location`.
 */
export function placeRecord(place: Place, precision: 'city' | 'province') {
  return {
    geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] as [number, number] },
    place: {
      city: { en: precision === 'city' ? place.name : place.province.en },
      province: {
        en: place.province.en,
        zh: place.province.zh,
        geonamesAdmin1: place.province.geonamesAdmin1,
        basemapId: place.province.basemapId,
      },
      country: 'CN',
    },
    location: { precision, source: { ...GAZETTEER_SOURCE, entry: { ...place.entry } } },
  };
}
