/**
 * Problems: what is wrong with an input, in words a data editor can act on. Every problem names
 * the record, the field path, what the format expects and what was found.
 *
 * @module
 */
import * as v from 'valibot';

export { type FileFailure, fileProblem, type Problem } from './problem.js';

import type { Problem } from './problem.js';

/** Describes a found value briefly: `"north"`, `NaN`, `null`, `nothing`, `an array of 3`. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty array';
    const short = value.length <= 3 && value.every((x) => typeof x === 'number');
    return short ? `[${value.map(describe).join(', ')}]` : `an array of ${value.length}`;
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') {
    return value.length > 40
      ? `${JSON.stringify(value.slice(0, 40)).slice(0, -1)}…"`
      : JSON.stringify(value);
  }
  if (typeof value === 'object') {
    const p = value as { start?: unknown; end?: unknown; text?: unknown };
    if (typeof p.start === 'number' && typeof p.end === 'number' && typeof p.text === 'string') {
      // A passage: say what does not add up.
      return `start ${p.start} and end ${p.end} (${p.end - p.start} characters) around a text of ${p.text.length}`;
    }
    return 'an object';
  }
  return typeof value;
}

/** Builds a problem and its message. */
export function makeProblem(
  record: string,
  path: string,
  expected: string,
  value: unknown,
  note = '',
): Problem {
  const received = describe(value);
  const where = path ? `${record}: ${path}` : record;
  return {
    record,
    path,
    expected,
    received,
    message: `${where}: expected ${expected}, got ${received}${note}`,
  };
}

const WORDS: Record<string, string> = {
  Object: 'an object',
  Array: 'an array',
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

/** valibot's `(Object | null)` → "an object or null"; `"Point"` stays as it is. */
function humanize(expected: string): string {
  const parts = expected.replace(/^\((.*)\)$/, '$1').split(' | ');
  const words = parts.map((p) => WORDS[p] ?? p);
  return words.length > 1
    ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
    : (words[0] ?? '');
}

type Walkable = {
  type?: string;
  entries?: Record<string, unknown>;
  items?: unknown[];
  item?: unknown;
  value?: unknown;
  wrapped?: unknown;
};

/** The schema at a path inside `schema`, or `undefined` where the path leaves it. */
function schemaAt(schema: unknown, keys: readonly unknown[]): Walkable | undefined {
  let s = schema as Walkable | undefined;
  for (const key of keys) {
    while (s && (s.type === 'optional' || s.type === 'nullable')) s = s.wrapped as Walkable;
    if (!s) return undefined;
    if (s.entries && typeof key === 'string') s = s.entries[key] as Walkable;
    else if (s.items && typeof key === 'number') s = s.items[key] as Walkable;
    else if (s.item !== undefined) s = s.item as Walkable;
    else if (s.value !== undefined) s = s.value as Walkable;
    else return undefined;
  }
  return s;
}

/** Our schema's own messages name the requirement; valibot's defaults begin like this. */
const DEFAULT_MESSAGE = /^Invalid [a-z]+: /i;

/**
 * Turns valibot issues for one record into problems. A type error takes its words from the
 * issue's `expected` ("an object or null"); a rule of this module's schema gives its own
 * requirement ("a latitude from -90 to 90"). What was found is the value at the issue's path.
 */
export function toProblems(
  record: string,
  schema: v.GenericSchema,
  issues: readonly v.BaseIssue<unknown>[],
): Problem[] {
  return issues.map((issue) => {
    const path = v.getDotPath(issue) ?? '';
    const keys = issue.path?.map((p) => p.key) ?? [];
    const last = issue.path?.at(-1);
    const found = last && issue.kind === 'validation' ? last.value : issue.input;
    if (issue.kind === 'schema' && issue.input === undefined) {
      return makeProblem(record, path, 'this required field', undefined);
    }
    let expected = DEFAULT_MESSAGE.test(issue.message)
      ? humanize(issue.expected ?? issue.message)
      : issue.message;
    const nullable = schemaAt(schema, keys)?.type === 'nullable';
    if (issue.kind === 'schema' && nullable && !/\bnull\b/.test(expected)) {
      expected = `${expected} or null`;
    }
    return makeProblem(record, path, expected, found);
  });
}
