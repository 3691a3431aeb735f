import { describe, expect, it } from 'vitest';
import { formatBytes, readVisitsBytes, readVisitsText } from '../../src/model/read.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const failure = (r: ReturnType<typeof readVisitsText>) =>
  r.ok ? undefined : [r.problem.code, r.problem.message];

describe('reading a visits file', () => {
  it('parses JSON, with or without a byte order mark', () => {
    expect(readVisitsBytes(bytes('{"type":"FeatureCollection","features":[]}'))).toEqual({
      ok: true,
      json: { type: 'FeatureCollection', features: [] },
    });
    expect(readVisitsBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('[]')]))).toEqual({
      ok: true,
      json: [],
    });
  });

  it('says an empty file is empty', () => {
    expect(failure(readVisitsBytes(bytes('')))).toEqual(['empty', 'The visits file is empty.']);
    expect(failure(readVisitsText(' \n\t'))).toEqual(['empty', 'The visits file is empty.']);
  });

  it('says a web page is not JSON, and that the address is probably wrong', () => {
    expect(failure(readVisitsText('<!doctype html><title>Not found</title>'))).toEqual([
      'not-json',
      'The visits file is not JSON: it starts with “<!doctype html><title>Not foun”, like a web page: is the address right?',
    ]);
  });

  it('gives the parser’s reason for other text', () => {
    const found = failure(readVisitsText('{"type": "FeatureCollection",'));
    expect(found?.[0]).toBe('not-json');
    expect(found?.[1]).toMatch(/^The visits file is not JSON: .*JSON.*\.$/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(failure(readVisitsBytes(new Uint8Array([0x7b, 0xff, 0x7d])))).toEqual([
      'not-utf8',
      'The visits file is not UTF-8 text, which JSON requires.',
    ]);
  });

  it('refuses a file over the size limit, before decoding it', () => {
    expect(failure(readVisitsBytes(bytes('[1, 2, 3]'), 8))).toEqual([
      'too-large',
      'The visits file is 9 bytes, over the limit of 8 bytes.',
    ]);
    expect(formatBytes(20_000_000)).toBe('20 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});
