/**
 * A direction control in one field from data (U+202E, right-to-left override) turns only that
 * field: the fields beside it stand in their own isolated elements and read left to right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { data, LUOYANG, mount, root, until } from './helpers.js';

const RLO = '\u202E';

let el: InspectionMap | undefined;
afterEach(() => {
  el?.remove();
  el = undefined;
});

/** Data whose Luoyang visit has an override in its city's name and its figures' measures. */
function overridden() {
  const copy = data();
  const f = copy.features.find((v) => v.id === LUOYANG) as unknown as {
    properties: {
      place: { city: { en: string } };
      statistics: { measure: string }[];
    };
  };
  const p = f.properties;
  p.place.city.en = `${RLO}${p.place.city.en}`;
  for (const s of p.statistics) s.measure = `${RLO}${s.measure}`;
  return copy;
}

/** The element holding exactly `text` inside `scope`. */
function holder(scope: Element, text: string): HTMLElement {
  const found = [...scope.querySelectorAll<HTMLElement>('*')].find(
    (e) => e.textContent === text && e.childElementCount === 0,
  );
  if (!found) throw new Error(`no element holds "${text}" alone`);
  return found;
}

/** Whether the element's text is drawn left to right: its first letter left of its last. */
function readsLeftToRight(e: HTMLElement): boolean {
  // Its longest text node (a template's markers split an element's text).
  const node = [...e.childNodes]
    .filter((n): n is Text => n instanceof Text)
    .reduce((a, b) => (b.length > a.length ? b : a));
  const at = (i: number) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    return range.getBoundingClientRect().left;
  };
  return at(0) < at(node.length - 1);
}

describe('text direction of fields from data', () => {
  it('keeps an override in a city or a measure out of the province and the period', async () => {
    el = await mount((m) => {
      m.data = overridden();
    });
    const item = await until(() =>
      root(el as InspectionMap).querySelector(`.list-item[data-list-id="${LUOYANG}"]`),
    );
    const p = (el.data as ReturnType<typeof data>).features.find((v) => v.id === LUOYANG)
      ?.properties as unknown as {
      place: { province: { en: string } };
    };
    const neighbours = [
      holder(item.querySelector('.card-place') as Element, p.place.province.en),
      item.querySelector('.stat-measure + .stat-period') as HTMLElement,
    ];
    for (const n of neighbours) {
      expect(getComputedStyle(n).unicodeBidi).toBe('isolate');
      expect(readsLeftToRight(n)).toBe(true);
    }
  });
});
