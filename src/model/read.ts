/**
 * From the bytes of a visits file to parsed JSON, with a problem in words for each way that can
 * fail: too large, empty, not UTF-8, not JSON. Used by the element and by `npm run check-data`.
 *
 * @module
 */
import { MAX_FILE_BYTES } from './limits.js';
import { fileProblem, type Problem } from './problems.js';

/** Either the parsed JSON or why there is none. */
export type ReadResult = { ok: true; json: unknown } | { ok: false; problem: Problem };

/** `20000000` → "20 MB"; `1536` → "1.5 KB". Decimal units, as file managers show them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const shown = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${shown} ${units[unit]}`;
}

/** The problem for a file of `bytes` (or more) over `maxBytes`. */
export function tooLarge(bytes: number, maxBytes: number, atLeast = false): Problem {
  const size = `${atLeast ? 'at least ' : ''}${formatBytes(bytes)}`;
  return fileProblem(
    'too-large',
    `The visits file is ${size}, over the limit of ${formatBytes(maxBytes)}.`,
    `a file of at most ${formatBytes(maxBytes)}`,
    size,
  );
}

/**
 * Decodes and parses a visits file.
 *
 * @param bytes - the file's bytes as received.
 * @param maxBytes - the size limit, default {@link MAX_FILE_BYTES}.
 * @returns the parsed JSON, or a problem with `record: 'file'` and a `code`. Never throws.
 */
export function readVisitsBytes(bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): ReadResult {
  if (bytes.byteLength > maxBytes)
    return { ok: false, problem: tooLarge(bytes.byteLength, maxBytes) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problem: fileProblem(
        'not-utf8',
        'The visits file is not UTF-8 text, which JSON requires.',
        'UTF-8 text',
        'bytes that are not UTF-8',
      ),
    };
  }
  return readVisitsText(text);
}

/**
 * Parses the text of a visits file.
 *
 * @returns the parsed JSON, or a problem saying the file is empty or is not JSON (and, for a
 *   file that starts like HTML, that the URL probably leads to a web page). Never throws.
 */
export function readVisitsText(text: string): ReadResult {
  const trimmed = text.trim();
  if (!trimmed) {
    return {
      ok: false,
      problem: fileProblem(
        'empty',
        'The visits file is empty.',
        'a GeoJSON FeatureCollection',
        text ? 'only white space' : 'nothing',
      ),
    };
  }
  try {
    return { ok: true, json: JSON.parse(trimmed) };
  } catch (error) {
    const start = `“${trimmed.slice(0, 30).replace(/\s+/g, ' ')}”`;
    const why = trimmed.startsWith('<')
      ? `it starts with ${start}, like a web page: is the address right?`
      : `${error instanceof Error ? error.message : String(error)}.`;
    return {
      ok: false,
      problem: fileProblem(
        'not-json',
        `The visits file is not JSON: ${why}`,
        'JSON text',
        `text starting ${start}`,
      ),
    };
  }
}

export { MAX_FILE_BYTES };
