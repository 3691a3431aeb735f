/**
 * A TopoJSON topology's arcs as one string of printable characters, for shipping the base map:
 * the same integers as the JSON arrays, about a quarter smaller once gzipped (the base map's
 * arcs: 13.5 KiB as JSON, 10.1 KiB packed). Lossless: `unpackArcs(packArcs(arcs))` gives the
 * arcs back exactly, so the map drawn from them is the same.
 *
 * Each integer (a quantized position, delta-encoded as TopoJSON has it) is zigzagged to a
 * natural number and written in base {@link BASE}, least significant digit first: digits that
 * continue the number are drawn from the upper half of {@link ALPHABET}, the last digit from
 * the lower half. `!` ends an arc.
 *
 * @module
 */

/**
 * 88 characters that need no escaping in a double-quoted JavaScript or JSON string, nor in a template
 * literal: `#` to `}` without `\`, `` ` `` and `$`.
 */
export const ALPHABET = Array.from({ length: 91 }, (_, i) => String.fromCharCode(35 + i))
  .filter((c) => c !== '\\' && c !== '`' && c !== '$')
  .join('');
/** Digits per half of the alphabet. */
const BASE = ALPHABET.length / 2;
/** Ends an arc. */
const END = '!';

/** One arc: positions of integers, `[x, y]` (or more dimensions), as TopoJSON gives them. */
export type Arc = number[][];

/**
 * Packs quantized arcs into a string. Throws a `RangeError` for a number that is not a safe
 * integer (arcs of a topology without a `transform` are not quantized: pack only quantized ones).
 */
export function packArcs(arcs: readonly Arc[]): { text: string; dimensions: number } {
  const dimensions = arcs[0]?.[0]?.length ?? 2;
  let text = '';
  for (const arc of arcs) {
    for (const position of arc) {
      if (position.length !== dimensions) {
        throw new RangeError(
          `packArcs: a position of ${position.length} numbers, not ${dimensions}`,
        );
      }
      for (const n of position) {
        if (!Number.isSafeInteger(n)) throw new RangeError(`packArcs: ${n} is not an integer`);
        let v = n < 0 ? -2 * n - 1 : 2 * n;
        while (v >= BASE) {
          text += ALPHABET[BASE + (v % BASE)];
          v = Math.floor(v / BASE);
        }
        text += ALPHABET[v];
      }
    }
    text += END;
  }
  return { text, dimensions };
}

/** Unpacks what {@link packArcs} wrote. Throws a `SyntaxError` for a character not in its alphabet. */
export function unpackArcs(text: string, dimensions = 2): Arc[] {
  const digit = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) digit[ALPHABET.charCodeAt(i)] = i;
  const end = END.charCodeAt(0);
  const arcs: Arc[] = [];
  let arc: Arc = [];
  let position: number[] = [];
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === end) {
      arcs.push(arc);
      arc = [];
      continue;
    }
    const d = code < 128 ? digit[code] : -1;
    if (d === undefined || d < 0) throw new SyntaxError(`unpackArcs: '${text[i]}' at ${i}`);
    if (d >= BASE) {
      value += (d - BASE) * scale;
      scale *= BASE;
      continue;
    }
    value += d * scale;
    position.push(value % 2 === 1 ? -(value + 1) / 2 : value / 2);
    value = 0;
    scale = 1;
    if (position.length === dimensions) {
      arc.push(position);
      position = [];
    }
  }
  return arcs;
}
