/**
 * Keyboard movement between markers and in and out of the popup, and the map's own keys.
 * Markers are given in date order of the earliest visit each holds (a cluster counts as its
 * earliest visit).
 *
 * @module
 */
import type { Map as LeafletMap } from 'leaflet';

/**
 * The marker that an arrow key, Home or End moves to from `from`, wrapping around at the ends;
 * `undefined` for any other key.
 */
export function markerAfterKey(
  key: string,
  order: readonly HTMLElement[],
  from: HTMLElement,
): HTMLElement | undefined {
  const at = order.indexOf(from);
  const n = order.length;
  if (n === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return order[(at + 1) % n];
    case 'ArrowLeft':
    case 'ArrowUp':
      return order[(at - 1 + n) % n];
    case 'Home':
      return order[0];
    case 'End':
      return order[n - 1];
    default:
      return undefined;
  }
}

/** Keys {@link markerAfterKey} handles. */
export const MARKER_KEYS = new Set([
  'ArrowRight',
  'ArrowDown',
  'ArrowLeft',
  'ArrowUp',
  'Home',
  'End',
]);

/**
 * Where Tab goes from inside a popup, as if the popup stood right after its marker (Leaflet
 * puts popups after all markers): Shift+Tab from the popup's start goes back to its marker, Tab
 * from its end goes on to the next marker in date order. `undefined` leaves Tab to the browser
 * (inside the popup, or past the last marker).
 */
export function popupTabTarget(
  e: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  content: HTMLElement,
  marker: HTMLElement | undefined,
  order: readonly HTMLElement[],
): HTMLElement | undefined {
  if (e.key !== 'Tab' || !marker) return undefined;
  const active = (content.getRootNode() as Document | ShadowRoot).activeElement;
  const focusables = [
    ...content.querySelectorAll<HTMLElement>('a[href], button, summary, [tabindex="0"]'),
  ];
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (e.shiftKey && (active === content || active === first)) return marker;
  if (!e.shiftKey && (active === last || (!last && active === content))) {
    const at = order.indexOf(marker);
    return at < 0 ? undefined : order[at + 1];
  }
  return undefined;
}

/** Escape inside the map closes the open popup (when `isOpen`), and goes no further. */
export function escapeCloses(
  container: HTMLElement,
  isOpen: () => boolean,
  close: () => void,
  signal: AbortSignal,
): void {
  container.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && isOpen()) {
        e.stopPropagation();
        close();
      }
    },
    { signal },
  );
}

/**
 * A press on the map focuses it without scrolling anything. Leaflet focuses the map on
 * `mousedown` with a plain `focus()` and puts back the window's scroll position only, so a
 * scroll container around the element would jump; focused here first (in the capture phase),
 * the map counts as focused and Leaflet leaves it. Presses in the popup, the sheet or a
 * control are theirs.
 */
export function focusWithoutScrolling(container: HTMLElement, signal: AbortSignal): void {
  container.addEventListener(
    'mousedown',
    (e) => {
      const target = e.target as Element | null;
      if (target?.closest('.leaflet-popup, .im-sheet, .leaflet-control')) return;
      const root = container.getRootNode() as Document | ShadowRoot;
      if (root.activeElement !== container) container.focus({ preventScroll: true });
    },
    { capture: true, signal },
  );
}

/** Key codes Leaflet's keyboard handler zooms with: `=`/`+` in, `-`/`_` out. */
const ZOOM_IN_CODES = new Set([187, 107, 61, 171]);
const ZOOM_OUT_CODES = new Set([189, 109, 54, 173]);

/**
 * + and − zoom one level with or without Shift. Leaflet zooms three levels with Shift, but on
 * most keyboards + is Shift+=, so a reader pressing + would jump three. Caught in the capture
 * phase, before Leaflet's own handler on the map.
 */
export function zoomOneLevel(container: HTMLElement, map: LeafletMap, signal: AbortSignal): void {
  container.addEventListener(
    'keydown',
    (e) => {
      if (e.target !== container || !e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
      const delta = ZOOM_IN_CODES.has(e.keyCode) ? 1 : ZOOM_OUT_CODES.has(e.keyCode) ? -1 : 0;
      if (!delta) return;
      e.stopImmediatePropagation();
      e.preventDefault();
      map.setZoom(map.getZoom() + delta);
    },
    { capture: true, signal },
  );
}
