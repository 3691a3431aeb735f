/**
 * The editor's work in progress: the article, the draft as edited, and the person's decision on
 * each item. Plain data, so it is stored as JSON in the browser and survives a reload.
 *
 * @module
 */
import type { DraftCollection, DraftSpan } from './engine.js';
import type { ExistingSummary } from './existing-file.js';

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

/**
 * The existing visits file the new visits are merged into, as checked: its name, digest, and
 * what it holds. The file itself is kept in IndexedDB by the merge worker (`merge-api.ts`).
 */
export type MergeTarget = ExistingSummary;

/** What "Publish to this project" wrote: the article's file and the new visits (id and name). */
export interface PublishedTo {
  article: string;
  visits: { id: string; name: string }[];
  /** Visits in the project's file after publishing. */
  total: number;
  /** The id each visit was published under, keyed by its id in the draft: it never changes. */
  ids?: Record<string, string>;
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
  /**
   * For a drafted visit the existing file already tells (by the drafted visit's id): the id of
   * the file's visit it joins (**Same visit**), or `false` (**Separate visit**). Absent: not
   * decided, published as a visit of its own.
   */
  joins?: Record<string, string | false>;
  /** Set once the work is published to the project through its server. */
  publishedTo: PublishedTo | null;
  /**
   * A corroborating report being typed, by visit id, field by field as typed (so a reload loses
   * none of it); dropped when the report is added.
   */
  reportForms?: Record<string, Partial<Record<ReportField, string>>>;
  /**
   * Quotes added by hand (their ids): each is published only with its speaker named (the draft's
   * own quotes may have none, where the article names no one).
   */
  handQuotes?: string[];
  /**
   * Visits whose site a person named by hand (their ids): the name gives the visit's id when it
   * is published (see `withCurrentIds`).
   */
  renamedSites?: string[];
  /**
   * Figures added by hand (their ids), in the order added: an id the editor made from an item's
   * words follows later edits of them (as a hand-added quote's does, see `followWords`).
   */
  handFigures?: string[];
  /**
   * Only in a session just read from storage: its text is kept apart (`session-store.ts`), and
   * `text` is empty until `loadText` (`session-store.ts`) brings it.
   */
  textRef?: TextRef;
}

/** What the live check expects of a quote added by hand without its speaker. */
export const SPEAKER_ASKED = 'the speaker of a quote added by hand';

/** A long article text kept apart from the stored session: which version, and its length. */
export interface TextRef {
  id: string;
  length: number;
}

/** The fields of the form that adds a corroborating report. */
export type ReportField = 'outlet' | 'date' | 'title' | 'url' | 'day';

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
  publishedTo: null,
});

/** Whether there is work a new article would throw away. */
export const hasUnsavedWork = (s: Session): boolean => s.draft !== null && !s.published;

/** Where the work in progress is stored; other tabs of the editor watch it (`storage` event). */
export const SESSION_KEY = 'inspection-map-editor';
/** Where an earlier version kept the existing file's text; dropped when read. */
const OLD_MERGE_KEY = 'inspection-map-editor-merge';

/**
 * Reads the stored session; a missing or unreadable one gives an empty session. A session whose
 * text is kept apart comes with `textRef` and an empty `text`.
 */
export function loadSession(storage: Storage = localStorage): Session {
  try {
    storage.removeItem(OLD_MERGE_KEY);
    const raw = storage.getItem(SESSION_KEY);
    const parsed = raw ? (JSON.parse(raw) as Session) : null;
    if (parsed?.version === 1 && typeof parsed.text === 'string') {
      const merge = parsed.merge && typeof parsed.merge.sha256 === 'string' ? parsed.merge : null;
      const { textRef, ...rest } = parsed;
      const ref =
        textRef && typeof textRef.id === 'string' && typeof textRef.length === 'number'
          ? { textRef: { id: textRef.id, length: textRef.length } }
          : {};
      return { ...rest, merge, publishedTo: parsed.publishedTo ?? null, ...ref };
    }
  } catch {
    // Storage refused (private mode) or the stored text is not ours: start afresh.
  }
  return emptySession();
}

/**
 * Stores the session (the existing file's summary with it; the file itself is in IndexedDB).
 * @param textRef - given when the text is kept apart: the session is stored without it.
 * @returns false when the browser refused (storage full or off): the caller says so.
 */
export function saveSession(
  session: Session,
  storage: Storage = localStorage,
  textRef?: TextRef,
): boolean {
  try {
    const { textRef: _, ...rest } = session;
    const stored = textRef ? { ...rest, text: '', textRef } : rest;
    storage.setItem(SESSION_KEY, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}
