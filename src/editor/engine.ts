/**
 * The types the editor shares with the draft engine (`src/draft/`: article text in, a draft
 * visits collection and its spans out), and the collection the editor works on. The engine
 * itself runs in a worker (`drafter.ts`); the gazetteer for choosing places is `places.ts`.
 *
 * @module
 */
import type { Article, Quote, Statistic, VisitFeature } from '../model/schema.js';

export type { DraftOptions, DraftSpan, Place } from '../draft/index.js';

/** A visits collection in the dataset's format, as drafted or as published. */
export interface DraftCollection {
  type: 'FeatureCollection';
  $schema?: string;
  articles: Article[];
  statistics: Statistic[];
  features: VisitFeature[];
  /** Quotes that belong to no visit yet. */
  quotes?: Quote[];
}
