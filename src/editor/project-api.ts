/**
 * The one operation the project's own server offers the editor (`scripts/vite-plugin-publish.ts`,
 * in `npm start` and `npm run dev` only): publish the accepted work of one article into the
 * project's `data/`. Shared by the page and the server, so both speak the same shapes. No DOM.
 *
 * - `POST` {@link PUBLISH_PATH} with `Content-Type: application/json` and a
 *   {@link PublishRequest} of at most {@link MAX_PUBLISH_BYTES} bytes, from a page of the same
 *   origin on the same machine (loopback address, `Host` and `Origin` its own).
 * - Any other method on the path is answered `405` with `Allow: POST`.
 * - The server announces the operation in the editor page it serves, with a
 *   `<meta name="inspection-map-publish" content="/__inspection-map/publish">`: a page without
 *   it (a static copy anywhere else) offers the downloads instead.
 *
 * @module
 */
import type { DraftCollection } from './engine.js';

/** The operation's path on the project's server. */
export const PUBLISH_PATH = '/__inspection-map/publish';

/** The `name` of the `<meta>` by which the server announces the operation in the editor page. */
export const PUBLISH_META = 'inspection-map-publish';

/**
 * The largest request accepted, in bytes (8 MiB): an article of at most 1 MiB, written as a
 * JSON string (escapes can double it), and its visits with their passages.
 */
export const MAX_PUBLISH_BYTES = 8 * 1024 * 1024;

/** What the editor sends: the article's text exactly as drafted, and the accepted work. */
export interface PublishRequest {
  /** The article's text: every offset in `visits` counts into it. */
  article: string;
  /** The accepted items as a visits collection of this one article (`collectionOf(s, 'accepted')`). */
  visits: DraftCollection;
  /**
   * Drafted visits that join a visit of the project's file (**Same visit**): drafted visit id →
   * the file's visit id. A visit the file does not have is appended instead.
   */
  joins?: Record<string, string>;
}

/**
 * Why publishing was refused: `forbidden` (not from this machine's own page), `bad-request`
 * (not a {@link PublishRequest}), `too-large`, `not-json`, `existing-problems` (the project's
 * visits file fails the checker: nothing is merged into it), `held` (it holds another text under
 * this article's id, or a visit of this article holds another report's work), `exists` (`data/articles/` has another text under that name), `problems` (the
 * merged file would fail the checker), `changed` (the file changed while publishing: try
 * again), `write-failed`, `rebuild-failed` (written, but the page was not rebuilt).
 */
export type PublishErrorCode =
  | 'forbidden'
  | 'bad-request'
  | 'too-large'
  | 'not-json'
  | 'existing-problems'
  | 'held'
  | 'exists'
  | 'problems'
  | 'changed'
  | 'write-failed'
  | 'rebuild-failed';

/** The server's answer. Messages are in English; the editor words each code in its language. */
export type PublishResponse =
  | {
      ok: true;
      /** Where the article was written: `data/articles/<id>.txt`. */
      article: string;
      /** The new visits' ids in the published file (an id already used gets `-2`). */
      visits: string[];
      /** Visits in the published file. */
      total: number;
      /**
       * The article was published before (the same text): the ids of the visits it had, which
       * the new ones replaced (the previous file is `visits.geojson.bak`).
       */
      replaced?: string[];
    }
  | {
      ok: false;
      code: PublishErrorCode;
      /** One sentence saying why. */
      error: string;
      /** The checker's problems, one line each (for `problems`, `existing-problems`). */
      problems?: string[];
      /** For `rebuild-failed`: the new visits, written all the same. */
      visits?: string[];
    };
