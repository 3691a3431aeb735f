import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TilesOptions } from '../../map/visit-map.js';
import { FETCH_TIMEOUT_MS } from '../../model/limits.js';
import type { Strings } from '../strings.js';
import { positive } from './media.js';
import type { StatusContext } from './status-view.js';
import type { VisitsController } from './visits-controller.js';

/** The element's attributes of its `tiles` layer. */
export interface TilesAttributes {
  tiles: string | undefined;
  tilesAttribution: string;
  /** Milliseconds; not a positive number: {@link FETCH_TIMEOUT_MS}. */
  fetchTimeout: number;
}

/**
 * The notices over the map and what the reader did with them: the notice about the input
 * (records skipped, a reload that failed, no visits) until dismissed, shown again for each new
 * input; the tiles' notice once the tile layer is given up, until dismissed or the layer
 * changes; the popup's notice when a visit could not open, until dismissed or a visit is
 * chosen again. Gives the status view its context.
 */
export class NoticesController implements ReactiveController {
  private inputDismissed = false;
  private tilesUnavailable = false;
  private tilesDismissed = false;
  private popupFailed = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A new input was loaded, or failed: its notice shows again. */
  newInput(): void {
    this.inputDismissed = false;
    this.host.requestUpdate();
  }

  /** The `tiles` layer changed: its notice goes until the new layer is given up in turn. */
  tilesChanged(): void {
    this.tilesUnavailable = false;
    this.tilesDismissed = false;
  }

  /**
   * Whether the last visit chosen failed to open because the popup's code could not be loaded:
   * its notice shows until dismissed or a visit is chosen again.
   */
  popupUnavailable(failed: boolean): void {
    if (this.popupFailed === failed) return;
    this.popupFailed = failed;
    this.host.requestUpdate();
  }

  /** The tile layer's options, with the notice shown when it is given up; none without a URL. */
  tileOptions({
    tiles,
    tilesAttribution,
    fetchTimeout,
  }: TilesAttributes): TilesOptions | undefined {
    if (!tiles) return undefined;
    return {
      url: tiles,
      attribution: tilesAttribution,
      timeoutMs: positive(fetchTimeout, FETCH_TIMEOUT_MS),
      onUnavailable: () => {
        this.tilesUnavailable = true;
        this.host.requestUpdate();
      },
    };
  }

  /** What the status view shows for the loader's state. */
  context(strings: Strings, loader: VisitsController, retry?: () => void): StatusContext {
    const { status, failure, result } = loader;
    return {
      strings,
      status,
      problems: result?.problems ?? [],
      failure,
      total: status === 'error' ? 0 : (result?.counts.visits ?? 0),
      shown: loader.sorted.length,
      dismissed: this.inputDismissed,
      tilesUnavailable: this.tilesUnavailable,
      tilesDismissed: this.tilesDismissed,
      popupUnavailable: this.popupFailed,
      retry,
      dismiss: () => {
        this.inputDismissed = true;
        this.host.requestUpdate();
      },
      dismissTiles: () => {
        this.tilesDismissed = true;
        this.host.requestUpdate();
      },
      dismissPopup: () => this.popupUnavailable(false),
    };
  }
}
