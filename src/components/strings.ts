/**
 * Interface text. Every word the element shows that does not come from data is here, so a
 * language can be added in one place.
 *
 * @module
 */

/** The element's interface text in one language. */
export interface Strings {
  mapLabel: string;
  listHeading: string;
  zoomIn: string;
  zoomOut: string;
  close: string;
  showOnMap: string;
  showMore: (next: number, remaining: number) => string;
  visited: string;
  dayPart: Record<'morning' | 'afternoon' | 'evening', string>;
  articleWording: string;
  precision: Record<'city' | 'facility', string>;
  precisionNote: Record<'city' | 'facility', string>;
  saidThere: string;
  direct: string;
  reported: string;
  siteFigures: string;
  nationalContext: (industries: string) => string;
  direction: Record<'up' | 'down', string>;
  source: string;
  characters: (start: number, end: number) => string;
  corroboratedBy: string;
  loading: string;
  loadFailed: string;
  retry: string;
  noVisits: string;
  visitCount: (n: number) => string;
  /** Some visits of the input were skipped. */
  problemsNotice: (bad: number, total: number) => string;
  /** All visits shown, but other records (figures, sources) were skipped. */
  recordsNotice: (problems: number) => string;
  /** The new input failed; the visits of an earlier one are still shown. */
  staleNotice: string;
  /** No visit of the input could be shown. */
  noneShown: (total: number) => string;
  showDetails: string;
  problemCount: (n: number) => string;
  dismiss: string;
  tilesUnavailable: string;
}

const en: Strings = {
  mapLabel: 'Map of inspection visits',
  listHeading: 'Visits',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  close: 'Close',
  showOnMap: 'Show on map',
  showMore: (next, remaining) => `Show ${next} more (${remaining} not shown)`,
  visited: 'Visited',
  dayPart: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
  articleWording: 'The article says',
  precision: { city: 'City-level location', facility: 'Facility location' },
  precisionNote: {
    city: 'The marker stands for the city, not the exact site.',
    facility: 'The marker stands at the site itself.',
  },
  saidThere: 'What was said',
  direct: 'Direct quote',
  reported: 'Reported statement',
  siteFigures: 'Figures for this site',
  nationalContext: (industries) => `National context (${industries})`,
  direction: { up: 'rose', down: 'fell' },
  source: 'Source',
  characters: (start, end) => `characters ${start}–${end}`,
  corroboratedBy: 'Date corroborated by',
  loading: 'Loading visits…',
  loadFailed: 'The visits could not be loaded.',
  retry: 'Try again',
  noVisits: 'No visits to show.',
  visitCount: (n) => (n === 1 ? '1 visit' : `${n} visits`),
  problemsNotice: (bad, total) =>
    `${bad} of ${total} ${total === 1 ? 'visit' : 'visits'} could not be shown.`,
  recordsNotice: (n) =>
    `${n === 1 ? '1 record' : `${n} records`} in the data could not be used; every visit is shown.`,
  staleNotice: 'The new visits could not be loaded, so the map still shows the earlier ones.',
  noneShown: (total) =>
    total === 1
      ? 'The one visit could not be shown.'
      : `None of the ${total} visits could be shown.`,
  showDetails: 'Details',
  problemCount: (n) => (n === 1 ? '1 problem' : `${n} problems`),
  dismiss: 'Dismiss',
  tilesUnavailable: 'Map tiles are unavailable; the built-in base map is shown.',
};

/** The strings for a BCP 47 language tag; English for any language not yet translated. */
export function stringsFor(_lang: string): Strings {
  return en;
}
