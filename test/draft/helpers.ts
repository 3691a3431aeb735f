import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { type DraftOptions, draftArticle } from '../../src/draft/index.js';

/** The text of a test article under test/fixtures/articles/. */
export const article = (name: string): string =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/articles', name), 'utf8');

/** Drafts a test article. */
export const draftFixture = (name: string, options: DraftOptions = {}) =>
  draftArticle(article(name), { id: name.replace(/\.txt$/, ''), ...options });

/** A drafted visit as a table row: site name, county (or '-'), city, province, date. */
export type VisitRow = [string, string, string, string, string];

/**
 * Drafts the lines of a short article published on `published` and gives its visits as rows,
 * in order, after checking that every visit's passage is the article's words at its offsets.
 */
export function draftedVisits(lines: readonly string[], published: string): VisitRow[] {
  const text = lines.join('\n');
  const { collection } = draftArticle(text, { date: published });
  for (const f of collection.features)
    expect(text.slice(f.properties.mention.start, f.properties.mention.end)).toBe(
      f.properties.mention.text,
    );
  return collection.features.map(({ properties: p }) => [
    p.name.en,
    p.place.county?.en ?? '-',
    p.place.city.en,
    p.place.province.en,
    p.visit.date,
  ]);
}
