/**
 * The Leaflet adapter: everything that touches Leaflet lives below `src/map/`. Components give
 * it a container, the visits and render callbacks; it draws the base map, the visits (a pin
 * each, or clusters when there are many) and one popup, and reports what the user does.
 *
 * @module
 */
import { type LatLngBounds, Map as LeafletMap, latLngBounds } from 'leaflet';
import type { VisitFeature } from '../model/schema.js';
import { summarise, type VisitSummary } from '../model/summary.js';
import { baseMapFeatures, baseMapLayers, highlightProvinces } from './basemap.js';
import { CLUSTER_FROM } from './cluster-protocol.js';
import { ZoomButtons } from './controls.js';
import { type Credit, Credits } from './credits.js';
import { type FitView, fitVisits, showsView } from './fit.js';
import { cooperativeGestures } from './gestures.js';
import {
  escapeCloses,
  focusWithoutScrolling,
  MARKER_KEYS,
  markerAfterKey,
  zoomOneLevel,
} from './keyboard.js';
import { drawingOf, layerFor, prepareForMany, replaceLayer } from './layer-choice.js';
import './leaflet-global.js';
import { popupCode } from './popup-code.js';
import { removeMap } from './teardown.js';
import { TileSlot, type TilesOptions } from './tile-slot.js';
import { toLatLng, type VisitLayer, type VisitLayerHost } from './visit-layer.js';
import type { VisitMapOptions } from './visit-map-options.js';
import type { VisitPopup, VisitPopupHost } from './visit-popup.js';

export type { TilesOptions, VisitMapOptions };
export { CLUSTER_FROM };

/** The least zoom a visit is shown at when the view flies to it (a province fills the map). */
export const FLY_ZOOM = 6;

/**
 * The pane of the embedded base map: under Leaflet's tile pane (z-index 200), so an optional
 * tile layer covers it where its tiles load and the base map shows where they fail.
 */
const BASE_MAP_PANE = 'im-basemap';

/**
 * A Leaflet map of visits in a container the caller owns. Create it after the container is in
 * the document; call {@link VisitMap.destroy} when the container leaves it.
 */
export class VisitMap {
  /** The Leaflet map: an escape hatch for advanced use; the adapter owns its layers. */
  readonly map: LeafletMap;
  private layer: VisitLayer | undefined;
  /**
   * The popup (or bottom sheet), made when a visit first opens: its code, Leaflet's popup
   * with it, loads then (see {@link VisitMap.loadPopup}); until then no visit is open.
   */
  private popup: VisitPopup | undefined;
  private popupLoad: Promise<VisitPopup | undefined> | undefined;
  private readonly credits: Credits;
  private readonly zoomButtons: ZoomButtons;
  private readonly baseLayers: ReturnType<typeof baseMapLayers> = [];
  private readonly tiles: TileSlot;
  private baseCredits: readonly Credit[];
  private visits: VisitFeature[] = [];
  private selectedId: string | null = null;
  /** Counts selections, so a late answer for an earlier one is dropped. */
  private selecting = 0;
  /** The visits' extent, from the last {@link VisitMap.setVisits}. */
  private bounds: LatLngBounds | undefined;
  private readonly baseMapData;
  /** Releases every listener the adapter added outside Leaflet's own. */
  private readonly listeners = new AbortController();
  /** A fit was asked for while the container had no size; done when it gets one. */
  private pendingFit = false;
  /** The view the last fit set: while the map shows it, a change of size fits again. */
  private fitView: FitView | undefined;

  /** The gesture hints' texts, read when a hint shows (so a new language applies at once). */
  private readonly hints = { wheel: '', touch: '' };

  /** The element Leaflet owns: a fresh child of the host's container for every instance. */
  private readonly element: HTMLElement;

  /**
   * @param host - the box to draw in; the adapter adds one child element to it and removes
   *   it in {@link VisitMap.destroy}, so a new adapter can use the same box at once.
   */
  constructor(
    host: HTMLElement,
    private options: VisitMapOptions,
  ) {
    const container = document.createElement('div');
    container.className = 'im-leaflet';
    host.append(container);
    this.element = container;
    this.map = new LeafletMap(container, {
      zoomControl: false,
      attributionControl: false,
      minZoom: 2,
      maxZoom: 12,
      zoomSnap: 0.25,
      worldCopyJump: false,
      maxBounds: [
        [-30, 40],
        [75, 180],
      ],
      maxBoundsViscosity: 0.8,
      // The element's ResizeObserver reports size changes; no listener on the page's window.
      trackResize: false,
    });
    this.map.setView([35, 105], 3);
    this.map.createPane(BASE_MAP_PANE).style.zIndex = '150';
    this.zoomButtons = new ZoomButtons(options.labels).addTo(this.map);
    this.hints.wheel = options.labels.wheelHint;
    this.hints.touch = options.labels.touchHint;
    this.credits = new Credits(options.credits, options.labels.credits).addTo(this.map);
    this.credits.fit();
    this.baseMapData = baseMapFeatures(options.baseMap);
    for (const layer of baseMapLayers(this.baseMapData, new Set(), BASE_MAP_PANE)) {
      this.baseLayers.push(layer.addTo(this.map));
    }
    this.baseCredits = options.credits;
    // The popup's code loads as the reader comes to the map (a pointer over it, focus in it),
    // so that it is there by the time a marker is clicked or pressed.
    for (const type of ['pointerover', 'focusin'])
      container.addEventListener(type, () => void this.loadPopup(), {
        once: true,
        signal: this.listeners.signal,
      });
    this.map.on('click', () => {
      if (this.selectedId !== null) this.closePopup();
    });
    const signal = this.listeners.signal;
    escapeCloses(
      container,
      () => this.selectedId !== null,
      () => this.closePopup(),
      signal,
    );
    focusWithoutScrolling(container, signal);
    zoomOneLevel(container, this.map, signal);
    // The zoom buttons (top corners) come before the markers in the Tab order; Leaflet puts all
    // controls last. The corners are placed against the map's box, wherever they stand in it.
    container.prepend(...container.querySelectorAll('.leaflet-top'));
    cooperativeGestures(this.map, this.hints, signal);
    this.tiles = new TileSlot(this.map, () => this.showCredits());
    this.tiles.set(options.tiles);
  }

  /**
   * Draws the visits, given in date order: one pin each, or clusters from
   * {@link VisitMapOptions.clusterFrom} visits on; the base map's provinces of those visits are
   * highlighted. Replaces what was drawn before; keeps the selection when the visit remains.
   *
   * @param summary - their coordinates (in the same order), provinces and extent, when the
   *   caller has them already (see `src/model/summary.ts`); else read here in one pass.
   */
  setVisits(visits: readonly VisitFeature[], summary?: VisitSummary): void {
    const old = this.layer;
    this.visits = [...visits];
    const { coords, provinces, bounds } = summary ?? summarise(visits);
    this.bounds = bounds ? latLngBounds([bounds[0], bounds[1]], [bounds[2], bounds[3]]) : undefined;
    const provincesLayer = this.baseLayers[1];
    if (provincesLayer) highlightProvinces(provincesLayer, provinces);
    if (this.selectedId && !this.visits.some((v) => v.id === this.selectedId)) this.select(null);
    this.layer = layerFor(visits.length, this.layerHost(), this.options.clusterFrom);
    this.layer.setVisits(this.visits, coords);
    replaceLayer(old, this.layer);
  }

  /** Resolves once the visits given last to {@link VisitMap.setVisits} are on the map. */
  whenDrawn(): Promise<void> {
    return this.layer?.whenDrawn() ?? Promise.resolve();
  }

  /**
   * Loads the clustering code and starts its worker ahead of {@link VisitMap.setVisits}, for a
   * caller that knows many visits are coming (while it reads them, for instance).
   */
  prepareForMany(): void {
    prepareForMany();
  }

  /**
   * How visits are drawn now: `pins`, `clusters (worker)` or `clusters (main thread)`
   * (`clusters (loading)` while the clustering code loads).
   */
  get drawing(): string {
    return drawingOf(this.layer);
  }

  /** The visits in the order drawn (the order given to {@link VisitMap.setVisits}). */
  get drawn(): readonly VisitFeature[] {
    return this.visits;
  }

  /**
   * Opens the popup of a visit (and pans to it), or closes it with `null`. Does not report to
   * `onUserSelect`: this is the programmatic path.
   *
   * @param options.focus - move keyboard focus into the popup.
   * @param options.fly - first move the view to the visit (zooming in to at least
   *   {@link FLY_ZOOM}), smoothly when `animate` is true; the popup opens when the move ends.
   * @returns whether a visit with that id is drawn (always true for `null`).
   */
  select(
    id: string | null,
    options: { focus?: boolean; fly?: boolean; animate?: boolean } = {},
  ): boolean {
    const attempt = ++this.selecting;
    if (id === null) {
      this.selectedId = null;
      this.popup?.close();
      this.layer?.setPressed(null);
      return true;
    }
    const visit = this.visits.find((v) => v.id === id);
    const layer = this.layer;
    if (!visit || !layer) return false;
    this.selectedId = id;
    layer.setPressed(id);
    const current = () => attempt === this.selecting && this.selectedId === id;
    // A clustered visit is drawn on its own first (zooming in where needed), then its popup opens.
    const openWith = (popup: VisitPopup | undefined) => {
      if (!popup || !current()) return;
      // A cluster zooms in to the visit before its popup opens: the view to come back to is
      // the one before that.
      popup.willOpen();
      const revealing = layer.reveal(id);
      if (!revealing) this.openPopup(visit, options);
      else
        revealing.then(
          () => current() && this.openPopup(visit, options),
          () => undefined,
        );
    };
    // The first visit to open on the page waits for the popup's code; the others open at once.
    const open = () => {
      const popup = this.popup ?? this.makePopup();
      if (popup) openWith(popup);
      else
        void this.loadPopup().then((loaded) => {
          if (loaded || this.listeners.signal.aborted || !current()) return openWith(loaded);
          // The popup's code could not be loaded (the server gone, the chunk replaced): nothing
          // opens; the host is told, and the next open tries again.
          this.selectedId = null;
          layer.setPressed(null);
          this.options.onPopupUnavailable?.(id);
        });
    };
    if (options.fly) {
      const zoom = Math.max(this.map.getZoom(), FLY_ZOOM);
      // Closing with no selection recorded reports nothing and moves no focus; the view moves on
      // from where it is.
      this.selectedId = null;
      this.popup?.close({ restore: false });
      this.selectedId = id;
      this.map.once('moveend', open);
      this.map.flyTo(toLatLng(visit.geometry.coordinates), zoom, {
        animate: options.animate ?? false,
        duration: 0.8,
      });
    } else {
      open();
    }
    return true;
  }

  private openPopup(visit: VisitFeature, options: { focus?: boolean }): void {
    this.popup?.open(visit, this.options.renderPopup(visit), options);
  }

  /**
   * The popup, its code loaded on first use on the page (`visit-popup.ts` and Leaflet's popup:
   * about 4 KB gzipped that a map nobody opens never needs; see `popup-code.ts`). `undefined`
   * if the adapter was destroyed meanwhile or the code could not be loaded (a later call tries
   * again).
   */
  private loadPopup(): Promise<VisitPopup | undefined> {
    this.popupLoad ??= popupCode.load().then(
      () => (this.listeners.signal.aborted ? undefined : this.makePopup()),
      () => {
        this.popupLoad = undefined;
        return undefined;
      },
    );
    return this.popupLoad;
  }

  /** The popup, made now if its code is loaded. */
  private makePopup(): VisitPopup | undefined {
    const Code = popupCode.VisitPopup;
    if (Code) this.popup ??= new Code(this.popupHost());
    return this.popup;
  }

  private popupHost(): VisitPopupHost {
    return {
      map: this.map,
      controlsWidth: () => this.zoomButtons.getContainer()?.offsetWidth ?? 0,
      creditsHeight: () => this.credits.getContainer()?.offsetHeight ?? 0,
      coveredTop: this.options.coveredTop,
      markers: () => this.layer?.drawn() ?? [],
      marker: (id) => this.layer?.element(id),
      closed: () => this.onPopupClose(),
    };
  }

  /**
   * Closes the popup as the user would: focus returns to the marker when it was in the popup,
   * and `onUserSelect(null)` is called.
   */
  closePopup(): void {
    if (this.popup) this.popup.close();
    else if (this.selectedId !== null) {
      // A visit still waiting for the popup's code: it will not open.
      this.selecting++;
      this.onPopupClose();
    }
  }

  /** The selected visit's id, or `null`. */
  get selected(): string | null {
    return this.selectedId;
  }

  /**
   * Fits the view to all visits and the provinces they are in, so each point is seen in its
   * province; to China when there are none. In a container with no size (hidden), the fit
   * waits for {@link VisitMap.resize} to report one.
   */
  fitAll(options: { animate?: boolean } = {}): void {
    const size = this.map.getSize();
    this.pendingFit = size.x === 0 || size.y === 0;
    if (this.pendingFit) return;
    this.fitView = fitVisits(this.map, this.bounds, this.baseLayers[1], {
      controlsWidth: this.zoomButtons.getContainer()?.offsetWidth ?? 0,
      creditsHeight: this.credits.getContainer()?.offsetHeight ?? 0,
      animate: options.animate,
    });
  }

  /**
   * Turns the optional tile layer on (with its attribution) or off (`undefined`). Its code
   * (Leaflet's tile layers) loads on first use: a map without tiles never fetches it.
   */
  setTiles(tiles: VisitMapOptions['tiles']): void {
    this.tiles.set(tiles);
  }

  /** Tiles of the current tile layer that failed to load. */
  get tileErrors(): number {
    return this.tiles.errors;
  }

  /** Replaces the credits (the tile layer's attribution, if any, stays first). */
  setCredits(credits: readonly Credit[]): void {
    this.baseCredits = credits;
    this.showCredits();
  }

  private showCredits(): void {
    this.credits.setCredits(
      this.tiles?.credit ? [this.tiles.credit, ...this.baseCredits] : this.baseCredits,
    );
  }

  /**
   * Tells Leaflet its container changed size (call from a ResizeObserver). The first time the
   * container has a size after a fit was asked for, the fit is done; while the map shows the
   * view of the last fit (the reader has not moved it), it fits again to the new size.
   */
  resize(): void {
    const refit = this.pendingFit || showsView(this.map, this.fitView);
    // Leaflet keeps a moved view inside maxBounds on 'moveend', with an animated pan. Debounced
    // (as Leaflet does for window resizes), it comes after the fit below, not before it: a pan
    // started for the view of a box that had no size would carry on past the fit.
    this.map.invalidateSize({ pan: false, debounceMoveend: true });
    this.credits.fit();
    if (refit) this.fitAll();
    // An open popup sized for the old box (a deep link's popup opens before the page has
    // settled) is sized again and panned back into view.
    this.popup?.keepInView();
  }

  /**
   * Applies new interface text (the language changed): control labels, gesture hints, marker
   * names and the open popup, in place, keeping the view.
   */
  setLabels(labels: VisitMapOptions['labels']): void {
    this.options.labels = labels;
    this.zoomButtons.setLabels(labels);
    this.credits.setLabel(labels.credits);
    this.hints.wheel = labels.wheelHint;
    this.hints.touch = labels.touchHint;
    this.layer?.relabel();
    // The open popup in the new language, where it is: no zooming to reveal it again.
    const visit = this.visits.find((v) => v.id === this.selectedId);
    if (visit && this.popup?.isOpen) this.openPopup(visit, {});
  }

  /** Removes the map and everything it added; the instance is unusable afterwards. */
  destroy(): void {
    this.tiles.remove();
    this.listeners.abort();
    this.layer?.remove();
    this.layer = undefined;
    removeMap(this.map);
    this.element.remove();
  }

  private userSelect(id: string): void {
    this.select(id, { focus: true });
    this.options.onUserSelect?.(id);
  }

  private layerHost(): VisitLayerHost {
    const host = this;
    return {
      map: this.map,
      markerLabel: (visit) => this.options.markerLabel(visit),
      clusterLabel: (count) => this.options.clusterLabel(count),
      clusterCount: (count) => this.options.clusterCount(count),
      get selected() {
        return host.selectedId;
      },
      activate: (id) => this.userSelect(id),
      markerKey: (e, marker) => this.onMarkerKey(e, marker),
    };
  }

  /** Arrow keys, Home and End move between the drawn markers in date order. */
  private onMarkerKey(e: KeyboardEvent, marker: HTMLElement): void {
    if (!MARKER_KEYS.has(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    markerAfterKey(e.key, this.layer?.drawn() ?? [], marker)?.focus();
  }

  private onPopupClose(): void {
    const id = this.selectedId;
    this.selectedId = null;
    this.layer?.setPressed(null);
    if (id === null) return;
    // Focus that was inside the popup goes back to the marker it came from.
    const root = this.map.getContainer().getRootNode() as Document | ShadowRoot;
    const active = root.activeElement;
    const popupEl = this.popup?.element;
    if (!active || active === document.body || popupEl?.contains(active)) {
      this.layer?.element(id)?.focus();
    }
    this.options.onUserSelect?.(null);
  }
}
