/**
 * A drafted visit the existing visits file already tells (test/fixtures/reports/: a flash and a
 * feature telling one visit to the Luoyang bearing maker, a flash of a return a year later).
 * The file holds the flash and the return as `npm run draft` writes them; the feature, drafted
 * in the editor, is shown beside the file's visit with **Same visit** and **Separate visit**.
 * Same visit gives what `npm run draft` of the three together gives: 2 visits, not 3, the
 * feature's quotes and figures in the first, each at its offsets in its own text; nothing
 * already in the file changes, and the merged file passes the checker's rules.
 */

import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { draftArticle } from '../../../src/draft/index.js';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import { checkDataset } from '../../../src/model/check.js';
import { mergeCollections, type VisitsCollection } from '../../../src/model/merge.js';
import { visitSources } from '../../../src/model/reports.js';
import type { VisitFeature } from '../../../src/model/schema.js';
import feature from '../../fixtures/reports/luoyang-feature.txt?raw';
import flash from '../../fixtures/reports/luoyang-flash.txt?raw';
import back from '../../fixtures/reports/luoyang-return.txt?raw';
import {
  acceptAll,
  captureDownloads,
  chooseFile,
  cleanup,
  draft,
  mount,
  settled,
  until,
  VISITS_FILE,
} from './helpers.js';

afterEach(cleanup);

const TEXTS: Record<string, string> = {
  'luoyang-flash': flash,
  'luoyang-feature': feature,
  'luoyang-return': back,
};
/** What `npm run draft` makes of these articles, in this order. */
const drafted = (...ids: string[]) =>
  mergeCollections(ids.map((id) => draftArticle(TEXTS[id] as string, { id }).collection))
    .collection;

/** What a visit tells and where: each passage's article, offsets and text, in record order. */
const told = (f: VisitFeature) => ({
  date: f.properties.visit.date,
  name: f.properties.name.en,
  passages: visitSources(f.properties).map((s) => [
    s.path.replace(/^(\w+)\.\d+/, '$1'),
    s.article,
    s.passage.start,
    s.passage.end,
    s.passage.text,
  ]),
});

/** Opens the feature in the editor, drafts it, accepts all, and opens `existing` as the file. */
async function featureOnFile(existing: string): Promise<EditorApp> {
  const app = await mount();
  const article = page.getByLabelText('Open article file').element() as HTMLInputElement;
  await chooseFile(article, 'luoyang-feature.txt', feature);
  await until(() => app.session.text === feature);
  await draft(app);
  await acceptAll(app);
  await settled(app);
  const input = page.getByLabelText('Open existing visits file').element() as HTMLInputElement;
  await chooseFile(input, VISITS_FILE, existing);
  await until(() => app.session.merge);
  await until(() => app.querySelector('.same-pair'));
  await settled(app);
  return app;
}

async function downloadMerged(): Promise<{ text: string; json: VisitsCollection }> {
  const downloads = captureDownloads();
  await userEvent.click(page.getByRole('button', { name: 'Download visits file' }));
  const text = await until(() => downloads.files.get(VISITS_FILE));
  downloads.stop();
  return { text, json: JSON.parse(text) };
}

describe('a drafted visit the existing file tells', () => {
  const before = drafted('luoyang-flash', 'luoyang-return');
  const existing = `${JSON.stringify(before, null, 2)}\n`;

  it('is shown beside the file’s visit, with why, and two choices', async () => {
    const app = await featureOnFile(existing);
    const pairs = [...app.querySelectorAll<HTMLElement>('.same-pair')];
    expect(pairs.map((p) => [p.dataset.drafted, p.dataset.existing])).toEqual([
      [app.session.draft?.features[0]?.id, before.features[0]?.id],
    ]);
    const sides = [...(pairs[0]?.querySelectorAll('.same-side') ?? [])].map((e) =>
      e.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(sides).toEqual([
      'Drafted from this article Luoyang Bearing Group 2025-05-19 · 4 quotes, 1 figure',
      `In ${VISITS_FILE} Luoyang Bearing Group Co., Ltd. 2025-05-19 · 1 quote, 0 figures · told by “Xi inspects bearing maker in central China”`,
    ]);
    expect(pairs[0]?.querySelector('.same-why')?.textContent).toBe(
      'Why: the same site, the same date, 100% sure',
    );
    const group = page.getByRole('group', { name: /: one visit or two\?$/ });
    const same = group.getByRole('button', { name: 'Same visit' }).element();
    const separate = group.getByRole('button', { name: 'Separate visit' }).element();
    expect([same.getAttribute('aria-pressed'), separate.getAttribute('aria-pressed')]).toEqual([
      'false',
      'false',
    ]);
    await userEvent.click(same);
    await settled(app);
    expect(same.getAttribute('aria-pressed')).toBe('true');
  });

  it('Same visit: gives what npm run draft of the three gives, 2 visits not 3', async () => {
    const app = await featureOnFile(existing);
    await userEvent.click(page.getByRole('button', { name: 'Same visit' }));
    await settled(app);
    const { json } = await downloadMerged();
    const expected = drafted('luoyang-flash', 'luoyang-feature', 'luoyang-return');
    expect(json.features).toHaveLength(2);
    expect(json.features.map(told)).toEqual(expected.features.map(told));
    // The feature's quotes in the first visit, each at its offsets in the feature's text.
    const [first, later] = json.features as [VisitFeature, VisitFeature];
    const fromFeature = first.properties.quotes.filter((q) => q.article === 'luoyang-feature');
    expect(fromFeature[0]?.text).toBe('Manufacturing is the foundation of a strong country');
    for (const q of fromFeature) expect(feature.slice(q.start, q.end)).toBe(q.text);
    expect(first.properties.reports?.map((r) => r.article)).toEqual(['luoyang-feature']);
    // Nothing already there changes: the file's visit but for what joined it, the other as it was.
    const [was, wasLater] = before.features as [VisitFeature, VisitFeature];
    const n = was.properties.quotes.length;
    expect({
      ...first,
      properties: {
        ...first.properties,
        quotes: first.properties.quotes.slice(0, n),
        statistics: first.properties.statistics.slice(0, was.properties.statistics.length),
        reports: undefined,
      },
    }).toEqual({ ...was, properties: { ...was.properties, reports: undefined } });
    expect(later).toEqual(wasLater);
    expect(json.articles.slice(0, 2)).toEqual(before.articles);
    expect(json.statistics).toEqual(before.statistics);
    // The merged file passes the checker's rules, each passage in its own article's text.
    const { problems } = checkDataset(json, (a) => ({ text: TEXTS[a.id] as string }));
    expect(problems.map((p) => p.message).filter((m) => !m.includes('marked for review'))).toEqual(
      [],
    );
  });

  it('Separate visit: a visit of its own, as before', async () => {
    const app = await featureOnFile(existing);
    await userEvent.click(page.getByRole('button', { name: 'Separate visit' }));
    await settled(app);
    const { json } = await downloadMerged();
    expect(json.features).toHaveLength(3);
    expect(json.features.slice(0, 2)).toEqual(before.features);
    expect(json.features[2]?.properties.article).toBe('luoyang-feature');
  });
});
