/**
 * The gazetteer and the engine's place records, for choosing a visit's place by hand: loaded on
 * the main thread when first needed (a search must answer as one types), without the rest of
 * the engine, which drafts in its worker.
 *
 * @module
 */
import type { divisionsNamed, gazetteer, isPrefecture } from '../draft/gazetteer.js';
import type { placeRecord } from '../draft/place-record.js';

export type { Place } from '../draft/gazetteer.js';

export interface Places {
  gazetteer: typeof gazetteer;
  placeRecord: typeof placeRecord;
  /** Provinces, prefecture-level cities and counties by name, for a figure's area. */
  divisionsNamed: typeof divisionsNamed;
  /** Whether a name is a prefecture-level city of a province (not only a town of that name). */
  isPrefecture: typeof isPrefecture;
}

let loading: Promise<Places> | undefined;

/** Loads the gazetteer once (about 60 KiB gzipped); rejects when it cannot be loaded. */
export function loadPlaces(): Promise<Places> {
  loading ??= Promise.all([
    import('../draft/gazetteer.js'),
    import('../draft/place-record.js'),
  ]).then(([g, p]) => ({
    gazetteer: g.gazetteer,
    placeRecord: p.placeRecord,
    divisionsNamed: g.divisionsNamed,
    isPrefecture: g.isPrefecture,
  }));
  return loading;
}
