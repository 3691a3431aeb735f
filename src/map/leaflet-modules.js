/**
 * The parts of Leaflet 1.9.4 the map uses, imported from Leaflet's own source modules. Builds
 * resolve `import … from 'leaflet'` to this file (see `leafletModules()` in
 * `scripts/vite-plugin-leaflet.ts`), so the page and the library carry the map, its seven
 * interaction handlers, markers, polygons and the SVG renderer (tile layers come from
 * `leaflet-tiles.js`, loaded only for a map with a `tiles` layer; the popup from
 * `leaflet-popup.js`, loaded when a visit first opens), and leave
 * out what the map never uses: Leaflet's own zoom, attribution, layers and scale controls, image,
 * video and SVG overlays, tooltips, the GeoJSON layer and circles (the base map makes its
 * polygons itself, see `basemap.ts`), the canvas renderer (the map never sets `preferCanvas`), the
 * long-press handler (nothing listens for `contextmenu`) and the CRSs other than Web Mercator.
 * The types stay those of `@types/leaflet`.
 *
 * Unlike Leaflet's bundled file, the source modules set no `window.L`.
 *
 * @module
 */
export { Control } from 'leaflet/src/control/Control.js';
export { Class } from 'leaflet/src/core/Class.js';
export { Evented } from 'leaflet/src/core/Events.js';
export { Handler } from 'leaflet/src/core/Handler.js';
export * as DomEvent from 'leaflet/src/dom/DomEvent.js';
export * as DomUtil from 'leaflet/src/dom/DomUtil.js';
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng.js';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds.js';
export { Point, toPoint as point } from 'leaflet/src/geometry/Point.js';
export { FeatureGroup } from 'leaflet/src/layer/FeatureGroup.js';
export { Layer } from 'leaflet/src/layer/Layer.js';
export { LayerGroup } from 'leaflet/src/layer/LayerGroup.js';
export { DivIcon } from 'leaflet/src/layer/marker/DivIcon.js';
export { Icon } from 'leaflet/src/layer/marker/Icon.js';
export { Marker } from 'leaflet/src/layer/marker/Marker.js';
export { Polygon } from 'leaflet/src/layer/vector/Polygon.js';

import 'leaflet/src/map/handler/Map.BoxZoom.js';
import 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import 'leaflet/src/map/handler/Map.Drag.js';
import 'leaflet/src/map/handler/Map.Keyboard.js';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import 'leaflet/src/map/handler/Map.TouchZoom.js';
import { svg } from 'leaflet/src/layer/vector/SVG.js';
import { Map as LeafletMap } from 'leaflet/src/map/Map.js';

export { LeafletMap as Map };

// Leaflet's `Renderer.getRenderer.js`, with `svg()` as the only renderer: the original also
// pulls in the canvas renderer for maps with `preferCanvas`, which this map never sets.
LeafletMap.include({
  getRenderer(layer) {
    let renderer =
      layer.options.renderer ||
      this._getPaneRenderer(layer.options.pane) ||
      this.options.renderer ||
      this._renderer;
    if (!renderer) renderer = this._renderer = this._createRenderer();
    if (!this.hasLayer(renderer)) this.addLayer(renderer);
    return renderer;
  },
  _getPaneRenderer(name) {
    if (name === 'overlayPane' || name === undefined) return false;
    let renderer = this._paneRenderers[name];
    if (renderer === undefined) {
      renderer = this._createRenderer({ pane: name });
      this._paneRenderers[name] = renderer;
    }
    return renderer;
  },
  _createRenderer(options) {
    return svg(options);
  },
});

/** Leaflet's bundled file sets `window.L`; the source modules do not, so there is nothing to undo. */
export function noConflict() {
  return this;
}
