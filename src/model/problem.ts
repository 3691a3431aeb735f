/**
 * The shape of a problem, and a problem with a whole file: what code that only reports such
 * problems needs, without the checking code (see `problems.ts` for the rest).
 *
 * @module
 */

/** Why a whole file could not be used; set on problems whose `record` is `file`. */
export type FileFailure =
  | 'bad-address'
  | 'not-found'
  | 'http-error'
  | 'network'
  | 'timeout'
  | 'too-large'
  | 'empty'
  | 'not-utf8'
  | 'not-json'
  | 'not-a-collection';

/**
 * One thing wrong with an input.
 * - `record`: the record's id, or its place (`features[3]`) when it has no usable id;
 *   `file` for a problem with the whole input.
 * - `path`: dotted field path inside the record (`properties.visit.date`), `''` for the record.
 * - `expected` / `received`: what the format wants and what was found.
 * - `message`: all of that in one sentence, for people.
 * - `code`: for a problem with the whole file, what kind of failure it was.
 */
export interface Problem {
  record: string;
  path: string;
  expected: string;
  received: string;
  message: string;
  code?: FileFailure;
}

/** A problem with the whole file, told as a sentence. */
export function fileProblem(
  code: FileFailure,
  message: string,
  expected: string,
  received: string,
): Problem {
  return { record: 'file', path: '', expected, received, message, code };
}
