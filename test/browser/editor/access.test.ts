import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { EditorApp } from '../../../src/editor/editor-app.js';
import tianjin from '../../fixtures/editor/tianjin-article.txt?raw';
import {
  captureDownloads,
  cleanup,
  clickPlaceMap,
  focusedName,
  geojsonIn,
  mount,
  mountCurated,
  settled,
  tabTo,
  until,
} from './helpers.js';

afterEach(async () => {
  cleanup();
  await page.viewport(1024, 800);
});

async function violations(context: Element) {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('keyboard alone', () => {
  it('drafts, reviews, changes a place and downloads', async () => {
    const app = await mount();
    const area = page.getByLabelText('Article text', { exact: true });
    await area.fill(tianjin);
    await settled(app);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('Draft visits');
    await userEvent.keyboard('{Enter}');
    await until(() => app.session.draft);
    await settled(app);
    await tabTo('Search the gazetteer');
    await userEvent.keyboard('{Enter}');
    await settled(app);
    // The search box takes focus as the panel opens: what is typed next is the search.
    expect(focusedName()).toMatch(/^City, county or province/);
    await userEvent.keyboard('Tanggu');
    await settled(app);
    // The places found are the search box's list (once the gazetteer is in): Down reaches the
    // first, Enter chooses it.
    await until(() => app.querySelector('.place-picker [role="option"]'), 5000);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await settled(app);
    expect(app.session.draft?.features[0]?.properties.place.city.en).toMatch(/^Tanggu/);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo('Accept all');
    await userEvent.keyboard('{Enter}');
    await settled(app);
    const downloads = captureDownloads();
    await tabTo('Download visits file');
    await userEvent.keyboard('{Enter}');
    const out = JSON.parse(await until(() => geojsonIn(downloads.files)));
    downloads.stop();
    expect(out.features).toHaveLength(1);
    expect(out.features[0].properties.place.city.en).toMatch(/^Tanggu/);
  });
});

describe('the map', () => {
  it('changes a place to the nearest city of a click', async () => {
    const app = await mountCurated();
    const card = app.querySelector('article.visit') as HTMLElement;
    const before = app.session.draft?.features[0]?.properties.place.city.en;
    await clickPlaceMap(app, card);
    const f = app.session.draft?.features[0];
    expect(f?.properties.place.city.en).not.toBe(before);
    expect(f?.properties.location.precision).toBe('city');
    expect(f?.properties.location.source.entry.name).toBe(f?.properties.place.city.en);
  });
});

describe('the map from the keyboard', () => {
  it('pans with the arrow keys and chooses the city at the crosshair with Enter', async () => {
    const app = await mountCurated();
    const card = app.querySelector('article.visit') as HTMLElement;
    const before = app.session.draft?.features[0]?.geometry.coordinates;
    (card.querySelector('button.disclose') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await settled(app);
    const picker = await until(() => card.querySelector('editor-map-picker'));
    const box = picker.shadowRoot?.querySelector('.map') as HTMLElement;
    await until(() => box.querySelector('.picker-marker'));
    box.focus();
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Enter}');
    await settled(app);
    const after = app.session.draft?.features[0]?.geometry.coordinates;
    expect(after).not.toEqual(before);
    expect(app.session.draft?.features[0]?.properties.location.precision).toBe('city');
    expect(document.activeElement).toBe(card.querySelector('button.disclose'));
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('has no violations while reviewing', async () => {
    const app = await mountCurated();
    await userEvent.click(page.getByRole('button', { name: /^Reject: Rizhao/ }));
    await settled(app);
    expect(await violations(app)).toEqual([]);
  });

  it('has no violations with the place search open, in Chinese', async () => {
    const app = await mountCurated({ lang: 'zh-Hans' });
    const disclose = app.querySelector<HTMLButtonElement>('button.disclose');
    if (disclose && !disclose.disabled) disclose.click();
    await settled(app);
    expect(await violations(app)).toEqual([]);
  });
});

describe('Chinese interface', () => {
  it('names the controls in Chinese', async () => {
    const app: EditorApp = await mountCurated({ lang: 'zh-Hans' });
    expect(page.getByRole('button', { name: '全部接受' }).element()).toBeTruthy();
    expect(page.getByRole('button', { name: '下载视察文件' }).element()).toBeTruthy();
    expect(page.getByLabelText('文章文本').element()).toBeTruthy();
    expect(app.querySelector('#review-heading')?.textContent).toBe('审阅');
  });
});

describe('a 375 px wide screen', () => {
  it('puts the review below the text, with nothing wider than the screen', async () => {
    await page.viewport(375, 740);
    const app = await mountCurated();
    const text = (app.querySelector('.source') as HTMLElement).getBoundingClientRect();
    const review = (app.querySelector('.result') as HTMLElement).getBoundingClientRect();
    expect(review.top).toBeGreaterThanOrEqual(text.bottom);
    expect(review.width).toBeLessThanOrEqual(375);
    expect(app.scrollWidth).toBeLessThanOrEqual(app.clientWidth);
    expect(await violations(app)).toEqual([]);
  });
});
