/** The map by keyboard: Tab order of the controls, the zoom buttons' limits, the zoom keys. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { InspectionMap } from '../../src/components/inspection-map/inspection-map.js';
import {
  cleanup,
  leafletMap,
  mapBox,
  markers,
  mountWith as mount,
  root,
  settled,
  until,
} from './helpers.js';

afterEach(cleanup);

const zoomButtons = (el: InspectionMap) => [
  ...root(el).querySelectorAll<HTMLButtonElement>('.im-zoom-button'),
];

/** The focusable elements of the map in Tab order (all have tabindex 0 or none). */
function tabOrder(el: InspectionMap): HTMLElement[] {
  return [
    ...root(el).querySelectorAll<HTMLElement>(
      '.leaflet-container, .leaflet-container button, .leaflet-container a[href], .leaflet-container [tabindex="0"]',
    ),
  ].filter((e) => e.tabIndex >= 0);
}

describe('the keyboard', () => {
  it('reaches the zoom buttons before the markers', async () => {
    const el = await mount();
    const order = tabOrder(el);
    const [zoomIn, zoomOut] = zoomButtons(el);
    const firstMarker = order.indexOf(markers(el)[0] as HTMLElement);
    expect(order[0]).toBe(mapBox(el));
    expect(order.indexOf(zoomIn as HTMLElement)).toBeLessThan(firstMarker);
    expect(order.indexOf(zoomOut as HTMLElement)).toBeLessThan(firstMarker);
    // And the browser agrees: Tab from the map goes to zoom in.
    mapBox(el).focus();
    await userEvent.tab();
    expect(root(el).activeElement).toBe(zoomIn);
  });

  it('disables zoom in at the highest zoom and zoom out at the lowest', async () => {
    const el = await mount();
    const map = leafletMap(el);
    const [zoomIn, zoomOut] = zoomButtons(el) as [HTMLButtonElement, HTMLButtonElement];
    map.setZoom(map.getMaxZoom(), { animate: false });
    await until(() => zoomIn.getAttribute('aria-disabled') === 'true');
    expect(zoomOut.getAttribute('aria-disabled')).not.toBe('true');
    zoomIn.click();
    await settled(el);
    expect(map.getZoom()).toBe(map.getMaxZoom());
    map.setZoom(map.getMinZoom(), { animate: false });
    await until(() => zoomOut.getAttribute('aria-disabled') === 'true');
    expect(zoomIn.getAttribute('aria-disabled')).not.toBe('true');
  });

  it('zooms one level for + typed as Shift+=, and for - and =', async () => {
    const el = await mount();
    const map = leafletMap(el);
    map.setZoom(4, { animate: false });
    await settled(el);
    mapBox(el).focus();
    await userEvent.keyboard('{Shift>}{=}{/Shift}');
    await until(() => map.getZoom() !== 4);
    await settled(el);
    expect(map.getZoom()).toBe(5);
    await userEvent.keyboard('{-}');
    await until(() => map.getZoom() !== 5);
    expect(map.getZoom()).toBe(4);
    await settled(el);
    await userEvent.keyboard('{=}');
    await until(() => map.getZoom() !== 4);
    expect(map.getZoom()).toBe(5);
  });
});
