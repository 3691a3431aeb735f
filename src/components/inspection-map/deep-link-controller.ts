import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The URL fragment key that names the open visit: `#visit=<id>`. */
export const FRAGMENT_KEY = 'visit';

/** Reads the visit id from a URL fragment such as `#visit=rizhao-port-2024-05-22`. */
export function visitFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(FRAGMENT_KEY);
  return id ? id : null;
}

/** The fragment for a visit id, keeping any other `key=value` pairs; `''` for none left. */
export function hashForVisit(hash: string, id: string | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (id) params.set(FRAGMENT_KEY, id);
  else params.delete(FRAGMENT_KEY);
  const rest = params.toString();
  return rest ? `#${rest}` : '';
}

/**
 * Keeps the page URL's fragment and the open visit in step, when enabled: selecting a visit
 * pushes a history entry (so Back returns to the previous visit), and navigating (Back, Forward,
 * a pasted link) tells the host which visit to open.
 */
export class DeepLinkController implements ReactiveController {
  /** Whether the controller reads and writes the URL. */
  enabled = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly navigated: (id: string | null) => void,
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

  /** Records a selection in the URL and the history; does nothing when it is already there. */
  write(id: string | null): void {
    if (!this.enabled || visitFromHash(location.hash) === id) return;
    const hash = hashForVisit(location.hash, id);
    history.pushState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  private readonly onNavigate = (): void => {
    if (this.enabled) this.navigated(visitFromHash(location.hash));
  };
}
