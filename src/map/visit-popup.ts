/**
 * The one popup of the map: sized to the map's box so it never spills out of a narrow map,
 * kept clear of the controls when it pans the map, and stitched into the Tab order right after
 * the marker it belongs to.
 *
 * @module
 */
import { type Map as LeafletMap, Popup } from 'leaflet';
import type { VisitFeature } from '../model/schema.js';
import { ICON_SIZE } from './icons.js';
import { popupTabTarget } from './keyboard.js';
import { toLatLng } from './visit-layer.js';

/** What the popup needs to know of the map around it. */
export interface VisitPopupHost {
  readonly map: LeafletMap;
  /** Width of the zoom buttons' box, in CSS pixels. */
  controlsWidth(): number;
  /** Height of the credits line, in CSS pixels. */
  creditsHeight(): number;
  /** The drawn markers in date order, and a visit's own marker. */
  markers(): HTMLElement[];
  marker(id: string): HTMLElement | undefined;
}

/** The map's popup for one visit at a time. */
export class VisitPopup {
  readonly popup: Popup;

  constructor(private readonly host: VisitPopupHost) {
    this.popup = new Popup({
      closeButton: false,
      autoPan: true,
      autoPanPaddingTopLeft: [52, 12],
      autoPanPaddingBottomRight: [12, 24],
      maxWidth: 340,
      minWidth: 220,
      maxHeight: 380,
      offset: [0, -36],
      className: 'im-popup',
      // Leaflet closes on 'preclick', before a marker's click: that would report a close and
      // then a select for one click on another marker. Background clicks are handled by the map.
      closeOnClick: false,
    });
  }

  /** Whether the popup is on the map. */
  get isOpen(): boolean {
    return this.host.map.hasLayer(this.popup);
  }

  /** The popup's element, while it is open. */
  get element(): HTMLElement | undefined {
    return this.popup.getElement();
  }

  /** Opens the popup at a visit with this content (or moves it there), focusing it if asked. */
  open(visit: VisitFeature, content: HTMLElement, options: { focus?: boolean }): void {
    const { map } = this.host;
    // The popup fits the map's box, so it never spills out on a phone; below it, the pin under
    // its tip stays clear of the credits line (two lines high in a narrow map).
    const { x: width, y: height } = map.getSize();
    const below = ICON_SIZE[1] + this.host.creditsHeight();
    Object.assign(this.popup.options, {
      maxWidth: Math.max(160, Math.min(340, width - 100)),
      minWidth: Math.max(160, Math.min(220, width - 100)),
      maxHeight: Math.max(160, Math.min(380, height - below - 60)),
      // Keep the popup clear of the zoom buttons, and its pin clear of the credits line.
      autoPanPaddingTopLeft: [this.host.controlsWidth() + 20, 12],
      autoPanPaddingBottomRight: [12, below + 4],
    });
    content.addEventListener('keydown', (e) => {
      const target = popupTabTarget(e, content, this.host.marker(visit.id), this.host.markers());
      if (target) {
        e.preventDefault();
        target.focus();
      }
    });
    this.popup.setLatLng(toLatLng(visit.geometry.coordinates)).setContent(content);
    if (!this.isOpen) this.popup.openOn(map);
    else this.popup.update();
    if (options.focus) content.focus({ preventScroll: true });
  }

  /** Closes the popup (Leaflet fires `popupclose` on the map). */
  close(): void {
    this.host.map.closePopup(this.popup);
  }
}
