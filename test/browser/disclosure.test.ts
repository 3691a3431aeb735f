/**
 * "How we know" opened from the keyboard or the mouse: what it shows comes into sight in the
 * box around it (popup, bottom sheet, the list of a sized host), and the popup stays inside the
 * map, scrolling within its height rather than growing past the map's top.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import {
  cleanup,
  data,
  LUOYANG,
  mapBox,
  mount,
  RIZHAO,
  root,
  settled,
  until,
  type VisitsJson,
} from './helpers.js';

afterEach(async () => {
  cleanup();
  await page.viewport(1024, 800);
});

/** The fixture with Rizhao's quotes taken away: a short card that fits its popup when it opens. */
function shortRizhao(): VisitsJson {
  const copy = data();
  const rizhao = copy.features.find((f) => f.id === RIZHAO) as VisitsJson['features'][number];
  rizhao.properties.quotes = [];
  return copy;
}

/** Mounts a sized host (420 px high, as an embedder gives it) and opens a visit from its marker. */
async function openIn(width: number, id: string): Promise<InspectionMap> {
  await page.viewport(width, 800);
  const el = await mount((e) => {
    e.data = shortRizhao();
    e.style.width = '100%';
    e.style.height = '420px';
  });
  await settled(el);
  el.select(id);
  await until(() => open(el));
  await settled(el);
  return el;
}

const open = (el: InspectionMap) =>
  root(el).querySelector<HTMLElement>('.leaflet-popup-content .card, .im-sheet .card');
const scroller = (el: InspectionMap) =>
  root(el).querySelector<HTMLElement>('.leaflet-popup-content, .im-sheet-body') as HTMLElement;

/** Opens the open card's disclosure with the keyboard, as a reader would. */
async function openDisclosure(el: InspectionMap): Promise<HTMLDetailsElement> {
  const details = open(el)?.querySelector('details.card-provenance') as HTMLDetailsElement;
  details.querySelector('summary')?.focus();
  await userEvent.keyboard('{Enter}');
  await until(() => details.open);
  await settled(el);
  return details;
}

/** How much of `part` shows inside `box`'s visible area, in pixels of height. */
function visibleHeight(part: Element, box: HTMLElement): number {
  const p = part.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const bottom = b.top + box.clientTop + box.clientHeight;
  return Math.max(0, Math.min(p.bottom, bottom) - Math.max(p.top, b.top));
}

describe('opening "How we know"', () => {
  for (const [width, where] of [
    [1280, 'popup'],
    [375, 'bottom sheet'],
  ] as const) {
    for (const id of [RIZHAO, LUOYANG]) {
      it(`shows what it discloses, in the ${where} of a 420 px host (${id})`, async () => {
        const el = await openIn(width, id);
        const details = await openDisclosure(el);
        const box = scroller(el);
        const summary = details.querySelector('summary') as HTMLElement;
        const first = details.querySelector('.card-summary') as HTMLElement;
        expect(visibleHeight(summary, box)).toBeGreaterThan(0);
        // What it discloses shows: all of its first paragraph, or (where the box is too small
        // for both) as much as fits with the summary at the top of the box.
        const needed = summary.offsetHeight + first.getBoundingClientRect().height + 8;
        if (needed <= box.clientHeight) {
          expect(visibleHeight(first, box)).toBeCloseTo(first.getBoundingClientRect().height, 0);
        } else {
          expect(visibleHeight(first, box)).toBeGreaterThan(0);
          const top = box.getBoundingClientRect().top + box.clientTop;
          expect(summary.getBoundingClientRect().top - top).toBeLessThan(20);
        }
        // The page did not scroll, and focus stayed on the summary.
        expect(window.scrollY).toBe(0);
        expect(root(el).activeElement).toBe(summary);
        // The popup (or sheet) stays inside the map: its top and its close button in sight.
        const map = mapBox(el).getBoundingClientRect();
        const shell = (
          box.closest('.leaflet-popup, .im-sheet') as HTMLElement
        ).getBoundingClientRect();
        expect(shell.top).toBeGreaterThanOrEqual(map.top - 0.5);
        expect(shell.bottom).toBeLessThanOrEqual(map.bottom + 0.5);
      });
    }
  }
});
