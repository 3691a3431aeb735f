/**
 * Several articles' drafts put together: a visit told by two articles becomes one, its quotes
 * and figures naming their own articles, the most precise date (and point) winning, marked for
 * review with the reason; ids stay unique; nothing of a visit already there changes when a
 * report only joins it. And on a planted set of 500 visits over 40 articles, every planted pair
 * is joined and no other.
 */
import { describe, expect, it } from 'vitest';
import { parseVisits } from '../../src/model/load.js';
import { joinVisit, mergeCollections, type VisitsCollection } from '../../src/model/merge.js';
import { sameVisit } from '../../src/model/same-visit.js';
import type { VisitFeature, VisitProperties } from '../../src/model/schema.js';
import { mergeScore, pairScore, plant } from '../fixtures/reports/plant.js';
import { ARTICLE, makeStatistic, makeVisit } from './make-visits.js';

type Change = (p: VisitProperties) => void;
const quote = (id: string, start: number, text: string) => ({
  id,
  kind: 'direct' as const,
  speaker: 'Xi Jinping',
  lang: 'en',
  start,
  end: start + text.length,
  text,
});

/** A SHA-256-shaped digest of its own for each id. */
const hex = (id: string) =>
  [...id]
    .map((c) => c.charCodeAt(0).toString(16))
    .join('')
    .padEnd(64, '0');

/** A draft of article `id` with its visits. */
function draft(id: string, features: VisitFeature[]): VisitsCollection {
  for (const f of features) {
    f.properties.article = id;
    for (const s of f.properties.statistics) s.article = id;
  }
  return {
    type: 'FeatureCollection',
    articles: [{ ...ARTICLE, id, file: `data/articles/${id}.txt`, sha256: hex(id) }],
    statistics: [],
    features,
    quotes: [],
  };
}
const port = (id: string, date: string, ...changes: Change[]) =>
  makeVisit(id, date, (p) => {
    p.name = { en: 'Rizhao Port' };
    p.visit.articlePrecision = 'day';
    p.visit.corroboration = [];
    for (const c of changes) c(p);
  });
const wording =
  (start: number, text: string): Change =>
  (p) => {
    p.visit.wording = { start, end: start + text.length, text };
  };

describe('mergeCollections', () => {
  const flash = draft('flash', [
    port('rizhao-port-2024-w21', '2024-W21', wording(10, 'this week'), (p) => {
      p.visit.articlePrecision = 'week';
      p.location.precision = 'province';
      p.quotes = [quote('rizhao-port-modern', 40, 'a modern port')];
      p.review = ['date only to the week'];
    }),
  ]);
  const feature = draft('feature', [
    port('rizhao-port-2024-05-22', '2024-05-22', wording(5, 'on May 22'), (p) => {
      p.name = { en: 'the Rizhao Port Group Co., Ltd.' };
      p.quotes = [quote('rizhao-port-modern', 80, 'keep the port open')];
      p.statistics = [makeStatistic('throughput', 'site')];
      p.leader = { name: { en: 'Xi Jinping' }, passage: { start: 0, end: 2, text: 'Xi' } };
    }),
    port('other-2024-05-22', '2024-05-22', (p) => {
      p.name = { en: 'Rizhao Steel Works' };
    }),
  ]);
  const later = draft('later', [port('rizhao-port-2025-05-20', '2025-05-20')]);

  it('makes one visit of two reports, each item naming its article, the day winning', () => {
    const { collection, joined } = mergeCollections([flash, feature, later]);
    expect(collection.features.map((f) => [f.id, f.properties.visit.date])).toEqual([
      ['rizhao-port-2024-w21', '2024-05-22'],
      ['other-2024-05-22', '2024-05-22'],
      ['rizhao-port-2025-05-20', '2025-05-20'],
    ]);
    const p = collection.features[0]?.properties as VisitProperties;
    expect(p.article).toBe('flash');
    expect(p.reports).toEqual([
      { article: 'feature', mention: { start: 0, end: 4, text: 'went' } },
    ]);
    expect(p.quotes.map((q) => [q.id, q.article, q.start])).toEqual([
      ['rizhao-port-modern', undefined, 40],
      ['rizhao-port-modern-2', 'feature', 80],
    ]);
    expect(p.statistics.map((s) => [s.id, s.article])).toEqual([['throughput', 'feature']]);
    // The day is the feature's, and its wording says so; the city-level point is the feature's.
    expect(p.visit.wording).toEqual({ start: 5, end: 14, text: 'on May 22', article: 'feature' });
    expect(p.location.precision).toBe('city');
    expect(p.leader?.passage.article).toBe('feature');
    expect(p.review).toEqual([
      "the same visit as article feature tells: the same site, one date inside the other, 90% sure; the date is feature's, the more precise",
    ]);
    expect(joined).toEqual([
      {
        visit: 'rizhao-port-2024-w21',
        note: {
          code: 'same-visit',
          article: 'feature',
          visit: 'rizhao-port-2024-05-22',
          site: 'name',
          dates: 'within',
          confidence: 0.9,
          date: 'taken',
        },
      },
    ]);
    const loaded = parseVisits(collection);
    expect(loaded.problems).toEqual([]);
    expect(loaded.visits).toHaveLength(3);
  });

  it('leaves its inputs as they were', () => {
    const before = JSON.stringify([flash, feature]);
    mergeCollections([flash, feature]);
    expect(JSON.stringify([flash, feature])).toBe(before);
  });

  it('never joins two visits of one article into one', () => {
    const twice = draft('twice', [port('a', '2024-05-22'), port('b', '2024-05-22')]);
    const { collection, joined } = mergeCollections([draft('one', [port('x', '2024-05')]), twice]);
    expect(joined.map((j) => j.note.visit)).toEqual(['a']);
    expect(collection.features.map((f) => f.id)).toEqual(['x', 'b']);
  });

  it('drafts a text given twice once, and renames an article id used by another text', () => {
    const copy = { ...flash, articles: flash.articles.map((a) => ({ ...a, id: 'copy' })) };
    const namesake = draft('flash', [port('rizhao-port-2026', '2026')]);
    namesake.articles = namesake.articles.map((a) => ({ ...a, sha256: 'f'.repeat(64) }));
    const { collection, repeated } = mergeCollections([flash, copy, namesake]);
    expect(repeated).toEqual([['copy', 'flash']]);
    expect(collection.articles.map((a) => a.id)).toEqual(['flash', 'flash-2']);
    expect(collection.features.map((f) => [f.id, f.properties.article])).toEqual([
      ['rizhao-port-2024-w21', 'flash'],
      ['rizhao-port-2026', 'flash-2'],
    ]);
  });
});

describe('joinVisit, keeping what is there', () => {
  it('adds the report, its quotes and figures, and changes nothing already on the visit', () => {
    const into = structuredClone(flash0());
    const from = port('rizhao-port-2024-05-22', '2024-05-22', (p) => {
      p.article = 'feature';
      p.quotes = [quote('q', 80, 'keep the port open')];
    });
    const before = JSON.parse(JSON.stringify(into.properties));
    const note = joinVisit(into, from, sameVisit(into.properties, from.properties), {
      date: 'keep',
      quoteId: (id) => `${id}-2`,
      figureId: (id) => id,
    });
    const { quotes, reports, ...rest } = into.properties;
    const { quotes: q0, reports: r0, ...rest0 } = before;
    expect(rest).toEqual(rest0);
    expect(quotes.slice(0, q0.length)).toEqual(q0);
    expect(quotes.slice(q0.length).map((q) => [q.id, q.article])).toEqual([['q-2', 'feature']]);
    expect(reports).toEqual([{ article: 'feature', mention: from.properties.mention }]);
    expect(r0).toBeUndefined();
    expect(note).toMatchObject({ date: 'kept', dates: 'within' });
  });
});

function flash0(): VisitFeature {
  return port('rizhao-port-2024-w21', '2024-W21', (p) => {
    p.visit.articlePrecision = 'week';
    p.quotes = [quote('a', 40, 'a modern port')];
    p.review = ['date only to the week'];
  });
}

describe('500 visits over 40 articles, 100 told twice', () => {
  const planted = plant({ visits: 500, articles: 40, repeats: 0.2 });

  it('plants what it says: 500 visits, 40 articles, 100 pairs in different articles', () => {
    expect(planted.tellings).toHaveLength(500);
    expect(planted.collections).toHaveLength(40);
    const byEvent = new Map<number, typeof planted.tellings>();
    for (const t of planted.tellings) byEvent.set(t.event, [...(byEvent.get(t.event) ?? []), t]);
    const told = [...byEvent.values()].filter((ts) => ts.length === 2);
    expect(told).toHaveLength(100);
    for (const [a, b] of told) expect(a?.article).not.toBe(b?.article);
  });

  it('finds every planted pair the same visit, and no other pair', () => {
    expect(pairScore(planted)).toMatchObject({ precision: 1, recall: 1, right: 100, found: 100 });
  });

  it('joins every planted pair into one visit, and nothing else', () => {
    const { merged, ...score } = mergeScore(planted);
    expect(score).toMatchObject({ precision: 1, recall: 1, right: 100, found: 100 });
    expect(merged.collection.features).toHaveLength(400);
  });
});
