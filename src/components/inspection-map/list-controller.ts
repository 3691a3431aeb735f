import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { yieldToEventLoop } from '../../model/tasks.js';
import { LIST_PAGE } from '../visit-list.js';

/** List entries added per task while the first page of a long list is drawn. */
export const LIST_STEP = 10;

/**
 * The list's paging, scrolling and disclosure. How many entries are rendered: a page of
 * {@link LIST_PAGE} at first, one more page per "show more". After a large input, the first page
 * is added {@link LIST_STEP} entries per task, so that no task of the page's grows long. The
 * selected entry is scrolled into view when the list scrolls on its own. In a small box the list
 * sits below the map behind a disclosure the reader opens.
 */
export class ListController implements ReactiveController {
  private pages = LIST_PAGE;
  /** Entries rendered so far while the first page ramps up; infinite when done. */
  private ramp = Number.POSITIVE_INFINITY;
  private opened = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly root: () => ParentNode,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Entries to render now. */
  get limit(): number {
    return Math.min(this.pages, this.ramp);
  }

  /** Whether the reader opened the list's disclosure (shown below the map in a small box). */
  get open(): boolean {
    return this.opened;
  }

  /**
   * Opens or folds the list below the map (a small box). Opened, the box's content under the
   * toolbar scrolls so that the list comes into sight, its disclosure on top; the page stays.
   */
  async toggle(): Promise<void> {
    this.opened = !this.opened;
    this.host.requestUpdate();
    if (!this.opened) return;
    await this.host.updateComplete;
    const root = this.root();
    const layout = root.querySelector<HTMLElement>('.layout');
    const toggle = root.querySelector<HTMLElement>('.list-toggle');
    if (!layout || !toggle || layout.scrollHeight <= layout.clientHeight) return;
    layout.scrollTop += toggle.getBoundingClientRect().top - layout.getBoundingClientRect().top;
  }

  /** New visits arrived: back to the first page, ramped up when there are many. */
  reset(count: number): void {
    this.pages = LIST_PAGE;
    this.host.requestUpdate();
    if (count > LIST_STEP) void this.rampUp();
  }

  /** One more page. */
  showMore(): void {
    this.pages += LIST_PAGE;
    this.host.requestUpdate();
  }

  /** Whether the selected visit's entry still waits to be drawn and revealed. */
  private revealPending = false;

  /**
   * After the host's update: reveals the selected entry when the selection changed, or when a
   * selection made before its entry was drawn (a deep link while the visits load) can be now.
   */
  revealSelected(changed: boolean, id: string | null): void {
    if (changed || this.revealPending) this.revealPending = !this.reveal(id);
  }

  /**
   * Brings a visit's entry into view inside the list when the list scrolls on its own. Returns
   * `false` while the entry is not drawn yet (the visits still loading, the list still filling):
   * the caller asks again after its next update.
   */
  reveal(id: string | null): boolean {
    const root = this.root();
    const list = root.querySelector<HTMLElement>('.list');
    const item = id ? root.querySelector<HTMLElement>(`[data-list-id="${id}"]`) : null;
    if (id !== null && !item) return false;
    if (!list || !item || list.scrollHeight <= list.clientHeight) return true;
    // Where the entry stands in the list's scrolled content (offsetTop would depend on which
    // ancestor is positioned).
    const top =
      item.getBoundingClientRect().top - list.getBoundingClientRect().top + list.scrollTop;
    if (top < list.scrollTop || top + item.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = top;
      this.follow(list, item, 8);
    }
    return true;
  }

  /**
   * Keeps the entry at the list's top while the entries scrolled past take their real height
   * (entries out of view are laid out at an estimated height, `content-visibility: auto`), for
   * at most `frames` frames, and never after the reader scrolled the list.
   */
  private follow(list: HTMLElement, item: HTMLElement, frames: number): void {
    const set = list.scrollTop;
    requestAnimationFrame(() => {
      if (frames <= 0 || !item.isConnected || list.scrollTop !== set) return;
      const off = item.getBoundingClientRect().top - list.getBoundingClientRect().top;
      if (Math.abs(off) < 1) return;
      list.scrollTop += off;
      this.follow(list, item, frames - 1);
    });
  }

  private async rampUp(): Promise<void> {
    // The first render after a large input has no list entries; each task after adds a few.
    for (this.ramp = 0; this.ramp < this.pages; this.ramp += LIST_STEP) {
      this.host.requestUpdate();
      await this.host.updateComplete;
      await yieldToEventLoop();
    }
    this.ramp = Number.POSITIVE_INFINITY;
    this.host.requestUpdate();
  }
}
