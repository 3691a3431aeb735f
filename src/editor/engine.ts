/**
 * The draft engine as the editor uses it (`src/draft/`: article text in, a draft visits
 * collection and its spans out; a gazetteer to search), loaded on demand so the editor's first
 * paint does not wait for the gazetteer; and the collection the editor works on.
 *
 * @module
 */
import type { DraftInputError } from '../draft/index.js';
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

/** The engine's module, as the editor uses it. */
export type Engine = Pick<
  typeof import('../draft/index.js'),
  'draftArticle' | 'gazetteer' | 'placeRecord'
>;

/** The engine's error for input it cannot draft, with a code the editor words. */
export const isDraftInputError = (e: unknown): e is DraftInputError =>
  e instanceof Error && e.name === 'DraftInputError';

/**
 * Loads the engine (with its gazetteer, about 100 KiB gzipped) after the page is drawn.
 * @returns the engine; rejects when it cannot be loaded (the editor then says so).
 */
export const loadEngine = (): Promise<Engine> => import('../draft/index.js');
