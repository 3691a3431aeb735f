/**
 * A visit's card shows its own article's figures about its city or province, after the site's
 * figures and before the national context, in the popup and in the list alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BENSTEEL, cleanup, data, LUOYANG, mountWith, root, until } from './helpers.js';

afterEach(cleanup);

/**
 * The one-article fixture with two figures about areas: one about Henan (the Luoyang visit's
 * province) and one about Anhui (no visit's). Both borrow the passage of the article's first
 * national figure: the element does not read the text, and the test is about where they show.
 */
function withAreaFigures() {
  const copy = data() as ReturnType<typeof data> & { statistics: Record<string, unknown>[] };
  const national = copy.statistics[0] as Record<string, unknown>;
  const figure = (id: string, area: { en: string; zh: string }) => ({
    ...national,
    id,
    scope: 'province',
    area,
  });
  copy.statistics.push(
    figure('henan-fixture-figure', { en: 'Henan', zh: '河南省' }),
    figure('anhui-fixture-figure', { en: 'Anhui', zh: '安徽省' }),
  );
  return copy;
}

/** The headings of a card's sections, in order. */
const headings = (card: Element) =>
  [...card.querySelectorAll('.card-section > h4')].map((h) =>
    h.textContent?.replace(/\s+/g, ' ').trim(),
  );

describe("a visit's city and province figures", () => {
  it('come after the site figures and before the national context', async () => {
    const el = await mountWith({ data: withAreaFigures() });
    el.select(LUOYANG);
    const card = await until(() => root(el).querySelector('.leaflet-popup-content .card'));
    expect(headings(card).slice(-3)).toEqual([
      'Figures for this site',
      'Local context',
      'National context (machinery, manufacturing)',
    ]);
    const area = card.querySelector('.card-section--area') as HTMLElement;
    expect(area.querySelector('h4')?.textContent?.trim()).toBe('Local context');
    expect(
      [...area.querySelectorAll('.stat')].map((s) => (s as HTMLElement).dataset.statisticId),
    ).toEqual(['henan-fixture-figure']);
    expect(area.querySelector('.stat-scope')?.textContent?.trim()).toBe('Henan province figure');
    // The list's card says the same.
    const item = root(el).querySelector(`[data-list-id="${LUOYANG}"]`) as HTMLElement;
    expect(item.querySelector('.card-section--area .stat-scope')?.textContent?.trim()).toBe(
      'Henan province figure',
    );
  });

  it("on the visit itself are headed as the visit's, not the site's, each saying what it covers", async () => {
    const copy = data() as ReturnType<typeof data> & {
      features: { properties: Record<string, unknown> }[];
    };
    const visit = copy.features.find((f) => (f as unknown as { id: string }).id === LUOYANG);
    const stats = visit?.properties.statistics as Record<string, unknown>[];
    stats[0] = { ...stats[0], scope: 'province', area: { en: 'Henan', zh: '河南省' } };
    const el = await mountWith({ data: copy });
    el.select(LUOYANG);
    const card = await until(() => root(el).querySelector('.leaflet-popup-content .card'));
    expect(headings(card)).toContain('Figures told with this visit');
    expect(headings(card)).not.toContain('Figures for this site');
    expect(card.querySelector('.stat-scope')?.textContent?.trim()).toBe('Henan province figure');
  });

  it('are absent where the article has none for the place', async () => {
    const el = await mountWith({ data: withAreaFigures() });
    el.select(BENSTEEL);
    const card = await until(() => root(el).querySelector('.leaflet-popup-content .card'));
    expect(card.querySelector('.card-section--area')).toBeNull();
    expect(card.textContent).not.toContain('Anhui');
    expect(
      root(el).querySelector('.card-section--area .stat[data-statistic-id="anhui-fixture-figure"]'),
    ).toBeNull();
  });
});
