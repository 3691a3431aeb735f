import leafletCss from 'leaflet/dist/leaflet.css?inline';
import { LitElement, type PropertyValues, unsafeCSS } from 'lit';
import { property, query } from 'lit/decorators.js';
import { WORKER_FROM } from '../../map/cluster-protocol.js';
import type { VisitMap } from '../../map/visit-map.js';
import { FACETS } from '../../model/filters.js';
import type { Problem } from '../../model/load.js';
import type { VisitFeature } from '../../model/schema.js';
import { cardContext } from '../card-context.js';
import { prepareFormats } from '../format.js';
import { languageReady, stringsFor } from '../strings.js';
import { DeepLinkController } from './deep-link-controller.js';
import { emit, emitLoaded } from './events.js';
import { FiltersController } from './filters-controller.js';
import { renderFrame } from './frame-view.js';
import { HostSizeController } from './host-size-controller.js';
import { styles } from './inspection-map.styles.js';
import { ListController } from './list-controller.js';
import { baseMapProvinces, mapContent } from './map-content.js';
import { type MapContent, MapController } from './map-controller.js';
import { afterPaint, languageOf, positive, prefersReducedMotion } from './media.js';
import { NoticesController } from './notices-controller.js';
import { SearchController } from './search-controller.js';
import { SelectionController } from './selection-controller.js';
import type { ToolbarSources } from './toolbar-context.js';
import { FETCH_TIMEOUT_MS, MAX_FILE_BYTES, VisitsController } from './visits-controller.js';

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
 * @fires {CustomEvent<{ id: string | null }>} inspection-map-select - The selection changed
 *   for a reason other than code setting it: the user selected a visit (`detail.id`) by its
 *   marker, the list, the tour or a link (with `deep-link`), or closed it (`detail.id` is
 *   `null`); or the open visit went away (`null`): a filter hid it, or new `data` or a new `src`
 *   does not have it. Not fired when code sets `selected` or calls `select()`.
 * @fires {CustomEvent<{ year: string | null; leader: string | null; province: string | null; industry: string | null; shown: number }>} inspection-map-filter -
 *   The user changed the filters (in the toolbar, with the hidden visit's note, or through a
 *   link with `deep-link`): each filter's value (`null` for all), and how many visits show.
 *   Not fired when code sets `year`, `leader`, `province` or `industry`.
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
 * @cssprop [--inspection-map-height=480px] - Height of the map when the element has no definite
 *   height of its own (with one, toolbar, map and list share it).
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
  static override styles = [unsafeCSS(leafletCss), ...styles];

  /**
   * URL of a visits file: a GeoJSON FeatureCollection in the format of `data/visits.geojson`,
   * fetched with the page's credentials for its own origin. Ignored while `data` is set. While
   * it loads, the map says so; when it fails, the map shows why, with a button to try again.
   */
  @property() src: string | undefined;

  /**
   * A parsed visits FeatureCollection (the format of a `src` file), instead of `src`. Checked
   * like a file: bad records are skipped and reported in `problems`. `null`, as `undefined`,
   * means not set: the `src` is loaded.
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
   * embedded base map, which still shows where tiles fail. One tile is asked for first and the
   * layer added only when it loads, so a server that is down costs one request. Off by default:
   * no request leaves the page unless it is set.
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
   * Keep the page URL's fragment in step with the open visit and the filters
   * (`#visit=<id>&year=2025&leader=xi-jinping&province=henan&industry=steel`): opening a visit
   * adds a history entry, choosing a filter rewrites the entry's fragment, Back and Forward
   * reopen and refilter, and a link with the fragment opens that visit with those filters. Off by
   * default; turn it on for one element per page.
   */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;

  /**
   * The year shown (`2025`), or `null` for all years. Reflects to the attribute, as do the
   * other filters. A value the visits do not have becomes `null` once they are drawn.
   */
  @property({ reflect: true }) year: string | null = null;

  /**
   * The leader whose visits are shown, or `null` for all: the English name as a key
   * (`xi-jinping`; any spelling of it, such as `Xi Jinping`, is taken and becomes the key), or
   * `not-named` for visits whose article names no leader.
   */
  @property({ reflect: true }) leader: string | null = null;

  /** The province whose visits are shown (`henan`, or `Henan`), or `null` for all. */
  @property({ reflect: true }) province: string | null = null;

  /** The industry whose visits are shown (`steel`, `ports-and-logistics`), or `null` for all. */
  @property({ reflect: true }) industry: string | null = null;

  /**
   * How long the visits file, and the first map tile, may take to arrive, in milliseconds.
   * Default 15000. Past it the file counts as failed and the tile layer as unavailable.
   */
  @property({ attribute: 'fetch-timeout', type: Number }) fetchTimeout: number = FETCH_TIMEOUT_MS;

  /** The largest visits file accepted, in bytes. Default 20000000 (20 MB). */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes: number = MAX_FILE_BYTES;

  private readonly loader: VisitsController = new VisitsController(this, {
    provinces: baseMapProvinces,
    limits: () => ({
      timeoutMs: positive(this.fetchTimeout, FETCH_TIMEOUT_MS),
      maxBytes: positive(this.maxBytes, MAX_FILE_BYTES),
    }),
    loaded: (result) => {
      Object.assign(this, this.deepLinks.currentFilters());
      this.filters.loaded();
      const linked = this.deepLinks.current();
      if (linked && this.visits.some((v) => v.id === linked)) this.selected = linked;
      this.notices.newInput();
      this.list.reset(result.visits.length);
      this.map.drawVisits();
      emitLoaded(this, result);
    },
    failed: (problems) => {
      this.notices.newInput();
      // A large input's unchecked records may be on the map: back to the visits kept, if any.
      if (this.map.previewing) this.map.drawVisits();
      emit(this, 'inspection-map-problems', { problems, fatal: true });
    },
    // Checking waits for the frame that shows the markers, so it never delays it. (Their dates'
    // formatter is made while the page is idle after the first render: see `firstUpdated`.)
    previewed: () => this.map.drawPreview()?.then(afterPaint),
  });

  @query('.map') private mapEl!: HTMLElement;

  private readonly deepLinks: DeepLinkController = new DeepLinkController(this, (id, filters) => {
    if (Object.keys(filters).length && this.loader.status === 'ready') {
      this.filters.choose(filters, { fromLink: true });
    }
    this.selection.navigated(id);
  });
  private readonly selection: SelectionController = new SelectionController(this, {
    adapter: () => this.adapter,
    language: () => this.language,
    deepLinks: this.deepLinks,
    fitAll: () => this.fitAll(),
  });
  private readonly filters: FiltersController = new FiltersController(this, {
    selection: this.selection,
    language: () => this.language,
    changed: (filters) => this.deepLinks.writeFilters(filters),
  });
  private readonly search: SearchController = new SearchController(this, {
    visits: () => this.visits,
    shown: () => this.shown,
    language: () => this.language,
    choose: (id) => this.showOnMap(id),
    announce: (text) => {
      this.selection.announcement = text;
    },
    root: () => this.renderRoot,
  });
  private readonly list = new ListController(this, () => this.renderRoot);
  private readonly size = new HostSizeController(
    this,
    () => this.renderRoot.querySelector('.size-probe'),
    // The list may scroll on its own now: bring the selected entry into view.
    () => this.list.reveal(this.selected),
  );
  private readonly notices = new NoticesController(this);

  private readonly map: MapController = new MapController(this, {
    container: () => this.mapEl,
    loader: this.loader,
    content: () => this.mapContent(),
    tiles: () => this.notices.tileOptions(this),
    dropped: () => this.selection.dropped(),
    opening: (id) => this.selection.opening(id),
  });

  private get adapter(): VisitMap | undefined {
    return this.map.adapter;
  }

  /** The visits drawn (valid Features of the last input), in date order. Read-only. */
  get visits(): readonly VisitFeature[] {
    return this.loader.sorted;
  }

  /** The visits on the map and in the list: those the filters let through, in date order. */
  get shown(): readonly VisitFeature[] {
    return this.filters.shown;
  }

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
   * Opens a visit as a reader's own choice does: the map scrolled into view, the visit's popup
   * (or bottom sheet) opened with the focus in it, `inspection-map-select` fired and, with
   * `deep-link`, a history entry written. For a page's own links to a visit. Called once the
   * visits are read but before their markers are drawn, it opens the visit when they are.
   *
   * @param {string} id - a visit's Feature `id`.
   * @returns {boolean} `false`, changing nothing, when no drawn visit has that id.
   */
  show(id: string): boolean {
    if (!this.visits.some((v) => v.id === id)) return false;
    this.showOnMap(id);
    return true;
  }

  /**
   * Fits the map to all visits and their provinces (to China when there are none), animated
   * unless the reader prefers reduced motion.
   */
  fitAll(): void {
    this.adapter?.fitAll({ animate: !prefersReducedMotion() });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('deepLink')) this.deepLinks.enabled = this.deepLink;
    if (changed.has('tiles') || changed.has('tilesAttribution')) this.notices.tilesChanged();
    if (changed.has('selected') && this.selected !== null) this.notices.popupUnavailable(false);
    if (changed.has('data') && this.data != null) {
      const features = (this.data as { features?: unknown }).features;
      if (Array.isArray(features) && features.length >= WORKER_FROM) this.adapter?.prepareForMany();
      this.loader.accept(this.data);
    } else if (changed.has('src') || changed.has('data')) {
      if (this.data == null && this.src) void this.loader.fetch(this.src);
    }
    // An id the drawn visits do not have: no selection (code set it, so no event). Decided
    // here, before rendering, so that it costs no second update.
    const id = this.selected;
    if (changed.has('selected') && id !== null && this.loader.status === 'ready') {
      if (!this.shown.some((v) => v.id === id)) this.selected = null;
    }
  }

  /** An update in a language whose text is not loaded yet waits for it: no flash of English. */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    const ready = languageReady(this.language);
    if (ready) return ready.then(() => super.scheduleUpdate());
    super.scheduleUpdate();
    return undefined;
  }

  protected override firstUpdated(): void {
    void this.map.create();
    prepareFormats(this.language);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.list.revealSelected(changed.has('selected'), this.selected);
    if (!this.adapter) return;
    if (changed.has('lang')) this.map.relabel();
    const refiltered = FACETS.some((f) => changed.has(f) && changed.get(f) !== undefined);
    if (refiltered) this.map.drawVisits(true);
    if (changed.has('tiles') || changed.has('tilesAttribution')) {
      this.adapter.setTiles(this.notices.tileOptions(this));
    }
    // Before the data is drawn, a selection waits for it (see drawVisits).
    const ready = this.loader.status === 'ready' && this.map.drawn;
    if (changed.has('selected') && ready && this.adapter.selected !== this.selected) {
      // An id the data does not have: no selection (code set it, so no event).
      if (!this.adapter.select(this.selected)) {
        this.adapter.select(null);
        this.selected = null;
      }
    }
  }

  private showOnMap(id: string): void {
    this.mapEl.scrollIntoView({ block: 'nearest', behavior: 'auto' });
    this.selection.choose(id, { focus: true });
  }

  /** The `lang` attribute, else the page's, when it is a valid BCP 47 tag; else English. */
  private get language(): string {
    return languageOf(this);
  }

  /** A visit's card context; the articles' kept texts sit beside `src` when it was loaded. */
  private context = (visit: VisitFeature) =>
    cardContext(visit, this.language, this.loader.result, this.data == null ? this.src : undefined);

  /** What the map shows besides the visits, in the element's language. */
  private mapContent(): MapContent {
    return {
      ...mapContent({
        language: () => this.language,
        loader: this.loader,
        context: this.context,
        close: () => this.adapter?.closePopup(),
        choose: (id) => this.selection.choose(id, { fromMap: true }),
        // Nothing opened: no selection, and the reader is told; choosing again tries again.
        popupUnavailable: () => {
          this.selection.dropped();
          this.notices.popupUnavailable(true);
        },
      }),
      // The notices over the map's top (8 px down): an opened popup stays below them.
      coveredTop: () => (this.renderRoot.querySelector('.notices') as HTMLElement).offsetHeight,
    };
  }

  override render() {
    const strings = stringsFor(this.language);
    const lang = this.language;
    const shown = this.shown;
    const { src } = this;
    const retry = this.data == null && src ? () => void this.loader.fetch(src) : undefined;
    const { filters, search, selection, selected, list } = this;
    const toolbar: ToolbarSources = {
      ...{ strings, lang, filters, search, selection, shown, selected },
      total: this.visits.length,
      requestUpdate: () => this.requestUpdate(),
    };
    return renderFrame({
      sized: this.size.sized,
      toolbar: this.loader.status === 'ready' ? toolbar : undefined,
      announcement: selection.announcement,
      status: this.notices.context(strings, this.loader, retry),
      shown,
      list: {
        ...{ strings, lang, selected, context: this.context, open: list.open, limit: list.limit },
        showMore: () => list.showMore(),
        showOnMap: (id: string) => this.showOnMap(id),
      },
      toggleList: () => list.toggle(),
    });
  }
}
