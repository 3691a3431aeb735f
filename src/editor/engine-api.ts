/**
 * The draft engine as the editor calls it, on whichever thread it runs: an article's text and
 * the fields the person gave in, the draft or the engine's reason for refusing the text out.
 *
 * @module
 */
import { findDates } from '../draft/dates.js';
import { type Draft, DraftInputError, type DraftOptions, draftArticle } from '../draft/index.js';

/** The day some words of the article give, read as the engine reads dates. */
export interface DayOf {
  /** `YYYY-MM-DD`: the first day the words give (the first of a range). */
  date: string;
  dayPart: 'morning' | 'afternoon' | 'evening' | null;
  /** How the words were resolved, in one sentence. */
  resolution: string;
}

/** What drafting gives: the draft, or why the engine refused the text (its error's fields). */
export type DraftOutcome =
  | { ok: true; draft: Draft }
  | { ok: false; code: DraftInputError['code']; message: string; dateline?: string | undefined };

export const engineApi = {
  /** Resolves once the engine (with its gazetteer and chrono-node) is loaded. */
  ready: (): true => true,
  /**
   * The day `words` give, with the publication date as reference ("on Tuesday" is the latest
   * Tuesday not after it; "May 19" without a year the latest such day); `null` when they give
   * no day.
   */
  dayOf(words: string, published: string): DayOf | null {
    const found = findDates(words, published).find((d) => d.precision === 'day');
    return found
      ? { date: found.date, dayPart: found.dayPart, resolution: found.resolution }
      : null;
  },
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
