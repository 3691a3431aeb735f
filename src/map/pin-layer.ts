/**
 * One pin per visit: for datasets small enough that every visit can keep its own marker.
 * Visits that share a point are fanned out around it, so each can be reached.
 *
 * @module
 */
import type { Marker } from 'leaflet';
import type { VisitFeature } from '../model/schema.js';
import {
  sharedPointShifts,
  type VisitLayer,
  type VisitLayerHost,
  visitMarker,
} from './visit-layer.js';

export class PinLayer implements VisitLayer {
  private readonly markers = new Map<string, Marker>();
  private visits: readonly VisitFeature[] = [];

  constructor(private readonly host: VisitLayerHost) {}

  setVisits(visits: readonly VisitFeature[]): void {
    this.remove();
    this.visits = visits;
    const shifts = sharedPointShifts(visits);
    for (const visit of visits) {
      const marker = visitMarker(visit, this.host, shifts.get(visit.id));
      this.markers.set(visit.id, marker.addTo(this.host.map));
    }
  }

  element(id: string): HTMLElement | undefined {
    return this.markers.get(id)?.getElement();
  }

  drawn(): HTMLElement[] {
    return this.visits.flatMap((v) => this.element(v.id) ?? []);
  }

  reveal(): undefined {
    return undefined;
  }

  relabel(): void {
    for (const visit of this.visits)
      this.element(visit.id)?.setAttribute('aria-label', this.host.markerLabel(visit));
  }

  setPressed(id: string | null): void {
    for (const [mid, m] of this.markers)
      m.getElement()?.setAttribute('aria-pressed', String(mid === id));
  }

  whenDrawn(): Promise<void> {
    return Promise.resolve();
  }

  remove(): void {
    for (const m of this.markers.values()) m.remove();
    this.markers.clear();
  }
}
