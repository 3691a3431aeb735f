import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  FACETS,
  type Facet,
  type FacetValue,
  type FilterIndex,
  type FilterResult,
  hiddenBy,
  indexVisits,
  indexVisitsInSlices,
  NOT_NAMED,
  type VisitFilters,
} from '../../model/filters.js';
import type { VisitFeature } from '../../model/schema.js';
import { filterStringsFor } from '../filter-strings.js';
import { stringsFor } from '../strings.js';
import { localName } from '../visit-card.js';
import { emit } from './events.js';
import type { SelectionController } from './selection-controller.js';

/** What the filters need of the element: a property per facet, the selection, the visits. */
export interface FiltersHost
  extends ReactiveControllerHost,
    EventTarget,
    Record<Facet, string | null> {
  readonly selected: string | null;
  /** All drawn visits, in date order. */
  readonly visits: readonly VisitFeature[];
}

/** Inputs with this many visits are indexed in slices that yield to the page. */
const SLICED_FROM = 2000;

/** The chosen value of every facet. */
export type Filters = Record<Facet, string | null>;

/**
 * The filters: which visits are shown (those every chosen value lets through), each value's
 * count under the other filters, what a reader's choice does to the open visit, and what it
 * announces and tells the page (`inspection-map-filter`). The visits are indexed once per
 * input: at once for a few thousand, else in slices while the page stays responsive.
 */
export class FiltersController implements ReactiveController {
  private index: FilterIndex | undefined;
  private indexing: AbortController | undefined;
  private cache: { index: FilterIndex; key: string; result: FilterResult } | undefined;
  /** Whether the folded filters are open, in a small box. */
  unfolded = false;

  constructor(
    private readonly host: FiltersHost,
    private readonly deps: {
      selection: SelectionController;
      language: () => string;
      /** The filters changed by the reader's hand: the URL follows (with deep links). */
      changed: (filters: Filters) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.indexing?.abort();
    this.indexing = undefined;
  }

  /** The chosen values, as the element's properties hold them. */
  get filters(): Filters {
    const h = this.host;
    return { year: h.year, leader: h.leader, province: h.province, industry: h.industry };
  }

  /** How many filters have a value chosen. */
  get chosen(): number {
    return FACETS.filter((f) => this.host[f] != null).length;
  }

  /** The index of the drawn visits; made at once when it is asked for before it is ready. */
  private indexed(): FilterIndex {
    const visits = this.host.visits;
    if (this.index?.visits !== visits) {
      this.indexing?.abort();
      this.indexing = undefined;
      this.index = indexVisits(visits);
    }
    return this.index;
  }

  /** What the chosen filters give; cached until the visits or the filters change. */
  private get result(): FilterResult {
    const index = this.indexed();
    const key = JSON.stringify(this.filters);
    if (this.cache?.index !== index || this.cache.key !== key) {
      this.cache = { index, key, result: index.apply(this.filters) };
    }
    return this.cache.result;
  }

  /** The visits the filters let through, in date order: all of them while none is chosen. */
  get shown(): readonly VisitFeature[] {
    if (this.chosen === 0) return this.host.visits;
    return this.result.shown;
  }

  /**
   * Each facet's values with their counts under the other filters, and the count of all
   * values; `undefined` while a large input is indexed.
   */
  get facets(): { values: Record<Facet, FacetValue[]>; totals: Record<Facet, number> } | undefined {
    if (this.index?.visits !== this.host.visits && this.chosen === 0) return undefined;
    const { facets, totals } = this.result;
    return { values: facets, totals };
  }

  /**
   * New visits were drawn: index them (in slices when many), and forget a chosen value none of
   * them has (a key in another spelling becomes the key: `Henan` → `henan`).
   */
  loaded(): void {
    const visits = this.host.visits;
    this.indexing?.abort();
    this.indexing = undefined;
    if (visits.length < SLICED_FROM || this.chosen > 0) {
      this.keepKnown(this.indexed());
      return;
    }
    const indexing = new AbortController();
    this.indexing = indexing;
    indexVisitsInSlices(visits, { signal: indexing.signal }).then(
      (index) => {
        if (indexing.signal.aborted || this.host.visits !== visits) return;
        this.indexing = undefined;
        this.index = index;
        this.host.requestUpdate();
      },
      () => undefined,
    );
  }

  private keepKnown(index: FilterIndex): void {
    for (const facet of FACETS) {
      const key = this.host[facet];
      if (key != null) this.host[facet] = index.known(facet, key);
    }
  }

  /**
   * The reader chose filters (from the toolbar, the note or a link): a visit open outside them
   * closes and is named, the change is announced, and `inspection-map-filter` fires.
   */
  choose(filters: VisitFilters, how: { fromLink?: boolean } = {}): void {
    const before = JSON.stringify(this.filters);
    const index = this.indexed();
    for (const facet of FACETS) {
      if (!(facet in filters)) continue;
      const key = filters[facet];
      this.host[facet] = key == null ? null : index.known(facet, key);
    }
    const now = this.filters;
    if (JSON.stringify(now) === before) return;
    const selection = this.deps.selection;
    const open = this.host.visits.find((v) => v.id === this.host.selected);
    if (open && hiddenBy(open, now).length > 0) selection.hide(open);
    else selection.filteredOut = null;
    selection.announcement = this.announcement();
    if (!how.fromLink) this.deps.changed(now);
    emit(this.host, 'inspection-map-filter', { ...now, shown: this.shown.length });
  }

  /** Clears the chosen filters (those given, else all). */
  clear(facets: readonly Facet[] = FACETS): void {
    this.choose(Object.fromEntries(facets.map((f) => [f, null])));
  }

  /** How a value reads in the interface: the year, the name in the language, the industry. */
  label(facet: Facet, value: Pick<FacetValue, 'key' | 'name'>): string {
    const lang = this.deps.language();
    const t = filterStringsFor(lang);
    if (facet === 'year') return t.year(value.key);
    if (value.key === NOT_NAMED || !value.name) return t.leaderNotNamed;
    if (facet === 'industry') return stringsFor(lang).industry(value.name.en);
    return localName(value.name, lang);
  }

  /** The label of a facet's chosen value. */
  chosenLabel(facet: Facet): string {
    const key = this.host[facet] ?? '';
    const value = this.facets?.values[facet].find((v) => v.key === key);
    return this.label(facet, value ?? { key, name: { en: key } });
  }

  /** "12 visits: 2024, Lin Hai, Henan": for the live region. */
  private announcement(): string {
    const lang = this.deps.language();
    const chosen = FACETS.filter((f) => this.host[f] != null).map((f) => this.chosenLabel(f));
    return filterStringsFor(lang).announce(stringsFor(lang).visitCount(this.shown.length), chosen);
  }
}
