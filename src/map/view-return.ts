/**
 * The view comes back: the open visit (a popup or the bottom sheet) may move the map to show
 * itself whole; when it closes, the map goes back to the view it had before, unless the reader
 * moved or zoomed it meanwhile.
 *
 * @module
 */
import type { LatLng, Map as LeafletMap } from 'leaflet';

/** A view: centre and zoom. */
interface View {
  center: LatLng;
  zoom: number;
}

/**
 * Remembers the view before the open visit moved the map, and whether any other move came
 * since. The open visit's own moves are those made while it opens (a cluster zooming in to it,
 * the sheet making room) and a popup's pans (Leaflet's `autopanstart`); every other move that
 * starts (a drag, a zoom, the map following the keyboard focus) is the reader's. A change of
 * size is no move. Going from one visit to the next keeps the first view, as long as the
 * reader has not moved the map in between.
 */
export class ViewReturn {
  /** The view before the first of the open visits moved the map. */
  private before: View | undefined;
  /** The reader (or anything but the open visit) moved the map since `before`. */
  private touched = false;
  /** The next move that starts is a popup's pan. */
  private autoPan = false;
  /** A visit is opening: the moves that start now are its own. */
  private opening = false;

  constructor(private readonly map: LeafletMap) {
    map.on('autopanstart', () => {
      this.autoPan = true;
    });
    map.on('movestart', () => {
      if (this.autoPan || this.opening) this.autoPan = false;
      else if (this.before) this.touched = true;
    });
  }

  /** A visit is about to open (or to move the map for itself): remember where the map is. */
  willOpen(): void {
    if (!this.before || this.touched) this.before = this.current();
    this.touched = false;
    this.opening = true;
  }

  /** The visit is open: moves that start from now on are the reader's (but a popup's pans). */
  opened(): void {
    this.opening = false;
  }

  /**
   * The visit closed: back to the view before it at once (where the popup was, the map is as
   * it was), unless the map moved otherwise since or `restore` is false. Forgets that view.
   */
  closed(options: { restore?: boolean } = {}): void {
    const { before } = this;
    const restore = (options.restore ?? true) && before !== undefined && !this.touched;
    this.before = undefined;
    this.touched = false;
    this.opening = false;
    this.autoPan = false;
    if (!restore || !before) return;
    this.map.stop();
    this.map.setView(before.center, before.zoom, { animate: false });
  }

  private current(): View {
    return { center: this.map.getCenter(), zoom: this.map.getZoom() };
  }
}
