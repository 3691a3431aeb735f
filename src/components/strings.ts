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
  problemsNotice: (bad: number, total: number) => string;
  showDetails: string;
  dismiss: string;
  /** Shown when the mouse wheel scrolls the page over the map; `key` is "ctrl" or "⌘". */
  wheelHint: (key: string) => string;
  /** Shown when one finger scrolls the page over the map. */
  touchHint: string;
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
  problemsNotice: (bad, total) => `${bad} of ${total} records could not be shown.`,
  showDetails: 'Details',
  dismiss: 'Dismiss',
  wheelHint: (key) => `Use ${key} + scroll to zoom the map`,
  touchHint: 'Use two fingers to move the map',
};

/** The strings for a BCP 47 language tag; English for any language not yet translated. */
export function stringsFor(_lang: string): Strings {
  return en;
}
