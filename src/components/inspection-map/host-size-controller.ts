import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page gave the element a definite height (`height: 420px`, a grid cell or a
 * stretched flex item taller than the element's content). A probe in the shadow root, a float of `height: 100%` and no width,
 * has that height when the host's height is definite and none when the host takes the height
 * of its content; a ResizeObserver watches it. With a definite height, the element lays out
 * its toolbar, map and list inside that box (see `host.styles.ts`); without one, the map has
 * `--inspection-map-height` and the list follows at its full length.
 */
export class HostSizeController implements ReactiveController {
  /** Whether the host has a definite height. */
  sized = false;
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly probe: () => HTMLElement | null,
    /** Called after the element was drawn for a new size mode. */
    private readonly changed: () => void = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // The probe exists once the host has rendered; on reconnection it is there already.
    void this.host.updateComplete.then(() => this.observe());
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private observe(): void {
    const probe = this.probe();
    if (!probe || this.observer) return;
    this.observer = new ResizeObserver(() => {
      // A grid row or flex line of no height of its own stretches the element to the height of
      // its own content: that height is not the page's. Laid out inside it, the element would
      // shrink the line with it, down to a sliver of a map. So, while the element takes the
      // height of its content (the frame after the probe), a height equal to it is none.
      const frame = probe.nextElementSibling as HTMLElement | null;
      const height = probe.offsetHeight;
      const sized = this.sized
        ? height > 0
        : height > 0 && !(frame && Math.abs(frame.offsetHeight - height) <= 1);
      if (sized !== this.sized) {
        this.sized = sized;
        this.host.requestUpdate();
        void this.host.updateComplete.then(this.changed);
      }
    });
    this.observer.observe(probe);
  }
}
