import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import {
  cleanup,
  dataset,
  IDS_BY_DATE,
  listIds,
  marker,
  markerIds,
  mountWith as mount,
  popupText,
  root,
  until,
} from './helpers.js';

afterEach(async () => {
  cleanup();
  await page.viewport(1024, 800);
});

const button = (el: InspectionMap, selector: string) =>
  root(el).querySelector<HTMLButtonElement>(selector) as HTMLButtonElement;
const position = (el: InspectionMap) =>
  root(el).querySelector('.tour-position')?.textContent?.trim();
const yearSelect = (el: InspectionMap) =>
  root(el).querySelector<HTMLSelectElement>('.year select') as HTMLSelectElement;

async function chooseYear(el: InspectionMap, year: string) {
  await userEvent.selectOptions(yearSelect(el), year);
  await el.updateComplete;
}

async function violations(context: Element) {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describe('guided tour', () => {
  it('steps through the visits in date order and back to the overview', async () => {
    const el = await mount();
    expect(position(el)).toBe('3 visits');
    await userEvent.click(button(el, '.tour-next'));
    await until(() => el.selected === IDS_BY_DATE[0] && popupText(el).includes('Rizhao Port'));
    expect(position(el)).toBe('1 of 3');
    await userEvent.click(button(el, '.tour-next'));
    await until(() => popupText(el).includes('Bensteel Group'));
    expect(position(el)).toBe('2 of 3');
    await userEvent.click(button(el, '.tour-next'));
    await until(() => popupText(el).includes('Luoyang Bearing Group'));
    expect(position(el)).toBe('3 of 3');
    await userEvent.click(button(el, '.tour-prev'));
    await until(() => popupText(el).includes('Bensteel Group'));
    expect(el.selected).toBe(IDS_BY_DATE[1]);
    await userEvent.click(button(el, '.tour-overview'));
    await until(() => el.selected === null && !root(el).querySelector('.leaflet-popup'));
    expect(position(el)).toBe('3 visits');
  });

  it('announces each stop in a polite live region and fires the select event', async () => {
    const el = await mount();
    const seen: (string | null)[] = [];
    el.addEventListener('inspection-map-select', (e) => seen.push(e.detail.id));
    await userEvent.click(button(el, '.tour-prev'));
    await until(() => el.selected === IDS_BY_DATE[2]);
    const live = root(el).querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe(
      'Opened Luoyang Bearing Group Co., Ltd., Luoyang, Henan, May 19, 2025',
    );
    expect(seen).toEqual([IDS_BY_DATE[2]]);
  });
});

describe('year filter', () => {
  it('shows one year’s visits on the map, in the list and the tour, with counts per province in its filter', async () => {
    const el = await mount();
    const options = [...yearSelect(el).options].map((o) => o.textContent?.trim());
    expect(options).toEqual(['All years (3)', '2024 (1)', '2025 (2)']);
    await chooseYear(el, '2025');
    await until(() => markerIds(el).length === 2);
    expect(markerIds(el)).toEqual([IDS_BY_DATE[1], IDS_BY_DATE[2]]);
    expect(listIds(el)).toEqual([IDS_BY_DATE[1], IDS_BY_DATE[2]]);
    const provinces = root(el).querySelector('.filter--province select') as HTMLSelectElement;
    expect([...provinces.options].map((o) => [o.textContent?.trim(), o.disabled])).toEqual([
      ['All provinces (2)', false],
      ['Henan (1)', false],
      ['Liaoning (1)', false],
      ['Shandong (0)', true],
    ]);
    expect(position(el)).toBe('2 visits');
    await chooseYear(el, '');
    await until(() => markerIds(el).length === 3);
  });

  it('says so when it hides the open visit, and offers all years', async () => {
    const el = await mount();
    el.select(IDS_BY_DATE[0] as string);
    await until(() => popupText(el).includes('Rizhao'));
    await chooseYear(el, '2025');
    await until(() => markerIds(el).length === 2);
    expect(el.selected).toBeNull();
    const note = root(el).querySelector('.filter-note');
    expect(note?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Rizhao Port is not from 2025, so the filter hides it. Show all years',
    );
    await userEvent.click(note?.querySelector('button') as HTMLButtonElement);
    await until(() => markerIds(el).length === 3);
    expect(root(el).querySelector('.filter-note')).toBeNull();
  });
});

describe('list and map in step', () => {
  it('marks the list entry of the marker the user opens', async () => {
    const el = await mount();
    await userEvent.click(marker(el, IDS_BY_DATE[1] as string));
    await until(() => el.selected === IDS_BY_DATE[1]);
    await el.updateComplete;
    const current = [...root(el).querySelectorAll<HTMLElement>('.list-item[aria-current="true"]')];
    expect(current.map((i) => i.dataset.listId)).toEqual([IDS_BY_DATE[1]]);
  });
});

describe('statistics and precision you can see', () => {
  it('draws a share as a bar of its percentage and a change as an arrow, beside the number', async () => {
    const el = await mount();
    el.select('luoyang-bearing-2025-05-19');
    await until(() => popupText(el).includes('Luoyang'));
    const popup = root(el).querySelector('.leaflet-popup') as HTMLElement;
    const site = popup.querySelector('[data-statistic-id="luoyang-high-end-bearings-share"]');
    expect(site?.querySelector('.stat-bar-fill')?.getAttribute('width')).toBe('70');
    expect(site?.querySelector('.stat-value')?.textContent?.trim()).toBe('70%');
    expect(site?.querySelector('.stat-bar')?.getAttribute('aria-hidden')).toBe('true');
    const growth = popup.querySelector(
      '[data-statistic-id="manufacturing-upgrade-investment-growth-2024"]',
    );
    expect(growth?.querySelector('.stat-arrow--up')?.textContent).toBe('▲');
    expect(growth?.querySelector('.stat-bar')).toBeNull();
  });

  it('draws a city-level point with a dashed halo and says so; a facility point without', async () => {
    const data = dataset();
    const first = data.features[0] as unknown as {
      properties: { location: { precision: string } };
    };
    first.properties.location.precision = 'facility';
    const el = await mount({ data });
    const luoyang = marker(el, 'luoyang-bearing-2025-05-19');
    expect(luoyang.classList.contains('im-pin--facility')).toBe(true);
    expect(luoyang.querySelector('.im-pin-halo')).toBeNull();
    const benxi = marker(el, IDS_BY_DATE[1] as string);
    expect(benxi.querySelector('.im-pin-halo')).not.toBeNull();
    const items = root(el).querySelectorAll('.list-item .precision-badge');
    expect([...items].map((b) => b.textContent)).toEqual([
      'City-level location',
      'City-level location',
      'Facility location',
    ]);
  });
});

describe('languages', () => {
  it('speaks Simplified Chinese with lang="zh-Hans", and keeps quotes in English', async () => {
    const el = await mount({ lang: 'zh-Hans' });
    expect(marker(el, 'luoyang-bearing-2025-05-19').getAttribute('aria-label')).toBe(
      '洛阳轴承集团股份有限公司，洛阳市，河南省，2025年5月19日',
    );
    expect(position(el)).toBe('3 次视察');
    el.select('luoyang-bearing-2025-05-19');
    await until(() => popupText(el).includes('洛阳轴承集团股份有限公司'));
    const popup = root(el).querySelector('.leaflet-popup') as HTMLElement;
    expect(popup.querySelector('.card-title')?.getAttribute('lang')).toBe('zh-Hans');
    expect(popup.querySelector('blockquote')?.getAttribute('lang')).toBe('en');
    expect(popup.querySelector('.visit-date')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '视察日期：星期一，2025年5月19日，下午',
    );
    // Chinese punctuation around the labels, as the page has it ("来源："), not ": " and ".".
    expect(popup.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Xi Jinping，直接引语。 来源：第 300–398 个字符',
    );
    expect(popup.querySelector('.visit-wording')?.textContent).toContain('文章原文：“');
    expect(popupText(el)).toContain('全国背景（机械、制造业）');
  });

  it('switches language in place', async () => {
    const el = await mount();
    el.lang = 'zh-Hans';
    await until(() =>
      marker(el, IDS_BY_DATE[0] as string)
        ?.getAttribute('aria-label')
        ?.startsWith('日照港'),
    );
    expect(root(el).querySelector('.im-zoom-button')?.getAttribute('aria-label')).toBe('放大');
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  for (const [name, width, height] of [
    ['desktop', 1024, 800],
    ['phone', 375, 812],
  ] as const) {
    it(`has no violations with a popup open, ${name}`, async () => {
      await page.viewport(width, height);
      const el = await mount({ width: '100%' });
      await userEvent.click(marker(el, IDS_BY_DATE[1] as string));
      await until(() => popupText(el).includes('Bensteel'));
      // Leaflet fades popups in: check contrast once the fade is over.
      const popup = root(el).querySelector('.leaflet-popup, .im-sheet') as HTMLElement;
      await until(() => getComputedStyle(popup).opacity === '1');
      expect(await violations(el)).toEqual([]);
    });
  }

  it('gives every control a target of at least 24 by 24 px', async () => {
    const el = await mount();
    const controls = root(el).querySelectorAll<HTMLElement>('button, select, .leaflet-marker-icon');
    const small = [...controls]
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
      .map(({ c, r }) => `${c.className} ${r.width}x${r.height}`);
    expect(controls.length).toBeGreaterThan(8);
    expect(small).toEqual([]);
  });
});

describe('tab order around an open popup', () => {
  it('puts the popup right after its marker: Shift+Tab back to it, Tab on to the next', async () => {
    const el = await mount();
    marker(el, IDS_BY_DATE[1] as string).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => popupText(el).includes('Bensteel'));
    const card = root(el).querySelector('.leaflet-popup .card');
    expect(root(el).activeElement).toBe(card);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(root(el).activeElement).toBe(marker(el, IDS_BY_DATE[1] as string));
    await userEvent.keyboard('{Enter}');
    await until(() => root(el).activeElement === root(el).querySelector('.leaflet-popup .card'));
    await userEvent.keyboard('{Tab}');
    expect(root(el).activeElement?.classList.contains('card-close')).toBe(true);
    await userEvent.keyboard('{Tab}');
    // "How we know", the disclosure at the card's end.
    expect(root(el).activeElement?.localName).toBe('summary');
    await userEvent.keyboard('{Tab}');
    expect(root(el).activeElement).toBe(marker(el, IDS_BY_DATE[2] as string));
  });
});
