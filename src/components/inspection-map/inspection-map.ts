import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { html, LitElement, nothing, type PropertyValues, render, unsafeCSS } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import baseMapData from '../../../data/basemap/basemap.topo.json';
import type { BaseMapTopology } from '../../map/basemap.js';
import { WORKER_FROM } from '../../map/cluster-protocol.js';
import type { Credit } from '../../map/controls.js';
import type { VisitMap } from '../../map/visit-map.js';
import type { Problem } from '../../model/load.js';
import { nationalContext } from '../../model/match.js';
import type { VisitFeature } from '../../model/schema.js';
import { yieldToEventLoop } from '../../model/tasks.js';
import { stringsFor } from '../strings.js';
import { type CardContext, renderVisitCard, visitLabel } from '../visit-card.js';
import { LIST_PAGE, renderVisitList } from '../visit-list.js';
import { clusterStyles } from './cluster.styles.js';
import { emit } from './events.js';
import { styles } from './inspection-map.styles.js';
import { SLICED_FROM, VisitsController } from './visits-controller.js';

/** List entries added per task while the first page of a large input's list is drawn. */
const LIST_STEP = 10;

const BASE_CREDITS: Credit[] = [
  { text: 'Leaflet', href: 'https://leafletjs.com/' },
  { text: 'Made with Natural Earth', href: 'https://www.naturalearthdata.com/' },
  { text: 'GeoNames (CC BY 4.0)', href: 'https://www.geonames.org/' },
];

/**
 * An interactive map of inspection visits. Each visited site has a marker; its popup and the
 * list beside the map carry the site's quotes and figures, each with its passage in the source.
 *
 * @summary Map of inspection visits with sourced quotes and figures.
 *
 * @fires inspection-map-select - The user selected a visit (`detail.id`) or closed it
 *   (`detail.id === null`). Not fired for programmatic changes.
 * @fires inspection-map-load - Data was loaded and drawn. `detail`: `{ visits, problems }`.
 * @fires inspection-map-problems - The data had problems (`detail.problems`), or could not be
 *   loaded at all (`detail.fatal === true`).
 *
 * @csspart map - The map's box.
 * @csspart list - The list of visits.
 * @csspart list-item - One visit in the list.
 * @csspart popup-card - The content of the open popup.
 *
 * @cssprop [--inspection-map-height=480px] - Height of the map.
 * @cssprop [--inspection-map-font=system-ui] - Font family.
 * @cssprop [--inspection-map-text=#1f2328] - Text colour.
 * @cssprop [--inspection-map-muted=#57606a] - Secondary text colour.
 * @cssprop [--inspection-map-background=#ffffff] - Background colour.
 * @cssprop [--inspection-map-accent=#b3261e] - Marker and quote accent colour.
 * @cssprop [--inspection-map-focus=#0b57d0] - Focus ring colour.
 * @cssprop [--inspection-map-sea=#dbe9f4] - Sea colour of the base map.
 * @cssprop [--inspection-map-land=#f4f1ea] - Province fill.
 * @cssprop [--inspection-map-visited-province=#f6d9c7] - Fill of provinces with a visit.
 * @cssprop [--inspection-map-neighbour=#e4e2dc] - Fill of neighbouring countries.
 * @cssprop [--inspection-map-border=#a59e93] - Border lines.
 */
export class InspectionMap extends LitElement {
  static override styles = [unsafeCSS(leafletCss), styles, clusterStyles];

  /** URL of a visits file (GeoJSON FeatureCollection). Ignored while `data` is set. */
  @property() src: string | undefined;

  /** A parsed visits FeatureCollection; takes precedence over `src`. */
  @property({ attribute: false }) data: unknown;

  /** Id of the selected visit, whose popup is open; `null` for none. Reflects. */
  @property({ reflect: true }) selected: string | null = null;

  /** Optional XYZ tile layer URL (`{z}/{x}/{y}`), drawn over the embedded base map. */
  @property() tiles: string | undefined;

  /** Attribution text for `tiles`, shown as text. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  private readonly loader = new VisitsController(this, {
    loaded: (result) => {
      if (result.visits.length >= SLICED_FROM) void this.rampList();
      this.drawVisits();
      emit(this, 'inspection-map-load', {
        visits: result.visits.length,
        problems: result.problems,
      });
      if (result.problems.length) {
        emit(this, 'inspection-map-problems', { problems: result.problems, fatal: false });
      }
    },
    failed: (problems) => emit(this, 'inspection-map-problems', { problems, fatal: true }),
    previewed: () => this.drawPreview(),
  });

  @query('.map') private mapEl!: HTMLElement;
  @state() private listLimit = LIST_PAGE;
  /**
   * List entries rendered so far after a large input loaded: the first page is added a few
   * entries per task, so that no task of the page's grows long.
   */
  @state() private listRamp = Number.POSITIVE_INFINITY;

  private adapter: VisitMap | undefined;
  /** The preview the map shows, while a large input is checked. */
  private drawnPreview: unknown;
  private creating: Promise<void> | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private lastSize = { width: 0, height: 0 };

  /** The visits drawn, in date order. */
  get visits(): readonly VisitFeature[] {
    return this.loader.sorted;
  }

  /** Problems found in the last input (records skipped, or the whole file). */
  get problems(): readonly Problem[] {
    const { status, failure, result } = this.loader;
    return status === 'error' ? failure : (result?.problems ?? []);
  }

  /**
   * Selects a visit and opens its popup, or closes it with `null`. Programmatic: fires no
   * event. Returns false when no visit has that id.
   */
  select(id: string | null): boolean {
    if (id !== null && !this.visits.some((v) => v.id === id)) return false;
    this.selected = id;
    return true;
  }

  /** Fits the map to all visits. */
  fitAll(): void {
    this.adapter?.fitAll({ animate: !prefersReducedMotion() });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a removal: the map was torn down, build it again.
    if (this.hasUpdated && !this.adapter) void this.createMap();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.adapter?.destroy();
    this.adapter = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      const features = (this.data as { features?: unknown[] }).features;
      if (Array.isArray(features) && features.length >= WORKER_FROM) this.adapter?.prepareForMany();
      this.loader.accept(this.data);
    } else if (changed.has('src') || (changed.has('data') && this.data === undefined)) {
      if (this.data === undefined && this.src) void this.loader.fetch(this.src);
    }
  }

  protected override firstUpdated(): void {
    void this.createMap();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.adapter) return;
    if (changed.has('tiles') || changed.has('tilesAttribution')) {
      this.adapter.setTiles(
        this.tiles ? { url: this.tiles, attribution: this.tilesAttribution } : undefined,
      );
    }
    if (changed.has('selected') && this.adapter.selected !== this.selected) {
      if (!this.adapter.select(this.selected)) this.selected = this.adapter.selected;
    }
  }

  private async createMap(): Promise<void> {
    if (this.adapter || this.creating) return this.creating;
    this.creating = (async () => {
      const { VisitMap } = await import('../../map/visit-map.js');
      if (!this.isConnected || this.adapter) return;
      const strings = stringsFor(this.language);
      this.adapter = new VisitMap(this.mapEl, {
        baseMap: baseMapData as unknown as BaseMapTopology,
        credits: this.credits(),
        labels: { zoomIn: strings.zoomIn, zoomOut: strings.zoomOut },
        renderPopup: (visit) => this.renderPopup(visit),
        markerLabel: (visit) => visitLabel(visit, this.language),
        clusterLabel: (count) => stringsFor(this.language).visitCount(count),
        onUserSelect: (id) => this.onUserSelect(id),
        tiles: this.tiles ? { url: this.tiles, attribution: this.tilesAttribution } : undefined,
      });
      this.resizeObserver = new ResizeObserver(([entry]) => this.onResize(entry));
      this.resizeObserver.observe(this.mapEl);
      // The base map is drawn; the visits follow in a task of their own, so neither blocks long.
      await yieldToEventLoop();
      if (!this.isConnected || !this.adapter) return;
      if (this.loader.status === 'checking') this.drawPreview();
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
  private drawPreview(): Promise<void> | undefined {
    const preview = this.loader.preview;
    if (!this.adapter || !preview) return undefined;
    this.adapter.setVisits(preview.visits, preview.summary);
    this.adapter.fitAll();
    this.drawnPreview = preview;
    return this.adapter.whenDrawn();
  }

  private drawVisits(): void {
    if (!this.adapter) return;
    const shown = this.drawnPreview;
    this.drawnPreview = undefined;
    // Every record was valid: the map already shows them all, as drawn from the preview.
    const held = this.loader.previewHeld && shown !== undefined;
    if (!held) this.adapter.setVisits(this.visits, this.loader.summary);
    this.adapter.setCredits(this.credits());
    if (!held) this.adapter.fitAll();
    if (this.selected) this.adapter.select(this.selected);
  }

  private async rampList(): Promise<void> {
    for (this.listRamp = LIST_STEP; this.listRamp < this.listLimit; this.listRamp += LIST_STEP) {
      await this.updateComplete;
      await yieldToEventLoop();
    }
    this.listRamp = Number.POSITIVE_INFINITY;
  }

  private onResize(entry: ResizeObserverEntry | undefined): void {
    if (!entry || !this.adapter) return;
    const { width, height } = entry.contentRect;
    const wasHidden = this.lastSize.width === 0 || this.lastSize.height === 0;
    this.lastSize = { width, height };
    if (width === 0 || height === 0) return;
    this.adapter.resize();
    // Drawn while hidden, the view was fitted to a box of no size: fit it again.
    if (wasHidden) this.adapter.fitAll();
  }

  private onUserSelect(id: string | null): void {
    this.selected = id;
    emit(this, 'inspection-map-select', { id });
  }

  private showOnMap(id: string): void {
    this.adapter?.select(id, { focus: true });
    this.mapEl.scrollIntoView({ block: 'nearest', behavior: 'auto' });
    this.onUserSelect(id);
  }

  private get language(): string {
    return this.lang || document.documentElement.lang || 'en';
  }

  private credits(): Credit[] {
    const article = this.loader.result?.articles[0];
    const source = article ? [{ text: `Source: ${article.title} (${article.date})` }] : [];
    return [...source, ...BASE_CREDITS];
  }

  private cardContext(visit: VisitFeature): CardContext {
    return {
      strings: stringsFor(this.language),
      lang: this.language,
      article: this.loader.result?.articles.find((a) => a.id === visit.properties.article),
      national: nationalContext(visit, this.loader.result?.statistics ?? []),
    };
  }

  private renderPopup(visit: VisitFeature): HTMLElement {
    const card = document.createElement('div');
    card.className = 'card';
    card.tabIndex = -1;
    card.setAttribute('part', 'popup-card');
    card.setAttribute('role', 'dialog');
    const strings = stringsFor(this.language);
    if (this.loader.status === 'checking') {
      // Not checked yet: nothing of the record is shown. Once checked, the popup is redrawn.
      card.setAttribute('aria-label', strings.loading);
      card.append(Object.assign(document.createElement('p'), { textContent: strings.loading }));
      return card;
    }
    card.setAttribute('aria-labelledby', `popup-title-${visit.id}`);
    render(
      html`<button class="card-close" type="button" aria-label=${strings.close}
          @click=${() => this.adapter?.closePopup()}>
          <span aria-hidden="true">×</span>
        </button>
        ${renderVisitCard(visit, this.cardContext(visit), `popup-title-${visit.id}`)}`,
      card,
    );
    return card;
  }

  override render() {
    const strings = stringsFor(this.language);
    const { status, failure, result } = this.loader;
    const visits = this.visits;
    const total = result?.counts.visits ?? 0;
    const skipped = total - visits.length;
    return html`<div class="layout">
      <div class="map-wrap">
        <div class="map" part="map" role="region" aria-label=${strings.mapLabel}></div>
        ${status === 'loading' ? html`<div class="status" role="status">${strings.loading}</div>` : nothing}
        ${
          status === 'error'
            ? html`<div class="status" role="alert">
              <p>${strings.loadFailed}</p>
              <p>${failure[0]?.message ?? ''}</p>
              ${this.src ? html`<p><button type="button" @click=${() => this.retry()}>${strings.retry}</button></p>` : nothing}
            </div>`
            : nothing
        }
        ${
          status === 'ready' && skipped > 0
            ? html`<div class="notice" role="status">${strings.problemsNotice(skipped, total)}</div>`
            : nothing
        }
      </div>
      ${renderVisitList(visits, {
        strings,
        lang: this.language,
        selected: this.selected,
        context: (visit) => this.cardContext(visit),
        showOnMap: (id) => this.showOnMap(id),
        limit: Math.min(this.listLimit, this.listRamp),
        showMore: () => {
          this.listLimit += LIST_PAGE;
        },
      })}
    </div>`;
  }

  private retry(): void {
    if (this.src) void this.loader.fetch(this.src);
  }
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
