/**
 * A visit added by hand: its passage selected in the article (its `mention`), its site named,
 * its place chosen in the gazetteer and its date given. The date is the article's own when it is
 * the one the engine reads in the passage (the passage is then the date's wording, as **Set the
 * day from the selection** makes it); any other date is from elsewhere, and the visit asks for
 * the report that gives it, as a drafted visit does, its resolution still saying what date the
 * passage gives, if any. No DOM.
 *
 * @module
 */
import { slug } from '../draft/ids.js';
import { siteIndustries } from '../draft/industries.js';
import { precisionOf } from '../model/dates.js';
import type { VisitFeature } from '../model/schema.js';
import { editDraft, editVisit } from './actions.js';
import { resolutionWith } from './corroboration.js';
import type { DayOf } from './engine-api.js';
import { type Range, setDayFrom, trimRange, unusedId } from './passages.js';
import type { Place, Places } from './places.js';
import type { Session } from './session.js';

/** What the person gives for a new visit. */
export interface NewVisit {
  /** The site's name, in English. */
  name: string;
  place: Place;
  /** A date of the visits format: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** The date the engine read in the passage, if any (`Drafter.dayOf`). */
  day: DayOf | null;
}

/**
 * Adds a visit whose mention is the selected passage, in text order among the visits, with its
 * span marked. Returns the session and the new visit's id (`null` when nothing was added: an
 * empty selection, no draft, no name or a date not of the format).
 */
export function addVisit(
  s: Session,
  selected: Range,
  given: NewVisit,
  places: Places,
): { session: Session; id: string | null } {
  const r = trimRange(s.text, selected);
  const article = s.draft?.articles[0];
  const name = given.name.trim();
  const precision = precisionOf(given.date);
  if (!r || !article || !name || !precision) return { session: s, id: null };
  const mention = { ...r, text: s.text.slice(r.start, r.end) };
  const year = article.date.slice(0, 4);
  const industries = siteIndustries(name, mention.text);
  // As the draft names a visit: its site's words and its date.
  const id = unusedId(s, `${slug(name)}-${given.date.toLowerCase()}`);
  const where = places.placeRecord(given.place, given.place.kind);
  const feature = {
    type: 'Feature',
    id,
    geometry: where.geometry,
    properties: {
      id,
      article: article.id,
      name: { en: name },
      organisation: { en: name },
      facility: null,
      industries: industries.length ? industries : ['unspecified'],
      place: where.place,
      visit: {
        date: year,
        precision: 'year',
        dayPart: null,
        articlePrecision: 'year',
        wording: mention,
        resolution: `The article gives no date for this visit; the year of publication (${year}) stands until a person dates it.`,
        corroboration: [],
      },
      mention,
      location: where.location,
      quotes: [],
      statistics: [],
      ...(industries.length ? {} : { review: ['industry not recognised'] }),
    },
  } as unknown as VisitFeature;
  let next = editDraft(s, (d) => {
    d.features.push(feature);
    d.features.sort((a, b) => a.properties.mention.start - b.properties.mention.start);
  });
  next = { ...next, spans: [...next.spans, { kind: 'visit', ...mention, item: id }] };
  // The passage's own date, when it gives one, is what the article says (the resolution says
  // so, never "no date"); another date given is from elsewhere, and asks for its report.
  if (given.day) next = setDayFrom(next, r, id, given.day);
  if (given.day?.date !== given.date)
    next = editVisit(next, id, (f) => {
      const v = f.properties.visit;
      v.date = given.date;
      v.precision = precision;
      // The part of the day the passage tells is of its own day, not of this one.
      v.dayPart = null;
      v.resolution = resolutionWith(f);
    });
  return { session: next, id };
}
