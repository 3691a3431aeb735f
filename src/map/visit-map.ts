/**
 * The Leaflet adapter: everything that touches Leaflet lives below `src/map/`. Components give
 * it a container, the visits and render callbacks; it draws the base map, one marker per visit
 * and one popup, and reports what the user does.
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
  TileLayer,
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
import { ICON_SIZE } from './icons.js';
import { PinLayer } from './pin-layer.js';
import type { VisitLayer, VisitLayerHost } from './visit-layer.js';

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
  /**
   * From this many visits on, visits are clustered (only the markers in view drawn; indexed in
   * a Web Worker from `WORKER_FROM`, 2,000, visits on); below it every visit has its own pin.
   * Default {@link CLUSTER_FROM}.
   */
  clusterFrom?: number;
  /** Called when the user (not code) selects a visit, or closes its popup (`null`). */
  onUserSelect?: (id: string | null) => void;
  /** Credits shown in the attribution line. */
  credits: readonly Credit[];
  /** Labels of the zoom buttons. */
  labels: { zoomIn: string; zoomOut: string };
  /** Optional XYZ tile layer drawn above the base map, with its attribution. */
  tiles?: { url: string; attribution: string } | undefined;
}

/** China's extent, south-west and north-east, for a map with no visits. */
const CHINA: [LatLngTuple, LatLngTuple] = [
  [18, 73],
  [54, 135],
];

export { CLUSTER_FROM };

const toLatLng = ([lng, lat]: readonly [number, number]): LatLngTuple => [lat, lng];

/** Room kept around the visits when fitting, in CSS pixels, beyond the controls' own boxes. */
const FIT_MARGIN = 16;

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
  private tileLayer: TileLayer | undefined;
  private tileCredit: Credit | undefined;
  private baseCredits: readonly Credit[];
  private visits: VisitFeature[] = [];
  private selectedId: string | null = null;
  private selecting = 0;
  /** The visits' extent, from the last {@link VisitMap.setVisits}. */
  private bounds: LatLngBounds | undefined;
  private readonly baseMapData;

  constructor(
    container: HTMLElement,
    private readonly options: VisitMapOptions,
  ) {
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
    });
    this.map.setView([35, 105], 3);
    this.zoomButtons = new ZoomButtons(options.labels).addTo(this.map);
    this.credits = new Credits(options.credits).addTo(this.map);
    this.baseMapData = baseMapFeatures(options.baseMap);
    for (const layer of baseMapLayers(this.baseMapData, new Set())) {
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
    container.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.selectedId !== null) {
        e.stopPropagation();
        this.closePopup();
      }
    });
    this.map.on('popupclose', this.onPopupClose, this);
    this.setTiles(options.tiles);
  }

  /**
   * Draws the visits, given in date order: one pin each, or clusters from
   * {@link VisitMapOptions.clusterFrom} visits on; the base map's provinces of those visits are
   * highlighted. Replaces what was drawn before; keeps the selection when the visit remains.
   *
   * @param summary - their coordinates (in the same order), provinces and extent, when the
   *   caller has them already (see `src/model/summary.ts`); else read here.
   */
  setVisits(visits: readonly VisitFeature[], summary?: VisitSummary): void {
    this.layer?.remove();
    this.visits = [...visits];
    // Coordinates, provinces and extent: given by the loader, or read here in one pass.
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
   * @returns whether a visit with that id is drawn (always true for `null`).
   */
  select(id: string | null, options: { focus?: boolean } = {}): boolean {
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
    // A clustered visit is drawn on its own first (zooming in where needed), then its popup opens.
    const revealing = layer.reveal(id);
    if (!revealing) this.openPopup(visit, options);
    else
      revealing.then(
        () => {
          if (attempt === this.selecting && this.selectedId === id) this.openPopup(visit, options);
        },
        () => undefined,
      );
    return true;
  }

  private openPopup(visit: VisitFeature, options: { focus?: boolean }): void {
    const content = this.options.renderPopup(visit);
    // The popup fits the map's box, so it never spills out on a phone.
    const { x: width, y: height } = this.map.getSize();
    Object.assign(this.popup.options, {
      maxWidth: Math.max(160, Math.min(340, width - 100)),
      minWidth: Math.max(160, Math.min(220, width - 100)),
      maxHeight: Math.max(160, Math.min(380, height - 80)),
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
   * province; to China when there are none.
   */
  fitAll(options: { animate?: boolean } = {}): void {
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

  /** Turns the optional tile layer on (with its attribution) or off (`undefined`). */
  setTiles(tiles: VisitMapOptions['tiles']): void {
    this.tileLayer?.remove();
    this.tileLayer = undefined;
    this.tileCredit = undefined;
    if (tiles?.url) {
      this.tileLayer = new TileLayer(tiles.url, { maxZoom: 19 }).addTo(this.map);
      if (tiles.attribution) this.tileCredit = { text: tiles.attribution };
    }
    this.showCredits();
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

  /** Tells Leaflet its container changed size (call from a ResizeObserver). */
  resize(): void {
    this.map.invalidateSize({ pan: false });
  }

  /** Removes the map and everything it added; the instance is unusable afterwards. */
  destroy(): void {
    this.layer?.remove();
    this.layer = undefined;
    this.map.off();
    this.map.remove();
  }

  private userSelect(id: string): void {
    this.select(id, { focus: true });
    this.options.onUserSelect?.(id);
  }

  private layerHost(): VisitLayerHost {
    const host = this;
    return {
      map: this.map,
      markerLabel: this.options.markerLabel,
      clusterLabel: this.options.clusterLabel,
      get selected() {
        return host.selectedId;
      },
      activate: (id) => this.userSelect(id),
      markerKey: (e, marker) => this.onMarkerKey(e, marker),
    };
  }

  /** Arrow keys, Home and End move between the drawn markers in date order. */
  private onMarkerKey(e: KeyboardEvent, marker: HTMLElement): void {
    const order = this.layer?.drawn() ?? [];
    const at = order.indexOf(marker);
    let next: HTMLElement | undefined;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = order[(at + 1) % order.length];
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = order[(at - 1 + order.length) % order.length];
        break;
      case 'Home':
        next = order[0];
        break;
      case 'End':
        next = order[order.length - 1];
        break;
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
    next?.focus();
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
