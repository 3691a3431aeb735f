/**
 * The Leaflet adapter: everything that touches Leaflet lives below `src/map/`. Components give
 * it a container, the visits and render callbacks; it draws the base map, the visits (a pin
 * each, or clusters when there are many) and one popup, and reports what the user does.
 *
 * @module
 */
import {
  type LatLngBounds,
  type LatLngTuple,
  Map as LeafletMap,
  latLngBounds,
  type Polygon,
  Popup,
} from 'leaflet';
import type { VisitFeature } from '../model/schema.js';
import { summarise, type VisitSummary } from '../model/summary.js';
import {
  type BaseMapTopology,
  baseMapFeatures,
  baseMapLayers,
  highlightProvinces,
} from './basemap.js';
import { CLUSTER_FROM, WORKER_FROM } from './cluster-protocol.js';
import { type Credit, Credits, ZoomButtons } from './controls.js';
import { DeferredLayer } from './deferred-layer.js';
import { cooperativeGestures } from './gestures.js';
import { ICON_SIZE } from './icons.js';
import { MARKER_KEYS, markerAfterKey, popupTabTarget } from './keyboard.js';
import './leaflet-global.js';
import { PinLayer } from './pin-layer.js';
import { removeMap } from './teardown.js';
import type { WatchedTiles, WatchedTilesOptions } from './tile-layer.js';
import { toLatLng, type VisitLayer, type VisitLayerHost } from './visit-layer.js';

export { CLUSTER_FROM };

/** What the adapter needs from its host. */
export interface VisitMapOptions {
  /** The embedded base map. */
  baseMap: BaseMapTopology;
  /** Builds the popup's content for a visit, as DOM. */
  renderPopup: (visit: VisitFeature) => HTMLElement;
  /** The accessible name of a visit's marker. */
  markerLabel: (visit: VisitFeature) => string;
  /** The accessible name of a cluster of `count` visits, for example "12 visits". */
  clusterLabel: (count: number) => string;
  /** The count shown on a cluster, short: "12", "1.2K", "1.2万". */
  clusterCount: (count: number) => string;
  /**
   * From this many visits on, visits are clustered (only the markers in view drawn; indexed in
   * a Web Worker from `WORKER_FROM`, 2,000, visits on); below it every visit has its own pin.
   * Default {@link CLUSTER_FROM}, 100.
   */
  clusterFrom?: number;
  /** Called when the user (not code) selects a visit, or closes its popup (`null`). */
  onUserSelect?: (id: string | null) => void;
  /** Credits shown in the attribution line. */
  credits: readonly Credit[];
  /** Labels of the zoom buttons, and the hints shown when a gesture scrolls the page. */
  labels: { zoomIn: string; zoomOut: string; wheelHint: string; touchHint: string };
  /**
   * Optional XYZ tile layer drawn above the base map, with its attribution. It is given up
   * (and `onUnavailable` called) when its tiles fail; see {@link WatchedTiles}.
   */
  tiles?: TilesOptions | undefined;
}

/** The tile layer: URL template, attribution text, and what to do when tiles fail. */
export type TilesOptions = Partial<WatchedTilesOptions> & { url: string; attribution: string };

/** Default wait for a first tile, in milliseconds. */
const TILE_TIMEOUT_MS = 15_000;

/** The least zoom a visit is shown at when the view flies to it (a province fills the map). */
export const FLY_ZOOM = 6;

/** China's extent, south-west and north-east, for a map with no visits. */
const CHINA: [LatLngTuple, LatLngTuple] = [
  [18, 73],
  [54, 135],
];

/** Room kept around the visits when fitting, in CSS pixels, beyond the controls' own boxes. */
const FIT_MARGIN = 16;

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
  private readonly popup: Popup;
  private readonly credits: Credits;
  private readonly zoomButtons: ZoomButtons;
  private readonly baseLayers: ReturnType<typeof baseMapLayers> = [];
  private tileLayer: WatchedTiles | undefined;
  /** Counts {@link VisitMap.setTiles} calls, so a tile layer whose code arrives late is dropped. */
  private tilesRequest = 0;
  private destroyed = false;
  private tileCredit: Credit | undefined;
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
    this.credits = new Credits(options.credits).addTo(this.map);
    this.baseMapData = baseMapFeatures(options.baseMap);
    for (const layer of baseMapLayers(this.baseMapData, new Set(), BASE_MAP_PANE)) {
      this.baseLayers.push(layer.addTo(this.map));
    }
    this.baseCredits = options.credits;
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
      // then a select for one click on another marker. Background clicks are handled below.
      closeOnClick: false,
    });
    this.map.on('click', () => {
      if (this.selectedId !== null) this.closePopup();
    });
    const signal = this.listeners.signal;
    container.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.selectedId !== null) {
          e.stopPropagation();
          this.closePopup();
        }
      },
      { signal },
    );
    cooperativeGestures(this.map, this.hints, signal);
    this.map.on('popupclose', this.onPopupClose, this);
    this.setTiles(options.tiles);
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
    const host = this.layerHost();
    this.layer =
      visits.length >= (this.options.clusterFrom ?? CLUSTER_FROM)
        ? new DeferredLayer(this.clusterLayer(host, visits.length >= WORKER_FROM))
        : new PinLayer(host);
    this.layer.setVisits(this.visits, coords);
    // Clusters replacing clusters: the old ones stay until the new ones are drawn (indexing
    // takes a moment), so the map does not go blank in between.
    if (old instanceof DeferredLayer && this.layer instanceof DeferredLayer) {
      const next = this.layer;
      void Promise.race([next.whenDrawn(), new Promise((r) => setTimeout(r, 2000))]).then(() =>
        old.remove(),
      );
    } else old?.remove();
  }

  /** Resolves once the visits given last to {@link VisitMap.setVisits} are on the map. */
  whenDrawn(): Promise<void> {
    return this.layer?.whenDrawn() ?? Promise.resolve();
  }

  /** The cluster layer's code, and the index's too when it runs here: fetched side by side. */
  private async clusterLayer(host: VisitLayerHost, worker: boolean): Promise<VisitLayer> {
    const [m] = await Promise.all([
      import('./cluster-layer.js'),
      worker ? undefined : import('./cluster-index.js'),
    ]);
    return new m.ClusterLayer(host, { worker });
  }

  /**
   * Loads the clustering code and starts its worker ahead of {@link VisitMap.setVisits}, for a
   * caller that knows many visits are coming (while it reads them, for instance).
   */
  prepareForMany(): void {
    void import('./cluster-layer.js').then((m) => m.warmClusterSource());
  }

  /**
   * How visits are drawn now: `pins`, `clusters (worker)` or `clusters (main thread)`
   * (`clusters (loading)` while the clustering code loads).
   */
  get drawing(): string {
    const layer = this.layer;
    if (!(layer instanceof DeferredLayer)) return 'pins';
    const where = (layer.current as { where?: string } | undefined)?.where;
    return `clusters (${where ?? 'loading'})`;
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
      this.map.closePopup(this.popup);
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
    const open = () => {
      if (!current()) return;
      const revealing = layer.reveal(id);
      if (!revealing) this.openPopup(visit, options);
      else
        revealing.then(
          () => current() && this.openPopup(visit, options),
          () => undefined,
        );
    };
    if (options.fly) {
      const zoom = Math.max(this.map.getZoom(), FLY_ZOOM);
      // Closing with no selection recorded reports nothing and moves no focus.
      this.selectedId = null;
      this.map.closePopup(this.popup);
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
    const content = this.options.renderPopup(visit);
    // The popup fits the map's box, so it never spills out on a phone; below it, the pin under
    // its tip stays clear of the credits line (two lines high in a narrow map).
    const { x: width, y: height } = this.map.getSize();
    const below = ICON_SIZE[1] + (this.credits.getContainer()?.offsetHeight ?? 0);
    Object.assign(this.popup.options, {
      maxWidth: Math.max(160, Math.min(340, width - 100)),
      minWidth: Math.max(160, Math.min(220, width - 100)),
      maxHeight: Math.max(160, Math.min(380, height - below - 60)),
      // Keep the popup clear of the zoom buttons, and its pin clear of the credits line.
      autoPanPaddingTopLeft: [(this.zoomButtons.getContainer()?.offsetWidth ?? 0) + 20, 12],
      autoPanPaddingBottomRight: [12, below + 4],
    });
    content.addEventListener('keydown', (e) => {
      const order = this.layer?.drawn() ?? [];
      const target = popupTabTarget(e, content, this.layer?.element(visit.id), order);
      if (target) {
        e.preventDefault();
        target.focus();
      }
    });
    this.popup.setLatLng(toLatLng(visit.geometry.coordinates)).setContent(content);
    if (!this.map.hasLayer(this.popup)) this.popup.openOn(this.map);
    else this.popup.update();
    if (options.focus) content.focus({ preventScroll: true });
  }

  /**
   * Closes the popup as the user would: focus returns to the marker when it was in the popup,
   * and `onUserSelect(null)` is called.
   */
  closePopup(): void {
    this.map.closePopup(this.popup);
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
    const visited = this.bounds;
    const bounds = visited
      ? latLngBounds(visited.getSouthWest(), visited.getNorthEast())
      : latLngBounds(CHINA);
    if (visited) {
      this.baseLayers[1]?.eachLayer((layer) => {
        const province = layer as Polygon;
        if (province.options.className?.includes('visited')) bounds.extend(province.getBounds());
      });
    }
    this.map.fitBounds(bounds, {
      // Keep every pin clear of the zoom buttons (top left) and the credits (bottom right); a
      // pin stands ICON_SIZE[1] above its point.
      paddingTopLeft: [
        (this.zoomButtons.getContainer()?.offsetWidth ?? 0) + FIT_MARGIN * 2,
        ICON_SIZE[1] + FIT_MARGIN,
      ],
      paddingBottomRight: [
        FIT_MARGIN * 2,
        (this.credits.getContainer()?.offsetHeight ?? 0) + FIT_MARGIN,
      ],
      maxZoom: 7,
      animate: options.animate ?? false,
    });
  }

  /**
   * Turns the optional tile layer on (with its attribution) or off (`undefined`). Its code
   * (Leaflet's tile layers) loads on first use: a map without tiles never fetches it.
   */
  setTiles(tiles: VisitMapOptions['tiles']): void {
    const request = ++this.tilesRequest;
    this.tileLayer?.remove();
    this.tileLayer = undefined;
    this.tileCredit = undefined;
    if (tiles?.url) {
      if (tiles.attribution) this.tileCredit = { text: tiles.attribution };
      void import('./tile-layer.js').then(({ WatchedTiles }) => {
        if (request !== this.tilesRequest || this.destroyed) return;
        this.tileLayer = new WatchedTiles(this.map, {
          timeoutMs: TILE_TIMEOUT_MS,
          ...tiles,
          onUnavailable: () => {
            this.tileCredit = undefined;
            this.showCredits();
            tiles.onUnavailable?.();
          },
        });
      });
    }
    this.showCredits();
  }

  /** Tiles of the current tile layer that failed to load. */
  get tileErrors(): number {
    return this.tileLayer?.errors ?? 0;
  }

  /** Replaces the credits (the tile layer's attribution, if any, stays first). */
  setCredits(credits: readonly Credit[]): void {
    this.baseCredits = credits;
    this.showCredits();
  }

  private showCredits(): void {
    this.credits.setCredits(
      this.tileCredit ? [this.tileCredit, ...this.baseCredits] : this.baseCredits,
    );
  }

  /**
   * Tells Leaflet its container changed size (call from a ResizeObserver). The first time the
   * container has a size after a fit was asked for, the fit is done.
   */
  resize(): void {
    // Leaflet keeps a moved view inside maxBounds on 'moveend', with an animated pan. Debounced
    // (as Leaflet does for window resizes), it comes after the fit below, not before it: a pan
    // started for the view of a box that had no size would carry on past the fit.
    this.map.invalidateSize({ pan: false, debounceMoveend: true });
    if (this.pendingFit) this.fitAll();
  }

  /**
   * Applies new interface text (the language changed): control labels, gesture hints, marker
   * names and the open popup, in place, keeping the view.
   */
  setLabels(labels: VisitMapOptions['labels']): void {
    this.options.labels = labels;
    this.zoomButtons.setLabels(labels);
    this.hints.wheel = labels.wheelHint;
    this.hints.touch = labels.touchHint;
    this.layer?.relabel();
    // The open popup in the new language, where it is: no zooming to reveal it again.
    const visit = this.visits.find((v) => v.id === this.selectedId);
    if (visit && this.map.hasLayer(this.popup)) this.openPopup(visit, {});
  }

  /** Removes the map and everything it added; the instance is unusable afterwards. */
  destroy(): void {
    this.destroyed = true;
    this.tileLayer?.remove();
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
    const popupEl = this.popup.getElement();
    if (!active || active === document.body || popupEl?.contains(active)) {
      this.layer?.element(id)?.focus();
    }
    this.options.onUserSelect?.(null);
  }
}
