/**
 * What is published: the accepted items of the draft as a visits collection (a person's
 * acceptance settles the item's review notes), and the names of the downloads. Merging into an
 * existing visits file is `existing-file.ts`.
 *
 * @module
 */
import { idMaker, slug } from '../draft/ids.js';
import { VISITS_FILE_NAME } from '../model/paths.js';
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
 * The collection with each visit's id made again, as the engine makes it (`<site>-<date>`: its
 * English name's first four words, its date; "-2" on a second of the same), when the id no
 * longer says what the visit is: a draft's `henan-2012-03-17` for a visit a person moved to
 * Xiaoshi Village on 2012-03-18, or `home-retired-role-model-2008-05-01` for a site a person
 * renamed "Home of Wang Zhongwen" (`namedByHand`), so never reaches the file or the map's links.
 * Otherwise an id that still ends with the visit's date and begins with its site's first word
 * stays, chosen by a person or not (`bensteel-cold-rolling-mill-2025-01-23` for Bensteel Group
 * on that day); so does the id a visit was published under (`published`): a published id
 * never changes. Figure, quote and article ids stay as they are.
 *
 * @param joins - **Same visit** choices keyed by the draft's visit ids; returned keyed by the new.
 * @param published - the id each visit was published under, keyed by its draft id.
 * @param namedByHand - ids of the visits whose site a person named by hand (typed its name).
 * @returns a new collection (the one given is not changed) and the joins for it.
 */
export function withCurrentIds(
  c: DraftCollection,
  joins: Joins = {},
  published: Readonly<Record<string, string>> = {},
  namedByHand: ReadonlySet<string> = new Set(),
): { collection: DraftCollection; joins: Joins } {
  const base = (f: DraftCollection['features'][number]) =>
    `${slug(f.properties.name.en)}-${f.properties.visit.date.toLowerCase()}`;
  const stillTrue = (f: DraftCollection['features'][number]): boolean => {
    const date = f.properties.visit.date.toLowerCase();
    const m = new RegExp(`^([a-z0-9]+(?:-[a-z0-9]+)*?)-${date}(?:-(\\d+))?$`).exec(f.id);
    // "-13" after a month's date is the day it had before, not a second visit's "-2".
    const finer = m?.[2]?.length === 2 && /^\d{4}(?:-\d{2})?$/.test(date);
    const site = slug(f.properties.name.en);
    // A site a person named by hand gives the id whole; else its first word is enough.
    return (
      !finer &&
      (namedByHand.has(f.id) ? m?.[1] === site : m?.[1]?.split('-')[0] === site.split('-')[0])
    );
  };
  const kept = new Set([
    ...c.features.filter(stillTrue).map((f) => f.id),
    ...c.features.flatMap((f) => published[f.id] ?? []),
  ]);
  const unique = idMaker();
  const fresh = (b: string): string => {
    for (;;) {
      const id = unique(b);
      if (!kept.has(id)) return id;
    }
  };
  const renamed: Record<string, string> = {};
  const features = c.features.map((f) => {
    const id = published[f.id] ?? (kept.has(f.id) ? f.id : fresh(base(f)));
    const joined = joins[f.id];
    if (joined !== undefined) renamed[id] = joined;
    return id === f.id ? f : { ...f, id, properties: { ...f.properties, id } };
  });
  return { collection: { ...c, features }, joins: renamed };
}

/** The visits file's name, as the dataset names it (see `VISITS_FILE_NAME`). */
export const VISITS_FILE = VISITS_FILE_NAME;

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
