/**
 * The one open visit of the map: in a popup at its marker on a wide map, sized to the map's
 * box and kept clear of the controls; on a narrow map (under {@link SHEET_BELOW} pixels) in a
 * bottom sheet over at most half the map, with the map moved so that the marker shows above
 * it; the visit moves from one to the other when the map's width crosses that line while it is
 * open. Either way the map goes back to its view when the visit closes (unless the reader moved
 * it meanwhile), and the visit stands right after its marker in the Tab order.
 *
 * @module
 */
import { DomEvent, type Map as LeafletMap, Popup } from 'leaflet';
import type { VisitFeature } from '../model/schema.js';
import { ICON_SIZE } from './icons.js';
import { popupTabTarget } from './keyboard.js';
import { popupCode } from './popup-code.js';
import { ViewReturn } from './view-return.js';
import { markerShift, toLatLng } from './visit-layer.js';

/** Maps narrower than this, in CSS pixels, show the open visit in a bottom sheet. */
export const SHEET_BELOW = 480;

/** How far above its point the popup's tip stands, in CSS pixels: over the pin's head. */
const POPUP_RISE = -36;

/** What the popup needs to know of the map around it. */
export interface VisitPopupHost {
  readonly map: LeafletMap;
  /** Width of the zoom buttons' box, in CSS pixels. */
  controlsWidth(): number;
  /** Height of the credits line, in CSS pixels. */
  creditsHeight(): number;
  /** Height of the host's notices below the map's top edge (8 px down), in CSS pixels. */
  coveredTop?: (() => number) | undefined;
  /** The drawn markers in date order, and a visit's own marker. */
  markers(): HTMLElement[];
  marker(id: string): HTMLElement | undefined;
  /** The popup or the sheet was closed (by the user or by code). */
  closed(): void;
}

/** The map's popup (or bottom sheet) for one visit at a time. */
export class VisitPopup {
  readonly popup: Popup;
  private sheet: HTMLElement | undefined;
  /** The view before the open visit moved the map, to go back to when it closes. */
  private readonly views: ViewReturn;
  /** Set while the popup gives way to the sheet: no close for the host. */
  private switching = false;
  /** Whether the next close goes back to the view before the visit opened. */
  private restoreOnClose = true;
  /** The open visit and its content, to move between the popup and the sheet. */
  private shown: { visit: VisitFeature; content: HTMLElement } | undefined;

  constructor(private readonly host: VisitPopupHost) {
    this.popup = new Popup({
      closeButton: false,
      autoPan: true,
      autoPanPaddingTopLeft: [52, 12],
      autoPanPaddingBottomRight: [12, 24],
      maxWidth: 340,
      minWidth: 220,
      maxHeight: 380,
      offset: [0, POPUP_RISE],
      className: 'im-popup',
      // Leaflet closes on 'preclick', before a marker's click: that would report a close and
      // then a select for one click on another marker. Background clicks are handled by the map.
      closeOnClick: false,
    });
    this.views = new ViewReturn(host.map);
    // A closed popup fades out for a moment before Leaflet removes it: meanwhile a click on a
    // marker under it must reach the marker.
    this.popup.on('add', () => this.popup.getElement()?.style.removeProperty('pointer-events'));
    this.popup.on('remove', () => {
      const element = this.popup.getElement();
      if (element) element.style.pointerEvents = 'none';
    });
    host.map.on('popupclose', (e) => {
      if ((e as { popup?: Popup }).popup !== this.popup || this.switching) return;
      this.closedView();
      host.closed();
    });
  }

  /**
   * A visit is about to open, and may first move the map (a cluster zooming in to it): the
   * view before is the one to come back to.
   */
  willOpen(): void {
    this.views.willOpen();
  }

  /** Whether the popup or the sheet is open. */
  get isOpen(): boolean {
    return this.sheet !== undefined || this.host.map.hasLayer(this.popup);
  }

  /** The popup's or the sheet's element, while it is open. */
  get element(): HTMLElement | undefined {
    return this.sheet ?? this.popup.getElement();
  }

  /** Opens a visit with this content (or moves there), focusing it if asked. */
  open(visit: VisitFeature, content: HTMLElement, options: { focus?: boolean }): void {
    content.addEventListener('keydown', (e) => {
      const target = popupTabTarget(e, content, this.host.marker(visit.id), this.host.markers());
      if (target) {
        e.preventDefault();
        target.focus();
      }
    });
    // An opened disclosure makes the card taller: the popup is laid out again, so that it
    // scrolls within its height rather than growing past the top of the map (before the card's
    // own listener brings the disclosure into sight).
    content.addEventListener('toggle', () => this.relayout(), true);
    this.views.willOpen();
    this.show(visit, content);
    // Opened by the reader on a phone, where the map's foot may be below the fold: in sight.
    if (options.focus) this.sheet?.scrollIntoView({ block: 'nearest' });
    this.views.opened();
    if (options.focus) content.focus({ preventScroll: true });
  }

  /** Whether the map is narrow enough for the sheet (by its own width, not the window's). */
  private get narrow(): boolean {
    return this.host.map.getSize().x < SHEET_BELOW;
  }

  /** Puts the visit in the sheet on a narrow map, else in the popup at its marker. */
  private show(visit: VisitFeature, content: HTMLElement): void {
    this.shown = { visit, content };
    if (this.narrow) this.openSheet(visit, content);
    else this.openPopup(visit, content);
  }

  /**
   * Lays the popup out again for its content's new height, scrolling within its height, and
   * pans the map if it no longer fits: Leaflet's `update()` without putting the content in
   * again, which would take the focus from it.
   */
  /**
   * Sizes the open popup to the map's box again and pans the map, if it must, so that it is
   * whole in view (after the box changed size).
   */
  keepInView(): void {
    if (this.shown && this.isOpen && this.narrow !== (this.sheet !== undefined)) {
      this.changeBox(this.shown.visit, this.shown.content);
      return;
    }
    if (this.sheet || !this.host.map.hasLayer(this.popup)) return;
    this.fitOptions();
    this.relayout();
  }

  /**
   * The map became narrow with the popup open, or wide with the sheet: the visit moves to the
   * other, as if opened now (the view to come back to stays), keeping the focus where it was.
   */
  private changeBox(visit: VisitFeature, content: HTMLElement): void {
    const focused = (content.getRootNode() as Document | ShadowRoot).activeElement;
    const within = focused instanceof HTMLElement && content.contains(focused);
    this.views.willOpen();
    this.show(visit, content);
    this.views.opened();
    if (within) focused.focus({ preventScroll: true });
  }

  private relayout(): void {
    if (this.sheet || !this.host.map.hasLayer(this.popup)) return;
    const popup = this.popup as unknown as { _updateLayout(): void; _adjustPan(): void };
    const box = this.popup.getElement()?.querySelector('.leaflet-popup-content');
    const scrolled = box?.scrollTop ?? 0;
    popup._updateLayout();
    if (box) box.scrollTop = scrolled;
    popup._adjustPan();
  }

  /**
   * Closes the popup or the sheet; the host hears of it through `closed`. The map goes back
   * to its view before the visit opened, unless the reader moved it or `restore` is false (the
   * map is about to move elsewhere).
   */
  close(options: { restore?: boolean } = {}): void {
    this.restoreOnClose = options.restore ?? true;
    if (this.sheet) this.closeSheet();
    else this.host.map.closePopup(this.popup);
    this.restoreOnClose = true;
  }

  private closedView(): void {
    this.shown = undefined;
    this.views.closed({ restore: this.restoreOnClose });
  }

  private openPopup(visit: VisitFeature, content: HTMLElement): void {
    if (this.sheet) this.closeSheet(false);
    const { map } = this.host;
    this.fitOptions();
    // The tip points at the visit's own marker, fanned out beside others at the same point.
    const [x, y] = markerShift(this.host.marker(visit.id));
    this.popup.options.offset = [x, POPUP_RISE + y];
    this.popup.setLatLng(toLatLng(visit.geometry.coordinates)).setContent(content);
    if (!map.hasLayer(this.popup)) this.popup.openOn(map);
    else this.popup.update();
  }

  /**
   * Sizes the popup to the map's box, as tall as it allows; below it, the pin under its tip
   * stays clear of the credits line.
   */
  private fitOptions(): void {
    const { map } = this.host;
    const { x: width, y: height } = map.getSize();
    const below = ICON_SIZE[1] + this.host.creditsHeight();
    const covered = this.host.coveredTop?.();
    const above = covered ? covered + 20 : 12;
    Object.assign(this.popup.options, {
      maxWidth: Math.max(160, Math.min(340, width - 100)),
      minWidth: Math.max(160, Math.min(220, width - 100)),
      // As tall as the map allows: a card's quotes and their speakers show without scrolling
      // where the map has room; it scrolls only when it must.
      maxHeight: Math.max(160, height - below - above - 48),
      // Keep the popup clear of the zoom buttons and the notices, its pin clear of the credits.
      autoPanPaddingTopLeft: [this.host.controlsWidth() + 20, above],
      autoPanPaddingBottomRight: [12, below + 4],
    });
  }

  private openSheet(visit: VisitFeature, content: HTMLElement): void {
    const { map } = this.host;
    if (map.hasLayer(this.popup)) {
      this.switching = true;
      map.closePopup(this.popup);
      this.switching = false;
    }
    let sheet = this.sheet;
    if (!sheet) {
      sheet = document.createElement('div');
      sheet.className = 'im-sheet';
      DomEvent.disableClickPropagation(sheet);
      DomEvent.disableScrollPropagation(sheet);
      map.getContainer().append(sheet);
      this.sheet = sheet;
    }
    const body = document.createElement('div');
    body.className = 'im-sheet-body';
    body.append(content);
    sheet.replaceChildren(body);
    // The visit's own marker shows above the sheet, fanned out or not: the map moves as little
    // as it must.
    const [x, y] = markerShift(this.host.marker(visit.id));
    map.panInside(toLatLng(visit.geometry.coordinates), {
      paddingTopLeft: [
        this.host.controlsWidth() + 12 + Math.max(0, -x),
        Math.max(0, ICON_SIZE[1] + 12 - y),
      ],
      paddingBottomRight: [12 + Math.max(0, x), sheet.offsetHeight + 12 + Math.max(0, y)],
      animate: false,
    });
    revealBelowFold(sheet);
  }

  private closeSheet(notify = true): void {
    this.sheet?.remove();
    this.sheet = undefined;
    if (!notify) return;
    this.closedView();
    this.host.closed();
  }
}

/**
 * Scrolls the page up just enough to show the whole sheet when the map runs below the screen
 * (a phone, the map under the page's header): the sheet's top stays on screen. Scrolls the
 * window only; `scrollIntoView` would also scroll the map's own box, which Leaflet lays out.
 */
function revealBelowFold(sheet: HTMLElement): void {
  const { top, bottom } = sheet.getBoundingClientRect();
  const below = bottom - window.innerHeight;
  if (below > 0) window.scrollBy({ top: Math.min(below, top), behavior: 'instant' });
}

popupCode.VisitPopup = VisitPopup;
