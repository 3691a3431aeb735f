/**
 * What every part of the editor is given: the session, the live check, the interface text, and
 * one way to change the session (an update function the app applies, stores and redraws).
 *
 * @module
 */
import type { CheckResult } from './check.js';
import type { Drafter } from './drafter.js';
import type { ExistingFiles } from './existing.js';
import type { Places } from './places.js';
import type { Session } from './session.js';
import type { EditorStrings } from './strings.js';

/**
 * Changes the session. `typing` names the field being typed into: successive changes of one
 * field are one step for undo, however many keystrokes they took.
 */
export type Update = (change: (s: Session) => Session, options?: { typing?: string }) => void;

export interface EditorContext {
  session: Session;
  check: CheckResult;
  t: EditorStrings;
  update: Update;
  /** Takes back the last change of this visit to the page; `undefined` when there is none. */
  undo: (() => void) | undefined;
  /** The draft engine, in its worker; `undefined` until it is loaded. */
  drafter: Drafter | undefined;
  /** The gazetteer and place records, for choosing a visit's place; loaded on first use. */
  places: () => Promise<Places>;
  /** The existing visits file, in its worker. */
  existing: ExistingFiles;
  /** The project server's publish operation, when it serves this page; else `undefined`. */
  project: string | undefined;
  /**
   * The articles of the project's visits file, when the project's server serves this page and
   * links it (read once the page opens); else none. Their ids are taken, as those of the file
   * chosen to merge into are.
   */
  held?: readonly HeldArticle[] | undefined;
}

/** An article a visits file already holds: its id and the SHA-256 of its text. */
export interface HeldArticle {
  id: string;
  sha256?: string | undefined;
}
