/**
 * Cooperative gestures: a map embedded in a page must not take the page's scrolling over.
 *
 * - Mouse wheel: scrolls the page, unless the map has keyboard focus (it gets it when clicked
 *   or tabbed to) or Ctrl or ⌘ is held; then it zooms the map. A trackpad pinch arrives as a
 *   wheel event with Ctrl held, so it zooms the map too.
 * - Touch: one finger scrolls the page; two fingers move and zoom the map.
 *
 * Either way, a gesture that the map lets through to the page shows a short hint saying how
 * to move the map, as large map embeds do; never over the open popup, the bottom sheet or a
 * control, which scroll their own text. Wheel events are never stopped: the page and its
 * own scripts still see them.
 *
 * @module
 */
import type { Map as LeafletMap } from 'leaflet';

/** Texts of the hints, in the interface language. */
export interface GestureHints {
  /** Shown when the wheel scrolls the page, e.g. "Use ctrl + scroll to zoom the map". */
  wheel: string;
  /** Shown when one finger scrolls the page, e.g. "Use two fingers to move the map". */
  touch: string;
}

/** How long a hint stays up after the last gesture that showed it, in milliseconds. */
export const HINT_MS = 1500;

/** Parts of the map that take the wheel themselves: the popup, the bottom sheet, the controls. */
const OWN_SCROLL = '.leaflet-popup, .im-sheet, .leaflet-control';

/** Class of the map container while cooperative gestures are on (sets `touch-action`). */
export const COOPERATIVE_CLASS = 'im-cooperative';

/**
 * Turns cooperative gestures on for a Leaflet map. Everything it adds (listeners, the hint
 * element, a timer) goes away when `signal` aborts.
 *
 * @param map - a map whose `scrollWheelZoom`, `dragging` and `touchZoom` handlers exist.
 * @param hints - the texts shown; see {@link GestureHints}.
 * @param signal - aborting it removes every listener and the hint.
 * @returns the hint element (for tests and styling; it is `aria-hidden`, the hints are about
 *   pointer gestures that keyboard and screen-reader users do not make).
 */
export function cooperativeGestures(
  map: LeafletMap,
  hints: GestureHints,
  signal: AbortSignal,
): HTMLElement {
  const container = map.getContainer();
  const hint = document.createElement('div');
  hint.className = 'im-gesture-hint';
  hint.setAttribute('aria-hidden', 'true');
  container.append(hint);
  container.classList.add(COOPERATIVE_CLASS);

  let timer: ReturnType<typeof setTimeout> | undefined;
  const hide = () => {
    clearTimeout(timer);
    hint.classList.remove('im-gesture-hint--visible');
  };
  const show = (text: string) => {
    if (hint.textContent !== text) hint.textContent = text;
    hint.classList.add('im-gesture-hint--visible');
    clearTimeout(timer);
    timer = setTimeout(hide, HINT_MS);
  };
  const hasFocus = () => container.matches(':focus-within');

  // Leaflet's wheel handler listens on the container in the bubbling phase. This listener runs
  // first, in the capturing phase, and switches the handler on or off for this very event.
  const onWheel = (e: WheelEvent) => {
    // The open popup, the bottom sheet and the controls scroll themselves (Leaflet stops the
    // wheel there): a hint about the map over their text would be wrong.
    if ((e.target as Element | null)?.closest?.(OWN_SCROLL)) return hide();
    if (e.ctrlKey || e.metaKey || hasFocus()) {
      map.scrollWheelZoom.enable();
      hide();
    } else {
      map.scrollWheelZoom.disable();
      show(hints.wheel);
    }
  };

  // One finger: Leaflet's dragging is off for this touch, so the browser scrolls the page
  // (`touch-action: pan-x pan-y`). Two: Leaflet's pinch handler moves and zooms the map.
  const onTouchStart = (e: TouchEvent) => {
    map.dragging.disable();
    if (e.touches.length > 1) hide();
  };
  const onTouchMove = (e: TouchEvent) => {
    if (e.touches.length === 1) {
      show(hints.touch);
    } else {
      hide();
      // Keep the browser from scrolling the page with the two fingers that move the map.
      if (e.cancelable) e.preventDefault();
    }
  };
  const onTouchEnd = (e: TouchEvent) => {
    if (e.touches.length === 0) map.dragging.enable();
  };

  const capture = { capture: true, passive: true, signal };
  container.addEventListener('wheel', onWheel, capture);
  container.addEventListener('touchstart', onTouchStart, capture);
  container.addEventListener('touchmove', onTouchMove, { capture: true, passive: false, signal });
  container.addEventListener('touchend', onTouchEnd, capture);
  container.addEventListener('touchcancel', onTouchEnd, capture);
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    hint.remove();
    container.classList.remove(COOPERATIVE_CLASS);
  });
  return hint;
}
