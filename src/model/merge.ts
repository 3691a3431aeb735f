/**
 * Several reports of one visit made one visit: drafts (or visits files) of several articles
 * put together, each visit that {@link sameVisit} finds told by another article joined to it.
 * The joined visit keeps its quotes and figures, each naming the article its offsets count
 * into; the most precise date wins, its wording naming the article that gives it; the other
 * article's passage reporting the visit is kept in `reports`; and the visit is marked for review
 * with the reason (a {@link MergeNote}). No DOM.
 *
 * @module
 */
import { finerThan, precisionOf } from './dates.js';
import { freeId } from './ids.js';
import {
  compareKeys,
  type DateMatch,
  type SameVisit,
  type SiteMatch,
  type VisitKey,
  visitKey,
} from './same-visit.js';
import type { Article, Quote, Statistic, VisitFeature, VisitProperties } from './schema.js';
import { searchText } from './search.js';

/** A visits FeatureCollection with its foreign members, as drafts and visits files have them. */
export interface VisitsCollection {
  type: 'FeatureCollection';
  articles: Article[];
  statistics: Statistic[];
  features: VisitFeature[];
  quotes: Quote[];
}

/**
 * Why a visit was joined: it is the same visit as one told by `article` (the `visit` of that
 * article, before the join), found by its site (`site`) and dates (`dates`), `confidence` sure
 * (see {@link SameVisit}); `date` is `taken` when that article's date was the more precise and
 * replaced the visit's, `kept` otherwise.
 */
export interface MergeNote {
  code: 'same-visit';
  article: string;
  visit: string;
  site: SiteMatch;
  dates: DateMatch;
  confidence: number;
  date: 'taken' | 'kept';
}

const SITE_WORDS: Record<SiteMatch, string> = {
  name: 'the same site',
  'name-part': 'one site’s name begins the other’s',
  place: 'the same place, no site named',
  different: 'different sites',
};
const DATE_WORDS: Record<DateMatch, string> = {
  same: 'the same date',
  within: 'one date inside the other',
  overlap: 'dates that share days',
  apart: 'dates apart',
};

/** Why two visits are one, in English: "the same site, one date inside the other, 90% sure". */
export const sameVisitWords = (v: Pick<SameVisit, 'site' | 'dates' | 'confidence'>): string =>
  `${SITE_WORDS[v.site]}, ${DATE_WORDS[v.dates]}, ${Math.round(v.confidence * 100)}% sure`;

/**
 * A merge note in English, as the `review` note stored with the visit: "the same visit as
 * article b2 tells (its luoyang-bearing-2025-05-19): the same site, one date inside the other,
 * 90% sure; the date is b2's, the more precise".
 */
export function mergeNoteText(n: MergeNote): string {
  const why = sameVisitWords(n);
  const date = n.date === 'taken' ? `; the date is ${n.article}'s, the more precise` : '';
  return `the same visit as article ${n.article} tells: ${why}${date}`;
}

/** Makes ids unique among those already taken: the second `x` becomes `x-2`. */
function uniqueIds(): (id: string) => string {
  const taken = new Set<string>();
  return (id) => {
    const out = freeId(id, taken);
    taken.add(out);
    return out;
  };
}

const LOCATION_ORDER = ['facility', 'county', 'city', 'province'] as const;
const finerPoint = (a: VisitProperties, b: VisitProperties) =>
  LOCATION_ORDER.indexOf(a.location.precision) < LOCATION_ORDER.indexOf(b.location.precision);

/**
 * A note that no longer holds once the date is finer: "date only to the week" on a day, "the
 * article gives no date for this visit" once a report gives one.
 */
function staleDateNote(note: string, date: string): boolean {
  const m = /^date only to the (week|month|year)$/.exec(note);
  if (m) return m[1] !== precisionOf(date);
  return note === 'the article gives no date for this visit';
}

/** A visit's item naming its article, as every item joined from another report does. */
const cited = <T extends { article?: string }>(item: T, article: string): T =>
  item.article === undefined ? { ...item, article } : item;

/**
 * Joins `from` (a visit of another article) into `into`, in place.
 *
 * @param options.date - `finest`: the more precise date (and a finer point, a leader where
 *   none is named, officials not named yet) replaces the visit's, and the visit is marked for
 *   review with the note; `keep`: nothing already on `into` changes, only the other report's
 *   passage, quotes and figures are added (the note is returned, not stored).
 * @param options.quoteId - makes a joined quote's id unique; `options.figureId` a figure's.
 */
export function joinVisit(
  into: VisitFeature,
  from: VisitFeature,
  verdict: SameVisit,
  options: {
    date: 'finest' | 'keep';
    quoteId: (id: string) => string;
    figureId: (id: string) => string;
  },
): MergeNote {
  const p = into.properties;
  const q = from.properties;
  const other = q.article;
  p.reports = [...(p.reports ?? []), { article: other, mention: q.mention }, ...(q.reports ?? [])];
  p.quotes = [
    ...p.quotes,
    ...q.quotes.map((quote) => ({ ...cited(quote, other), id: options.quoteId(quote.id) })),
  ];
  p.statistics = [
    ...p.statistics,
    ...q.statistics.map((s) => ({ ...s, id: options.figureId(s.id) })),
  ];
  const taken =
    options.date === 'finest' &&
    finerThan(precisionOf(q.visit.date) ?? 'year', precisionOf(p.visit.date) ?? 'year');
  if (options.date === 'finest') {
    if (taken) p.visit = { ...q.visit, wording: cited(q.visit.wording, other) };
    if (finerPoint(q, p)) {
      into.geometry = from.geometry;
      p.place = q.place;
      p.location = q.location;
    }
    if (!p.leader && q.leader) p.leader = { ...q.leader, passage: cited(q.leader.passage, other) };
    const named = new Set((p.accompanied ?? []).map((o) => searchText(o.name.en)));
    const more = (q.accompanied ?? []).filter((o) => !named.has(searchText(o.name.en)));
    if (more.length) {
      p.accompanied = [
        ...(p.accompanied ?? []),
        ...more.map((o) => ({ ...o, passage: cited(o.passage, other) })),
      ];
    }
  }
  const note: MergeNote = {
    code: 'same-visit',
    article: other,
    visit: from.id,
    site: verdict.site,
    dates: verdict.dates,
    confidence: verdict.confidence,
    date: taken ? 'taken' : 'kept',
  };
  if (options.date === 'finest') {
    const notes = [...(p.review ?? []), ...(q.review ?? [])].filter(
      (n, i, all) => all.indexOf(n) === i && !staleDateNote(n, p.visit.date),
    );
    p.review = [...notes, mergeNoteText(note)];
  }
  return note;
}

/** A visit joined in {@link mergeCollections}, and why. */
export interface Joined {
  /** The id of the visit it was joined to, in the merged collection. */
  visit: string;
  note: MergeNote;
}

/** What {@link mergeCollections} made: the collection, the joins, and what it left out. */
export interface Merged {
  collection: VisitsCollection;
  joined: Joined[];
  /** Articles left out because an earlier one has the same text (SHA-256): `[id, earlier id]`. */
  repeated: [string, string][];
}

/** The collection with its article `from` called `to`: every record citing it follows. */
function renameArticle(c: VisitsCollection, from: string, to: string): VisitsCollection {
  const json = JSON.stringify(c, (key, value) =>
    key === 'article' && value === from ? to : value,
  );
  const renamed = JSON.parse(json) as VisitsCollection;
  for (const a of renamed.articles) if (a.id === from) a.id = to;
  return renamed;
}

/**
 * Puts collections of different articles together (drafts, one per article, in the order
 * given), joining each visit to the same visit told by an earlier article ({@link sameVisit};
 * the surest, and never two visits of one article into one). The joined visit takes the more
 * precise date and point ({@link joinVisit} `finest`) and a review note. Ids stay unique: a
 * repeated visit, quote or figure id gets `-2`, a repeated article id too (with every record
 * citing it); an article whose text (SHA-256) came before is left out with its records.
 *
 * @param collections - each with its articles, visits, loose figures and quotes; not changed.
 */
export function mergeCollections(collections: readonly VisitsCollection[]): Merged {
  const out: VisitsCollection = {
    type: 'FeatureCollection',
    articles: [],
    statistics: [],
    features: [],
    quotes: [],
  };
  const ids = { article: uniqueIds(), visit: uniqueIds(), quote: uniqueIds(), figure: uniqueIds() };
  const texts = new Map<string, string>();
  const joined: Joined[] = [];
  const repeated: [string, string][] = [];
  // Visits by province: two visits in different provinces are never the same.
  const byProvince = new Map<
    string,
    { feature: VisitFeature; key: VisitKey; articles: Set<string> }[]
  >();
  for (const given of collections) {
    let c = structuredClone(given);
    const known = c.articles.find((a) => texts.has(a.sha256));
    if (known) {
      repeated.push([known.id, texts.get(known.sha256) as string]);
      continue;
    }
    for (const a of c.articles) {
      const id = ids.article(a.id);
      if (id !== a.id) c = renameArticle(c, a.id, id);
    }
    for (const a of c.articles) texts.set(a.sha256, a.id);
    out.articles.push(...c.articles);
    out.statistics.push(...c.statistics.map((s) => ({ ...s, id: ids.figure(s.id) })));
    out.quotes.push(...c.quotes.map((q) => ({ ...q, id: ids.quote(q.id) })));
    for (const f of c.features) {
      const key = visitKey(f.properties);
      const list = byProvince.get(key.province) ?? [];
      byProvince.set(key.province, list);
      let best: { entry: (typeof list)[number]; verdict: SameVisit } | undefined;
      for (const entry of list) {
        if (entry.articles.has(f.properties.article)) continue;
        const verdict = compareKeys(entry.key, key);
        if (verdict.same && verdict.confidence > (best?.verdict.confidence ?? 0)) {
          best = { entry, verdict };
        }
      }
      if (best) {
        const { entry, verdict } = best;
        const note = joinVisit(entry.feature, f, verdict, {
          date: 'finest',
          quoteId: ids.quote,
          figureId: ids.figure,
        });
        entry.articles.add(f.properties.article);
        entry.key = visitKey(entry.feature.properties);
        joined.push({ visit: entry.feature.id, note });
        continue;
      }
      const id = ids.visit(f.id);
      const feature: VisitFeature = {
        ...f,
        id,
        properties: {
          ...f.properties,
          id,
          quotes: f.properties.quotes.map((q) => ({ ...q, id: ids.quote(q.id) })),
          statistics: f.properties.statistics.map((s) => ({ ...s, id: ids.figure(s.id) })),
        },
      };
      out.features.push(feature);
      list.push({ feature, key, articles: new Set([f.properties.article]) });
    }
  }
  return { collection: out, joined, repeated };
}
