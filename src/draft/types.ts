/**
 * The shapes the draft engine writes: the visits format (`src/model/schema.ts`), whose next
 * version has date precision, `review` notes, top-level `quotes`, and city and province scopes.
 *
 * @module
 */
import type { DatePrecision } from '../model/dates.js';
import type {
  Article,
  LocalName,
  Passage,
  Quote,
  Statistic,
  VisitFeature,
  VisitProperties,
} from '../model/schema.js';

export type { LocalName, Passage };
export type Precision = DatePrecision;
export type DraftArticleRecord = Article;
export type DraftQuote = Quote;
export type DraftStatistic = Statistic;
export type DraftFeature = VisitFeature;
export type DraftVisitProperties = VisitProperties;

/** A visits FeatureCollection in the dataset's format, with the quotes of no visit. */
export interface VisitsCollection {
  type: 'FeatureCollection';
  articles: Article[];
  statistics: Statistic[];
  features: VisitFeature[];
  quotes: Quote[];
}
