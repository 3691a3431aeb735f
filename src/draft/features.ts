/**
 * Turns drafted visits into GeoJSON Features of the visits format: names, place, date with its
 * wording and resolution, location with the gazetteer entry used, and review notes.
 *
 * @module
 */
import { GAZETTEER_SOURCE } from './gazetteer.js';
import { slug } from './ids.js';
import { siteIndustries } from './industries.js';
import { fullName } from './sites.js';
import type { DraftFeature, Passage } from './types.js';
import type { Visit } from './visits.js';

/** A sentence as a passage, without its final stop. */
export function clausePassage(text: string, start: number, end: number): Passage {
  let e = end;
  while (e > start && /[.!?;:,\s]/.test(text[e - 1] ?? '')) e--;
  return { start, end: e, text: text.slice(start, e) };
}

/** The Feature for one visit; `id` is made unique by `unique`. */
export function visitFeature(
  text: string,
  visit: Visit,
  article: string,
  published: string,
  unique: (base: string) => string,
): DraftFeature {
  const { located, date, sentence, site } = visit;
  const name = fullName(text, visit.name);
  const facility = site.facility ? { en: site.facility.text } : null;
  const review = [...visit.review];
  let industries = siteIndustries(`${name} ${site.facility?.text ?? ''}`, sentence.text);
  if (industries.length === 0) {
    industries = ['unspecified'];
    review.push('industry not recognised');
  }
  const mention = clausePassage(text, sentence.start, sentence.end);
  const when = date
    ? {
        date: date.date,
        precision: date.precision,
        dayPart: date.dayPart,
        articlePrecision: date.precision,
        wording: { start: date.start, end: date.end, text: date.text },
        resolution: date.resolution,
        corroboration: [],
      }
    : {
        date: published.slice(0, 4),
        precision: 'year' as const,
        dayPart: null,
        articlePrecision: 'year' as const,
        wording: mention,
        resolution: `The article gives no date for this visit; the year of publication (${published.slice(0, 4)}) stands until a person dates it.`,
        corroboration: [],
      };
  const id = unique(`${slug(name)}-${when.date.toLowerCase()}`);
  const { place } = located;
  const city = located.precision === 'city' ? place.name : place.province.en;
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      id,
      article,
      name: { en: name },
      organisation: { en: name },
      facility,
      industries,
      place: {
        city: { en: city },
        province: {
          en: place.province.en,
          zh: place.province.zh,
          geonamesAdmin1: place.province.geonamesAdmin1,
          basemapId: place.province.basemapId,
        },
        country: 'CN',
      },
      visit: when,
      mention,
      location: {
        precision: located.precision,
        source: { ...GAZETTEER_SOURCE, entry: { ...place.entry } },
      },
      quotes: [],
      statistics: [],
      ...(review.length > 0 ? { review } : {}),
    },
  };
}
