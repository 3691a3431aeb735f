import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import { showMasthead } from '../../../src/editor/masthead.js';
import { PUBLISH_META, PUBLISH_PATH } from '../../../src/editor/project-api.js';
import { ARTICLES_FOLDER, DATA_FOLDER } from '../../../src/model/paths.js';
import { cleanup, mountCurated, settled } from './helpers.js';

afterEach(() => {
  cleanup();
  for (const el of document.querySelectorAll(
    '#intro, #heading, meta[name="inspection-map-publish"]',
  ))
    el.remove();
});

/** The accessible name of each landmark region the editor draws. */
function regionNames(app: EditorApp): string[] {
  const regions = app.querySelectorAll<HTMLElement>(
    'section[aria-labelledby], section[aria-label], [role="region"]',
  );
  return [...regions].map((el) => {
    const by = el.getAttribute('aria-labelledby');
    return ((by ? document.getElementById(by)?.textContent : el.getAttribute('aria-label')) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  });
}

describe('landmarks', () => {
  for (const lang of ['en', 'zh-Hans']) {
    it(`each has a name of its own, none within another (${lang})`, async () => {
      const app = await mountCurated({ lang });
      // A quote of no visit, so that region is drawn too.
      app.update$((s) => {
        const draft = structuredClone(s.draft);
        const visit = draft?.features[0]?.properties;
        const quote = visit?.quotes.shift();
        if (draft && quote) draft.quotes = [{ ...quote, article: draft.articles[0]?.id }];
        return { ...s, draft };
      });
      await settled(app);
      const names = regionNames(app);
      expect(names.length).toBeGreaterThanOrEqual(6);
      for (const name of names) {
        expect(name).not.toBe('');
        // A search by name, as people and tests find them, finds one region.
        const within = names.filter((other) => other.toLowerCase().includes(name.toLowerCase()));
        expect(within, name).toEqual([name]);
      }
    });
  }

  it('finds the review and the map preview apart by role and name', async () => {
    await mountCurated();
    await expect.element(page.getByRole('region', { name: 'Review' })).toBeInTheDocument();
    await expect
      .element(page.getByRole('region', { name: 'The map as readers will see it' }))
      .toBeInTheDocument();
    await expect
      .element(page.getByRole('region', { name: 'Marked text, scrollable' }))
      .toBeInTheDocument();
  });
});

describe('the introduction', () => {
  const intro = () => document.getElementById('intro')?.textContent ?? '';
  const setUp = (served: boolean) => {
    const p = document.createElement('p');
    p.id = 'intro';
    document.body.append(p);
    if (!served) return;
    const meta = document.createElement('meta');
    meta.name = PUBLISH_META;
    meta.content = PUBLISH_PATH;
    document.head.append(meta);
  };

  it('says Publish to this project where the project’s server serves the page', () => {
    setUp(true);
    showMasthead('en');
    expect(intro()).toBe(
      'Paste an article or open its text file, draft its visits, review each one beside the text, then press Publish to this project: the map is rebuilt with them.',
    );
    expect(intro()).not.toContain('download');
    showMasthead('zh-Hans');
    expect(intro()).toContain('发布到本项目');
    expect(intro()).not.toContain('下载');
    showMasthead('en');
  });

  it('names the downloads and where each goes only on a static copy', () => {
    setUp(false);
    showMasthead('en');
    expect(intro()).toBe(
      `Paste an article or open its text file, draft its visits, review each one beside the text, then download the two files: the article goes in ${ARTICLES_FOLDER}/ and the visits file in ${DATA_FOLDER}/.`,
    );
    expect(intro()).not.toContain('Publish to this project');
  });
});
