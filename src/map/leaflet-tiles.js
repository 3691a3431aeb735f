/**
 * Leaflet's tile layers, for `tile-layer.ts` only: builds resolve its `import … from 'leaflet'`
 * here (see `leafletModules()` in `scripts/vite-plugin-leaflet.ts`), so that the tile code is
 * in the chunk loaded when a map is given `tiles`, not in every page.
 *
 * @module
 */
export { GridLayer } from 'leaflet/src/layer/tile/GridLayer.js';
export { TileLayer } from 'leaflet/src/layer/tile/TileLayer.js';
