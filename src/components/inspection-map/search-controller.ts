import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { VisitFeature } from '../../model/schema.js';
import type { SearchHit, VisitSearch } from '../../model/search.js';
import { filterStringsFor } from '../filter-strings.js';
import { localName } from '../visit-card.js';

type Matcher = typeof import('../../model/search.js');
/** The matcher's code: loaded when the search box is first used, not with the first frame. */
let matcher: Matcher | undefined;
let matcherLoading: Promise<Matcher> | undefined;
const loadMatcher = (): Promise<Matcher> => {
  matcherLoading ??= import('../../model/search.js').then(
    (m) => {
      matcher = m;
      return m;
    },
    (error: unknown) => {
      matcherLoading = undefined; // asked again at the next use
      throw error;
    },
  );
  return matcherLoading;
};

/** At most this many visits found are offered. */
export const SEARCH_LIMIT = 8;

/**
 * The search box's state, as a combobox with a listbox of the visits found (WAI-ARIA's
 * combobox pattern, list autocomplete): the query, the visits it finds among those the
 * filters show, which one is active, and the keys: Down and Up move through the list (Down
 * opens it), Enter chooses, Escape closes the list, then empties the box. Choosing selects
 * the visit as the list does.
 */
export class SearchController implements ReactiveController {
  /** The text in the box. */
  query = '';
  /** Whether the list of visits found is open. */
  open = false;
  /** The active option, `-1` for none (focus stays in the box either way). */
  active = -1;
  private search: VisitSearch | undefined;
  private cache:
    | { key: string; shown: readonly VisitFeature[]; hits: SearchHit[]; total: number }
    | undefined;
  private amongOf: { shown: readonly VisitFeature[]; set: ReadonlySet<VisitFeature> } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: {
      /** All drawn visits, and those the filters show. */
      visits: () => readonly VisitFeature[];
      shown: () => readonly VisitFeature[];
      language: () => string;
      /** Selects a visit, as the list's "Show on map" does. */
      choose: (id: string) => void;
      /** Says something in the polite live region. */
      announce: (text: string) => void;
      /** Where the options are rendered. */
      root: () => ParentNode;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The active option stays in sight in a list that scrolls. */
  hostUpdated(): void {
    if (this.active < 0 || this.active === this.revealed) return;
    this.revealed = this.active;
    this.deps
      .root()
      .querySelector(`#search-option-${this.active}`)
      ?.scrollIntoView({ block: 'nearest' });
  }
  private revealed = -1;

  /** The search over the drawn visits; `undefined` (and asked for) while its code loads. */
  private searcher(): VisitSearch | undefined {
    if (!matcher) {
      this.awaitMatcher();
      return undefined;
    }
    const visits = this.deps.visits();
    if (this.search?.visits !== visits) this.search = new matcher.VisitSearch(visits);
    return this.search;
  }

  private waiting = false;
  /** Once the matcher's code is here, the query typed meanwhile finds its visits. */
  private awaitMatcher(): void {
    if (this.waiting) return;
    this.waiting = true;
    loadMatcher().then(
      () => {
        this.waiting = false;
        this.cache = undefined;
        this.host.requestUpdate();
        if (this.open) this.announceCount();
      },
      () => {
        this.waiting = false;
      },
    );
  }

  /** The visits the query finds among those shown, best first, at most {@link SEARCH_LIMIT}. */
  get hits(): SearchHit[] {
    return this.found().hits;
  }

  /** How many visits shown the query finds in all. */
  get total(): number {
    return this.found().total;
  }

  private found(): { hits: SearchHit[]; total: number } {
    const shown = this.deps.shown();
    const cache = this.cache;
    if (cache?.key === this.query && cache.shown === shown) return cache;
    const all = shown === this.deps.visits();
    if (!all && this.amongOf?.shown !== shown) this.amongOf = { shown, set: new Set(shown) };
    const among = all ? undefined : this.amongOf?.set;
    const search = this.searcher();
    if (!search) return { hits: [], total: 0 };
    const every = search.find(this.query, { among, limit: Number.POSITIVE_INFINITY });
    const hits = every.slice(0, SEARCH_LIMIT);
    this.cache = { key: this.query, shown, hits, total: every.length };
    return this.cache;
  }

  /** The box got focus: the names are made comparable meanwhile, a slice at a time. */
  focused(): void {
    void this.searcher()?.prepare();
  }

  /** The box lost focus: the list closes. */
  blurred(): void {
    this.setOpen(false);
  }

  /** The reader typed. */
  input(value: string): void {
    this.query = value;
    this.active = -1;
    this.setOpen(value.trim() !== '');
    if (this.open) this.announceCount();
  }

  /** Keys in the box; `true` when the key was the combobox's (its default is then prevented). */
  keydown(event: KeyboardEvent): boolean {
    const n = this.open ? this.hits.length : 0;
    switch (event.key) {
      case 'ArrowDown':
        if (!this.open) {
          if (!this.query.trim()) return false;
          this.setOpen(true);
          this.announceCount();
        }
        this.setActive(event.altKey ? this.active : n ? (this.active + 1) % n : -1);
        return true;
      case 'ArrowUp':
        if (!this.open) return false;
        this.setActive(n ? (this.active <= 0 ? n - 1 : this.active - 1) : -1);
        return true;
      case 'Enter':
        if (!this.open || n === 0) return false;
        this.pick(Math.max(this.active, 0));
        return true;
      case 'Escape':
        if (this.open) this.setOpen(false);
        else if (this.query) this.input('');
        else return false;
        return true;
      default:
        return false;
    }
  }

  /** Chooses the visit of option `i`: it is selected as the list does, the list closes. */
  pick(i: number): void {
    const hit = this.hits[i];
    if (!hit) return;
    this.query = localName(hit.visit.properties.name, this.deps.language());
    this.setOpen(false);
    this.deps.choose(hit.visit.id);
  }

  private setActive(i: number): void {
    this.active = i;
    this.revealed = -1;
    this.host.requestUpdate();
  }

  private setOpen(open: boolean): void {
    this.open = open;
    if (!open) this.active = -1;
    this.host.requestUpdate();
  }

  private announceCount(): void {
    if (!matcher) return; // said once the matcher is here
    const t = filterStringsFor(this.deps.language());
    this.deps.announce(t.found(this.total, this.hits.length, this.query.trim()));
  }
}
