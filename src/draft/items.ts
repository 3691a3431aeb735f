/**
 * Quote and statistic records of the visits format, from the quotes and figures passes, placed
 * by the attachment pass: on their visit's Feature, or at the top level (unattached quotes,
 * national, province and city figures), with review notes where a person must look.
 *
 * @module
 */
import { type Attacher, refersBack } from './attach.js';
import type { FigureMention } from './figures.js';
import { slug } from './ids.js';
import { industriesIn } from './industries.js';
import type { PlaceMention } from './places.js';
import type { QuoteMention } from './quotes.js';
import type { DraftFeature, DraftQuote, DraftStatistic } from './types.js';

export interface Placed {
  quotes: DraftQuote[];
  statistics: DraftStatistic[];
}

/** Puts each quote on its visit's Feature, or into the top-level `quotes`. */
export function placeQuotes(
  quotes: readonly QuoteMention[],
  features: readonly DraftFeature[],
  attach: Attacher,
  article: string,
  paragraphOf: (at: number) => number,
  unique: (base: string) => string,
): DraftQuote[] {
  const loose: DraftQuote[] = [];
  for (const q of quotes) {
    const review: string[] = [];
    if (!q.speaker) review.push('speaker not named');
    const found = attach.visitOf(q.start, q.end);
    const feature = found ? features[found.visit] : undefined;
    const base = feature
      ? `${feature.id.replace(/-\d{4}(?:-[\dw]+)*$/, '')}-${slug(q.text, 4)}`
      : slug(q.text, 5);
    const record: DraftQuote = {
      id: unique(base),
      kind: q.kind,
      speaker: q.speaker,
      lang: 'en',
      start: q.start,
      end: q.end,
      text: q.text,
      ...(q.parts ? { parts: q.parts } : {}),
    };
    if (feature && found) {
      if (found.how === 'continued')
        review.push(`attached to ${feature.properties.name.en} from the paragraph before`);
      attach.establish(paragraphOf(q.start), found.visit);
      feature.properties.quotes.push(review.length ? { ...record, review } : record);
    } else {
      const event = attach.eventOf(q.start);
      review.push(
        event
          ? `belongs to no visit: told at another event ("${event}"), not at the visit before`
          : 'belongs to no visit: no visit is told in its sentence or paragraph',
      );
      loose.push({ ...record, article, review });
    }
  }
  return loose;
}

/** Puts each site figure on its visit's Feature; returns the others (city, province, national). */
export function placeFigures(
  figures: readonly FigureMention[],
  features: readonly DraftFeature[],
  attach: Attacher,
  places: readonly PlaceMention[],
  article: string,
  published: string,
  unique: (base: string) => string,
): DraftStatistic[] {
  const loose: DraftStatistic[] = [];
  for (const f of figures) {
    const s = f.sentence;
    const review: string[] = [];
    const found = attach.visitOf(f.start, f.end);
    // "The village has 3,600 people", "its orchards": the visit told last before.
    const back = !found && refersBack(s.text) ? attach.lastVisitBefore(f.start) : null;
    const site =
      found && (found.how === 'sentence' || found.how === 'site' || refersBack(s.text))
        ? features[found.visit]
        : back !== null
          ? features[back]
          : undefined;
    const named = places.filter((p) => p.start >= s.start && p.end <= s.end);
    const earlier = places.filter((p) => p.end <= s.start);
    // "The province's output", "the city's": the province or city named last before.
    const last = (kind: 'city' | 'province') => earlier.filter((p) => p.kind === kind).pop();
    const city =
      named.find((p) => p.kind === 'city') ??
      (/\b(?:the city's|municipal)\b/i.test(s.text) ? last('city') : undefined);
    const province =
      named.find((p) => p.kind === 'province') ??
      (/\b(?:the province's|provincial|the region's)\b/i.test(s.text)
        ? last('province')
        : undefined);
    const scope = site ? 'site' : city ? 'city' : province ? 'province' : 'national';
    let industries = industriesIn(s.text);
    if (industries.length === 0 && site) industries = [...site.properties.industries];
    if (industries.length === 0 && /\bmanufactur/i.test(s.text)) industries = ['manufacturing'];
    if (industries.length === 0) {
      industries = ['unspecified'];
      review.push('industry not recognised');
    }
    let period = published.slice(0, 4);
    let periodWording = f.period?.text ?? '';
    if (f.period?.date) period = f.period.date;
    if (!periodWording) {
      periodWording = f.text;
      review.push(`period not stated; taken as the year of publication (${period})`);
    }
    const passageEnd = trimStop(s.text);
    const record: DraftStatistic = {
      id: unique(`${slug(f.measure, 5)}-${period}`),
      scope,
      ...(scope === 'city' && city ? { area: { en: city.text } } : {}),
      ...(scope === 'province' && province
        ? { area: { en: province.places[0]?.province.en ?? province.text } }
        : {}),
      article,
      measure: f.measure,
      value: f.value,
      unit: f.unit,
      approximation: f.approximation,
      direction: f.direction,
      comparison: f.comparison,
      period,
      periodWording,
      industries,
      figure: f.text,
      passage: { start: s.start, end: s.start + passageEnd, text: s.text.slice(0, passageEnd) },
      ...(review.length ? { review } : {}),
    };
    if (site) site.properties.statistics.push(record);
    else loose.push(record);
  }
  return loose;
}

/** Length of a sentence without its final stop. */
function trimStop(sentence: string): number {
  let e = sentence.length;
  while (e > 0 && /[\s.!?;:,]/.test(sentence[e - 1] ?? '')) e--;
  return e;
}
