/**
 * A host with a definite height (an embedder's `height: 420px`): the map first. It gets at least
 * 60% of the box; the list sits beside it from 720 px wide, below it behind a "Visits (N)"
 * disclosure under that; toolbar, map and list stay inside the box.
 */
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { boxed, cleanup, mapBox, root, until } from './helpers.js';

afterEach(async () => {
  cleanup();
  for (const el of document.querySelectorAll('[data-test-wrap]')) el.remove();
  await page.viewport(1024, 800);
});

/** An element of this size in a wrapper, with a paragraph after it. */
const sized = (width: number, height: number) => boxed(`width: ${width}px; height: ${height}px`);

const part = (el: InspectionMap, selector: string) =>
  root(el).querySelector(selector) as HTMLElement;
const rect = (el: InspectionMap, selector: string) => part(el, selector).getBoundingClientRect();
const shown = (node: HTMLElement) => node.getClientRects().length > 0;

/** Every shown part's box inside the host's. */
function inside(el: InspectionMap, selectors: string[]): Record<string, boolean> {
  const host = el.getBoundingClientRect();
  return Object.fromEntries(
    selectors.map((s) => {
      const r = rect(el, s);
      return [s, r.top >= host.top - 0.5 && r.bottom <= host.bottom + 0.5];
    }),
  );
}

describe('a host of 640×420', () => {
  it('gives the map at least 60% of its height, the list behind a "Visits (3)" disclosure', async () => {
    const [el, after] = await sized(640, 420);
    const map = rect(el, '.map');
    expect(map.height).toBeGreaterThanOrEqual(252);
    expect(map.width).toBeCloseTo(640, 0);
    const toggle = part(el, '.list-toggle');
    expect(shown(toggle)).toBe(true);
    expect(toggle.textContent?.replace(/\s+/g, ' ').trim()).toBe('Visits (3)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(shown(part(el, '.list'))).toBe(false);
    // Below the map, inside the box, and nothing of the element spills onto the page.
    expect(toggle.getBoundingClientRect().top).toBeGreaterThanOrEqual(map.bottom);
    expect(inside(el, ['.toolbar', '.map', '.list-toggle'])).toEqual({
      '.toolbar': true,
      '.map': true,
      '.list-toggle': true,
    });
    expect(after.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      el.getBoundingClientRect().bottom - 0.5,
    );
  });

  it('opens the list from the keyboard; the map keeps 60%, the box scrolls to the list', async () => {
    const [el] = await sized(640, 420);
    const toggle = part(el, '.list-toggle');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await until(() => shown(part(el, '.list')));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe(part(el, '.list').id);
    expect(rect(el, '.map').height).toBeGreaterThanOrEqual(252);
    // Below the toolbar, the box scrolls: the list came into sight, its disclosure on top.
    const layout = part(el, '.layout');
    expect(getComputedStyle(layout).overflowY).toBe('auto');
    expect(layout.scrollHeight).toBeGreaterThan(layout.clientHeight);
    const view = layout.getBoundingClientRect();
    expect(toggle.getBoundingClientRect().top).toBeCloseTo(view.top, 0);
    expect(rect(el, '.list .card-title').bottom).toBeLessThanOrEqual(view.bottom);
    expect(rect(el, '.toolbar').top).toBeGreaterThanOrEqual(el.getBoundingClientRect().top - 0.5);
    // The page did not scroll; focus stayed on the disclosure.
    expect(window.scrollY).toBe(0);
    expect(root(el).activeElement).toBe(toggle);
    // "Show on map" brings the map back into sight.
    await userEvent.click(part(el, '.list .show-on-map'));
    // The visit opened (the first one waits for the popup's code) and took the focus.
    await until(() => root(el).querySelector('.leaflet-popup .card'));
    expect(rect(el, '.map').top).toBeGreaterThanOrEqual(view.top - 0.5);
    // And the disclosure folds the list again.
    toggle.focus();
    await userEvent.keyboard(' ');
    expect(shown(part(el, '.list'))).toBe(false);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('a host of 800×420', () => {
  it('has the list beside the map, the map at least 60% of the height', async () => {
    const [el] = await sized(800, 420);
    const map = rect(el, '.map');
    const list = rect(el, '.list');
    expect(map.height).toBeGreaterThanOrEqual(252);
    expect(list.left).toBeGreaterThanOrEqual(map.right);
    expect(shown(part(el, '.list-toggle'))).toBe(false);
    expect(inside(el, ['.toolbar', '.map', '.list'])).toEqual({
      '.toolbar': true,
      '.map': true,
      '.list': true,
    });
    expect(part(el, '.list').scrollHeight).toBeGreaterThan(part(el, '.list').clientHeight);
  });
});

describe('a tall narrow host', () => {
  it('gives the map at least 60% of a 360×700 box, the toolbar wrapped above it', async () => {
    const [el] = await sized(360, 700);
    expect(rect(el, '.map').height).toBeGreaterThanOrEqual(420);
    expect(mapBox(el).getBoundingClientRect().height).toBeGreaterThanOrEqual(420);
  });
});

describe('a small host', () => {
  it('keeps map, credits and disclosure in a 320×240 box; the wrapped toolbar scrolls', async () => {
    const [el] = await sized(320, 240);
    expect(rect(el, '.map').height).toBeGreaterThanOrEqual(144);
    expect(inside(el, ['.map', '.im-credits-toggle', '.list-toggle'])).toEqual({
      '.map': true,
      '.im-credits-toggle': true,
      '.list-toggle': true,
    });
    const toolbar = part(el, '.toolbar');
    expect(toolbar.scrollHeight).toBeGreaterThan(toolbar.clientHeight);
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('has no violations in a 560×420 box with its list and its folded credits open', async () => {
    const [el] = await sized(560, 420);
    await userEvent.click(part(el, '.list-toggle'));
    await userEvent.click(part(el, '.im-credits-toggle'));
    expect(shown(part(el, '.im-credits-list'))).toBe(true);
    const result = await axe.run(el, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
