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
import './leaflet-global.js';
import { removeMap } from './teardown.js';

export interface PlacePickerOptions {
  baseMap: BaseMapTopology;
  /** Called with the chosen point, `[longitude, latitude]`. */
  onPick: (lon: number, lat: number) => void;
  /** The map's accessible name, which says how to use it. */
  label: string;
}

export class PlacePicker {
  private readonly map: LeafletMap;
  private marker: Marker | undefined;

  constructor(container: HTMLElement, options: PlacePickerOptions) {
    this.map = new LeafletMap(container, {
      attributionControl: false,
      zoomControl: false,
      minZoom: 3,
      maxZoom: 10,
      keyboard: true,
    });
    const features = baseMapFeatures(options.baseMap);
    for (const layer of baseMapLayers(features, new Set())) layer.addTo(this.map);
    this.map.fitBounds([
      [18, 73],
      [54, 135],
    ]);
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
    this.map.setView(at, Math.max(this.map.getZoom(), 5), { animate: false });
  }

  /** Redraws after the container's size changed (shown after being hidden). */
  resize(): void {
    this.map.invalidateSize();
  }

  destroy(): void {
    removeMap(this.map);
  }
}
