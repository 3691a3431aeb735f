/**
 * A visit told by two reports, on the built page (`two-reports` fixture: a flash and a feature
 * telling one visit, a flash of a return a year later): the list of sources names each article
 * once, the feature too credited with the visit it tells; the prerendered list card lists the
 * reports; each CSV row names the article its offsets count into.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { prerenderList, readDataset, visitsCsv } from '../../scripts/vite-plugin-page-data.js';
import { renderRegion } from '../../src/page/regions.js';
import { fixtureFolder } from '../helpers.js';

const folder = fixtureFolder('two-reports');
const page = readDataset(folder);
const [FLASH, FEATURE, RETURN] = [
  '001_1625df56d16653a6',
  '002_1eda3d6970d3c357',
  '003_845b10fc490133fd',
];
/** Markup's text: tags, Lit's markers and entities removed, white space folded. */
const text = (html: string) =>
  html
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('a visit told by two reports, on the page', () => {
  it('lists each source article once, each with the visits it tells', () => {
    const links = collectResultSync(render(renderRegion('data-links', page, 'en')));
    const items = [...links.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => text(m[1] ?? ''));
    expect(items.slice(0, 3)).toEqual([
      `“Xi inspects bearing maker in central China”, Fixture Wire, May 19, 2025 · Visits by Xi Jinping: ${FLASH}.txt (SHA-256 1625df56d166…)`,
      `“How a bearing maker in Luoyang became a national champion”, Fixture Daily, May 24, 2025 · Visits by Xi Jinping: ${FEATURE}.txt (SHA-256 1eda3d6970d3…)`,
      `“Xi returns to Luoyang bearing maker”, Fixture Wire, May 27, 2026 · Visits by Xi Jinping: ${RETURN}.txt (SHA-256 845b10fc4901…)`,
    ]);
  });

  it('lists the reports in the prerendered list card, with links to their kept texts', () => {
    const list = prerenderList(page);
    const reports = list.match(/<ol class="card-reports">([\s\S]*?)<\/ol>/g) ?? [];
    expect(reports).toHaveLength(1);
    expect(text(list)).toContain('Told by 2 reports');
    expect([...(reports[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      `articles/${FLASH}.txt`,
      `articles/${FEATURE}.txt`,
    ]);
  });

  it('gives each CSV row the article its offsets count into', () => {
    const rows = Papa.parse<Record<string, string>>(visitsCsv(page).replace(/^\uFEFF/, ''), {
      header: true,
    }).data;
    const textOf = (id: string) => readFileSync(resolve(folder, 'articles', `${id}.txt`), 'utf8');
    expect(rows.map((r) => [r.visit_id, r.item, r.article_id, r.start, r.end])).toEqual([
      ['luoyang-bearing-2025-05-19', 'direct quote', FLASH, '242', '304'],
      ['luoyang-bearing-2025-05-19', 'direct quote', FEATURE, '258', '309'],
      ['luoyang-bearing-2025-05-19', 'direct quote', FEATURE, '342', '403'],
      ['luoyang-bearing-2025-05-19', 'site figure', FEATURE, '465', '543'],
      ['luoyang-bearing-2026-05-27', 'direct quote', RETURN, '200', '230'],
    ]);
    for (const r of rows) {
      const article = page.data.articles.find((a) => a.id === r.article_id);
      expect([r.article_title, r.article_date, r.article_file]).toEqual([
        article?.title,
        article?.date,
        article?.file,
      ]);
      // The quote's words, or the figure's passage holding its figure, at those offsets.
      const at = textOf(r.article_id ?? '').slice(Number(r.start), Number(r.end));
      expect(at).toContain(r.item === 'site figure' ? '70 percent' : r.text);
    }
  });
});
