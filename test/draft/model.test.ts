/**
 * Drafts load with the model's own loader: every fixture article's draft is valid in the
 * format (base-map provinces included) and every passage holds the article's text.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import baseMap from '../../data/basemap/basemap.topo.json' with { type: 'json' };
import { type BaseMapTopology, baseMapFeatures } from '../../src/map/basemap-data.js';
import { parseVisits } from '../../src/model/load.js';
import { checkPassages } from '../../src/model/passages.js';
import { article, draftFixture } from './helpers.js';

const provinces = baseMapFeatures(baseMap as unknown as BaseMapTopology).provinces.features;
const FILES = readdirSync(resolve(import.meta.dirname, '../fixtures/articles')).filter((f) =>
  f.endsWith('.txt'),
);
const DATES: Record<string, string> = {
  'agency-dateline.txt': '2025-06-13',
  'dateline-region.txt': '2025-07-10',
};

describe('drafts in the model', () => {
  it.each(FILES)('%s loads with no problem and its passages hold', (file) => {
    const date = DATES[file];
    const { collection } = draftFixture(file, date ? { date } : {});
    const result = parseVisits(structuredClone(collection), { provinces });
    expect(result.problems).toEqual([]);
    expect(result.visits).toHaveLength(collection.features.length);
    expect(result.quotes).toHaveLength(collection.quotes.length);
    expect(result.statistics).toHaveLength(collection.statistics.length);
    const id = collection.articles[0]?.id ?? '';
    expect(checkPassages(result, new Map([[id, article(file)]]))).toEqual([]);
  });

  it('always writes the precision, and never a date finer than the article gives', () => {
    for (const file of FILES) {
      const date = DATES[file];
      for (const f of draftFixture(file, date ? { date } : {}).collection.features) {
        const v = f.properties.visit;
        expect(v.precision).toBe(v.articlePrecision);
        expect(v.corroboration).toEqual([]);
      }
    }
  });
});

describe('the engine runs in the browser too', () => {
  it('imports no Node module and touches no DOM', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = resolve(import.meta.dirname, '../../src/draft');
    // Every source file, those in the engine's sub-folders (src/draft/measures/) too.
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const source = readFileSync(resolve(dir, file), 'utf8');
      expect(source, file).not.toMatch(/from 'node:|require\(|\bprocess\.|\bBuffer\b/);
      expect(source, file).not.toMatch(/\b(?:document|window|navigator|localStorage)\./);
    }
  });
});
