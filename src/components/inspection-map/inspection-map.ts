import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { html, LitElement, nothing, type PropertyValues, render, unsafeCSS } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import baseMapData from '../../../data/basemap/basemap.topo.json';
import { type BaseMapTopology, baseMapFeatures } from '../../map/basemap-data.js';
import { WORKER_FROM } from '../../map/cluster-protocol.js';
import type { Credit } from '../../map/controls.js';
import type { VisitMap } from '../../map/visit-map.js';
import type { Problem } from '../../model/load.js';
import { nationalContext } from '../../model/match.js';
import type { Province } from '../../model/provinces.js';
import type { VisitFeature } from '../../model/schema.js';
import { yieldToEventLoop } from '../../model/tasks.js';
import { filterByYear, yearGroups, yearGroupsOf } from '../../model/time.js';
import { formatCount, formatDate } from '../format.js';
import { renderToolbar } from '../map-toolbar.js';
import { stringsFor } from '../strings.js';
import { type CardContext, renderVisitCard, visitLabel } from '../visit-card.js';
import { LIST_PAGE, renderVisitList } from '../visit-list.js';
import { clusterStyles } from './cluster.styles.js';
import { DeepLinkController } from './deep-link-controller.js';
import { emit } from './events.js';
import { guestStyles } from './guest.styles.js';
import { styles } from './inspection-map.styles.js';
import { renderError, renderNotices, type StatusContext } from './status-view.js';
import { statusStyles } from './status-view.styles.js';
import {
  FETCH_TIMEOUT_MS,
  MAX_FILE_BYTES,
  type Preview,
  VisitsController,
} from './visits-controller.js';

/** List entries added per task while the first page of a long list is drawn. */
const LIST_STEP = 10;

const BASE_CREDITS: Credit[] = [
  { text: 'Leaflet', href: 'https://leafletjs.com/' },
  { text: 'Made with Natural Earth', href: 'https://www.naturalearthdata.com/' },
  { text: 'GeoNames (CC BY 4.0)', href: 'https://www.geonames.org/' },
];

let provinces: readonly Province[] | undefined;
/** The base map's provinces as GeoJSON, converted once for all elements. */
const baseMapProvinces = () => {
  provinces ??= baseMapFeatures(baseMapData as unknown as BaseMapTopology).provinces.features;
  return provinces;
};

/**
 * An interactive map of inspection visits. Each visited site has a marker; its popup and the
 * list beside the map carry the site's quotes and figures, each with its passage in the source.
 * The base map (China's provinces and the neighbouring countries, from Natural Earth) is built
 * in: no tile server and no API key are needed.
 *
 * The element has no slots. Its children show only where it cannot run (a fallback for pages
 * without JavaScript).
 *
 * @summary Map of inspection visits with sourced quotes and figures.
 *
 * @fires {CustomEvent<{ id: string | null }>} inspection-map-select - The user selected a visit
 *   (`detail.id`) by its marker or the list, or closed its popup (`detail.id` is `null`). Not
 *   fired when code sets `selected` or calls `select()`.
 * @fires {CustomEvent<{ visits: number; problems: Problem[] }>} inspection-map-load - Data was
 *   loaded and drawn: how many visits, and the records skipped (see `problems`).
 * @fires {CustomEvent<{ problems: Problem[]; fatal: boolean }>} inspection-map-problems - The
 *   data had problems: records skipped (`fatal` false), or nothing could be loaded (`fatal`
 *   true: the request failed or the file is not a visits FeatureCollection; the visits of an
 *   earlier input, if any, stay shown). Each problem is `{ record, path, expected, received,
 *   message }`.
 *
 * @csspart map - The map's box.
 * @csspart list - The list of visits.
 * @csspart list-item - One visit in the list.
 * @csspart popup-card - The content of the open popup.
 * @csspart status - The loading and error messages over the map.
 * @csspart notice - A notice over the map (records skipped, a reload that failed, no tiles).
 * @csspart error - The error state shown when no visits could be loaded.
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
  static override styles = [
    unsafeCSS(leafletCss),
    styles,
    statusStyles,
    guestStyles,
    clusterStyles,
  ];

  /**
   * URL of a visits file: a GeoJSON FeatureCollection in the format of `data/visits.geojson`,
   * fetched with the page's credentials for its own origin. Ignored while `data` is set. While
   * it loads, the map says so; when it fails, the map shows why, with a button to try again.
   */
  @property() src: string | undefined;

  /**
   * A parsed visits FeatureCollection (the format of a `src` file), instead of `src`. Checked
   * like a file: bad records are skipped and reported in `problems`.
   */
  @property({ attribute: false }) data: unknown;

  /**
   * Id of the selected visit (a Feature `id`), whose popup is open; `null` for none. Reflects to
   * the attribute. Set before the data arrives, it opens once the data is drawn; an id the data
   * does not have becomes `null`.
   */
  @property({ reflect: true }) selected: string | null = null;

  /**
   * Optional XYZ tile layer URL template (`https://…/{z}/{x}/{y}.png`), drawn over the
   * embedded base map, which still shows where tiles fail. Off by default: no request leaves
   * the page unless it is set.
   */
  @property() tiles: string | undefined;

  /** Attribution of the `tiles` layer, shown as text first in the map's credits. */
  @property({ attribute: 'tiles-attribution' }) tilesAttribution = '';

  /**
   * Language of the interface, dates and numbers (BCP 47): `zh*` gives Simplified Chinese, any
   * other English. When not set, the nearest `lang` of an ancestor, else the document's, else
   * English. Quotes stay in the source's language.
   */
  @property({ reflect: true }) override lang!: string;

  /**
   * Keep the page URL's fragment in step with the open visit (`#visit=<id>`): opening a visit
   * adds a history entry, Back and Forward reopen, and a link with the fragment opens that visit.
   * Off by default; turn it on for one element per page.
   */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /** The year shown, or `null` for all years. */
  @property({ attribute: false }) year: string | null = null;

  /**
   * How long the visits file, and the first map tile, may take to arrive, in milliseconds.
   * Default 15000. Past it the file counts as failed and the tile layer as unavailable.
   */
  @property({ attribute: 'fetch-timeout', type: Number }) fetchTimeout: number = FETCH_TIMEOUT_MS;

  /** The largest visits file accepted, in bytes. Default 20000000 (20 MB). */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes: number = MAX_FILE_BYTES;

  private readonly loader = new VisitsController(this, {
    provinces: baseMapProvinces,
    limits: () => ({
      timeoutMs: positive(this.fetchTimeout, FETCH_TIMEOUT_MS),
      maxBytes: positive(this.maxBytes, MAX_FILE_BYTES),
    }),
    loaded: (result) => {
      this.listLimit = LIST_PAGE;
      if (
        this.year &&
        !this.visits.some((v) => v.properties.visit.date.startsWith(this.year ?? ''))
      ) {
        this.year = null;
      }
      const linked = this.deepLinks.current();
      if (linked && this.visits.some((v) => v.id === linked)) this.selected = linked;
      this.noticeDismissed = false;
      if (result.visits.length > LIST_STEP) void this.rampList();
      this.drawVisits();
      emit(this, 'inspection-map-load', {
        visits: result.visits.length,
        problems: result.problems,
      });
      if (result.problems.length) {
        emit(this, 'inspection-map-problems', { problems: result.problems, fatal: false });
      }
    },
    failed: (problems) => {
      this.noticeDismissed = false;
      // A large input's unchecked records may be on the map: back to the visits kept, if any.
      if (this.drawnPreview !== undefined) this.drawVisits();
      emit(this, 'inspection-map-problems', { problems, fatal: true });
    },
    previewed: async () => {
      const drawn = this.drawPreview();
      // The first use of `Intl` on a page takes tens of milliseconds (markers are named with
      // their dates): in a task of its own while the clusters are indexed, not in the one that
      // draws them.
      await yieldToEventLoop();
      formatDate('2000-01-01', this.language);
      return drawn;
    },
  });

  @query('.map') private mapEl!: HTMLElement;
  @state() private listLimit = LIST_PAGE;
  /** A visit the year filter hid while it was open. */
  @state() private filteredOut: VisitFeature | null = null;
  /** Text for the polite live region. */
  @state() private announcement = '';

  private readonly deepLinks = new DeepLinkController(this, (id) => {
    if (id !== this.selected && (id === null || this.visits.some((v) => v.id === id))) {
      this.choose(id, { fly: true });
    }
  });
  @state() private noticeDismissed = false;
  @state() private tilesUnavailable = false;
  @state() private tilesDismissed = false;
  /**
   * List entries rendered so far after a large input loaded: the first page is added a few
   * entries per task, so that no task of the page's grows long.
   */
  @state() private listRamp = Number.POSITIVE_INFINITY;

  private adapter: VisitMap | undefined;
  /** The preview the map shows, while a large input is checked. */
  private drawnPreview: Preview | undefined;
  private creating: Promise<void> | undefined;
  private resizeObserver: ResizeObserver | undefined;

  /** The visits drawn (valid Features of the last input), in date order. Read-only. */
  get visits(): readonly VisitFeature[] {
    return this.loader.sorted;
  }

  /** The visits on the map and in the list: those of the chosen year, in date order. */
  get shown(): readonly VisitFeature[] {
    const visits = this.visits;
    const cached = this.shownCache;
    if (cached?.visits === visits && cached.year === this.year) return cached.shown;
    const shown = filterByYear(visits, this.year);
    this.shownCache = { visits, year: this.year, shown };
    return shown;
  }
  private shownCache:
    | { visits: readonly VisitFeature[]; year: string | null; shown: readonly VisitFeature[] }
    | undefined;

  /**
   * Problems found in the last input: why it failed as a whole, or the records it skipped.
   */
  get problems(): readonly Problem[] {
    const { failure, result } = this.loader;
    return failure.length > 0 ? failure : (result?.problems ?? []);
  }

  /** How many tiles of the `tiles` layer failed to load since it was set. */
  get tileErrors(): number {
    return this.adapter?.tileErrors ?? 0;
  }

  /**
   * Selects a visit and opens its popup (panning the map to it), or closes the popup with
   * `null`. Fires no event: that is for the user's actions.
   *
   * @param {string | null} id - a visit's Feature `id`, or `null`.
   * @returns {boolean} `false`, changing nothing, when no drawn visit has that id (also before
   *   the data has loaded: set `selected` to choose a visit ahead of the data).
   */
  select(id: string | null): boolean {
    if (id !== null && !this.visits.some((v) => v.id === id)) return false;
    this.selected = id;
    return true;
  }

  /**
   * Fits the map to all visits and their provinces (to China when there are none), animated
   * unless the reader prefers reduced motion.
   */
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
    if (changed.has('deepLink')) this.deepLinks.enabled = this.deepLink;
    if (changed.has('tiles') || changed.has('tilesAttribution')) {
      this.tilesUnavailable = false;
      this.tilesDismissed = false;
    }
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
    if (changed.has('selected')) this.revealInList(this.selected);
    if (!this.adapter) return;
    if (changed.has('lang')) {
      this.adapter.setLabels(this.mapLabels());
      this.adapter.setCredits(this.credits());
    }
    if (changed.has('year') && changed.get('year') !== undefined) this.drawVisits(true);
    if (changed.has('tiles') || changed.has('tilesAttribution')) {
      this.adapter.setTiles(this.tileOptions());
    }
    // Before the data is drawn, a selection waits for it (see drawVisits).
    const ready = this.loader.status === 'ready';
    if (changed.has('selected') && ready && this.adapter.selected !== this.selected) {
      if (!this.adapter.select(this.selected)) this.selected = this.adapter.selected;
    }
  }

  private async createMap(): Promise<void> {
    if (this.adapter || this.creating) return this.creating;
    this.creating = (async () => {
      const { VisitMap } = await import('../../map/visit-map.js');
      if (!this.isConnected || this.adapter) return;
      this.adapter = new VisitMap(this.mapEl, {
        baseMap: baseMapData as unknown as BaseMapTopology,
        credits: this.credits(),
        labels: this.mapLabels(),
        renderPopup: (visit) => this.renderPopup(visit),
        markerLabel: (visit) => visitLabel(visit, this.language),
        clusterLabel: (count) => stringsFor(this.language).visitCount(count),
        clusterCount: (count) => formatCount(count, this.language),
        onUserSelect: (id) => this.onUserSelect(id),
        tiles: this.tileOptions(),
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

  private tileOptions() {
    if (!this.tiles) return undefined;
    return {
      url: this.tiles,
      attribution: this.tilesAttribution,
      timeoutMs: positive(this.fetchTimeout, FETCH_TIMEOUT_MS),
      onUnavailable: () => {
        this.tilesUnavailable = true;
      },
    };
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

  private drawVisits(animate = false): void {
    if (!this.adapter) return;
    const preview = this.drawnPreview;
    const previewed = preview !== undefined;
    this.drawnPreview = undefined;
    const shown = this.shown;
    const all = shown === this.visits;
    // Every record was valid: the map already shows them all, as drawn from this preview.
    const held =
      all && previewed && this.loader.previewHeld && preview.visits === this.visits && !animate;
    if (!held) {
      this.adapter.setVisits(shown, all ? this.loader.summary : undefined);
      // After a preview the reader may have moved the map already: the view stays theirs.
      if (!previewed) this.adapter.fitAll({ animate: animate && !prefersReducedMotion() });
    }
    this.adapter.setCredits(this.credits());
    if (this.selected && !this.adapter.select(this.selected) && this.loader.status === 'ready') {
      this.selected = null;
    }
  }

  private async rampList(): Promise<void> {
    // The first render after a large input has no list entries; each task after adds a few.
    for (this.listRamp = 0; this.listRamp < this.listLimit; this.listRamp += LIST_STEP) {
      await this.updateComplete;
      await yieldToEventLoop();
    }
    this.listRamp = Number.POSITIVE_INFINITY;
  }

  private onResize(entry: ResizeObserverEntry | undefined): void {
    if (!entry || !this.adapter) return;
    const { width, height } = entry.contentRect;
    // Hidden (no size): nothing to lay out. Shown again: Leaflet measures the new box, and a
    // fit asked for while hidden is done now (see VisitMap.resize).
    if (width > 0 && height > 0) this.adapter.resize();
  }

  /** A selection the user made on the map itself (marker, Escape, close button). */
  private onUserSelect(id: string | null): void {
    this.choose(id, { fromMap: true });
  }

  /**
   * Every user selection ends here: the map, the list, the tour, the URL. Updates the URL
   * (when deep links are on), announces the change and fires `inspection-map-select`.
   */
  private choose(
    id: string | null,
    how: { fromMap?: boolean; fly?: boolean; focus?: boolean } = {},
  ): void {
    if (!how.fromMap) {
      this.adapter?.select(id, {
        fly: how.fly ?? false,
        focus: how.focus ?? false,
        animate: !prefersReducedMotion(),
      });
    }
    this.selected = id;
    this.filteredOut = null;
    const visit = id ? this.visits.find((v) => v.id === id) : undefined;
    const strings = stringsFor(this.language);
    this.announcement = visit
      ? strings.announceOpened(visitLabel(visit, this.language))
      : strings.announceClosed;
    this.deepLinks.write(id);
    emit(this, 'inspection-map-select', { id });
  }

  private showOnMap(id: string): void {
    this.mapEl.scrollIntoView({ block: 'nearest', behavior: 'auto' });
    this.choose(id, { focus: true });
  }

  /** Moves the tour one stop; from no selection, Next starts at the first and Previous at the last. */
  private step(delta: -1 | 1): void {
    const shown = this.shown;
    if (shown.length === 0) return;
    const at = shown.findIndex((v) => v.id === this.selected);
    const next =
      at < 0 ? (delta > 0 ? 0 : shown.length - 1) : (at + delta + shown.length) % shown.length;
    const visit = shown[next];
    if (visit) this.choose(visit.id, { fly: true });
  }

  private overview(): void {
    if (this.selected) this.choose(null);
    this.fitAll();
  }

  private chooseYear(year: string | null): void {
    this.year = year;
    const selected = this.visits.find((v) => v.id === this.selected);
    const strings = stringsFor(this.language);
    if (selected && year && !selected.properties.visit.date.startsWith(year)) {
      this.adapter?.select(null);
      this.selected = null;
      this.deepLinks.write(null);
      this.filteredOut = selected;
    } else {
      this.filteredOut = null;
    }
    this.announcement = strings.announceFilter(strings.visitCount(this.shown.length), year);
  }

  /** Brings the selected entry into view inside the list when the list scrolls on its own. */
  private revealInList(id: string | null): void {
    const list = this.renderRoot.querySelector<HTMLElement>('.list');
    const item = id ? this.renderRoot.querySelector<HTMLElement>(`[data-list-id="${id}"]`) : null;
    if (!list || !item || list.scrollHeight <= list.clientHeight) return;
    const top = item.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top;
    }
  }

  /** The `lang` attribute, else the page's, when it is a valid BCP 47 tag; else English. */
  private get language(): string {
    const tag = this.lang || this.closest('[lang]')?.getAttribute('lang') || 'en';
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  /** The map's control labels and gesture hints in the element's language. */
  private mapLabels() {
    const strings = stringsFor(this.language);
    return {
      zoomIn: strings.zoomIn,
      zoomOut: strings.zoomOut,
      wheelHint: strings.wheelHint(isApple() ? '⌘' : 'ctrl'),
      touchHint: strings.touchHint,
    };
  }

  private credits(): Credit[] {
    const article = this.loader.result?.articles[0];
    const source = article
      ? [{ text: `${stringsFor(this.language).source}: ${article.title} (${article.date})` }]
      : [];
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

  /** {@link yearGroups} of the visits, counted once per input, not on every render. */
  private yearGroups(visits: readonly VisitFeature[]) {
    if (this.years?.visits !== visits) {
      const summary = this.loader.summary;
      const groups =
        summary && visits === this.loader.sorted ? yearGroupsOf(summary) : yearGroups(visits);
      this.years = { visits, groups };
    }
    return this.years.groups;
  }
  private years:
    | { visits: readonly VisitFeature[]; groups: ReturnType<typeof yearGroups> }
    | undefined;

  override render() {
    const strings = stringsFor(this.language);
    const { status, failure, result } = this.loader;
    const visits = this.visits;
    const shown = this.shown;
    const status_: StatusContext = {
      strings,
      status,
      problems: result?.problems ?? [],
      failure,
      total: status === 'error' ? 0 : (result?.counts.visits ?? 0),
      shown: visits.length,
      dismissed: this.noticeDismissed,
      tilesUnavailable: this.tilesUnavailable,
      tilesDismissed: this.tilesDismissed,
      retry: this.data === undefined && this.src ? () => this.retry() : undefined,
      dismiss: () => {
        this.noticeDismissed = true;
      },
      dismissTiles: () => {
        this.tilesDismissed = true;
      },
    };
    return html`${
      status === 'ready'
        ? renderToolbar({
            strings,
            lang: this.language,
            years: this.yearGroups(visits),
            year: this.year,
            total: visits.length,
            shown,
            selected: this.selected,
            hidden: this.filteredOut,
            chooseYear: (year) => this.chooseYear(year),
            step: (delta) => this.step(delta),
            overview: () => this.overview(),
          })
        : nothing
    }
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div class="layout">
      <div class="map-wrap">
        <div class="map" part="map" role="region" aria-label=${strings.mapLabel}></div>
        ${renderError(status_)} ${renderNotices(status_)}
      </div>
      ${renderVisitList(shown, {
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

/** Apple keyboards say ⌘ where others say Ctrl. */
function isApple(): boolean {
  const nav = globalThis.navigator as
    | (Navigator & { userAgentData?: { platform: string } })
    | undefined;
  return /mac|iphone|ipad/i.test(nav?.userAgentData?.platform ?? nav?.platform ?? '');
}

/** `value` when it is a positive number, else `fallback` (an attribute may hold anything). */
function positive(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
