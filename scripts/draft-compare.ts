/**
 * Compares drafts with a curated visits collection, kind by kind: visits (by city and
 * province), visit dates (span holds the curated day, precision equals the curated
 * `articlePrecision`), quotes (offsets and kind), speakers, figures (passage offsets and
 * wording) and attachments. Used by `npm run draft:eval` and by the seed article's data test.
 */
import { draftArticle } from '../src/draft/index.js';
import { dateSpan as spanOf } from '../src/model/dates.js';

interface Passage {
  start: number;
  end: number;
  text: string;
}
interface Quote extends Passage {
  kind: string;
  speaker: string | null;
}
interface Stat {
  figure: string;
  passage: Passage;
}
interface Feature {
  id: string;
  properties: {
    article: string;
    place: { city: { en: string }; province: { en: string } };
    visit: { date: string; articlePrecision: string; precision?: string };
    quotes: Quote[];
    statistics: Stat[];
  };
}
export interface Collection {
  articles: { id: string; file: string; date: string }[];
  features: Feature[];
  statistics: Stat[];
  quotes?: Quote[];
}

/** Counts of one kind: curated items, drafted items, and matched ones. */
export interface Row {
  curated: number;
  drafted: number;
  matched: number;
}

/**
 * Drafts each curated article (its text from `textOf`) and compares.
 * @returns a row per kind, and one line per difference.
 */
export function compareDrafts(
  curated: Collection,
  textOf: (file: string) => string,
): { rows: Map<string, Row>; misses: string[] } {
  const rows = new Map<string, { curated: number; drafted: number; matched: number }>();
  const add = (kind: string, c: number, d: number, m: number) => {
    const r = rows.get(kind) ?? { curated: 0, drafted: 0, matched: 0 };
    rows.set(kind, { curated: r.curated + c, drafted: r.drafted + d, matched: r.matched + m });
  };
  const misses: string[] = [];

  for (const article of curated.articles) {
    const text = textOf(article.file);
    const draft = draftArticle(text, { id: article.id, date: article.date })
      .collection as unknown as Collection;
    const truth = curated.features.filter((f) => f.properties.article === article.id);
    const where = (f: Feature) =>
      `${f.properties.place.city.en}, ${f.properties.place.province.en}`;
    // Visits, one to one by city and province.
    const pair = new Map<Feature, Feature>();
    const free = [...draft.features];
    for (const t of truth) {
      const i = free.findIndex((d) => where(d) === where(t));
      if (i >= 0) pair.set(t, free.splice(i, 1)[0] as Feature);
      else misses.push(`visit not drafted: ${t.id} (${where(t)})`);
    }
    for (const d of free) misses.push(`visit drafted, not curated: ${d.id} (${where(d)})`);
    add('visits (city and province)', truth.length, draft.features.length, pair.size);
    let dates = 0;
    for (const [t, d] of pair) {
      const span = spanOf(d.properties.visit.date);
      const day = t.properties.visit.date;
      const ok =
        span.start <= day &&
        day <= span.end &&
        span.precision === t.properties.visit.articlePrecision;
      if (ok) dates++;
      else
        misses.push(
          `date: ${t.id}: drafted ${d.properties.visit.date} (${span.precision}), curated ${day} (article: ${t.properties.visit.articlePrecision})`,
        );
    }
    add('visit dates', truth.length, draft.features.length, dates);
    // Quotes and figures, with their owner: a Feature or the top level (null).
    const owned = <T>(c: Collection, pick: (f: Feature) => T[], top: T[]) => [
      ...c.features
        .filter((f) => f.properties.article === article.id)
        .flatMap((f) => pick(f).map((item) => ({ item, owner: f as Feature | null }))),
      ...top.map((item) => ({ item, owner: null as Feature | null })),
    ];
    const topStats = (c: Collection) =>
      c.statistics.filter((s) => (s as unknown as { article: string }).article === article.id);
    const topQuotes = (c: Collection) =>
      (c.quotes ?? []).filter((q) => (q as unknown as { article?: string }).article === article.id);
    const tq = owned(curated, (f) => f.properties.quotes, topQuotes(curated));
    const dq = owned(draft, (f) => f.properties.quotes, topQuotes(draft));
    const ts = owned(curated, (f) => f.properties.statistics, topStats(curated));
    const ds = owned(draft, (f) => f.properties.statistics, topStats(draft));
    const sameQuote = (a: Quote, b: Quote) =>
      a.start === b.start && a.end === b.end && a.kind === b.kind;
    const sameStat = (a: Stat, b: Stat) =>
      a.passage.start === b.passage.start &&
      a.passage.end === b.passage.end &&
      a.figure === b.figure;
    let quotes = 0;
    let speakers = 0;
    let figures = 0;
    let attached = 0;
    const attachedDrafted = [...dq, ...ds].filter((x) => x.owner).length;
    const attachedCurated = [...tq, ...ts].filter((x) => x.owner).length;
    const check = <T>(
      t: { item: T; owner: Feature | null },
      d: { item: T; owner: Feature | null } | undefined,
      label: string,
    ) => {
      if (!d) return misses.push(`${label} not drafted`);
      if (t.owner && d.owner && pair.get(t.owner) === d.owner) attached++;
      else if (t.owner || d.owner)
        misses.push(
          `${label}: attached to ${d.owner?.id ?? 'no visit'}, curated ${t.owner?.id ?? 'no visit'}`,
        );
    };
    for (const t of tq) {
      const d = dq.find((x) => sameQuote(x.item, t.item));
      if (d) quotes++;
      if (d && d.item.speaker === t.item.speaker) speakers++;
      else if (d)
        misses.push(
          `speaker of quote ${t.item.start}: drafted ${d.item.speaker}, curated ${t.item.speaker}`,
        );
      check(t, d, `quote ${t.item.start}-${t.item.end} (${t.item.kind})`);
    }
    for (const d of dq)
      if (!tq.some((t) => sameQuote(t.item, d.item)))
        misses.push(
          `quote drafted, not curated: ${d.item.start}-${d.item.end} (${d.item.kind}): ${d.item.text.slice(0, 60)}…`,
        );
    for (const t of ts) {
      const d = ds.find((x) => sameStat(x.item, t.item));
      if (d) figures++;
      check(t, d, `figure "${t.item.figure}" at ${t.item.passage.start}`);
    }
    for (const d of ds)
      if (!ts.some((t) => sameStat(t.item, d.item)))
        misses.push(`figure drafted, not curated: "${d.item.figure}" at ${d.item.passage.start}`);
    add('quotes (offsets and kind)', tq.length, dq.length, quotes);
    add('quote speakers', tq.length, dq.length, speakers);
    add('figures (passage and wording)', ts.length, ds.length, figures);
    add('attachments to visits', attachedCurated, attachedDrafted, attached);
  }
  return { rows, misses };
}
