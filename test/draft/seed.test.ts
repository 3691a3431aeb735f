/**
 * The draft engine on the first article, against its curated visits (the `one-article` fixture,
 * the test's own copy: the project's dataset is never read here): it drafts the curated visits (city, province, and the date
 * at the article's precision), all curated quotes and figures at their exact offsets, attached
 * as curated. A behaviour test on a fixture: articles added to the dataset later are curated by
 * people and need not be what the engine drafts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Collection, compareDrafts } from '../../scripts/draft-compare.js';
import { draftArticle } from '../../src/draft/index.js';
import { fixtureFolder, fixtureJson } from '../helpers.js';

describe('drafts of the first article', () => {
  const { rows, misses } = compareDrafts(fixtureJson('one-article') as Collection, (file) =>
    // `file` is the article's path in the fixture's dataset, relative to the folder above it.
    readFileSync(resolve(fixtureFolder('one-article'), '..', file), 'utf8'),
  );

  it.each([
    'visits (city and province)',
    'visit dates',
    'quotes (offsets and kind)',
    'quote speakers',
    'figures (passage and wording)',
    'attachments to visits',
  ])('finds every curated item: %s', (kind) => {
    const row = rows.get(kind);
    expect(row?.curated).toBeGreaterThan(0);
    expect(row?.matched, misses.join('\n')).toBe(row?.curated);
  });

  it.each([
    'visits (city and province)',
    'visit dates',
    'figures (passage and wording)',
    'attachments to visits',
  ])('drafts nothing the curators left out: %s', (kind) => {
    const row = rows.get(kind);
    expect(row?.drafted, misses.join('\n')).toBe(row?.matched);
  });

  it('names President Xi Jinping as the leader of every visit, with the passage naming him', () => {
    const curated = fixtureJson('one-article') as Collection;
    const file = curated.articles[0]?.file as string;
    const text = readFileSync(resolve(fixtureFolder('one-article'), '..', file), 'utf8');
    const { features } = draftArticle(text).collection;
    expect(features).toHaveLength(3);
    for (const f of features) {
      const { leader } = f.properties;
      expect(leader?.name).toEqual({ en: 'Xi Jinping', zh: '习近平' });
      expect(leader?.title?.en).toBe('President');
      const passage = leader?.passage;
      expect(passage && text.slice(passage.start, passage.end)).toBe(passage?.text);
      expect(passage?.text).toMatch(/\bXi\b/);
    }
  });
});
