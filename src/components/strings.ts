/**
 * Interface text in English and Simplified Chinese. Every word the element shows that does not
 * come from data is here, so a language is added in one place. Dates and numbers are formatted
 * by `Intl` (see format.ts), not here.
 *
 * @module
 */
import type { Statistic, VisitProperties } from '../model/schema.js';
import { formatInteger, isChinese } from './format.js';

type LocationPrecision = VisitProperties['location']['precision'];

export { isChinese };

/** The element's interface text in one language. */
export interface Strings {
  /** BCP 47 tag of this text. */
  lang: 'en' | 'zh-Hans';
  mapLabel: string;
  listHeading: string;
  /** The disclosure of the list below the map in a small box: "Visits (12)". */
  listToggle: (count: number) => string;
  /** Punctuation of the interface's language: after a label, between parts, at a sentence's end. */
  colon: string;
  comma: string;
  /** Between items that hold commas of their own: two passages of one quote. */
  semicolon: string;
  stop: string;
  zoomIn: string;
  zoomOut: string;
  /** The button that opens the map's folded credits. */
  credits: string;
  close: string;
  showOnMap: string;
  showMore: (next: number, remaining: number) => string;
  visited: string;
  dayPart: Record<'morning' | 'afternoon' | 'evening', string>;
  articleWording: string;
  reported: string;
  direct: string;
  precision: Record<LocationPrecision, string>;
  precisionNote: Record<LocationPrecision, string>;
  /** Who spoke, when the article does not say. */
  unnamedSpeaker: string;
  /** "Visit by": who made the visit. */
  leaderLabel: string;
  /** Who made the visit, when the article does not say. */
  leaderNotNamed: string;
  accompaniedBy: string;
  /** Before the passages that name the leader and the officials accompanying. */
  officialsNamed: string;
  /** "Henan province figure": what a figure covers; `area` is the city's or province's name. */
  scopeLabel: (scope: Statistic['scope'], area: string) => string;
  /** Heading of an item's review notes. */
  forReview: string;
  saidThere: string;
  /** The disclosure that holds the passage, the date's resolution and the sources. */
  howWeKnow: string;
  siteFigures: string;
  /** The heading of a visit's own figures when some cover more than the site (a city's, a province's). */
  visitFigures: string;
  /** Heading of the figures about the visit's city or province. */
  areaContext: string;
  nationalContext: (industries: string) => string;
  direction: Record<'up' | 'down', string>;
  shareOf: (value: string) => string;
  source: string;
  /** Heading of the reports that tell a visit told by several: "Told by 2 reports". */
  reportsHeading: (n: number) => string;
  /** One of those reports, as a quote or figure names it: "report 2". */
  report: (n: number) => string;
  /** Before the file name of an article's kept text. */
  keptText: string;
  /** The map's credit for several source articles: "Sources: 2 articles". */
  sources: (articles: number) => string;
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
  tourLabel: string;
  previous: string;
  next: string;
  overview: string;
  position: (n: number, total: number) => string;
  announceOpened: (label: string) => string;
  announceClosed: string;
  industry: (key: string) => string;
  /** Shown when the mouse wheel scrolls the page over the map; `key` is "ctrl" or "⌘". */
  wheelHint: (key: string) => string;
  /** Shown when one finger scrolls the page over the map. */
  touchHint: string;
  tilesUnavailable: string;
  /** Shown when a visit could not open: the popup's code failed to load. */
  popupUnavailable: string;
}

const en: Strings = {
  lang: 'en',
  mapLabel: 'Map of inspection visits',
  colon: ': ',
  comma: ', ',
  semicolon: '; ',
  stop: '.',
  listHeading: 'Visits',
  listToggle: (n) => `Visits (${formatInteger(n, 'en')})`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  credits: 'Credits',
  close: 'Close',
  showOnMap: 'Show on map',
  showMore: (next, remaining) => `Show ${next} more (${remaining} not shown)`,
  visited: 'Visited',
  dayPart: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
  articleWording: 'The article says',
  direct: 'Direct quote',
  reported: 'Reported statement',
  precision: {
    county: 'County-level location',
    city: 'City-level location',
    facility: 'Facility location',
    province: 'Province-level location',
  },
  precisionNote: {
    county: 'The marker stands for the county, not the exact site.',
    city: 'The marker stands for the city, not the exact site.',
    facility: 'The marker stands at the site itself.',
    province: 'The marker stands for the province, not the exact site.',
  },
  unnamedSpeaker: 'Speaker not named in the article',
  leaderLabel: 'Visit by',
  leaderNotNamed: 'not named',
  accompaniedBy: 'Accompanied by',
  officialsNamed: 'Who, as the article names them',
  scopeLabel: (scope, area) =>
    ({
      site: 'Site figure',
      county: `${area} county figure`,
      city: `${area} city figure`,
      province: `${area} province figure`,
      national: 'National figure',
    })[scope],
  forReview: 'Marked for review',
  saidThere: 'What was said',
  howWeKnow: 'How we know',
  siteFigures: 'Figures for this site',
  visitFigures: 'Figures told with this visit',
  areaContext: 'Local context',
  nationalContext: (industries) => `National context (${industries})`,
  direction: { up: 'rose', down: 'fell' },
  shareOf: (value) => `${value} of the whole`,
  source: 'Source',
  reportsHeading: (n) => `Told by ${n} reports`,
  report: (n) => `report ${n}`,
  keptText: 'kept text',
  sources: (n) => `Sources: ${n} articles`,
  characters: (start, end) => `characters ${start}–${end}`,
  corroboratedBy: 'Date corroborated by',
  loading: 'Loading visits…',
  loadFailed: 'The visits could not be loaded.',
  retry: 'Try again',
  noVisits: 'No visits to show.',
  visitCount: (n) => (n === 1 ? '1 visit' : `${formatInteger(n, 'en')} visits`),
  problemsNotice: (bad, total) =>
    `${formatInteger(bad, 'en')} of ${formatInteger(total, 'en')} ${total === 1 ? 'visit' : 'visits'} could not be shown.`,
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
  tourLabel: 'Tour of the visits',
  previous: 'Previous',
  next: 'Next',
  overview: 'All visits',
  position: (n, total) => `${formatInteger(n, 'en')} of ${formatInteger(total, 'en')}`,
  announceOpened: (label) => `Opened ${label}`,
  announceClosed: 'Closed the visit',
  industry: (key) => key,
  wheelHint: (key) => `Use ${key} + scroll to zoom the map`,
  touchHint: 'Use two fingers to move the map',
  tilesUnavailable: 'Map tiles are unavailable; the built-in base map is shown.',
  popupUnavailable: "The visit's details could not be loaded. Try again.",
};

/** The Simplified Chinese text, once loaded (see {@link languageReady}). */
let chinese: typeof import('./strings-zh.js') | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the interface text of a language when it is not loaded yet: the Simplified Chinese
 * text is a module of its own, fetched only for a `zh*` language, so that English pages do not
 * carry it. Returns `undefined` when the text is there already (English always is), else a
 * promise that resolves once {@link stringsFor} gives it; it never rejects (where the module
 * cannot load, the text stays English).
 */
export function languageReady(lang: string): Promise<void> | undefined {
  if (!isChinese(lang) || chinese) return undefined;
  loading ??= import('./strings-zh.js').then(
    (m) => {
      chinese = m;
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}

/** The Simplified Chinese texts if loaded, for {@link stringsFor} and `filterStringsFor`. */
export const loadedChinese = (lang: string): typeof chinese =>
  isChinese(lang) ? chinese : undefined;

/**
 * The strings for a BCP 47 language tag: Simplified Chinese for `zh*` (once loaded with
 * {@link languageReady}; English until then), else English.
 */
export function stringsFor(lang: string): Strings {
  return loadedChinese(lang)?.zh ?? en;
}
