/**
 * What is published: the accepted items of the draft as a visits collection (a person's
 * acceptance settles the item's review notes), and that collection merged into an existing
 * visits file without changing anything already in it.
 *
 * @module
 */
import type { DraftCollection } from './engine.js';
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

/** Every `id` string anywhere in a JSON value. */
function idsIn(value: unknown, ids: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const x of value) idsIn(x, ids);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') ids.add(v);
      else idsIn(v, ids);
    }
  }
  return ids;
}

/** Why a merge cannot be done, in words for the person. */
export class MergeError extends Error {}

/**
 * Appends the new collection's articles, figures, visits and unattached quotes to an existing
 * visits file. The existing records stay exactly as they were; a new id already used in the
 * file gets a suffix (`-2`, `-3`, …), and a visit's `properties.id` follows its Feature id.
 *
 * @param existing - the text of the existing file.
 * @throws {@link MergeError} when it is not a visits FeatureCollection, or already holds the article.
 */
export function mergeInto(existing: string, added: DraftCollection): Record<string, unknown> {
  let base: Record<string, unknown>;
  try {
    base = JSON.parse(existing) as Record<string, unknown>;
  } catch {
    throw new MergeError('not-json');
  }
  if (base?.type !== 'FeatureCollection' || !Array.isArray(base.features)) {
    throw new MergeError('not-a-collection');
  }
  const articles = (base.articles as { id?: string }[] | undefined) ?? [];
  if (added.articles.some((a) => articles.some((b) => b.id === a.id))) {
    throw new MergeError('same-article');
  }
  const used = idsIn(base, new Set());
  const unique = (id: string) => {
    let out = id;
    for (let n = 2; used.has(out); n++) out = `${id}-${n}`;
    used.add(out);
    return out;
  };
  const fresh = structuredClone(added);
  for (const f of fresh.features) {
    f.id = unique(f.id);
    f.properties.id = f.id;
    for (const q of f.properties.quotes) q.id = unique(q.id);
    for (const s of f.properties.statistics) s.id = unique(s.id);
  }
  for (const s of fresh.statistics) s.id = unique(s.id);
  for (const q of fresh.quotes ?? []) q.id = unique(q.id);
  const merged: Record<string, unknown> = { ...base };
  merged.articles = [...articles, ...fresh.articles];
  merged.statistics = [...((base.statistics as unknown[]) ?? []), ...fresh.statistics];
  merged.features = [...(base.features as unknown[]), ...fresh.features];
  if (fresh.quotes?.length || base.quotes) {
    merged.quotes = [...((base.quotes as unknown[]) ?? []), ...(fresh.quotes ?? [])];
  }
  return merged;
}

/** JSON as the dataset writes it: two-space indent, a final newline. */
export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
