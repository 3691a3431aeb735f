import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedTopologyModule } from '../../scripts/vite-plugin-basemap.js';
import { ALPHABET, packArcs, unpackArcs } from '../../src/map/packed-arcs.js';
import { BASEMAP_FILE } from '../../src/model/paths.js';
import { readJson } from '../helpers.js';

describe('packed arcs', () => {
  it('writes small numbers in one character and ends each arc with !', () => {
    // 0 → 0, -1 → 1, 1 → 2, 43 → 86 (two digits: 86 = 42 + 1 × 44).
    const { text } = packArcs([
      [
        [0, -1],
        [1, 43],
      ],
      [[-2, 0]],
    ]);
    expect(text).toBe(
      `${ALPHABET[0]}${ALPHABET[1]}${ALPHABET[2]}${ALPHABET[44 + 42]}${ALPHABET[1]}!${ALPHABET[3]}${ALPHABET[0]}!`,
    );
    expect(unpackArcs(text)).toEqual([
      [
        [0, -1],
        [1, 43],
      ],
      [[-2, 0]],
    ]);
  });

  it('uses no character a double-quoted string or a template literal would escape', () => {
    expect(ALPHABET).toHaveLength(88);
    expect(ALPHABET).not.toMatch(/[\\`$"!\s]/);
  });

  it('gives back any quantized arcs exactly', () => {
    const position = fc.tuple(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.integer({ min: -1e9, max: 1e9 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(position, { maxLength: 20 }), { maxLength: 10 }), (arcs) => {
        expect(unpackArcs(packArcs(arcs).text)).toEqual(arcs);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses numbers that are not integers, and characters not its own', () => {
    expect(() => packArcs([[[0.5, 1]]])).toThrow(RangeError);
    expect(() => packArcs([[[0, 1], [2]]])).toThrow('a position of 1 numbers, not 2');
    expect(() => unpackArcs('#\\!')).toThrow("unpackArcs: '\\' at 1");
  });

  it("the base map's module holds the same topology as its file", () => {
    const file = readJson(BASEMAP_FILE) as { arcs: number[][][] };
    const code = packedTopologyModule(JSON.stringify(file));
    const text = JSON.parse(code.match(/unpackArcs\(("[^"]*"), 2\)/)?.[1] ?? '""') as string;
    expect(unpackArcs(text)).toEqual(file.arcs);
    const rest = JSON.parse(code.match(/const topology = (.*);$/m)?.[1] ?? '{}') as object;
    expect({ ...rest, arcs: file.arcs }).toEqual(file);
    // The point of it: fewer bytes than the arcs as JSON.
    expect(text.length).toBeLessThan(JSON.stringify(file.arcs).length / 3);
  });
});
