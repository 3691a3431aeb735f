/**
 * Fitting the view to the visits: every point seen in its province, every pin clear of the
 * controls.
 *
 * @module
 */
import {
  type FitBoundsOptions,
  type LatLng,
  type LatLngBounds,
  type LatLngTuple,
  type LayerGroup,
  type Map as LeafletMap,
  latLngBounds,
  type Polygon,
} from 'leaflet';
import { ICON_SIZE } from './icons.js';

/** China's extent, south-west and north-east, for a map with no visits. */
export const CHINA: [LatLngTuple, LatLngTuple] = [
  [18, 73],
  [54, 135],
];

/** Room kept around the visits when fitting, in CSS pixels, beyond the controls' own boxes. */
export const FIT_MARGIN = 16;

/** The highest zoom a fit goes to. */
export const FIT_MAX_ZOOM = 7;

/**
 * Fits `map` to the visits' extent and the visited provinces of `provinces` (to China when
 * there are no visits), keeping every pin clear of the zoom buttons (top left, `controlsWidth`
 * wide) and the credits (bottom right, `creditsHeight` high). Returns the view it sets.
 */
export function fitVisits(
  map: LeafletMap,
  visited: LatLngBounds | undefined,
  provinces: LayerGroup | undefined,
  box: { controlsWidth: number; creditsHeight: number; animate?: boolean },
): FitView {
  const bounds = visited
    ? latLngBounds(visited.getSouthWest(), visited.getNorthEast())
    : latLngBounds(CHINA);
  if (visited) {
    provinces?.eachLayer((layer) => {
      const province = layer as Polygon;
      if (province.options.className?.includes('visited')) bounds.extend(province.getBounds());
    });
  }
  const options: FitBoundsOptions = {
    // A pin stands ICON_SIZE[1] above its point.
    paddingTopLeft: [box.controlsWidth + FIT_MARGIN * 2, ICON_SIZE[1] + FIT_MARGIN],
    paddingBottomRight: [FIT_MARGIN * 2, box.creditsHeight + FIT_MARGIN],
    maxZoom: FIT_MAX_ZOOM,
    animate: box.animate ?? false,
  };
  // What Leaflet's fitBounds does, keeping the view it computes (a method of Leaflet 1.9's Map
  // that its typings leave out).
  const target = (map as unknown as BoundsView)._getBoundsCenterZoom(bounds, options);
  map.setView(target.center, target.zoom, options);
  return target;
}

/** A view: centre and zoom. */
export interface FitView {
  center: LatLng;
  zoom: number;
}

interface BoundsView {
  _getBoundsCenterZoom(bounds: LatLngBounds, options: FitBoundsOptions): FitView;
}

/** Whether the map shows this view (to a pixel): the reader has not moved it since. */
export function showsView(map: LeafletMap, view: FitView | undefined): boolean {
  if (!view || Math.abs(map.getZoom() - view.zoom) > 1e-6) return false;
  return map.latLngToContainerPoint(view.center).distanceTo(map.getSize().divideBy(2)) < 1;
}
