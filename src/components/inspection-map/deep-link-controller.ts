import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FACETS, type VisitFilters } from '../../model/filters.js';

/** The URL fragment key that names the open visit: `#visit=<id>`. */
export const FRAGMENT_KEY = 'visit';

const paramsOf = (hash: string) => new URLSearchParams(hash.replace(/^#/, ''));
const fragment = (params: URLSearchParams) => {
  const rest = params.toString();
  return rest ? `#${rest}` : '';
};

/** Reads the visit id from a URL fragment such as `#visit=rizhao-port-2024-05-22`. */
export function visitFromHash(hash: string): string | null {
  const id = paramsOf(hash).get(FRAGMENT_KEY);
  return id ? id : null;
}

/** The fragment for a visit id, keeping any other `key=value` pairs; `''` for none left. */
export function hashForVisit(hash: string, id: string | null): string {
  const params = paramsOf(hash);
  if (id) params.set(FRAGMENT_KEY, id);
  else params.delete(FRAGMENT_KEY);
  return fragment(params);
}

/**
 * The filters a URL fragment names (`#year=2024&leader=li-qiang&province=henan&industry=steel`):
 * each facet's value, `null` for a facet it does not name.
 */
export function filtersFromHash(hash: string): Required<VisitFilters> {
  const params = paramsOf(hash);
  return Object.fromEntries(
    FACETS.map((f) => [f, params.get(f) || null]),
  ) as Required<VisitFilters>;
}

/** The fragment with the filters' values (none for a facet with no value), keeping the rest. */
export function hashForFilters(hash: string, filters: VisitFilters): string {
  const params = paramsOf(hash);
  for (const f of FACETS) {
    const value = filters[f];
    if (value) params.set(f, value);
    else params.delete(f);
  }
  return fragment(params);
}

/**
 * Keeps the page URL's fragment, the open visit and the filters in step, when enabled:
 * selecting a visit pushes a history entry (so Back returns to the previous visit), choosing
 * filters replaces the entry's fragment (`#visit=…&year=…&leader=…&province=…&industry=…`),
 * and navigating (Back, Forward, a pasted link) tells the host which visit to open and which
 * filters changed.
 */
export class DeepLinkController implements ReactiveController {
  /** Whether the controller reads and writes the URL. */
  enabled = false;
  /** The filters the URL named when last read or written: navigation applies what changed. */
  private seen = filtersFromHash('');

  constructor(
    host: ReactiveControllerHost,
    private readonly navigated: (id: string | null, filters: VisitFilters) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('hashchange', this.onNavigate);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('hashchange', this.onNavigate);
  }

  /** The visit the URL names now, or `null` (also when disabled). */
  current(): string | null {
    return this.enabled ? visitFromHash(location.hash) : null;
  }

  /** The filters the URL names now, only the facets it names; none when disabled. */
  currentFilters(): VisitFilters {
    if (!this.enabled) return {};
    this.seen = filtersFromHash(location.hash);
    return Object.fromEntries(Object.entries(this.seen).filter(([, v]) => v !== null));
  }

  /** Records a selection in the URL and the history; does nothing when it is already there. */
  write(id: string | null): void {
    if (!this.enabled || visitFromHash(location.hash) === id) return;
    this.go(hashForVisit(location.hash, id), 'push');
  }

  /** Records the filters in the URL, replacing the history entry's fragment. */
  writeFilters(filters: VisitFilters): void {
    if (!this.enabled) return;
    const hash = hashForFilters(location.hash, filters);
    this.seen = filtersFromHash(hash);
    if (hash !== location.hash) this.go(hash, 'replace');
  }

  private go(hash: string, how: 'push' | 'replace'): void {
    const url = `${location.pathname}${location.search}${hash}`;
    if (how === 'push') history.pushState(history.state, '', url);
    else history.replaceState(history.state, '', url);
  }

  private readonly onNavigate = (): void => {
    if (!this.enabled) return;
    const now = filtersFromHash(location.hash);
    const changed = Object.fromEntries(
      FACETS.filter((f) => now[f] !== this.seen[f]).map((f) => [f, now[f]]),
    );
    this.seen = now;
    this.navigated(visitFromHash(location.hash), changed);
  };
}
