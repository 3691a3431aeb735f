/**
 * What the page says about its dataset, rendered as the build renders it (Lit's server
 * renderer), for the fixture datasets: one article reads as a report on it, several as a
 * collection, none and one bare visit sensibly, in English and in Chinese.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../scripts/vite-plugin-page-data.js';
import {
  type PageData,
  pageDescription,
  type Region,
  renderRegion,
} from '../../src/page/regions.js';
import { pageStringsFor } from '../../src/page/strings.js';
import { type FixtureName, fixtureFolder } from '../helpers.js';

const pages = new Map<string, PageData>();
const page = (name: FixtureName) => {
  const p = pages.get(name) ?? readDataset(fixtureFolder(name));
  pages.set(name, p);
  return p;
};
/** A region's text, tags and Lit's markers removed, white space folded. */
const text = (name: FixtureName, region: Region, lang = 'en') =>
  collectResultSync(render(renderRegion(region, page(name), lang)))
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('the page’s texts', () => {
  it('count sites and articles in words up to ten, in digits beyond', () => {
    const en = pageStringsFor('en').counts;
    const zh = pageStringsFor('zh-Hans').counts;
    expect(en({ visits: 3, sites: 3, articles: 1 })).toBe('Three sites, one article.');
    expect(en({ visits: 4, sites: 3, articles: 2 })).toBe(
      'Four visits to three sites, two articles.',
    );
    expect(en({ visits: 1, sites: 1, articles: 1 })).toBe('One site, one article.');
    expect(en({ visits: 500, sites: 500, articles: 40 })).toBe('500 sites, 40 articles.');
    expect(en({ visits: 12000, sites: 11000, articles: 40 })).toBe(
      '12,000 visits to 11,000 sites, 40 articles.',
    );
    expect(en({ visits: 0, sites: 0, articles: 0 })).toBe('No visits yet.');
    expect(en({ visits: 0, sites: 0, articles: 1 })).toBe('No visits yet, one article.');
    expect(zh({ visits: 3, sites: 3, articles: 1 })).toBe('一篇文章，三个地点。');
    expect(zh({ visits: 4, sites: 4, articles: 2 })).toBe('两篇文章，四个地点。');
    expect(zh({ visits: 0, sites: 0, articles: 0 })).toBe('尚无视察。');
  });

  it('read for one article as a report on it, as the page always has', () => {
    expect(text('one-article', 'heading')).toBe(
      'XI Focus: Fortify the backbone of innovation manufacturing Politics · May 22, 2025 · outlet not named in the text as received · Visits by Xi Jinping',
    );
    expect(text('one-article', 'intro')).toMatch(
      /^Three sites visited by Xi Jinping, one article\. Each marker/,
    );
    expect(text('one-article', 'sources-note')).toMatch(
      /^Who made the visits, as the article names them: Xi Jinping \(3\)\. /,
    );
    expect(text('one-article', 'context')).toMatch(
      /^National figures in the article These figures are for the whole country\. A visit’s popup shows those that share its industry/,
    );
    expect(text('one-article', 'data-links')).toMatch(
      /^The source article, byte for byte as received: 000_dd285a5d4eecb2d0\.txt \(SHA-256 2e19be4a421a…\)\. Offsets/,
    );
    expect(text('one-article', 'credits')).toBe(
      'Source: “XI Focus: Fortify the backbone of innovation manufacturing”, outlet not named in the text as received, May 22, 2025. Base map made with Natural Earth (public domain). City locations from GeoNames (CC BY 4.0). Map by Leaflet. Code under the MIT licence.',
    );
    expect(pageDescription(page('one-article'), 'en')).toContain(
      'inspection visits by Xi Jinping reported in one article,',
    );
  });

  it('read for several articles as a collection, with sources and figures by article', () => {
    expect(text('two-articles', 'heading')).toBe(
      'Inspection Map: where the visits were, and what was said Two source articles · May 22, 2025 to June 12, 2025 · Visits by Xi Jinping and leaders not named',
    );
    expect(text('two-articles', 'context')).toMatch(
      /^National figures, by article .* of its own article /,
    );
    expect(text('two-articles', 'credits')).toMatch(/^Sources: Two source articles\. Base map/);
    expect(text('two-articles', 'heading', 'zh-Hans')).toBe(
      '视察地图：视察地点与讲话内容 2篇来源文章 · 2025年5月22日至2025年6月12日 · 习近平和未指明的视察者的视察',
    );
    expect(text('two-articles', 'intro', 'zh-Hans')).toMatch(
      /^两篇文章，习近平和未指明的视察者视察的四个地点。每个标记/,
    );
    expect(text('two-articles', 'credits', 'zh-Hans')).toMatch(/^来源：2篇来源文章。底图/);
    expect(pageDescription(page('two-articles'), 'en')).toContain('reported in two articles,');
  });

  it('speak of the leaders the data holds, never assuming one', () => {
    const visits = readDataset(fixtureFolder('two-leaders')).data.visits;
    const count = (name: string) => visits.filter((v) => v.properties.leader?.name.en === name);
    const unnamed = visits.filter((v) => !v.properties.leader).length;
    const [lin, zhou] = [count('Lin Hai').length, count('Zhou Ping').length];
    expect(lin).toBeGreaterThan(zhou);
    expect(text('two-leaders', 'heading')).toMatch(
      / · Visits by Lin Hai, Zhou Ping, and leaders not named$/,
    );
    // Every site of the fixture is named once: as many sites as visits.
    expect(new Set(visits.map((v) => v.properties.name.en)).size).toBe(visits.length);
    expect(text('two-leaders', 'intro')).toMatch(
      new RegExp(
        `^${visits.length} sites visited by Lin Hai, Zhou Ping, and leaders not named, three articles\\. `,
      ),
    );
    expect(text('two-leaders', 'sources-note')).toMatch(
      new RegExp(
        `^Who made the visits, as the articles name them: Lin Hai \\(${lin}\\) and Zhou Ping \\(${zhou}\\); ${unnamed} visits name no leader\\. `,
      ),
    );
    expect(text('two-leaders', 'data-links')).toMatch(
      /Fixture Wire, October 18, 2024 · Visits by Lin Hai: 001_/,
    );
    expect(text('two-leaders', 'heading', 'zh-Hans')).toMatch(
      / · 林海、周平和未指明的视察者的视察$/,
    );
    expect(pageDescription(page('two-leaders'), 'en')).toContain(
      'inspection visits by Lin Hai, Zhou Ping, and leaders not named reported in three articles,',
    );
    expect(text('bare', 'heading')).not.toMatch(/Visits by/);
    expect(text('bare', 'sources-note')).not.toMatch(/Who made/);
  });

  it('say nothing of figures, sources or locations a dataset does not have', () => {
    expect(text('empty', 'heading')).toBe(
      'Inspection Map: where the visits were, and what was said',
    );
    expect(text('empty', 'intro')).toMatch(/^No visits yet\. /);
    expect(text('empty', 'context')).toBe('');
    expect(text('empty', 'data-links')).not.toMatch(/source article/);
    expect(text('empty', 'sources-note')).toBe(
      'The base map is made with Natural Earth (public domain).',
    );
    expect(text('bare', 'context')).toBe('');
    expect(text('bare', 'intro')).toMatch(/^One site, one article\. /);
    expect(text('bare', 'sources-note')).not.toMatch(/corroborating/);
  });
});
