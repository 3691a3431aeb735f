/**
 * The draft engine as the editor sees it: the API of `src/draft/index.ts` (article text in, a
 * draft visits collection and its spans out; a gazetteer to search), loaded on demand so the
 * editor's first paint does not wait for the gazetteer.
 *
 * @module
 */
import type { Article, Quote, Statistic, VisitFeature } from '../model/schema.js';

/** What the engine is told besides the text. */
export interface DraftOptions {
  /** `YYYY-MM-DD` publication date, when the text lacks one. */
  date?: string;
  title?: string;
  outlet?: string;
  url?: string;
  /** Article id; the engine derives one from the text when absent. */
  id?: string;
}

/** One drafted span: UTF-16 offsets into the text, and the id of the item it belongs to. */
export interface DraftSpan {
  kind: 'title' | 'dateline' | 'visit' | 'place' | 'date' | 'quote' | 'figure';
  start: number;
  end: number;
  text: string;
  item: string;
}

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

export interface Draft {
  collection: DraftCollection;
  spans: DraftSpan[];
}

/** A gazetteer place: a city (or a province) with its point and the entry it comes from. */
export interface Place {
  kind: 'city' | 'province';
  name: string;
  /** WGS 84 degrees. */
  lon: number;
  lat: number;
  province: { en: string; zh: string; geonamesAdmin1: string; basemapId: string };
  /** The GeoNames entry, recorded with the point. */
  entry: Record<string, string>;
}

export interface Gazetteer {
  search(query: string, limit?: number): Place[];
  nearest(lon: number, lat: number): Place;
}

/** The engine's module. */
export interface Engine {
  draftArticle(text: string, options?: DraftOptions): Draft;
  gazetteer: Gazetteer;
}

/** The engine's error for input it cannot draft from, with a code the editor words. */
export interface DraftInputErrorLike extends Error {
  code: 'empty' | 'binary' | 'too-large' | 'no-date' | 'bad-date' | 'not-english';
}

export const isDraftInputError = (e: unknown): e is DraftInputErrorLike =>
  e instanceof Error && typeof (e as { code?: unknown }).code === 'string';

// Found at build time: empty until the engine is in the tree, so the editor builds without it.
const modules = import.meta.glob<Engine>('../draft/index.ts');

/**
 * Loads the engine.
 * @returns the engine, or `undefined` when this build has none.
 */
export async function loadEngine(): Promise<Engine | undefined> {
  const load = Object.values(modules)[0];
  return load ? await load() : undefined;
}
