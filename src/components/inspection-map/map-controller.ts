import type { ReactiveController, ReactiveControllerHost } from 'lit';
import baseMapData from '../../../data/basemap/basemap.topo.json';
import type { BaseMapTopology } from '../../map/basemap-data.js';
import type { TilesOptions, VisitMap, VisitMapOptions } from '../../map/visit-map.js';
import type { VisitFeature } from '../../model/schema.js';
import { yieldToEventLoop } from '../../model/tasks.js';
import { prefersReducedMotion } from './media.js';
import type { SelectOptions } from './selection-controller.js';
import type { Preview, VisitsController } from './visits-controller.js';

/** What the map needs of the element. */
export interface MapHost extends ReactiveControllerHost {
  selected: string | null;
  readonly isConnected: boolean;
  /** All drawn visits, in date order. */
  readonly visits: readonly VisitFeature[];
  /** The visits of the chosen year, in date order: those on the map. */
  readonly shown: readonly VisitFeature[];
}

/** The adapter's options that depend on the element's state, read when they are needed. */
export type MapContent = Omit<VisitMapOptions, 'baseMap' | 'tiles'>;

/**
 * The Leaflet adapter's lifecycle in the element: created (its code loaded on first use) after
 * the first render and again on reconnection, torn down on disconnection, told of size changes
 * by a ResizeObserver, and given the visits to draw: a large input's preview while it is
 * checked, then the visits of the chosen year.
 */
export class MapController implements ReactiveController {
  private visitMap: VisitMap | undefined;
  /** The preview the map shows, while a large input is checked. */
  private drawnPreview: Preview | undefined;
  private creating: Promise<void> | undefined;
  /** Set once the adapter has been given visits to draw. */
  private visitsDrawn = false;
  private resizeObserver: ResizeObserver | undefined;
  /** Set once the first render asked for the map: reconnections rebuild it. */
  private created = false;

  constructor(
    private readonly host: MapHost,
    private readonly deps: {
      container: () => HTMLElement;
      loader: VisitsController;
      content: () => MapContent;
      tiles: () => TilesOptions | undefined;
      /** The selected visit is no longer drawn (new data, another year): no selection now. */
      dropped: () => void;
      /**
       * How to open the selected visit once its marker is drawn: the options of a reader's
       * choice made before it was (see SelectionController.waiting), else none.
       */
      opening: (id: string) => SelectOptions | undefined;
    },
  ) {
    host.addController(this);
  }

  /** The adapter, once created and while connected. */
  get adapter(): VisitMap | undefined {
    return this.visitMap;
  }

  /** Whether the visits (or a preview of them) are drawn: a selection can open now. */
  get drawn(): boolean {
    return this.visitMap !== undefined && this.visitsDrawn;
  }

  /** Whether the map shows a preview of unchecked records. */
  get previewing(): boolean {
    return this.drawnPreview !== undefined;
  }

  hostConnected(): void {
    // Reconnected after a removal: the map was torn down, build it again.
    if (this.created) void this.create();
    // Printing lays the map out at the page's width before any ResizeObserver runs: measure it
    // then, so that the visits are fitted to the paper's map.
    this.print = globalThis.matchMedia?.('print');
    this.print?.addEventListener('change', this.onPrint);
  }

  private print: MediaQueryList | undefined;
  private readonly onPrint = (): void => {
    if (this.visitMap && this.deps.container().offsetWidth > 0) this.visitMap.resize();
  };

  hostDisconnected(): void {
    this.print?.removeEventListener('change', this.onPrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.visitMap?.destroy();
    this.visitMap = undefined;
    this.visitsDrawn = false;
  }

  /** Builds the map in the container (after the first render); resolves once it is drawn. */
  async create(): Promise<void> {
    this.created = true;
    if (this.visitMap || this.creating) return this.creating;
    this.creating = (async () => {
      const { VisitMap } = await import('../../map/visit-map.js');
      if (!this.host.isConnected || this.visitMap) return;
      const container = this.deps.container();
      this.visitMap = new VisitMap(container, {
        baseMap: baseMapData as unknown as BaseMapTopology,
        ...this.deps.content(),
        tiles: this.deps.tiles(),
      });
      this.resizeObserver = new ResizeObserver(([entry]) => this.onResize(entry));
      this.resizeObserver.observe(container);
      // The base map is drawn; the visits follow in a task of their own, so neither blocks long.
      await yieldToEventLoop();
      if (!this.host.isConnected || !this.visitMap) return;
      if (this.deps.loader.status === 'checking') this.drawPreview();
      else this.drawVisits();
    })().finally(() => {
      this.creating = undefined;
    });
    return this.creating;
  }

  /**
   * A large input's placeable records, drawn while they are checked: markers and clusters
   * only; a popup opened meanwhile says the data is loading until it is checked.
   */
  drawPreview(): Promise<void> | undefined {
    const preview = this.deps.loader.preview;
    if (!this.visitMap || !preview) return undefined;
    this.visitMap.setVisits(preview.visits, preview.summary);
    this.visitMap.fitAll();
    this.drawnPreview = preview;
    this.visitsDrawn = true;
    return this.visitMap.whenDrawn();
  }

  /** Draws the shown visits; fits the view to them unless a preview was drawn first. */
  drawVisits(animate = false): void {
    const adapter = this.visitMap;
    if (!adapter) return;
    const loader = this.deps.loader;
    const preview = this.drawnPreview;
    const previewed = preview !== undefined;
    this.drawnPreview = undefined;
    const { shown, visits } = this.host;
    const all = shown === visits;
    // Every record was valid: the map already shows them all, as drawn from this preview.
    const held = all && previewed && loader.previewHeld && preview.visits === visits && !animate;
    if (!held) {
      adapter.setVisits(shown, all ? loader.summary : undefined);
      // After a preview the reader may have moved the map already: the view stays theirs.
      if (!previewed) adapter.fitAll({ animate: animate && !prefersReducedMotion() });
    }
    adapter.setCredits(this.deps.content().credits);
    this.visitsDrawn = true;
    const selected = this.host.selected;
    if (!selected) return;
    if (!adapter.select(selected, this.deps.opening(selected)) && loader.status === 'ready') {
      this.deps.dropped();
    }
  }

  /** Gives the map its labels and credits again, in the element's language now. */
  relabel(): void {
    const { labels, credits } = this.deps.content();
    this.visitMap?.setLabels(labels);
    this.visitMap?.setCredits(credits);
  }

  private onResize(entry: ResizeObserverEntry | undefined): void {
    if (!entry || !this.visitMap) return;
    const { width, height } = entry.contentRect;
    // Hidden (no size): nothing to lay out. Shown again: Leaflet measures the new box, and a
    // fit asked for while hidden is done now (see VisitMap.resize).
    if (width > 0 && height > 0) this.visitMap.resize();
  }
}
