/**
 * A small map for choosing a point: the embedded base map, a crosshair at the centre, and one
 * marker for the current choice. A click chooses the clicked point; from the keyboard, the
 * arrow keys pan, + and − zoom, and Enter chooses the point under the crosshair. Used by the
 * editor only (the element does not load it).
 *
 * @module
 */
import {
  DivIcon,
  type LatLngExpression,
  Map as LeafletMap,
  type LeafletMouseEvent,
  Marker,
} from 'leaflet';
import { type BaseMapTopology, baseMapFeatures, baseMapLayers } from './basemap.js';
import type { BaseMapFeatures } from './basemap-data.js';
import './leaflet-global.js';
import { removeMap } from './teardown.js';

export interface PlacePickerOptions {
  baseMap: BaseMapTopology;
  /** Called with the chosen point, `[longitude, latitude]`. */
  onPick: (lon: number, lat: number) => void;
  /** The map's accessible name, which says how to use it. */
  label: string;
  /** The current choice, `[longitude, latitude]`, shown from the start; none by default. */
  point?: [number, number] | undefined;
}

/** Each topology's features, converted once for every picker opened. */
const converted = new WeakMap<BaseMapTopology, BaseMapFeatures>();

/** China and its neighbours: the view when there is no choice yet. */
const CHINA: [[number, number], [number, number]] = [
  [18, 73],
  [54, 135],
];

export class PlacePicker {
  private readonly map: LeafletMap;
  private marker: Marker | undefined;
  /** The next part of the base map to draw, while some are left. */
  private timer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Makes the map at its view (the choice, else China); the base map is drawn after, a layer in
   * each task (countries, then provinces), each projected once, at that view: no task of the
   * page converts and draws the whole base map.
   */
  constructor(container: HTMLElement, options: PlacePickerOptions) {
    this.map = new LeafletMap(container, {
      attributionControl: false,
      zoomControl: false,
      minZoom: 3,
      maxZoom: 10,
      keyboard: true,
    });
    if (options.point) this.show(...options.point);
    else this.map.fitBounds(CHINA);
    this.drawBaseMap(options.baseMap);
    this.map.on('click', (e: LeafletMouseEvent) => options.onPick(e.latlng.lng, e.latlng.lat));
    container.setAttribute('role', 'application');
    container.setAttribute('aria-label', options.label);
    container.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.target !== container) return;
      e.preventDefault();
      const c = this.map.getCenter();
      options.onPick(c.lng, c.lat);
    });
  }

  private drawBaseMap(topology: BaseMapTopology): void {
    let layers: ReturnType<typeof baseMapLayers> | undefined;
    const next = () => {
      this.timer = undefined;
      if (!layers) {
        let features = converted.get(topology);
        if (!features) {
          features = baseMapFeatures(topology);
          converted.set(topology, features);
        }
        layers = baseMapLayers(features, new Set());
      } else layers.shift()?.addTo(this.map);
      if (layers.length) this.timer = setTimeout(next, 0);
    };
    this.timer = setTimeout(next, 0);
  }

  /** Shows the current choice and centres the map on it. */
  show(lon: number, lat: number): void {
    const at: LatLngExpression = [lat, lon];
    if (!this.marker) {
      // An element, not the default '' string: Leaflet assigns a string `html` to innerHTML,
      // which a page enforcing Trusted Types refuses (and the marker is never drawn).
      const html = document.createElement('span');
      const icon = new DivIcon({ className: 'picker-marker', iconSize: [14, 14], html });
      this.marker = new Marker(at, { icon, interactive: false, keyboard: false }).addTo(this.map);
    } else this.marker.setLatLng(at);
    // Zoom 5 at least (a map with no view yet has no zoom).
    this.map.setView(at, Math.max(this.map.getZoom() || 0, 5), { animate: false });
  }

  /** Redraws after the container's size changed (shown after being hidden). */
  resize(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    clearTimeout(this.timer);
    removeMap(this.map);
  }
}
