/**
 * A visit layer whose code loads on first use: the clustering code (and its worker) is fetched
 * only by maps that have many visits, so a page of a few visits never pays for it. Calls made
 * before it has loaded are applied, in order, once it has.
 *
 * @module
 */
import type { VisitFeature } from '../model/schema.js';
import type { VisitLayer } from './visit-layer.js';

export class DeferredLayer implements VisitLayer {
  private layer: VisitLayer | undefined;
  private removed = false;
  private visits: [readonly VisitFeature[], Float64Array] | undefined;
  private pressed: string | null | undefined;
  readonly loaded: Promise<VisitLayer | undefined>;

  /**
   * @param load - the real layer, or a promise of it (it is removed at once if this one already
   *   was); a layer given as it is takes every call at once.
   */
  constructor(load: Promise<VisitLayer> | VisitLayer) {
    if (!(load instanceof Promise)) {
      this.layer = load;
      this.loaded = Promise.resolve(load);
      return;
    }
    this.loaded = load.then((layer) => {
      if (this.removed) {
        layer.remove();
        return undefined;
      }
      this.layer = layer;
      if (this.pressed !== undefined) layer.setPressed(this.pressed);
      if (this.visits) layer.setVisits(...this.visits);
      return layer;
    });
  }

  /** The loaded layer, once it is. */
  get current(): VisitLayer | undefined {
    return this.layer;
  }

  setVisits(visits: readonly VisitFeature[], coords: Float64Array): void {
    if (this.layer) this.layer.setVisits(visits, coords);
    else this.visits = [visits, coords];
  }

  element(id: string): HTMLElement | undefined {
    return this.layer?.element(id);
  }

  drawn(): HTMLElement[] {
    return this.layer?.drawn() ?? [];
  }

  reveal(id: string): Promise<void> | undefined {
    if (this.layer) return this.layer.reveal(id);
    return this.loaded.then((layer) => layer?.reveal(id));
  }

  relabel(): void {
    this.layer?.relabel();
  }

  setPressed(id: string | null): void {
    if (this.layer) this.layer.setPressed(id);
    else this.pressed = id;
  }

  whenDrawn(): Promise<void> {
    return this.loaded.then((layer) => layer?.whenDrawn());
  }

  remove(): void {
    this.removed = true;
    this.layer?.remove();
  }
}
