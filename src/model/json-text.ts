/**
 * What `JSON.parse` does not tell: the numbers of a JSON text that JavaScript cannot carry
 * exactly (`1e309` reads as `Infinity`, `12345678901234567890` as `12345678901234567000`), and
 * where each member of the top-level object stands in the text, so records can be appended to
 * its arrays without rewriting a byte of what is there. One pass of `jsonc-parser`'s scanner;
 * `lossless-json` judges each number.
 *
 * @module
 */
import { type JSONPath, visit } from 'jsonc-parser';
import { getUnsafeNumberReason } from 'lossless-json';

/** A number as written that reading changes, at its path in the value. */
export interface UnsafeNumber {
  path: JSONPath;
  /** The number as written. */
  written: string;
  /** What JavaScript reads: `Infinity`, `0`, or the nearest number it can hold. */
  read: string;
  reason: 'overflow' | 'underflow' | 'truncate_integer' | 'truncate_float';
}

/** Where one member of the top-level object stands. */
export interface MemberLayout {
  /** Offset of the opening quote of the member's name. */
  key: number;
  /** Offsets of the value's first character and just after its last. */
  start: number;
  end: number;
  /** For an array: how many items it has, and where the last ends (`-1` when empty). */
  items: number;
  lastEnd: number;
  /** For an array: the column (in characters from its line's start) of its items, when each starts a line. */
  itemIndent: string | null;
}

export interface JsonLayout {
  unsafe: UnsafeNumber[];
  /** The top-level object's members by key, in the order written. */
  members: Map<string, MemberLayout>;
  /** Keys the top-level object has more than once (`JSON.parse` keeps the last). */
  repeated: string[];
  /** Offset of the top-level object's closing brace; `-1` when the value is not an object. */
  close: number;
}

/**
 * Scans a JSON text (one that `JSON.parse` accepts).
 * @param text - the JSON text.
 * @param limit - stop collecting unsafe numbers after this many (default 100).
 */
export function scanJson(text: string, limit = 100): JsonLayout {
  const members = new Map<string, MemberLayout>();
  const repeated: string[] = [];
  const unsafe: UnsafeNumber[] = [];
  let depth = 0;
  let key: string | undefined;
  let keyAt = -1;
  let current: MemberLayout | undefined;
  let close = -1;
  let rootObject = false;
  const indentAt = (offset: number) => {
    const line = text.lastIndexOf('\n', offset - 1) + 1;
    const lead = text.slice(line, offset);
    return /^[ \t]*$/.test(lead) ? lead : null;
  };
  const item = (start: number, end: number) => {
    if (!current) return;
    if (current.items === 0) current.itemIndent = indentAt(start);
    current.items++;
    current.lastEnd = end;
  };
  const starts: number[] = [];
  const begin = (offset: number) => {
    if (depth === 0) rootObject = text[offset] === '{';
    if (depth === 1 && key !== undefined) {
      current = { key: keyAt, start: offset, end: -1, items: 0, lastEnd: -1, itemIndent: null };
      if (members.has(key)) repeated.push(key);
      members.set(key, current);
    }
    starts.push(offset);
    depth++;
  };
  const end = (offset: number) => {
    depth--;
    const start = starts.pop() ?? offset;
    if (depth === 0 && rootObject) close = offset;
    if (depth === 1 && current && current.end === -1) {
      current.end = offset + 1;
      current = undefined;
    } else if (depth === 2) item(start, offset + 1);
  };
  visit(
    text,
    {
      onObjectBegin: begin,
      onArrayBegin: begin,
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (property, offset) => {
        if (depth !== 1) return;
        key = property;
        keyAt = offset;
      },
      onLiteralValue: (value, offset, length, _l, _c, pathSupplier) => {
        if (depth === 1 && key !== undefined) {
          if (members.has(key)) repeated.push(key);
          members.set(key, {
            key: keyAt,
            start: offset,
            end: offset + length,
            items: 0,
            lastEnd: -1,
            itemIndent: null,
          });
        } else if (depth === 2) item(offset, offset + length);
        if (typeof value !== 'number' || unsafe.length >= limit) return;
        const written = text.slice(offset, offset + length);
        const reason = getUnsafeNumberReason(written);
        if (reason) unsafe.push({ path: pathSupplier(), written, read: String(value), reason });
      },
    },
    { disallowComments: true },
  );
  return { unsafe, members, repeated, close };
}
