import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/vite-plugin-page-data.js';
import { DEFAULT_COLLECTION } from '../../src/page/collection.js';
import { countsIn } from '../../src/page/collection-counts.js';
import { fixtureFolder } from '../helpers.js';

const withIntro = (en: string, zh?: string) => ({
  ...DEFAULT_COLLECTION,
  intro: { en, ...(zh ? { zh } : {}) },
});

describe('the collection file', () => {
  it('is found to state counts where it does, in English and Chinese', () => {
    expect(countsIn(withIntro('Three sites, one article.'))).toEqual(['intro.en: "Three sites"']);
    expect(countsIn(withIntro('Follow 12 visits, 1,200 reports.'))).toEqual([
      'intro.en: "12 visits"',
    ]);
    expect(countsIn(withIntro('Two inspection tours.'))).toEqual([
      'intro.en: "Two inspection tours"',
    ]);
    expect(countsIn(withIntro('Each marker is a site.', '三个地点，一篇文章。'))).toEqual([
      'intro.zh: "三个地点"',
    ]);
  });

  it('states none in words that count nothing of the data', () => {
    const en =
      'Each marker is a visited site; the 2025 visits are in one colour. One of the sites is a port.';
    expect(countsIn(withIntro(en, '每个标记代表一个视察地点。'))).toEqual([]);
    expect(countsIn(DEFAULT_COLLECTION)).toEqual([]);
  });
});

describe('building the page', () => {
  it('refuses a collection file that states counts, naming them', () => {
    const data = join(mkdtempSync(join(tmpdir(), 'collection-counts-')), 'data');
    cpSync(fixtureFolder('one-article'), data, { recursive: true });
    writeFileSync(
      join(data, 'collection.json'),
      JSON.stringify(withIntro('Three sites, one article: what was said where.')),
    );
    expect(() => readDataset(data)).toThrow(
      `${join(data, 'collection.json')}: states counts (intro.en: "Three sites"); the page counts the visits, sites and articles from the data: remove them`,
    );
  });
});
