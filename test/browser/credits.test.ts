/**
 * The map's credits: one line on a wide map; on a map under 600 px wide, folded behind a small
 * credits button that opens them by mouse, touch or keyboard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import { cleanup, mapBox, mountWith, root, settled } from './helpers.js';

afterEach(async () => {
  cleanup();
  await page.viewport(1024, 800);
});

const box = (el: InspectionMap) => root(el).querySelector('.im-credits') as HTMLElement;
const toggle = (el: InspectionMap) =>
  root(el).querySelector('.im-credits-toggle') as HTMLButtonElement;
const list = (el: InspectionMap) => root(el).querySelector('.im-credits-list') as HTMLElement;
const shown = (node: HTMLElement) => node.getClientRects().length > 0;
const lineHeight = (node: HTMLElement) => Number.parseFloat(getComputedStyle(node).lineHeight);

describe('the credits', () => {
  it('take one line on a wide map, with no button', async () => {
    await page.viewport(1400, 800);
    const el = await mountWith({ width: '1300px' });
    expect(mapBox(el).getBoundingClientRect().width).toBeGreaterThan(800);
    expect(shown(list(el))).toBe(true);
    expect(list(el).getBoundingClientRect().height).toBeLessThanOrEqual(lineHeight(list(el)) + 1);
    expect(list(el).textContent).toContain('Made with Natural Earth');
    expect(shown(toggle(el))).toBe(false);
  });

  it('fold behind a button on a map under 600 px, which opens and folds them by keyboard', async () => {
    const el = await mountWith({ width: '560px' });
    await settled(el);
    expect(shown(toggle(el))).toBe(true);
    expect(shown(list(el))).toBe(false);
    expect(toggle(el).getAttribute('aria-expanded')).toBe('false');
    expect(toggle(el).getAttribute('aria-label')).toBe('Credits');
    // The folded credits cover no more than their button.
    expect(box(el).getBoundingClientRect().height).toBeLessThanOrEqual(32);
    // From the zoom buttons, Tab goes on to the markers and then to the credits button.
    (root(el).querySelector('.im-zoom-button') as HTMLElement).focus();
    for (let i = 0; i < 8 && root(el).activeElement !== toggle(el); i++) {
      await userEvent.keyboard('{Tab}');
    }
    expect(root(el).activeElement).toBe(toggle(el));
    await userEvent.keyboard('{Enter}');
    expect(toggle(el).getAttribute('aria-expanded')).toBe('true');
    expect(shown(list(el))).toBe(true);
    expect(list(el).textContent).toContain('GeoNames (CC BY 4.0)');
    // Inside the map, and its links come next in the Tab order.
    const map = mapBox(el).getBoundingClientRect();
    expect(box(el).getBoundingClientRect().left).toBeGreaterThanOrEqual(map.left);
    await userEvent.keyboard('{Tab}');
    expect(list(el).contains(root(el).activeElement)).toBe(true);
    // Escape folds them and gives the focus back to the button; the open visit, if any, stays.
    await userEvent.keyboard('{Escape}');
    expect(toggle(el).getAttribute('aria-expanded')).toBe('false');
    expect(shown(list(el))).toBe(false);
    expect(root(el).activeElement).toBe(toggle(el));
    await userEvent.keyboard(' ');
    expect(toggle(el).getAttribute('aria-expanded')).toBe('true');
  });

  it('open with a click and fold again when the reader goes back to the map', async () => {
    const el = await mountWith({ width: '480px' });
    await settled(el);
    await userEvent.click(toggle(el));
    expect(shown(list(el))).toBe(true);
    const map = mapBox(el).getBoundingClientRect();
    await userEvent.click(mapBox(el), { position: { x: map.width / 2, y: 40 } });
    expect(shown(list(el))).toBe(false);
  });

  it('fold when the map gets narrow, and unfold when it gets wide again', async () => {
    await page.viewport(1400, 800);
    const el = await mountWith({ width: '1300px' });
    el.style.width = '500px';
    await settled(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(shown(toggle(el))).toBe(true);
    el.style.width = '1300px';
    await settled(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(shown(toggle(el))).toBe(false);
    expect(shown(list(el))).toBe(true);
  });
});
