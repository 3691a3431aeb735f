/**
 * Undo across a reload: the changes made to a draft (the sessions before each, the latest
 * last) are kept in `localStorage` when the page is hidden or left, and taken back when the
 * editor opens on the same work. They are stored without the article's text (a draft's text
 * does not change: undo history starts again with each new article), and only for the session
 * they lead to: a session changed since (in another tab, or a new article) finds none. What
 * does not fit in storage is dropped from the oldest change on.
 *
 * @module
 */
import type { Session } from './session.js';

/** Where the history is kept. */
export const HISTORY_KEY = 'inspection-map-editor-history';
/** The most characters the stored history takes (the oldest changes are dropped past it). */
const MAX_CHARS = 1_000_000;

/** A session's work without its text: what tells two versions of the work apart. */
const workOf = (s: Session) => {
  const { text: _, textRef: __, published: ___, ...work } = s;
  return work;
};

/** The work a history leads to, as text: it is taken back only for this same work. */
const stamp = (s: Session): string => {
  const w = workOf(s);
  return JSON.stringify([
    w.draft,
    w.decisions,
    w.fields,
    w.spans,
    w.joins,
    w.handQuotes,
    w.handFigures,
  ]);
};

interface Stored {
  version: 1;
  /** The work the history leads to (see `stamp`). */
  head: string;
  /** The earlier sessions, without their text, oldest first. */
  past: Omit<Session, 'text' | 'textRef' | 'published'>[];
}

/**
 * Keeps `past`, the sessions before `now`, for the next time the page opens on `now`; an empty
 * history (or one whose sessions hold another text) removes what was kept. What does not fit
 * ({@link MAX_CHARS}, or the room the browser's storage has left) loses its older half, again
 * until it fits; the history is only lost, never the work, which is stored apart.
 */
export function saveHistory(past: readonly Session[], now: Session, storage = localStorage): void {
  const remove = () => {
    try {
      storage.removeItem(HISTORY_KEY);
    } catch {
      // Storage off altogether.
    }
  };
  // The history kept before makes no room for this one.
  remove();
  if (!past.length || !now.draft || past.some((s) => s.text !== now.text)) return;
  const head = stamp(now);
  let kept = past.map(workOf);
  for (;;) {
    const json = JSON.stringify({ version: 1, head, past: kept } satisfies Stored);
    try {
      if (json.length <= MAX_CHARS) {
        storage.setItem(HISTORY_KEY, json);
        return;
      }
    } catch {
      // Storage full (or refused): try with less.
    }
    if (kept.length <= 1) return;
    kept = kept.slice(Math.ceil(kept.length / 2));
  }
}

/**
 * The sessions before `now` kept by {@link saveHistory}, oldest first, each with `now`'s text;
 * none when what was kept leads to other work.
 */
export function loadHistory(now: Session, storage = localStorage): Session[] {
  try {
    const raw = storage.getItem(HISTORY_KEY);
    const stored = raw ? (JSON.parse(raw) as Stored) : null;
    if (!now.draft || stored?.version !== 1 || !Array.isArray(stored.past)) return [];
    if (stored.head !== stamp(now)) return [];
    return stored.past.map((s) => ({ ...s, text: now.text, published: false }));
  } catch {
    return [];
  }
}
