/**
 * The reports that tell a visit. A visit keeps one primary article (`properties.article`) and
 * may cite others: each of its passages (mention, date wording, leader, officials, quotes,
 * figures, other reports' mentions) counts its offsets into the article it names, or into the
 * visit's own when it names none. Everything that needs to know which text a passage stands in
 * (the checker, the card, the CSV) asks here. No DOM.
 *
 * @module
 */
import type { Official, Passage, VisitProperties } from './schema.js';

/** One passage of a visit and the article its offsets count into. */
export interface VisitSource {
  /** Path of the passage below `properties` (`quotes.2`, `quotes.2.parts.1`, `visit.wording`). */
  path: string;
  passage: Passage;
  /** The article's id: the one the item names, else the visit's own. */
  article: string;
  /** Path of the field naming the article, when the item names one (`quotes.2.article`). */
  named: string | undefined;
}

/**
 * Every passage of a visit with its article, in the order of the record: date wording, mention,
 * other reports' mentions, leader, accompanying officials, quotes (and the further parts of a
 * split quote), figures.
 */
export function visitSources(p: VisitProperties): VisitSource[] {
  const out: VisitSource[] = [];
  /** `at` is the item naming the article: the passage itself, or the quote or figure holding it. */
  const add = (path: string, passage: Passage, at: string, named: string | undefined) => {
    out.push({ path, passage, article: named ?? p.article, named: named && `${at}.article` });
  };
  add('visit.wording', p.visit.wording, 'visit.wording', p.visit.wording.article);
  add('mention', p.mention, 'mention', p.mention.article);
  for (const [i, r] of (p.reports ?? []).entries()) {
    add(`reports.${i}.mention`, r.mention, `reports.${i}`, r.article);
  }
  const officials: [string, Official][] = (p.accompanied ?? []).map((o, i) => [
    `accompanied.${i}`,
    o,
  ]);
  if (p.leader) officials.unshift(['leader', p.leader]);
  for (const [at, o] of officials)
    add(`${at}.passage`, o.passage, `${at}.passage`, o.passage.article);
  for (const [i, q] of p.quotes.entries()) {
    const at = `quotes.${i}`;
    add(at, q, at, q.article);
    for (const [k, part] of (q.parts ?? []).entries()) {
      if (k > 0) add(`${at}.parts.${k}`, part, at, q.article);
    }
  }
  for (const [i, s] of p.statistics.entries()) {
    add(`statistics.${i}.passage`, s.passage, `statistics.${i}`, s.article);
  }
  return out;
}

/**
 * The articles that tell a visit, each once: its own article first, then its other reports in
 * their order, then any other article one of its passages names.
 */
export function visitArticles(p: VisitProperties): string[] {
  if (!citesOthers(p)) return [p.article];
  const ids = new Set([p.article]);
  for (const r of p.reports ?? []) ids.add(r.article);
  for (const s of visitSources(p)) ids.add(s.article);
  return [...ids];
}

/**
 * Whether the visit names an article besides its own, anywhere (most visits do not: one report
 * tells them), cheaply, without listing its passages.
 */
export function citesOthers(p: VisitProperties): boolean {
  return (
    (p.reports?.length ?? 0) > 0 ||
    p.mention.article !== undefined ||
    p.visit.wording.article !== undefined ||
    (p.leader !== undefined && p.leader.passage.article !== undefined) ||
    (p.accompanied ?? []).some((o) => o.passage.article !== undefined) ||
    p.quotes.some((q) => q.article !== undefined && q.article !== p.article) ||
    p.statistics.some((s) => s.article !== p.article)
  );
}
