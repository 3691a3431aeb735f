/**
 * The filters in the element, on the `two-leaders` fixture (300 visits by two leaders, and some
 * whose leader is not named): each alone and combined gives the markers, the list and the
 * counts a plain reading of the records gives; the choice is announced, fires one event and
 * reflects to the attributes; an open visit the filters hide is named; the deep link carries
 * the filters both ways.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { TWO_LEADERS_TEXT } from './fixture.js';
import { cleanup, root, until as untilWithin } from './helpers.js';

interface Props {
  id: string;
  name: { en: string };
  leader?: { name: { en: string } };
  place: { province: { en: string } };
  industries: string[];
  visit: { date: string };
}
const RAW = JSON.parse(TWO_LEADERS_TEXT) as { features: { properties: Props }[] };
const RECORDS = RAW.features.map((f) => f.properties);
const data = () => JSON.parse(TWO_LEADERS_TEXT);
const until = <T>(fn: () => T | undefined | null | false) => untilWithin(fn, 10_000);

/** Date order, as the element keeps it (every fixture date is a day). */
const BY_DATE = [...RECORDS].sort(
  (a, b) => a.visit.date.localeCompare(b.visit.date) || RECORDS.indexOf(a) - RECORDS.indexOf(b),
);
type Plain = { year?: string; leader?: string; province?: string; industry?: string };
const values = (p: Props) => ({
  year: [p.visit.date.slice(0, 4)],
  leader: [p.leader?.name.en ?? '(none)'],
  province: [p.place.province.en],
  industry: p.industries,
});
const passes = (p: Props, plain: Plain, except?: keyof Plain) =>
  (Object.entries(plain) as [keyof Plain, string][]).every(
    ([f, v]) => f === except || values(p)[f].includes(v),
  );
const expected = (plain: Plain) => BY_DATE.filter((p) => passes(p, plain)).map((p) => p.id);

const select = (el: InspectionMap, facet: string) =>
  root(el).querySelector<HTMLSelectElement>(`.filter--${facet} select`) as HTMLSelectElement;
const optionTexts = (el: InspectionMap, facet: string) =>
  [...select(el, facet).options].map((o) => o.textContent?.replace(/\s+/g, ' ').trim());
const listIds = (el: InspectionMap) =>
  [...root(el).querySelectorAll<HTMLElement>('.list-item')].map((i) => i.dataset.listId);
const listCount = (el: InspectionMap) =>
  root(el).querySelector('#list-heading .count')?.textContent?.replace(/\D/g, '');
/** Visits drawn on the map: markers and the counts of clusters. */
const drawn = (el: InspectionMap) =>
  [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')].reduce(
    (n, m) => n + (m.dataset.cluster ? Number(m.dataset.cluster) : 1),
    0,
  );
const live = (el: InspectionMap) => root(el).querySelector('[aria-live="polite"]')?.textContent;

async function mount(setup: (el: InspectionMap) => void = () => {}): Promise<InspectionMap> {
  const el = document.createElement('inspection-map');
  el.style.width = '1000px';
  setup(el);
  el.data = data();
  document.body.append(el);
  await until(() => el.visits.length === RECORDS.length && select(el, 'province'));
  return el;
}

/** Chooses a value in a filter's select, as a reader does. */
async function choose(el: InspectionMap, facet: string, key: string) {
  await userEvent.selectOptions(select(el, facet), key);
  await el.updateComplete;
}

/** The map, the list and the counts agree with the plain reading. */
async function expectShown(el: InspectionMap, plain: Plain) {
  const ids = expected(plain);
  expect(ids.length).toBeGreaterThan(0);
  expect(el.shown.map((v) => v.id)).toEqual(ids);
  expect(listCount(el)).toBe(String(ids.length));
  expect(listIds(el)).toEqual(ids.slice(0, 50));
  await until(() => drawn(el) === ids.length);
}

afterEach(() => {
  cleanup();
  history.replaceState(history.state, '', location.pathname);
});

describe('filters', () => {
  it('offers each leader, with counts, and all of them', async () => {
    const el = await mount();
    const count = (name: string) => RECORDS.filter((r) => values(r).leader[0] === name).length;
    expect(optionTexts(el, 'leader')).toEqual([
      `All leaders (${RECORDS.length})`,
      `Lin Hai (${count('Lin Hai')})`,
      `Zhou Ping (${count('Zhou Ping')})`,
      `Leader not named (${count('(none)')})`,
    ]);
  });

  it.each<Plain>([{ leader: 'Zhou Ping' }, { province: 'Zhejiang' }, { industry: 'steel' }])(
    'shows the visits of %o alone on the map, in the list and the tour',
    async (plain) => {
      const el = await mount();
      const [facet, value] = Object.entries(plain)[0] as [string, string];
      const key = value.toLowerCase().replace(/ /g, '-');
      await choose(el, facet, key);
      await expectShown(el, plain);
      expect(root(el).querySelector('.tour-position')?.textContent?.trim()).toBe(
        `${expected(plain).length} visits`,
      );
    },
  );

  it('combines them, and counts each value under the other filters', async () => {
    const el = await mount();
    await choose(el, 'leader', 'lin-hai');
    await choose(el, 'industry', 'manufacturing');
    await choose(el, 'province', 'henan');
    const plain = { leader: 'Lin Hai', industry: 'manufacturing', province: 'Henan' };
    await expectShown(el, plain);
    const under = (except: keyof Plain, value: string) =>
      RECORDS.filter((r) => passes(r, plain, except) && values(r)[except].includes(value)).length;
    expect(optionTexts(el, 'province')).toContain(`Zhejiang (${under('province', 'Zhejiang')})`);
    expect(optionTexts(el, 'leader')).toContain(`Zhou Ping (${under('leader', 'Zhou Ping')})`);
    expect(optionTexts(el, 'industry')[0]).toBe(
      `All industries (${RECORDS.filter((r) => passes(r, plain, 'industry')).length})`,
    );
    // A value no visit would show under the others cannot be chosen.
    const empty = [...select(el, 'year').options].filter((o) => o.textContent?.includes('(0)'));
    expect(empty.every((o) => o.disabled)).toBe(true);
  });

  it('announces the change, fires one event, and reflects to the attributes', async () => {
    const el = await mount();
    const seen: unknown[] = [];
    el.addEventListener('inspection-map-filter', (e) => seen.push(e.detail));
    await choose(el, 'province', 'zhejiang');
    const n = expected({ province: 'Zhejiang' }).length;
    expect(live(el)).toBe(`${n} visits: Zhejiang`);
    expect(seen).toEqual([
      { year: null, leader: null, province: 'zhejiang', industry: null, shown: n },
    ]);
    expect(el.getAttribute('province')).toBe('zhejiang');
    // Code sets a filter: no event.
    el.leader = 'Zhou Ping';
    await el.updateComplete;
    expect(seen).toHaveLength(1);
    await until(
      () => el.shown.length === expected({ province: 'Zhejiang', leader: 'Zhou Ping' }).length,
    );
  });

  it('takes the filters from the attributes, in any spelling of a value', async () => {
    const el = await mount((e) => {
      e.setAttribute('leader', 'Zhou Ping');
      e.setAttribute('industry', 'Ports and logistics');
    });
    await until(() => el.leader === 'zhou-ping');
    expect(el.industry).toBe('ports-and-logistics');
    await expectShown(el, { leader: 'Zhou Ping', industry: 'ports and logistics' });
    expect(select(el, 'leader').value).toBe('zhou-ping');
  });

  it('says when the filters hide the open visit, and clears those filters', async () => {
    const el = await mount();
    const visit = BY_DATE.find((r) => r.place.province.en === 'Henan') as Props;
    el.select(visit.id);
    await until(() => root(el).querySelector('.leaflet-popup'));
    await choose(el, 'province', 'zhejiang');
    expect(el.selected).toBeNull();
    const note = root(el).querySelector('.filter-note');
    expect(note?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      `${visit.name.en} is not in Zhejiang, so the filter hides it. Clear these filters`,
    );
    await userEvent.click(note?.querySelector('button') as HTMLButtonElement);
    await el.updateComplete;
    expect(el.province).toBeNull();
    // The list shows what is chosen again, not the reader's last pick.
    expect(select(el, 'province').value).toBe('');
    expect(root(el).querySelector('.filter-note')).toBeNull();
    expect(el.shown).toHaveLength(RECORDS.length);
  });

  it('shows the filters and a clear button, folded behind “Filters” in a small box', async () => {
    const el = await mount((e) => {
      e.style.width = '360px';
    });
    const toggle = root(el).querySelector('.filters-toggle') as HTMLButtonElement;
    const controls = root(el).querySelector('.filter-controls') as HTMLElement;
    expect(getComputedStyle(controls).display).toBe('none');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(getComputedStyle(controls).display).toBe('flex');
    await choose(el, 'leader', 'not-named');
    expect(toggle.textContent?.trim()).toBe('Filters (1)');
    await userEvent.click(root(el).querySelector('.filters-clear') as HTMLButtonElement);
    await el.updateComplete;
    expect(el.leader).toBeNull();
    expect(select(el, 'leader').value).toBe('');
    expect(toggle.textContent?.trim()).toBe('Filters');
  });
});

describe('filters in the deep link', () => {
  it('writes the chosen filters into the fragment, and a link with them shows them', async () => {
    const el = await mount((e) => {
      e.deepLink = true;
    });
    await choose(el, 'leader', 'lin-hai');
    await choose(el, 'province', 'henan');
    expect(location.hash).toBe('#leader=lin-hai&province=henan');
    el.remove();
    const linked = await mount((e) => {
      e.deepLink = true;
    });
    await until(() => linked.leader === 'lin-hai' && linked.province === 'henan');
    await expectShown(linked, { leader: 'Lin Hai', province: 'Henan' });
    expect(select(linked, 'province').value).toBe('henan');
  });

  it('follows a fragment changed by navigation, as the reader’s choice', async () => {
    const el = await mount((e) => {
      e.deepLink = true;
    });
    const seen: string[] = [];
    el.addEventListener('inspection-map-filter', (e) => seen.push(String(e.detail.industry)));
    location.hash = '#industry=steel';
    await until(() => el.industry === 'steel');
    await expectShown(el, { industry: 'steel' });
    expect(seen).toEqual(['steel']);
  });
});
