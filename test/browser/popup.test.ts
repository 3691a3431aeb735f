/**
 * The open visit's card: what it leads with, its disclosure of how we know, its width; and
 * visits that share a point.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import {
  cleanup,
  data,
  IDS_BY_DATE,
  LUOYANG,
  leafletMap,
  marker,
  markers,
  mountWith as mount,
  root,
  settled,
  until,
  type VisitsJson,
} from './helpers.js';

afterEach(async () => {
  cleanup();
  await page.viewport(1024, 800);
});

/** The open card, in the popup or the sheet. */
const openCard = (el: InspectionMap) =>
  root(el).querySelector<HTMLElement>('.leaflet-popup-content .card, .im-sheet .card');
/** The box that scrolls around the open card. */
const scroller = (el: InspectionMap) =>
  root(el).querySelector<HTMLElement>('.leaflet-popup-content, .im-sheet-body') as HTMLElement;

describe('the open visit', () => {
  it('brings the bottom sheet up into the screen when the map runs below it', async () => {
    await page.viewport(375, 740);
    const header = Object.assign(document.createElement('div'), { style: 'height:500px' });
    const footer = Object.assign(document.createElement('div'), { style: 'height:1500px' });
    document.body.prepend(header);
    const el = await mount({ width: '100%' });
    document.body.append(footer);
    el.style.height = '600px';
    document.scrollingElement?.scrollTo(0, 0);
    await settled(el);
    el.select(LUOYANG);
    const sheet = await until(() => root(el).querySelector<HTMLElement>('.im-sheet .card'));
    await until(() => document.scrollingElement?.scrollTop);
    const box = (root(el).querySelector('.im-sheet') as HTMLElement).getBoundingClientRect();
    expect(box.bottom).toBeLessThanOrEqual(740.5);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(sheet.isConnected).toBe(true);
    header.remove();
    footer.remove();
  });

  for (const width of [375, 1280]) {
    it(`never scrolls sideways, at ${width} px`, async () => {
      await page.viewport(width, 800);
      const el = await mount({ width: '100%' });
      for (const id of IDS_BY_DATE) {
        // A click on a marker that is still moving (the first fit, a popup's pan) can miss it.
        await settled(el);
        await userEvent.click(marker(el, id));
        await until(() => el.selected === id && openCard(el));
        await settled(el);
        const box = scroller(el);
        expect(box.scrollWidth, id).toBeLessThanOrEqual(box.clientWidth);
        for (const part of box.querySelectorAll<HTMLElement>('*')) {
          expect(part.getBoundingClientRect().right, id).toBeLessThanOrEqual(
            box.getBoundingClientRect().right + 0.5,
          );
        }
        await userEvent.keyboard('{Escape}');
        await until(() => el.selected === null);
      }
    });
  }

  it('leads with what was said and the figures; how we know sits under a disclosure', async () => {
    const el = await mount();
    el.select(LUOYANG);
    const card = await until(() => openCard(el));
    const sections = [...card.children].map((c) => c.className || c.localName);
    const firstSection = sections.findIndex((c) => c.includes('card-section'));
    const disclosure = sections.findIndex((c) => c.includes('card-provenance'));
    expect(firstSection).toBeGreaterThan(0);
    expect(disclosure).toBeGreaterThan(firstSection);
    // Before the quotes: title, place, date, no passage and no resolution paragraph.
    for (const c of sections.slice(0, firstSection)) {
      expect(c).not.toMatch(/card-summary|visit-wording|card-source/);
    }
    const details = card.querySelector('details.card-provenance') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    for (const part of ['.card-summary', '.visit-wording', '.precision-source', '.card-source']) {
      expect(details.querySelector(part), part).not.toBeNull();
    }
    // The same in the list.
    const item = root(el).querySelector(`[data-list-id="${LUOYANG}"] details.card-provenance`);
    expect(item).not.toBeNull();
  });
});

/**
 * The fixture with more visits to the Luoyang site (a second by default), on later days, at
 * the same point.
 */
function withSecondVisit(more = 1): VisitsJson {
  const copy = data();
  const first = copy.features.find((f) => f.id === LUOYANG) as unknown as {
    id: string;
    properties: Record<string, unknown> & { visit: Record<string, unknown> };
  };
  for (let i = 1; i <= more; i++) {
    const again = structuredClone(first);
    again.id = i === 1 ? `${LUOYANG}-again` : `${LUOYANG}-again-${i}`;
    again.properties = {
      ...again.properties,
      id: again.id,
      quotes: [],
      statistics: [],
      visit: { ...again.properties.visit, date: `2025-05-2${i}` },
    };
    copy.features.push(again as unknown as (typeof copy.features)[number]);
  }
  return copy;
}

describe("the popup's height", () => {
  it('shows a card whole where the map has room, and scrolls only when it must', async () => {
    await page.viewport(1280, 900);
    // The Luoyang visit with two of its quotes, and no figures.
    const two = data();
    const luoyang = two.features.find((f) => f.id === LUOYANG) as unknown as {
      properties: { quotes: unknown[]; statistics: unknown[] };
    };
    luoyang.properties.quotes = luoyang.properties.quotes.slice(0, 2);
    luoyang.properties.statistics = [];
    const el = await mount({ data: two });
    for (const height of [1300, 420]) {
      el.style.setProperty('--inspection-map-height', `${height}px`);
      await settled(el);
      await userEvent.click(marker(el, LUOYANG));
      await until(() => el.selected === LUOYANG && openCard(el));
      await settled(el);
      const box = scroller(el);
      const popup = (
        root(el).querySelector('.leaflet-popup') as HTMLElement
      ).getBoundingClientRect();
      const map = (
        root(el).querySelector('.leaflet-container') as HTMLElement
      ).getBoundingClientRect();
      // Two quotes with their speakers: taller than a fixed cap would allow.
      expect(box.scrollHeight).toBeGreaterThan(400);
      expect(box.scrollHeight > box.clientHeight + 1).toBe(height === 420);
      expect({ top: popup.top >= map.top - 1, bottom: popup.bottom <= map.bottom + 1 }).toEqual({
        top: true,
        bottom: true,
      });
      await userEvent.keyboard('{Escape}');
      await until(() => el.selected === null);
      await settled(el);
    }
  });

  it('draws the focus ring of the card opened from the keyboard clear of its text', async () => {
    await page.viewport(1280, 900);
    const el = await mount();
    marker(el, LUOYANG).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => openCard(el) && root(el).activeElement === openCard(el));
    const card = openCard(el) as HTMLElement;
    expect(card.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(card);
    // The ring reaches this far into the card from its edge (a negative offset draws it inside).
    const inward = Math.max(0, -Number.parseFloat(style.outlineOffset));
    expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThan(0);
    const edge = card.getBoundingClientRect();
    const title = (card.querySelector('.card-title') as HTMLElement).getBoundingClientRect();
    expect(title.left - edge.left).toBeGreaterThan(inward);
    expect(title.top - edge.top).toBeGreaterThan(inward);
  });
});

describe('visits at one point', () => {
  it('are each opened by the mouse, at any zoom', async () => {
    const el = await mount({ data: withSecondVisit(), markers: 4 });
    const ids = [LUOYANG, `${LUOYANG}-again`];
    for (const zoomIn of [false, true]) {
      if (zoomIn) {
        // The highest zoom, centred on the point: the two still share it.
        const map = leafletMap(el);
        map.setView(map.getCenter(), map.getMaxZoom(), { animate: false });
        const [lng, lat] = (
          data().features.find((f) => f.id === LUOYANG) as unknown as {
            geometry: { coordinates: [number, number] };
          }
        ).geometry.coordinates;
        map.setView([lat, lng], map.getMaxZoom(), { animate: false });
        await settled(el);
      }
      for (const id of ids) {
        const pin = marker(el, id);
        pin.scrollIntoView({ block: 'nearest' });
        await userEvent.click(pin);
        await until(() => el.selected === id);
        await userEvent.keyboard('{Escape}');
        await until(() => el.selected === null);
        await settled(el);
      }
    }
    // Each marker has its own place on the screen.
    const boxes = markers(el).map((m) => m.getBoundingClientRect());
    const [a, b] = ids.map((id) => marker(el, id).getBoundingClientRect());
    expect(a && b && (a.left !== b.left || a.top !== b.top)).toBe(true);
    expect(boxes).toHaveLength(4);
  });

  it('point the popup at the marker that was opened', async () => {
    const el = await mount({ data: withSecondVisit(2), markers: 5 });
    const ids = [LUOYANG, `${LUOYANG}-again`, `${LUOYANG}-again-2`];
    const centres = ids.map((id) => {
      const box = marker(el, id).getBoundingClientRect();
      return box.left + box.width / 2;
    });
    // Three pins side by side: left, middle, right.
    expect(centres[0]).toBeLessThan(centres[1] ?? 0);
    expect(centres[1]).toBeLessThan(centres[2] ?? 0);
    for (const id of ids) {
      await userEvent.click(marker(el, id));
      await until(() => el.selected === id);
      await settled(el);
      const pin = marker(el, id).getBoundingClientRect();
      const tip = root(el)
        .querySelector<HTMLElement>('.leaflet-popup-tip')
        ?.getBoundingClientRect();
      expect(tip).toBeDefined();
      if (!tip) return;
      expect(Math.abs(tip.left + tip.width / 2 - (pin.left + pin.width / 2))).toBeLessThan(2);
      await userEvent.keyboard('{Escape}');
      await until(() => el.selected === null);
      await settled(el);
    }
  });
});
