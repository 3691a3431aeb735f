import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../../src/components/inspection-map/inspection-map.js';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import { ARTICLES_FOLDER, DATA_FOLDER } from '../../../src/model/paths.js';
import {
  acceptAll,
  acceptAllAndDownload,
  cleanup,
  FIXTURE_ARTICLE_ID,
  FIXTURE_VISITS,
  mountCurated,
  settled,
  until,
  VISITS_FILE,
} from './helpers.js';

afterEach(cleanup);

const card = (app: EditorApp, id: string) =>
  app.querySelector<HTMLElement>(`article.visit[data-item="visit:${id}"]`) as HTMLElement;
const LUOYANG = 'luoyang-bearing-2025-05-19';
const RIZHAO = 'rizhao-port-2024-05-22';
const BENSTEEL = 'bensteel-cold-rolling-mill-2025-01-23';

describe('review', () => {
  it('lists every visit with its quotes and figures, and marks every span in the article', async () => {
    const app = await mountCurated();
    for (const f of FIXTURE_VISITS.features) expect(card(app, f.id)).toBeTruthy();
    expect(app.querySelectorAll('li.item.quote')).toHaveLength(6);
    expect(app.querySelectorAll('li.item.figure')).toHaveLength(4);
    const text = app.querySelector('.article-text') as HTMLElement;
    expect(text.textContent).toBe(app.session.text);
    expect(text.querySelectorAll('mark.m-quote').length).toBeGreaterThanOrEqual(6);
  });

  it('publishes exactly the accepted visits, review fields aside, and nothing before', async () => {
    const app = await mountCurated();
    expect(
      (page.getByRole('button', { name: 'Download visits file' }).element() as HTMLButtonElement)
        .disabled,
    ).toBe(true);
    const out = await acceptAllAndDownload(app);
    expect(out.features).toEqual(FIXTURE_VISITS.features);
    expect(out.statistics).toEqual(FIXTURE_VISITS.statistics);
    // Served as static files (no project server announced), it says where each file goes.
    expect(app.querySelector('editor-project')).toBeNull();
    await settled(app);
    expect(app.querySelector('#publish-status')?.textContent).toBe(
      `Downloaded. Put ${FIXTURE_ARTICLE_ID}.txt in ${ARTICLES_FOLDER}/. visits-${FIXTURE_ARTICLE_ID}.geojson holds this article's visits alone: to add them to the map, open the existing ${DATA_FOLDER}/${VISITS_FILE} above and download again.`,
    );
  });

  it('leaves a rejected visit out of the file and the preview', async () => {
    const app = await mountCurated();
    await userEvent.click(page.getByRole('button', { name: /^Reject: Rizhao/ }));
    const out = await acceptAllAndDownload(app);
    expect(out.features.map((f: { id: string }) => f.id)).toEqual([LUOYANG, BENSTEEL]);
    const map = app.querySelector('inspection-map') as InspectionMap;
    await until(() => map.visits.length === 2);
  });

  it('moves a figure to another visit by choosing it', async () => {
    const app = await mountCurated();
    const row = card(app, LUOYANG).querySelector('li.item.figure') as HTMLElement;
    const id = row.dataset.item?.slice('figure:'.length);
    await userEvent.selectOptions(row.querySelector('select.move') as HTMLSelectElement, BENSTEEL);
    await settled(app);
    expect(card(app, BENSTEEL).querySelector(`li[data-item="figure:${id}"]`)).toBeTruthy();
    const out = await acceptAllAndDownload(app);
    const bensteel = out.features.find((f: { id: string }) => f.id === BENSTEEL);
    expect(bensteel.properties.statistics.map((s: { id: string }) => s.id)).toEqual([id]);
  });

  it('blocks publishing while an accepted item has a problem, in the checker words', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    const date = card(app, RIZHAO).querySelector('input.date') as HTMLInputElement;
    await userEvent.fill(date, '2024-02-30');
    await settled(app);
    // The change sent the visit back to review; accepted again, its problem blocks publishing.
    expect(card(app, RIZHAO).dataset.decision).toBe('pending');
    await userEvent.click(page.getByRole('button', { name: /^Accept: Rizhao/ }));
    await settled(app);
    expect(card(app, RIZHAO).querySelector('.problems')?.textContent).toContain(
      `${RIZHAO}: properties.visit.date: expected a date that exists in the calendar, got "2024-02-30"`,
    );
    expect(
      (page.getByRole('button', { name: 'Download visits file' }).element() as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });

  it('takes back the last changes, one at a time', async () => {
    const app = await mountCurated();
    const row = card(app, LUOYANG).querySelector('li.item.figure') as HTMLElement;
    const id = row.dataset.item;
    await userEvent.selectOptions(row.querySelector('select.move') as HTMLSelectElement, BENSTEEL);
    await userEvent.click(page.getByRole('button', { name: /^Accept: Rizhao/ }));
    await settled(app);
    await userEvent.click(page.getByRole('button', { name: 'Undo last change' }));
    await settled(app);
    expect(app.session.decisions[`visit:${RIZHAO}`]).toBeUndefined();
    expect(card(app, BENSTEEL).querySelector(`li[data-item="${id}"]`)).toBeTruthy();
    await userEvent.click(page.getByRole('button', { name: 'Undo last change' }));
    await settled(app);
    expect(card(app, LUOYANG).querySelector(`li[data-item="${id}"]`)).toBeTruthy();
  });

  it('names a problem with the article beside its fields, and blocks publishing', async () => {
    const app = await mountCurated();
    await acceptAll(app);
    await userEvent.click(page.getByText('Date, title, outlet and link'));
    const link = page.getByLabelText('Link to the original').element() as HTMLInputElement;
    await userEvent.fill(link, 'ftp://example.com/article');
    await settled(app);
    expect(app.querySelector('editor-input .problems')?.textContent).toContain('url');
    expect(
      (page.getByRole('button', { name: 'Download visits file' }).element() as HTMLButtonElement)
        .disabled,
    ).toBe(true);
  });
});
