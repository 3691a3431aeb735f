/**
 * Removing a Leaflet map for good. Leaflet 1.9.4's `remove()` leaves behind three things that
 * outlive the map, and an embedded map that is removed and added again (a moved element, a
 * closed tab) meets all three:
 *
 * - the container's 'scroll' listener, which holds the whole removed map (our container is
 *   reused by the next map, so these pile up);
 * - the 250 ms timer that ends a zoom animation, which then throws reading the removed panes;
 * - the wheel handler's debounce timer, which then zooms the removed map and throws.
 *
 * This is the one place that reaches into Leaflet's internals; each use is named below.
 *
 * @module
 */
import { DomEvent, Map as LeafletMap } from 'leaflet';

/** The members of Leaflet 1.9.4's map that `remove()` forgets. */
interface LeafletInternals {
  /** True while a zoom animation runs; its end timer does nothing once it is false. */
  _animatingZoom?: boolean;
  /** The debounced 'moveend' of `invalidateSize({ debounceMoveend: true })`. */
  _sizeTimer?: ReturnType<typeof setTimeout>;
  scrollWheelZoom?: { _timer?: ReturnType<typeof setTimeout> };
}

/** The handler Leaflet adds to its container's 'scroll' events, from its prototype. */
const onScroll = (LeafletMap.prototype as unknown as { _onScroll: () => void })._onScroll;

/** Removes `map`, its layers and handlers, and everything Leaflet would leave behind. */
export function removeMap(map: LeafletMap): void {
  const internals = map as unknown as LeafletInternals;
  const container = map.getContainer();
  internals._animatingZoom = false;
  clearTimeout(internals._sizeTimer);
  clearTimeout(internals.scrollWheelZoom?._timer);
  map.off();
  map.remove();
  DomEvent.off(container, 'scroll', onScroll, map);
}
