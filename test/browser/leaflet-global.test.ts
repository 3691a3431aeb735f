/**
 * Leaflet sets `window.L` when it is first evaluated. The element must leave a page's own
 * Leaflet alone. This file runs in a page of its own, where Leaflet has not run yet: the element
 * evaluates it only when it draws its first map.
 */
import { expect, it } from 'vitest';
import { mount } from './helpers.js';

it('leaves the page’s own window.L in place', async () => {
  const own = { version: '1.7.1', note: 'the page’s own Leaflet' };
  const page = window as unknown as { L?: unknown };
  page.L = own;
  await mount();
  expect(page.L).toBe(own);
});
