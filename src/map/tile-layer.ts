/**
 * The optional tile layer, watched: one tile is asked for first ({@link probeTile}), and the
 * layer is added only when it loads; when its tiles fail later (offline, not found, too slow),
 * it is taken off the map once, so nothing is requested again and again, and the embedded base
 * map below it shows on its own. Failures are counted, never logged.
 *
 * @module
 */
import { type Map as LeafletMap, TileLayer } from 'leaflet';

/** Tiles in a row that may fail, with none loaded in between, before the layer is given up. */
export const TILE_FAILURE_LIMIT = 6;

/** How to watch a tile layer. */
export interface WatchedTilesOptions {
  /** XYZ URL template, `{z}/{x}/{y}`. */
  url: string;
  /** Give up when no tile has loaded this many milliseconds after the layer was added. */
  timeoutMs: number;
  /** Called once, when the layer is given up. */
  onUnavailable?: () => void;
}

/**
 * A tile layer on `map` that removes itself when its tiles are unavailable: after
 * {@link TILE_FAILURE_LIMIT} failures in a row, or when no tile has loaded within `timeoutMs`.
 * Removal aborts the requests still pending.
 */
export class WatchedTiles {
  readonly layer: TileLayer;
  /** Tiles that failed to load. */
  errors = 0;
  /** Whether the layer was given up. */
  unavailable = false;
  private inARow = 0;
  private loaded = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    map: LeafletMap,
    private readonly options: WatchedTilesOptions,
  ) {
    this.layer = new TileLayer(options.url, { maxZoom: 19 });
    this.layer.on('tileload', () => {
      this.loaded++;
      this.inARow = 0;
      clearTimeout(this.timer);
    });
    this.layer.on('tileerror', () => {
      this.errors++;
      this.inARow++;
      // Not inside Leaflet's own event dispatch: it goes on using the layer after this returns.
      if (this.inARow >= TILE_FAILURE_LIMIT) setTimeout(() => this.giveUp(), 0);
    });
    this.layer.addTo(map);
    this.timer = setTimeout(() => {
      if (this.loaded === 0) this.giveUp();
    }, options.timeoutMs);
  }

  /** Takes the layer off the map for good. */
  remove(): void {
    clearTimeout(this.timer);
    // Remove first: Leaflet unbinds the layer's map events on its 'remove' event.
    this.layer.remove();
    this.layer.off();
  }

  private giveUp(): void {
    if (this.unavailable) return;
    this.unavailable = true;
    this.remove();
    this.options.onUnavailable?.();
  }
}

/**
 * Asks for one tile of `url` (the one under the centre of the view) before a layer is added, so
 * that a tile server that is down or refuses us costs one request, not a screenful. Resolves
 * `true` when it loads, `false` when it fails or has not loaded within `timeoutMs`.
 */
export function probeTile(map: LeafletMap, url: string, timeoutMs: number): Promise<boolean> {
  const z = Math.max(0, Math.round(map.getZoom()));
  const { x, y } = map.project(map.getCenter(), z).divideBy(256).floor();
  const src = url.replace(/\{(\w+)\}/g, (all, key: string) => {
    const values: Record<string, string> = {
      x: String(x),
      y: String(y),
      z: String(z),
      s: 'a',
      r: '',
    };
    return values[key] ?? all;
  });
  return new Promise((resolve) => {
    const img = new Image();
    const done = (ok: boolean) => {
      clearTimeout(timer);
      img.onload = null;
      img.onerror = null;
      if (!ok) img.src = '';
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    img.onload = () => done(true);
    img.onerror = () => done(false);
    img.src = src;
  });
}
