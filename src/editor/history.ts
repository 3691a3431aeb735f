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
 * history (or one whose sessions hold another text) removes what was kept.
 */
export function saveHistory(past: readonly Session[], now: Session, storage = localStorage): void {
  try {
    if (!past.length || !now.draft || past.some((s) => s.text !== now.text)) {
      storage.removeItem(HISTORY_KEY);
      return;
    }
    const head = stamp(now);
    let kept = past.map(workOf);
    let json = JSON.stringify({ version: 1, head, past: kept } satisfies Stored);
    while (json.length > MAX_CHARS && kept.length > 1) {
      kept = kept.slice(Math.ceil(kept.length / 2));
      json = JSON.stringify({ version: 1, head, past: kept } satisfies Stored);
    }
    if (json.length > MAX_CHARS) storage.removeItem(HISTORY_KEY);
    else storage.setItem(HISTORY_KEY, json);
  } catch {
    // Storage full or refused: the history is only lost, the work itself is stored apart.
    try {
      storage.removeItem(HISTORY_KEY);
    } catch {
      // Storage off altogether.
    }
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
