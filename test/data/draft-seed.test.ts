/**
 * The draft engine on the dataset's own articles: `npm run draft` on the seed article drafts the
 * curated visits (city, province, and the date at the article's precision), all curated quotes
 * and figures at their exact offsets, attached as curated.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Collection, compareDrafts } from '../../scripts/draft-compare.js';
import { ROOT, shippedJson } from '../helpers.js';

describe('drafts of the dataset articles', () => {
  const { rows, misses } = compareDrafts(shippedJson() as Collection, (file) =>
    readFileSync(resolve(ROOT, file), 'utf8'),
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
});
