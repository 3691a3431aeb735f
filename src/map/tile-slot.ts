/**
 * The optional tile layer's place on the map: its code (Leaflet's tile layers) loads on first
 * use, so a map without tiles never fetches it. One tile is asked for first; the layer is added
 * only if it loads. The layer's attribution stays in the credits while it is set, even when its
 * tiles fail (the base map then shows on its own, and a notice says so).
 *
 * @module
 */
import type { Map as LeafletMap } from 'leaflet';
import type { Credit } from './credits.js';
import type { WatchedTiles, WatchedTilesOptions } from './tile-layer.js';

/** The tile layer: URL template, attribution text, and what to do when tiles fail. */
export type TilesOptions = Partial<WatchedTilesOptions> & { url: string; attribution: string };

/** Default wait for a first tile, in milliseconds. */
const TILE_TIMEOUT_MS = 15_000;

/** Holds at most one tile layer on a map, replaced by each {@link TileSlot.set}. */
export class TileSlot {
  private layer: WatchedTiles | undefined;
  /** Counts {@link TileSlot.set} calls, so a tile layer whose code arrives late is dropped. */
  private request = 0;
  private removed = false;
  /** The layer's credit, while it is set. */
  credit: Credit | undefined;
  /** Failed probes of the layer set now. */
  private failed = 0;

  /** @param changed - called when the credit changes. */
  constructor(
    private readonly map: LeafletMap,
    private readonly changed: () => void,
  ) {}

  /** Turns the tile layer on (with its attribution) or off (`undefined`). */
  set(tiles: TilesOptions | undefined): void {
    const request = ++this.request;
    this.failed = 0;
    this.layer?.remove();
    this.layer = undefined;
    this.credit = undefined;
    if (tiles?.url) {
      if (tiles.attribution) this.credit = { text: tiles.attribution };
      const timeoutMs = tiles.timeoutMs ?? TILE_TIMEOUT_MS;
      void import('./tile-layer.js').then(async ({ WatchedTiles, probeTile }) => {
        if (request !== this.request || this.removed) return;
        const ok = await probeTile(this.map, tiles.url, timeoutMs);
        if (request !== this.request || this.removed) return;
        if (!ok) {
          this.failed++;
          tiles.onUnavailable?.();
          return;
        }
        this.layer = new WatchedTiles(this.map, { ...tiles, timeoutMs });
      });
    }
    this.changed();
  }

  /** Tiles of the layer set now that failed to load, the probe included. */
  get errors(): number {
    return this.failed + (this.layer?.errors ?? 0);
  }

  /** Takes the layer off for good. */
  remove(): void {
    this.removed = true;
    this.layer?.remove();
  }
}
