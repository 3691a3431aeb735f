/**
 * The draft engine as the editor calls it, on whichever thread it runs: an article's text and
 * the fields the person gave in, the draft or the engine's reason for refusing the text out.
 *
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { type Draft, DraftInputError, type DraftOptions, draftArticle } from '../draft/index.js';
import { publicationDate } from '../draft/publication-date.js';
import { dateOfWords } from './selected-date.js';
import { speakerOf } from './speaker-of.js';

export type { DayOf, DaysApart } from './selected-date.js';

/** What drafting gives: the draft, or why the engine refused the text (its error's fields). */
export type DraftOutcome =
  | { ok: true; draft: Draft }
  | { ok: false; code: DraftInputError['code']; message: string; dateline?: string | undefined };

export const engineApi = {
  /** Resolves once the engine (with its gazetteer and chrono-node) is loaded. */
  ready: (): true => true,
  /** The day, or the days, some words of the article give: see `dateOfWords`. */
  dayOf: dateOfWords,
  /** The speaker the engine finds for some words of the article: see `speakerOf`. */
  speakerOf,
  /** The publication date the head of a text states: see `publicationDate`. */
  publicationDate,
  /** SHA-256 of the text's UTF-8 bytes, lower-case hex (as the draft's `sha256`). */
  sha256: (text: string): string => bytesToHex(sha256(new TextEncoder().encode(text))),
  draft(text: string, options: DraftOptions): DraftOutcome {
    try {
      return { ok: true, draft: draftArticle(text, options) };
    } catch (error) {
      if (!(error instanceof DraftInputError)) throw error;
      return { ok: false, code: error.code, message: error.message, dateline: error.dateline };
    }
  },
};

export type EngineApi = typeof engineApi;
