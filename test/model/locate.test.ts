/** Finding where a passage's text stands, in UTF-16 code units, and naming byte offsets. */
import { describe, expect, it } from 'vitest';
import { locate, whereItStands } from '../../src/model/passages.js';

// "𠀀" is two UTF-16 code units and four bytes; "—" one code unit and three bytes.
const text = 'In 𠀀 — he said “go on”, and then “go on” again.';

describe('locate', () => {
  it('finds the occurrence whose UTF-8 byte offsets were recorded', () => {
    const start = text.indexOf('go on');
    const bytesStart = Buffer.byteLength(text.slice(0, start));
    expect([start, bytesStart]).toEqual([17, 23]);
    expect(locate(text, { start: 23, end: 28, text: 'go on' })).toEqual({
      start: 17,
      end: 22,
      bytes: true,
    });
    expect(whereItStands(text, { start: 23, end: 28, text: 'go on' }, 'a1')).toBe(
      '; its text stands at 17–22: 23–28 look like UTF-8 byte offsets',
    );
  });

  it('else the occurrence nearest the recorded start, or none', () => {
    expect(locate(text, { start: 33, end: 38, text: 'go on' })).toEqual({
      start: 35,
      end: 40,
      bytes: false,
    });
    expect(whereItStands(text, { start: 0, end: 4, text: 'gone' }, 'a1')).toBe(
      '; its text does not occur in article a1',
    );
  });
});
