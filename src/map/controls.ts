/**
 * Map controls built as DOM with text nodes (the zoom buttons here, the credits in
 * `credits.ts`). Leaflet's own zoom and attribution controls set `innerHTML`, which a Trusted
 * Types policy forbids and which would put data into markup.
 *
 * @module
 */
import { Control, type ControlPosition, DomEvent, type Map as LeafletMap } from 'leaflet';

/** A new element with a class name and, if given, its text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Zoom in and out buttons with accessible names; labels come from the caller. A button that
 * cannot zoom further is marked `aria-disabled` (and does nothing), so it keeps its focus.
 */
export class ZoomButtons extends Control {
  private buttons: [HTMLButtonElement, HTMLButtonElement] | undefined;
  private map: LeafletMap | undefined;

  constructor(
    private labels: { zoomIn: string; zoomOut: string },
    options?: { position?: ControlPosition },
  ) {
    super({ position: options?.position ?? 'topleft' });
  }

  override onAdd(map: LeafletMap): HTMLElement {
    const bar = el('div', 'leaflet-bar im-zoom');
    const button = (label: string, glyph: string, delta: number) => {
      const b = el('button', 'im-zoom-button');
      b.type = 'button';
      b.setAttribute('aria-label', label);
      b.title = label;
      b.append(Object.assign(el('span', '', glyph), { ariaHidden: 'true' }));
      b.addEventListener('click', () => {
        if (b.getAttribute('aria-disabled') !== 'true') map.setZoom(map.getZoom() + delta);
      });
      return b;
    };
    this.buttons = [button(this.labels.zoomIn, '+', 1), button(this.labels.zoomOut, '−', -1)];
    bar.append(...this.buttons);
    DomEvent.disableClickPropagation(bar);
    this.map = map;
    map.on('zoomend zoomlevelschange', this.updateDisabled, this);
    this.updateDisabled();
    return bar;
  }

  override onRemove(map: LeafletMap): void {
    map.off('zoomend zoomlevelschange', this.updateDisabled, this);
  }

  private updateDisabled(): void {
    const map = this.map;
    const [zoomIn, zoomOut] = this.buttons ?? [];
    if (!map || !zoomIn || !zoomOut) return;
    const zoom = map.getZoom();
    for (const [b, off] of [
      [zoomIn, zoom >= map.getMaxZoom()],
      [zoomOut, zoom <= map.getMinZoom()],
    ] as const) {
      b.setAttribute('aria-disabled', String(off));
      b.classList.toggle('im-zoom-button--disabled', off);
    }
  }

  /** Renames the buttons (the language changed). */
  setLabels(labels: { zoomIn: string; zoomOut: string }): void {
    this.labels = labels;
    const [zoomIn, zoomOut] = this.buttons ?? [];
    for (const [b, label] of [
      [zoomIn, labels.zoomIn],
      [zoomOut, labels.zoomOut],
    ] as const) {
      b?.setAttribute('aria-label', label);
      if (b) b.title = label;
    }
  }
}
