/**
 * What is published: the accepted items of the draft as a visits collection (a person's
 * acceptance settles the item's review notes), and the names of the downloads. Merging into an
 * existing visits file is `existing-file.ts`.
 *
 * @module
 */
import { idMaker, slug } from '../draft/ids.js';
import type { DraftCollection } from './engine.js';
import type { Joins } from './same-visits.js';
import { type ItemKind, itemKey, type Session } from './session.js';

type Reviewed = { review?: string[] };

/** Drops the `review` notes of an item a person accepted. */
function settled<T>(item: T): T {
  const copy = { ...(item as T & Reviewed) };
  delete copy.review;
  return copy;
}

/**
 * The collection as it stands for checking: rejected items left out, accepted ones settled,
 * undecided ones as drafted (their review notes still count as problems).
 *
 * @param only - `accepted`: only accepted items, as published.
 */
export function collectionOf(s: Session, only?: 'accepted'): DraftCollection | null {
  const d = s.draft;
  if (!d) return null;
  const keep = (kind: ItemKind, id: string) => {
    const decision = s.decisions[itemKey(kind, id)];
    return only === 'accepted' ? decision === 'accepted' : decision !== 'rejected';
  };
  const fix =
    <T extends { id: string }>(kind: ItemKind) =>
    (list: T[]) =>
      list
        .filter((x) => keep(kind, x.id))
        .map((x) => (s.decisions[itemKey(kind, x.id)] === 'accepted' ? settled(x) : x));
  const features = d.features
    .filter((f) => keep('visit', f.id))
    .map((f) => {
      const visit =
        s.decisions[itemKey('visit', f.id)] === 'accepted' ? settled(f.properties) : f.properties;
      return {
        ...f,
        properties: {
          ...visit,
          quotes: fix<(typeof f.properties.quotes)[number]>('quote')(f.properties.quotes),
          statistics: fix<(typeof f.properties.statistics)[number]>('figure')(
            f.properties.statistics,
          ),
        },
      };
    });
  const quotes = fix<NonNullable<DraftCollection['quotes']>[number]>('quote')(d.quotes ?? []);
  const out: DraftCollection = {
    ...d,
    articles: d.articles.map(settled),
    statistics: fix<DraftCollection['statistics'][number]>('figure')(d.statistics),
    features,
  };
  if (quotes.length || d.quotes) out.quotes = quotes;
  else delete out.quotes;
  return out;
}

/**
 * The collection with ids made again from what its items say now, as the engine makes them: a
 * visit's `<site>-<date>` (its English name's first four words, its date), a figure's
 * `<measure>-<period>` (the period left out when there is none), "-2" on a second of the same.
 * An id the draft gave before a person corrected the site, the date or the measure
 * (`henan-2012-03-17` for a visit to Xiaoshi Village on 2012-03-18) so never reaches the file or
 * the map's links. Quote and article ids say nothing that changes, and stay.
 *
 * @param joins - **Same visit** choices keyed by the draft's visit ids; returned keyed by the new.
 * @returns a new collection (the one given is not changed) and the joins for it.
 */
export function withCurrentIds(
  c: DraftCollection,
  joins: Joins = {},
): { collection: DraftCollection; joins: Joins } {
  const visitId = idMaker();
  const figureId = idMaker();
  const figure = <T extends { measure: string; period: string | null }>(x: T): T => ({
    ...x,
    id: figureId(x.period ? `${slug(x.measure, 5)}-${x.period}` : slug(x.measure, 5)),
  });
  const renamed: Record<string, string> = {};
  const features = c.features.map((f) => {
    const id = visitId(`${slug(f.properties.name.en)}-${f.properties.visit.date.toLowerCase()}`);
    const joined = joins[f.id];
    if (joined !== undefined) renamed[id] = joined;
    return {
      ...f,
      id,
      properties: { ...f.properties, id, statistics: f.properties.statistics.map(figure) },
    };
  });
  return { collection: { ...c, features, statistics: c.statistics.map(figure) }, joins: renamed };
}

/** The visits file's name, as the dataset names it (`data/visits.geojson`). */
export const VISITS_FILE = 'visits.geojson';

/**
 * The article's file name in `data/articles/`: the last part of the path its record's `file`
 * gives (`data/articles/<id>.txt`), so the download drops into that folder as is.
 */
export const articleFileName = (s: Session): string => {
  const a = s.draft?.articles[0];
  return a?.file.split('/').pop() || `${a?.id ?? 'article'}.txt`;
};

/**
 * The name of the visits download: the dataset's own `visits.geojson` only when it is the
 * existing file with the new visits merged in; otherwise `visits-<article id>.geojson`, so a
 * download of the new visits alone can never replace the dataset's file by mistake.
 */
export const visitsFileName = (s: Session): string =>
  s.merge ? VISITS_FILE : `visits-${s.draft?.articles[0]?.id ?? 'article'}.geojson`;

/** JSON as the dataset writes it: two-space indent, a final newline. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
