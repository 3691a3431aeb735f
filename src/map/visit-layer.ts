/**
 * What the map asks of a layer that draws the visits: the pin layer (one marker per visit) and
 * the cluster layer (many visits) both answer it, so selection, the popup and keyboard
 * navigation work the same with either.
 *
 * @module
 */
import { type LatLngTuple, type Map as LeafletMap, Marker } from 'leaflet';
import type { VisitFeature } from '../model/schema.js';
import { fanOut, visitIcon } from './icons.js';

/** What a visit layer needs from the map that owns it. */
export interface VisitLayerHost {
  readonly map: LeafletMap;
  /** Accessible name of a visit's marker. */
  markerLabel(visit: VisitFeature): string;
  /** Accessible name of a cluster of `count` visits, for example "12 visits". */
  clusterLabel(count: number): string;
  /** The count shown on a cluster, short: "12", "1.2K". */
  clusterCount(count: number): string;
  /** Id of the selected visit, or `null`. */
  readonly selected: string | null;
  /** The user activated a visit's marker (click, Enter or Space). */
  activate(id: string): void;
  /** A key went down on a marker (visit or cluster) and the layer did not handle it. */
  markerKey(e: KeyboardEvent, marker: HTMLElement): void;
}

/** A layer of visit markers. */
export interface VisitLayer {
  /**
   * Draws these visits, in date order; replaces what was drawn.
   *
   * @param coords - their `[longitude, latitude]` pairs, flattened, in the same order.
   */
  setVisits(visits: readonly VisitFeature[], coords: Float64Array): void;
  /** The drawn marker of a visit, if it has one of its own right now. */
  element(id: string): HTMLElement | undefined;
  /** Drawn markers, visits and clusters, in date order of the earliest visit each holds. */
  drawn(): HTMLElement[];
  /**
   * Makes sure a visit has its own marker on the map, zooming in when it is inside a cluster.
   * Returns nothing when it already has one, else a promise that resolves once it is drawn.
   */
  reveal(id: string): Promise<void> | undefined;
  /** Names the drawn markers again (the language changed). */
  relabel(): void;
  /** Marks the selected visit's marker (`aria-pressed`); `null` for none. */
  setPressed(id: string | null): void;
  /** Resolves once the visits given last are on the map. */
  whenDrawn(): Promise<void>;
  /** Removes every marker and listener. */
  remove(): void;
}

export const toLatLng = ([lng, lat]: readonly [number, number]): LatLngTuple => [lat, lng];

/** Each drawn visit marker's pixel shift from its point (see `fanOut` in icons.ts). */
const shifts = new WeakMap<HTMLElement, readonly [number, number]>();

/**
 * Where a visit's marker stands from its point, in CSS pixels `[x, y]`: `[0, 0]` for a marker
 * alone at its point or for none, else its place in the fan of visits that share the point.
 */
export function markerShift(element: HTMLElement | undefined): readonly [number, number] {
  return (element && shifts.get(element)) ?? [0, 0];
}

/**
 * The marker of one visit: a pin that is a named button, in the Tab order, pressed when its
 * visit is selected.
 *
 * @param shift - where the pin stands from its point, in pixels (see `fanOut` in icons.ts).
 */
export function visitMarker(
  visit: VisitFeature,
  host: VisitLayerHost,
  shift?: readonly [number, number],
): Marker {
  const marker = new Marker(toLatLng(visit.geometry.coordinates), {
    icon: visitIcon(visit.properties.location.precision, shift),
    keyboard: true,
    riseOnHover: true,
  });
  marker.on('click', () => host.activate(visit.id));
  marker.on('add', () => {
    const icon = marker.getElement();
    if (!icon) return;
    icon.setAttribute('aria-label', host.markerLabel(visit));
    icon.setAttribute('aria-pressed', String(host.selected === visit.id));
    icon.dataset.visitId = visit.id;
    if (shift) shifts.set(icon, shift);
    icon.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        e.stopPropagation();
        host.activate(visit.id);
      } else host.markerKey(e, icon);
    });
  });
  return marker;
}

/**
 * Each visit's pixel shift from its point (see `fanOut` in icons.ts): visits that share a point
 * exactly are spread around it, in date order; a visit alone has none.
 */
export function sharedPointShifts(
  visits: readonly VisitFeature[],
): Map<string, readonly [number, number]> {
  const byPoint = new Map<string, VisitFeature[]>();
  for (const visit of visits) {
    const key = visit.geometry.coordinates.join(',');
    const group = byPoint.get(key);
    if (group) group.push(visit);
    else byPoint.set(key, [visit]);
  }
  const shifts = new Map<string, readonly [number, number]>();
  for (const group of byPoint.values()) {
    if (group.length < 2) continue;
    const spread = fanOut(group.length);
    group.forEach((visit, i) => {
      shifts.set(visit.id, spread[i] ?? [0, 0]);
    });
  }
  return shifts;
}
