/**
 * Review notes as problems: an item marked for review (`review: ["speaker not named"]`) is valid
 * in the format and drawn by the element, but `npm run check-data` and the editor's check report
 * each note until a person settles it, so a draft passes except for the items it marks.
 *
 * @module
 */
import { makeProblem, type Problem } from './problems.js';

type Reviewed = { id: string; review?: unknown };

/** What carries review notes: visits, their quotes and figures, loose figures and quotes. */
export interface Reviewable {
  statistics: readonly Reviewed[];
  quotes?: readonly Reviewed[] | undefined;
  features: readonly {
    id: string;
    properties: Reviewed & { quotes: readonly Reviewed[]; statistics: readonly Reviewed[] };
  }[];
}

/**
 * One problem per review note: `luoyang-…: properties.quotes.0.review: marked for review:
 * speaker not named`.
 */
export function reviewProblems(d: Reviewable): Problem[] {
  const out: Problem[] = [];
  const add = (record: string, path: string, item: Reviewed) => {
    const notes = Array.isArray(item.review) ? item.review : [];
    for (const note of notes) {
      const p = makeProblem(record, `${path}review`, 'no review note', note);
      out.push({ ...p, message: `${record}: ${path}review: marked for review: ${note}` });
    }
  };
  for (const s of d.statistics) add(s.id, '', s);
  for (const q of d.quotes ?? []) add(q.id, '', q);
  for (const f of d.features) {
    add(f.id, 'properties.', f.properties);
    for (const [i, q] of f.properties.quotes.entries()) add(f.id, `properties.quotes.${i}.`, q);
    for (const [i, s] of f.properties.statistics.entries()) {
      add(f.id, `properties.statistics.${i}.`, s);
    }
  }
  return out;
}
