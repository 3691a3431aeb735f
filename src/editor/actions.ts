/**
 * What the person does to the draft, as pure functions from one session to the next: decide on
 * items, edit them, move quotes and figures between visits, add passages from the text.
 *
 * @module
 */
import type { Quote, Statistic, VisitFeature } from '../model/schema.js';
import type { DraftCollection } from './engine.js';
import { settleNotes } from './notes.js';
import { type Decision, type ItemKey, itemKey, type Session } from './session.js';

/** Where a quote or figure sits: in a visit (its id), or in none (`null`). */
export type Holder = string | null;

/** Every item key of a draft: visits, then their quotes and figures, then unattached ones. */
export function allItemKeys(draft: DraftCollection): ItemKey[] {
  const keys: ItemKey[] = [];
  for (const f of draft.features) {
    keys.push(itemKey('visit', f.id));
    for (const q of f.properties.quotes) keys.push(itemKey('quote', q.id));
    for (const s of f.properties.statistics) keys.push(itemKey('figure', s.id));
  }
  for (const q of draft.quotes ?? []) keys.push(itemKey('quote', q.id));
  for (const s of draft.statistics) keys.push(itemKey('figure', s.id));
  return keys;
}

/** A copy of the session with the draft changed by `change`; marks the work unpublished. */
export function editDraft(s: Session, change: (d: DraftCollection) => void): Session {
  if (!s.draft) return s;
  const draft = structuredClone(s.draft);
  change(draft);
  return { ...s, draft, published: false };
}

export function decide(s: Session, key: ItemKey, decision: Decision | null): Session {
  const decisions = { ...s.decisions };
  if (decision) decisions[key] = decision;
  else delete decisions[key];
  return { ...s, decisions, published: false };
}

/** Accepts every item not rejected. */
export function acceptAll(s: Session): Session {
  if (!s.draft) return s;
  const decisions = { ...s.decisions };
  for (const key of allItemKeys(s.draft))
    if (decisions[key] !== 'rejected') decisions[key] = 'accepted';
  return { ...s, decisions, published: false };
}

/** The visits a quote or figure may be put in: every drafted visit not rejected. */
export const openVisits = (s: Session): VisitFeature[] =>
  (s.draft?.features ?? []).filter((f) => s.decisions[itemKey('visit', f.id)] !== 'rejected');

export const findVisit = (d: DraftCollection, id: string): VisitFeature | undefined =>
  d.features.find((f) => f.id === id);

/** Takes a quote out of wherever it is; `undefined` when there is none with that id. */
function takeQuote(d: DraftCollection, id: string): Quote | undefined {
  for (const list of [...d.features.map((f) => f.properties.quotes), d.quotes ?? []]) {
    const i = list.findIndex((q) => q.id === id);
    if (i >= 0) return list.splice(i, 1)[0];
  }
  return undefined;
}

function takeFigure(d: DraftCollection, id: string): Statistic | undefined {
  for (const list of [...d.features.map((f) => f.properties.statistics), d.statistics]) {
    const i = list.findIndex((s) => s.id === id);
    if (i >= 0) return list.splice(i, 1)[0];
  }
  return undefined;
}

const byStart = <T extends { start: number }>(a: T, b: T) => a.start - b.start;
const byPassage = (a: Statistic, b: Statistic) => a.passage.start - b.passage.start;

/** Puts a quote into a visit, or among the unattached quotes; kept in text order. */
export function placeQuote(d: DraftCollection, quote: Quote, to: Holder): void {
  const visit = to === null ? undefined : findVisit(d, to);
  if (!visit) d.quotes ??= [];
  // As drafted: a quote on no visit names its article; on a visit of that article it does not.
  const article = quote.article ?? d.articles[0]?.id;
  if (!visit && article) quote.article = article;
  if (visit && quote.article === visit.properties.article) delete quote.article;
  const list = visit ? visit.properties.quotes : (d.quotes as Quote[]);
  list.push(quote);
  list.sort(byStart);
}

export function placeFigure(d: DraftCollection, figure: Statistic, to: Holder): void {
  const visit = to === null ? undefined : findVisit(d, to);
  const list = visit ? visit.properties.statistics : d.statistics;
  list.push(figure);
  list.sort(byPassage);
}

/** Moves a quote to another visit (or none); the notes the move settles go. */
export const moveQuote = (s: Session, id: string, to: Holder): Session =>
  editDraft(s, (d) => {
    const from = holderOf(d, 'quote', id);
    const q = takeQuote(d, id);
    if (!q) return;
    placeQuote(d, q, to);
    if (from !== to) settleNotes({ before: q, after: q, moved: true });
  });

export const moveFigure = (s: Session, id: string, to: Holder): Session =>
  editDraft(s, (d) => {
    const from = holderOf(d, 'figure', id);
    const f = takeFigure(d, id);
    if (!f) return;
    placeFigure(d, f, to);
    if (from !== to) settleNotes({ before: f, after: f, moved: true });
  });

/**
 * Applies `change` to `item` and drops the review notes the change fixed.
 *
 * @returns whether the item is now different.
 */
function edited<T>(item: T, change: (x: T) => void): boolean {
  const before = structuredClone(item);
  change(item);
  settleNotes({ before, after: item });
  return JSON.stringify(before) !== JSON.stringify(item);
}

/**
 * Edits the item `key` of the draft with `edit` (which says whether it changed it). An accepted
 * item that changes goes back to review: what was accepted is not what it is now.
 */
function editItem(s: Session, key: ItemKey, edit: (d: DraftCollection) => boolean): Session {
  let changed = false;
  const next = editDraft(s, (d) => {
    changed = edit(d);
  });
  if (!changed || next.decisions[key] !== 'accepted') return next;
  const { [key]: _, ...decisions } = next.decisions;
  return { ...next, decisions };
}

/** Edits one quote in place, wherever it is. */
export const editQuote = (s: Session, id: string, change: (q: Quote) => void): Session =>
  editItem(s, itemKey('quote', id), (d) => {
    for (const list of [...d.features.map((f) => f.properties.quotes), d.quotes ?? []]) {
      const q = list.find((x) => x.id === id);
      if (q) return edited(q, change);
    }
    return false;
  });

export const editFigure = (s: Session, id: string, change: (f: Statistic) => void): Session =>
  editItem(s, itemKey('figure', id), (d) => {
    for (const list of [...d.features.map((f) => f.properties.statistics), d.statistics]) {
      const f = list.find((x) => x.id === id);
      if (f) return edited(f, change);
    }
    return false;
  });

export const editVisit = (s: Session, id: string, change: (f: VisitFeature) => void): Session =>
  editItem(s, itemKey('visit', id), (d) => {
    const f = findVisit(d, id);
    return f ? edited(f, change) : false;
  });

/** Where a quote or figure is now: its visit's id, or `null` when unattached. */
export function holderOf(d: DraftCollection, kind: 'quote' | 'figure', id: string): Holder {
  for (const f of d.features) {
    const list = kind === 'quote' ? f.properties.quotes : f.properties.statistics;
    if (list.some((x) => x.id === id)) return f.id;
  }
  return null;
}

/** The quotes and figures on no visit that are not rejected: those publishing would keep. */
export function unattachedCounts(s: Session): { quotes: number; figures: number } {
  const open = (kind: 'quote' | 'figure') => (x: { id: string }) =>
    s.decisions[itemKey(kind, x.id)] !== 'rejected';
  return {
    quotes: (s.draft?.quotes ?? []).filter(open('quote')).length,
    figures: (s.draft?.statistics ?? []).filter(open('figure')).length,
  };
}

/**
 * Attaches every quote and figure that belongs to no visit to visit `to`, in one change; a
 * rejected one stays where it is.
 */
export function attachUnattached(s: Session, to: string): Session {
  let next = s;
  const open = (key: ItemKey) => s.decisions[key] !== 'rejected';
  for (const q of s.draft?.quotes ?? [])
    if (open(itemKey('quote', q.id))) next = moveQuote(next, q.id, to);
  for (const x of s.draft?.statistics ?? [])
    if (open(itemKey('figure', x.id))) next = moveFigure(next, x.id, to);
  return next;
}
