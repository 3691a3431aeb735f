/**
 * Leaflet's popup, for `visit-popup.ts` only: builds resolve its `import … from 'leaflet'`
 * here (see `leafletModules()` in `scripts/vite-plugin-leaflet.ts`), so that the popup's code
 * is in the chunk loaded when a visit first opens, not in every page. `DomEvent` is the map's
 * own (already loaded).
 *
 * @module
 */
export * as DomEvent from 'leaflet/src/dom/DomEvent.js';
export { Popup } from 'leaflet/src/layer/Popup.js';
