/**
 * The map's credits, built as DOM with text nodes: on one line where the map is wide enough for
 * it (a credit marked `shorten` ends in an ellipsis when the line is too long); on a map under
 * {@link COMPACT_BELOW} pixels wide, or one too narrow for the line, folded behind a small
 * credits button that opens them (mouse, touch and keyboard), as compact attributions do in
 * MapLibre.
 *
 * @module
 */
import { Control, DomEvent, type Map as LeafletMap } from 'leaflet';
import { el } from './controls.js';

/** One credit in the attribution: plain text, linked when `href` is an http(s) URL. */
export interface Credit {
  text: string;
  href?: string;
  /**
   * May end in an ellipsis to keep the line to one (its whole text stays in the page and in
   * its tooltip). Never set on a credit a licence requires.
   */
  shorten?: boolean;
}

/** Maps narrower than this, in CSS pixels, fold their credits behind a button. */
export const COMPACT_BELOW = 600;

/** `href` when it is an http(s) URL, else `undefined`: other schemes never become links. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** The button's "i" in a circle, drawn (no text, so the credits' text is the box's text). */
function infoIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute(
    'd',
    'M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm0 3.2a1.3 1.3 0 1 1 0 2.6 1.3 1.3 0 0 1 0-2.6ZM8.4 8.9h2.9v5.6h1.2v1.6H8.4v-1.6h1.2v-4H8.4Z',
  );
  svg.append(path);
  return svg;
}

let ids = 0;

/** The credits line, each credit a text node or a link that opens in a new tab. */
export class Credits extends Control {
  private box: HTMLElement | undefined;
  private list: HTMLElement | undefined;
  private toggle: HTMLButtonElement | undefined;
  private map: LeafletMap | undefined;

  constructor(
    private credits: readonly Credit[],
    private label: string,
  ) {
    super({ position: 'bottomright' });
  }

  override onAdd(map: LeafletMap): HTMLElement {
    const box = el('div', 'leaflet-control-attribution im-credits');
    const toggle = el('button', 'im-credits-toggle');
    toggle.type = 'button';
    toggle.append(infoIcon());
    const list = el('span', 'im-credits-list');
    list.id = `im-credits-${++ids}`;
    toggle.setAttribute('aria-controls', list.id);
    toggle.addEventListener('click', () => this.setOpen(!this.open));
    box.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || !this.open) return;
      // Escape folds the credits, and is not also taken to close an open visit.
      e.stopPropagation();
      this.setOpen(false);
      toggle.focus();
    });
    box.append(toggle, list);
    Object.assign(this, { box, list, toggle, map });
    this.setLabel(this.label);
    this.setOpen(false);
    this.render();
    DomEvent.disableClickPropagation(box);
    DomEvent.disableScrollPropagation(box);
    map.on('click dragstart', this.fold, this);
    return box;
  }

  override onRemove(map: LeafletMap): void {
    map.off('click dragstart', this.fold, this);
  }

  /** Replaces the credits shown. */
  setCredits(credits: readonly Credit[]): void {
    this.credits = credits;
    this.render();
    this.fit();
  }

  /** Renames the credits button (the language changed). */
  setLabel(label: string): void {
    this.label = label;
    this.toggle?.setAttribute('aria-label', label);
    if (this.toggle) this.toggle.title = label;
  }

  /**
   * Shows the credits on one line when the map is at least {@link COMPACT_BELOW} pixels wide
   * and the line fits in it, else folds them behind the button. Call when the map's size changes.
   */
  fit(): void {
    const { box, map } = this;
    if (!box || !map) return;
    const width = map.getSize().x;
    box.classList.remove('im-credits--compact');
    box.style.maxWidth = `${Math.max(0, width - 8)}px`;
    // A credit that may be shortened has shrunk as far as it may: the rest still overflows.
    const list = this.list as HTMLElement;
    const fits = width >= COMPACT_BELOW && list.scrollWidth <= list.clientWidth;
    box.classList.toggle('im-credits--compact', !fits);
  }

  /** Whether the credits are folded behind their button now. */
  get compact(): boolean {
    return this.box?.classList.contains('im-credits--compact') ?? false;
  }

  private get open(): boolean {
    return this.toggle?.getAttribute('aria-expanded') === 'true';
  }

  private setOpen(open: boolean): void {
    this.toggle?.setAttribute('aria-expanded', String(open));
    this.box?.classList.toggle('im-credits--open', open);
  }

  /** Folds open credits (the reader went back to the map). */
  private fold(): void {
    if (this.open) this.setOpen(false);
  }

  private render(): void {
    const list = this.list;
    if (!list) return;
    list.replaceChildren();
    this.credits.forEach((credit, i) => {
      if (i > 0)
        list.append(Object.assign(el('span', 'im-credits-sep', ' | '), { ariaHidden: 'true' }));
      const href = safeHref(credit.href);
      const item = href ? el('a', '', credit.text) : el('span', '', credit.text);
      if (item instanceof HTMLAnchorElement && href) {
        item.href = href;
        item.target = '_blank';
        item.rel = 'noopener noreferrer';
      }
      if (credit.shorten) {
        item.classList.add('im-credit--shorten');
        item.title = credit.text;
      }
      list.append(item);
    });
  }
}
