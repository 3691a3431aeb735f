/**
 * Turns drafted visits into GeoJSON Features of the visits format: names, place, date with its
 * wording and resolution, location with the gazetteer entry used, and review notes.
 *
 * @module
 */
import { slug } from './ids.js';
import { siteIndustries } from './industries.js';
import { placeRecord } from './place-record.js';
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
  const where = placeRecord(place, located.precision);
  return {
    type: 'Feature',
    id,
    geometry: where.geometry,
    properties: {
      id,
      article,
      name: { en: name },
      organisation: { en: name },
      facility,
      industries,
      place: where.place,
      visit: when,
      mention,
      location: where.location,
      quotes: [],
      statistics: [],
      ...(review.length > 0 ? { review } : {}),
    },
  };
}
