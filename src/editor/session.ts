/**
 * The editor's work in progress: the article, the draft as edited, and the person's decision on
 * each item. Plain data, so it is stored as JSON in the browser and survives a reload.
 *
 * @module
 */
import type { DraftCollection, DraftSpan } from './engine.js';

/** What the person decided about an item; an item with no decision is still to review. */
export type Decision = 'accepted' | 'rejected';

/** The kinds of item the review panel lists. */
export type ItemKind = 'visit' | 'quote' | 'figure';

/** An item's key in {@link Session.decisions}: `visit:<id>`, `quote:<id>` or `figure:<id>`. */
export type ItemKey = `${ItemKind}:${string}`;
export const itemKey = (kind: ItemKind, id: string): ItemKey => `${kind}:${id}`;

/** The article's own fields, as the input panel shows them. */
export interface ArticleFields {
  /** `YYYY-MM-DD`, or `''` when the text gives the date. */
  date: string;
  title: string;
  outlet: string;
  url: string;
}

/** An existing visits file opened to merge the new visits into, kept as its text. */
export interface MergeTarget {
  name: string;
  text: string;
}

export interface Session {
  version: 1;
  /** The article's text, exactly as pasted or read: every offset counts into it. */
  text: string;
  /** The name of the file it was read from, if any (the engine derives the article id from it). */
  fileName: string | null;
  fields: ArticleFields;
  /** The draft as edited; `null` before drafting. */
  draft: DraftCollection | null;
  /** The spans the engine marked, and the spans of items added by hand. */
  spans: DraftSpan[];
  decisions: Record<ItemKey, Decision>;
  /** True when everything has been downloaded since the last change. */
  published: boolean;
  merge: MergeTarget | null;
}

export const emptySession = (): Session => ({
  version: 1,
  text: '',
  fileName: null,
  fields: { date: '', title: '', outlet: '', url: '' },
  draft: null,
  spans: [],
  decisions: {},
  published: false,
  merge: null,
});

/** Whether there is work a new article would throw away. */
export const hasUnsavedWork = (s: Session): boolean => s.draft !== null && !s.published;

const KEY = 'inspection-map-editor';
/** The existing visits file is stored on its own: it may be too large for the browser's storage. */
const MERGE_KEY = 'inspection-map-editor-merge';

/** Reads the stored session; a missing or unreadable one gives an empty session. */
export function loadSession(storage: Storage = localStorage): Session {
  try {
    const raw = storage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Session) : null;
    if (parsed?.version === 1 && typeof parsed.text === 'string') {
      const merge = storage.getItem(MERGE_KEY);
      return { ...parsed, merge: merge ? (JSON.parse(merge) as MergeTarget) : null };
    }
  } catch {
    // Storage refused (private mode) or the stored text is not ours: start afresh.
  }
  return emptySession();
}

/**
 * Stores the session. The existing visits file opened for merging is stored apart, so a file
 * too large to keep does not cost the rest of the work.
 * @returns false when the browser refused the work itself (storage full or off): the caller
 *   says so. A merge target that does not fit is only kept until the page is closed.
 */
export function saveSession(session: Session, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(KEY, JSON.stringify({ ...session, merge: null }));
  } catch {
    return false;
  }
  try {
    if (session.merge) storage.setItem(MERGE_KEY, JSON.stringify(session.merge));
    else storage.removeItem(MERGE_KEY);
  } catch {
    storage.removeItem(MERGE_KEY);
  }
  return true;
}
