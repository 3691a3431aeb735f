/**
 * The shapes the draft engine writes: the visits format's next version (date precision,
 * `review` notes, top-level `quotes`, city and province scopes), as the model defines it.
 *
 * @module
 */

/** A passage of the article: half-open UTF-16 offsets and the exact text there. */
export interface Passage {
  start: number;
  end: number;
  text: string;
}

/** How precise a visit's date is. */
export type Precision = 'day' | 'week' | 'month' | 'year';

/** A name in English, optionally in Simplified Chinese. */
export interface LocalName {
  en: string;
  zh?: string;
}

export interface DraftQuote {
  id: string;
  kind: 'direct' | 'reported';
  /** `null`: the article does not name the speaker. */
  speaker: string | null;
  lang: string;
  start: number;
  end: number;
  text: string;
  /** The article's id (set on quotes that belong to no visit). */
  article?: string;
  review?: string[];
}

export interface DraftStatistic {
  id: string;
  scope: 'site' | 'city' | 'province' | 'national';
  area?: LocalName;
  article: string;
  measure: string;
  value: number | null;
  unit: string | null;
  approximation: string | null;
  direction: 'up' | 'down' | null;
  comparison: string | null;
  period: string;
  periodWording: string;
  industries: string[];
  figure: string;
  passage: Passage;
  review?: string[];
}

export interface DraftArticleRecord {
  id: string;
  title: string;
  date: string;
  section: string | null;
  outlet: string | null;
  language: string;
  translation: string | null;
  file: string;
  sha256: string;
  url?: string;
  titlePassage: Passage | null;
  dateline: Passage | null;
}

export interface DraftVisitDate {
  date: string;
  precision: Precision;
  dayPart: 'morning' | 'afternoon' | 'evening' | null;
  articlePrecision: Precision;
  wording: Passage;
  resolution: string;
  corroboration: { outlet: string; date: string }[];
}

export interface DraftProvince {
  en: string;
  zh?: string;
  geonamesAdmin1?: string;
  basemapId: string;
}

export interface DraftVisitProperties {
  id: string;
  article: string;
  name: LocalName;
  organisation: LocalName;
  facility: LocalName | null;
  industries: string[];
  place: { city: LocalName; province: DraftProvince; country: string };
  visit: DraftVisitDate;
  mention: Passage;
  location: {
    precision: 'facility' | 'city' | 'province';
    source: {
      name: string;
      via: string;
      licence: string;
      url: string;
      entry: Record<string, string>;
    };
  };
  quotes: DraftQuote[];
  statistics: DraftStatistic[];
  review?: string[];
}

export interface DraftFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: DraftVisitProperties;
}

/** A visits FeatureCollection in the dataset's format. */
export interface VisitsCollection {
  type: 'FeatureCollection';
  articles: DraftArticleRecord[];
  statistics: DraftStatistic[];
  features: DraftFeature[];
  quotes: DraftQuote[];
}
