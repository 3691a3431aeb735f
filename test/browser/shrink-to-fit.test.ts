/**
 * A box that takes its width from its content (a `<dialog>` with no width, an item of a flex
 * row, an absolutely positioned box): the element's container query makes its content count for
 * nothing there, so it declares a width of its own (18rem) rather than collapsing to a map of
 * no width.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { data, markers, markersInsideMap, root, until } from './helpers.js';

afterEach(() => {
  for (const d of document.querySelectorAll('dialog')) d.close();
  document.body.replaceChildren();
});

const mapWidth = (el: InspectionMap) =>
  root(el).querySelector<HTMLElement>('.map')?.getBoundingClientRect().width ?? 0;

const places: [string, (el: InspectionMap) => void][] = [
  [
    'a <dialog> with no width',
    (el) => {
      const dialog = document.createElement('dialog');
      dialog.append(el);
      document.body.append(dialog);
      dialog.showModal();
    },
  ],
  [
    'a flex row beside a paragraph',
    (el) => {
      const row = document.createElement('div');
      row.style.display = 'flex';
      const aside = document.createElement('p');
      aside.textContent = 'Beside the map.';
      row.append(el, aside);
      document.body.append(row);
    },
  ],
  [
    'an absolutely positioned box',
    (el) => {
      const box = document.createElement('div');
      box.style.position = 'absolute';
      box.append(el);
      document.body.append(box);
    },
  ],
];

describe('in a box that takes its width from its content', () => {
  for (const [where, place] of places) {
    it(`has a map wide enough to read, in ${where}`, async () => {
      const el = document.createElement('inspection-map');
      el.data = data();
      place(el);
      await until(() => markers(el).length === 3);
      await until(() => markersInsideMap(el));
      expect(mapWidth(el)).toBeGreaterThanOrEqual(18 * 16 - 1);
    });
  }
});

describe('stretched by a row of no height of its own', () => {
  for (const [where, display] of [
    ['a flex row', 'flex'],
    ['a grid row', 'grid'],
  ] as const) {
    it(`keeps its map's height in ${where} beside a short paragraph`, async () => {
      const row = document.createElement('div');
      row.style.display = display;
      if (display === 'grid') row.style.gridTemplateColumns = '1fr 200px';
      const el = document.createElement('inspection-map');
      el.style.flex = '1';
      el.data = data();
      const aside = document.createElement('p');
      aside.textContent = 'Beside the map.';
      row.append(el, aside);
      document.body.append(row);
      await until(() => markers(el).length === 3);
      await new Promise((r) => setTimeout(r, 300));
      const map = root(el).querySelector<HTMLElement>('.map') as HTMLElement;
      expect(map.getBoundingClientRect().height).toBe(480);
    });
  }

  it('still fills a grid cell that a taller neighbour makes high', async () => {
    const row = document.createElement('div');
    row.style.display = 'grid';
    row.style.gridTemplateColumns = '1fr 200px';
    const el = document.createElement('inspection-map');
    el.data = data();
    const aside = document.createElement('div');
    aside.style.height = '4000px';
    row.append(el, aside);
    document.body.append(row);
    await until(() => markers(el).length === 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(el.getBoundingClientRect().height).toBe(4000);
    expect(root(el).querySelector('.frame--sized')).not.toBeNull();
  });
});
