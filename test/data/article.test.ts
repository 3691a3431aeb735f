import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseVisits } from '../../src/model/load.js';
import {
  ARTICLE_ID,
  articleBytes,
  hasShared,
  ROOT,
  SHARED,
  sha256,
  shippedJson,
} from '../helpers.js';

const { articles } = parseVisits(shippedJson());

describe('the source articles in data/articles', () => {
  it.each(articles.map((a) => [a.id, a] as const))(
    '%s is kept at data/articles/<id>.txt with the digest the dataset records',
    (id, article) => {
      expect(article.file).toBe(`data/articles/${id}.txt`);
      expect(sha256(readFileSync(resolve(ROOT, article.file)))).toBe(article.sha256);
    },
  );

  it.each(articles.map((a) => [a.id, a] as const))(
    '%s holds its title and dateline where the dataset says',
    (_id, article) => {
      const text = readFileSync(resolve(ROOT, article.file), 'utf8');
      // Either may be null in a later format (a title or date given by hand has no passage).
      const { titlePassage: t, dateline: d } = article as {
        titlePassage: typeof article.titlePassage | null;
        dateline: typeof article.dateline | null;
      };
      if (t) expect([text.slice(t.start, t.end), t.text]).toEqual([article.title, article.title]);
      if (!d) return;
      expect(text.slice(d.start, d.end)).toBe(d.text);
      // A date line ("date 2025-05-22") gives the whole date; an agency dateline ("HEFEI, May 14
      // (Xinhua) --") gives the day of the month, and the year comes from elsewhere.
      const iso = d.text.match(/\d{4}-\d{2}-\d{2}/)?.[0];
      if (iso) expect(iso).toBe(article.date);
      else expect(d.text).toMatch(new RegExp(`(^|\\D)0?${Number(article.date.slice(8))}(\\D|$)`));
    },
  );

  it('keeps the first article, 4,399 bytes, dated 2025-05-22', () => {
    const first = articles.find((a) => a.id === ARTICLE_ID);
    expect(articleBytes().length).toBe(4399);
    expect(first?.date).toBe('2025-05-22');
    expect(first?.title).toBe('XI Focus: Fortify the backbone of innovation manufacturing');
  });

  it.runIf(hasShared)('has the first article’s bytes as the shared source, as received', () => {
    const shared = readFileSync(resolve(SHARED, 'seeds', `${ARTICLE_ID}.txt`));
    expect(articleBytes().equals(shared)).toBe(true);
  });
});
