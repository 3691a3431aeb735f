import { describe, expect, it } from 'vitest';
import { DraftInputError, draftArticle, MAX_ARTICLE_BYTES } from '../../src/draft/index.js';
import { utf8Length } from '../../src/draft/input.js';

const ENGLISH = 'date 2025-05-22\nA title\nThe president visited the port of Rizhao on Monday.';
/** The text of a UTF-16 file (little- or big-endian, with or without its mark) read as UTF-8. */
const asUtf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, a) => a[i ^ 1] ?? 0);

describe('bad input', () => {
  it.each([
    ['empty', '', {}],
    ['empty', '  \n\t ', {}],
    ['binary', `date 2025-05-22\n\u0000\u0001\u0002PK\u0003\u0004`, {}],
    ['utf-16', asUtf8(utf16le(`\ufeff${ENGLISH}`)), {}],
    ['utf-16', asUtf8(utf16be(`\ufeff${ENGLISH}`)), {}],
    ['utf-16', asUtf8(utf16le(ENGLISH)), {}],
    ['too-large', `date 2025-05-22\n${'word '.repeat(MAX_ARTICLE_BYTES / 5 + 1)}`, {}],
    [
      'not-english',
      'date 2025-05-22\n国家主席习近平在河南洛阳考察了洛阳轴承集团股份有限公司。',
      {},
    ],
    ['no-date', 'The president visited the port of Rizhao.', {}],
    ['bad-date', 'date 2025-02-29\nThe president visited.', {}],
    ['bad-date', 'The president visited.', { date: '2025-04-31' }],
  ] as const)('%s', (code, text, options) => {
    let thrown: unknown;
    try {
      draftArticle(text, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DraftInputError);
    expect((thrown as DraftInputError).code).toBe(code);
    expect((thrown as Error).message).toMatch(/^[^\n]+$/);
  });

  it('drafts plain English', () => {
    expect(() => draftArticle(ENGLISH)).not.toThrow();
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('aé中😀')).toBe(1 + 2 + 3 + 4);
  });
});
