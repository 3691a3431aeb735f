/**
 * Default limits of fetching a visits file, apart from the code that fetches, so that code can
 * load only when a `src` is given.
 *
 * @module
 */

/** How long a visits file may take to arrive, in milliseconds, by default. */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * The largest visits file accepted, in bytes (20 MB). A file of the current format holds about
 * 6 KB per visit, so this is room for some 3,000 richly quoted visits; past it, parsing and
 * drawing would stall a phone. Larger sets can be given as `data`, or with a higher `max-bytes`.
 */
export const MAX_FILE_BYTES = 20_000_000;
