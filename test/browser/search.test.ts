/**
 * The search box, on the `two-leaders` fixture: it finds visits by their Chinese and English
 * names (accents and company forms aside) among those the filters show, offers them as a
 * listbox (the combobox pattern) worked from the keyboard alone, and choosing one selects the
 * visit as the list does. Axe finds nothing with the filters and the list open.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { TWO_LEADERS_TEXT } from './fixture.js';
import { cleanup, root, until as untilWithin } from './helpers.js';

interface Props {
  id: string;
  name: { en: string; zh: string };
  leader?: { name: { en: string } };
  place: { city: { en: string } };
}
const RECORDS = (
  JSON.parse(TWO_LEADERS_TEXT) as { features: { properties: Props }[] }
).features.map((f) => f.properties);
const byId = new Map(RECORDS.map((r) => [r.id, r]));
const until = <T>(fn: () => T | undefined | null | false) => untilWithin(fn, 10_000);

const input = (el: InspectionMap) =>
  root(el).querySelector<HTMLInputElement>('.search-input') as HTMLInputElement;
const options = (el: InspectionMap) => [
  ...root(el).querySelectorAll<HTMLElement>('#visit-search-results [role="option"]'),
];
const optionIds = (el: InspectionMap) => options(el).map((o) => o.dataset.visitId as string);
const live = (el: InspectionMap) => root(el).querySelector('[aria-live="polite"]')?.textContent;

async function mount(width = '1000px'): Promise<InspectionMap> {
  const el = document.createElement('inspection-map');
  el.style.width = width;
  el.data = JSON.parse(TWO_LEADERS_TEXT);
  document.body.append(el);
  await until(() => el.visits.length === RECORDS.length && input(el));
  return el;
}

/** Types into the search box from the keyboard. */
async function type(el: InspectionMap, text: string) {
  input(el).focus();
  await userEvent.keyboard(text);
  await el.updateComplete;
}

afterEach(cleanup);

describe('finding a visit', () => {
  it('finds a visit by its Chinese name, and chooses it from the keyboard', async () => {
    const el = await mount();
    const visit = RECORDS[41] as Props;
    await type(el, visit.name.zh);
    const box = input(el);
    expect(box.getAttribute('role')).toBe('combobox');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(optionIds(el)[0]).toBe(visit.id);
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).toBe('search-option-0');
    expect(options(el)[0]?.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await until(() => el.selected === visit.id && root(el).querySelector('.leaflet-popup'));
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe(visit.name.en);
    expect(root(el).querySelector('.leaflet-popup')?.textContent).toContain(visit.name.en);
  });

  it('finds by an English name without its accents, case or company form', async () => {
    const el = await mount();
    await type(el, 'BAIGONG Co., Ltd.');
    const ids = optionIds(el);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const r = byId.get(id) as Props;
      expect(r.place.city.en).toBe('Báigōng Jiēdào');
    }
  });

  it('says how many it finds, lists the first eight, and moves through them with the arrows', async () => {
    const el = await mount();
    await type(el, '钢厂');
    const all = RECORDS.filter((r) => r.name.zh.startsWith('钢厂'));
    expect(all.length).toBeGreaterThan(8);
    expect(live(el)).toBe(`${all.length} visits found, the first 8 listed`);
    expect(options(el)).toHaveLength(8);
    await userEvent.keyboard('{ArrowUp}');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).toBe('search-option-7');
    await userEvent.keyboard('{ArrowDown}');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-activedescendant')).toBe('search-option-0');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(input(el).getAttribute('aria-expanded')).toBe('false');
    expect(input(el).value).toBe('钢厂');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(input(el).value).toBe('');
  });

  it("keeps its list inside the element when the box sits at the toolbar's end", async () => {
    const el = await mount('1280px');
    await type(el, RECORDS[0]?.name.en.slice(0, 3) ?? '');
    await until(() => options(el).length);
    const list = root(el).querySelector('#visit-search-results') as HTMLElement;
    const box = input(el).getBoundingClientRect();
    const host = el.getBoundingClientRect();
    // The box ends at the toolbar's end, where the list used to run past the element's edge.
    expect(host.right - box.right).toBeLessThan(40);
    expect(list.getBoundingClientRect().right).toBeLessThanOrEqual(host.right + 1);
    expect(list.getBoundingClientRect().left).toBeGreaterThanOrEqual(host.left - 1);
  });

  it('finds only among the visits the filters show', async () => {
    const el = await mount();
    el.leader = 'zhou-ping';
    await el.updateComplete;
    await type(el, 'steel mill');
    const ids = optionIds(el);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => byId.get(id)?.leader?.name.en === 'Zhou Ping')).toBe(true);
    await userEvent.keyboard('{Escape}{Escape}');
    await type(el, 'zzzz');
    expect(options(el)).toHaveLength(0);
    expect(live(el)).toBe('No visit shown matches “zzzz”');
  });

  it('chooses a visit with the mouse, as the list does', async () => {
    const el = await mount();
    await type(el, 'hangzhou');
    const first = options(el)[0] as HTMLElement;
    const id = first.dataset.visitId;
    await userEvent.click(first);
    await until(() => el.selected === id);
  });
});

describe('accessibility with filters and search open', () => {
  it('has no axe violations in a small box with the filters unfolded and a list of visits found', async () => {
    const el = await mount('360px');
    await userEvent.click(root(el).querySelector('.filters-toggle') as HTMLButtonElement);
    await el.updateComplete;
    await type(el, 'port');
    expect(options(el).length).toBeGreaterThan(0);
    const result = await axe.run(el, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join()}`)).toEqual(
      [],
    );
  });
});
