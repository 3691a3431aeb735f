/**
 * Drawing a long list a part at a time, so that no task of the page's main thread is long: the
 * host draws the first `step` items of a list, then `step` more in each later task (a
 * `setTimeout`, so input, painting and other work come in between) until all are drawn. Items
 * once drawn stay drawn while the list is the same one (its `key`); another key starts again
 * from the first part.
 *
 * The host's `updateComplete` can wait for the whole list ({@link Progressive.drawn}), as what
 * awaits a drawn host (focus, tests) expects everything to be there.
 *
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Progressive implements ReactiveController {
  /** How many items are drawn now. */
  private count: number;
  private key: unknown;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** True while a list is only partly drawn. */
  private partial = false;
  /** True when the host left the page with its list partly drawn. */
  private resume = false;
  private done: Promise<void> = Promise.resolve();
  private finish: (() => void) | undefined;

  /**
   * @param host - the element that draws the list (it is asked to draw again for each part).
   * @param step - items drawn in each task (at least 1).
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly step: number,
  ) {
    this.count = Math.max(1, step);
    host.addController(this);
  }

  /**
   * The items of `list` to draw now: all of them once they have been reached, else its first
   * part, the next part being asked for in a task of its own.
   * @param key - names the list (an article's text, say): another key starts from the first part.
   */
  take<T>(list: readonly T[], key: unknown): readonly T[] {
    if (key !== this.key) {
      this.key = key;
      this.count = Math.max(1, this.step);
    }
    if (list.length <= this.count) {
      this.settle();
      return list;
    }
    if (!this.partial) {
      this.partial = true;
      this.done = new Promise((resolve) => {
        this.finish = resolve;
      });
    }
    this.schedule();
    return list.slice(0, this.count);
  }

  /** Settles once the list last given to {@link take} is drawn whole (or the host is gone). */
  get drawn(): Promise<void> {
    return this.done;
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.count += Math.max(1, this.step);
      this.host.requestUpdate();
    }, 0);
  }

  private settle(): void {
    this.partial = false;
    this.finish?.();
    this.finish = undefined;
  }

  hostConnected(): void {
    if (this.resume) this.host.requestUpdate();
    this.resume = false;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    // Nothing more is drawn while the host is out of the page: what waits for it goes on.
    this.resume = this.partial;
    this.settle();
  }
}
