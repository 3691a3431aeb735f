import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVisits } from '../../src/model/load.js';
import {
  ARTICLE_ID,
  articleBytes,
  articleText,
  hasShared,
  SHARED,
  sha256,
  visitsJson,
} from '../helpers.js';

describe('the source article in data/articles', () => {
  const article = parseVisits(visitsJson()).articles[0];

  it('has the digest the dataset records', () => {
    expect(article?.id).toBe(ARTICLE_ID);
    expect(sha256(articleBytes())).toBe(article?.sha256);
    expect(articleBytes().length).toBe(4399);
  });

  it.runIf(hasShared)('has the same bytes as the shared source, as received', () => {
    const shared = readFileSync(resolve(SHARED, 'seeds', `${ARTICLE_ID}.txt`));
    expect(articleBytes().equals(shared)).toBe(true);
  });

  it('holds the title and dateline where the dataset says', () => {
    const text = articleText();
    expect(text.slice(article?.titlePassage.start, article?.titlePassage.end)).toBe(
      'XI Focus: Fortify the backbone of innovation manufacturing',
    );
    expect(text.slice(article?.dateline.start, article?.dateline.end)).toBe('date 2025-05-22');
    expect(article?.date).toBe('2025-05-22');
  });
});
