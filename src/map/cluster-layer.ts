/**
 * Many visits: clustered by `supercluster`, in a Web Worker for large sets (see
 * `cluster-source.ts`), and drawn as a light layer that holds only the markers in view. A marker that stays in view from
 * one answer to the next is kept, not rebuilt, so focus and hover survive panning.
 *
 * A cluster is a named button ("12 visits"); activating it zooms to where it splits. The
 * selected visit always has its own marker, even where it would be inside a cluster.
 *
 * @module
 */
import { DivIcon, type LatLngTuple, Marker } from 'leaflet';
import type { VisitFeature } from '../model/schema.js';
import type { ClusterIndex } from './cluster-index.js';
import { ITEM_STRIDE } from './cluster-protocol.js';
import { type ClusterSource, clusterSource } from './cluster-source.js';

export { warmClusterSource } from './cluster-source.js';

import {
  sharedPointShifts,
  toLatLng,
  type VisitLayer,
  type VisitLayerHost,
  visitMarker,
} from './visit-layer.js';

/** Options of the cluster layer. */
export interface ClusterLayerOptions {
  /** Cluster radius in CSS pixels; default 56. */
  radius?: number;
  /** Index in a Web Worker (default) or, with `false`, on the main thread. */
  worker?: boolean;
  /**
   * The index's class, when its code is loaded already: on the main thread, the index is then
   * built at once (else its code is loaded first).
   */
  index?: typeof ClusterIndex;
}

interface Drawn {
  marker: Marker;
  /** Rank of the earliest visit the marker holds. */
  first: number;
  /** A visit's pin: where it stands from its point, when visits there share it. */
  shift?: string;
}

/** Fraction of the view added on every side, so a short pan shows markers at once. */
const PAD = 0.25;
/**
 * At the highest zoom, how far out of the view a point's fanned-out pins are looked for, in
 * CSS pixels: as far as the 12,000th pin of a point stands from it (see `fanOut` in icons.ts).
 */
const FAN_REACH = 4000;

function clusterIcon(count: number, text: string): DivIcon {
  const size = count < 10 ? 34 : count < 100 ? 40 : count < 1000 ? 46 : 54;
  const label = document.createElement('span');
  label.className = 'im-cluster-count';
  label.textContent = text;
  label.ariaHidden = 'true';
  return new DivIcon({
    html: label,
    className: 'im-cluster',
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

export class ClusterLayer implements VisitLayer {
  private readonly source: ClusterSource;
  private visits: VisitFeature[] = [];
  private ranks: Map<string, number> | undefined;
  private readonly drawnByKey = new Map<string, Drawn>();
  private pinned: number | null = null;
  private ready: Promise<unknown> = Promise.resolve();
  private request = 0;
  private waiters: (() => void)[] = [];
  private drawnOnce: Promise<void> = Promise.resolve();
  /** After the next draw, focus the marker holding this rank (keyboard expansion). */
  private focusRank: number | null = null;
  private removed = false;

  constructor(
    private readonly host: VisitLayerHost,
    private readonly options: ClusterLayerOptions = {},
  ) {
    this.source = clusterSource({ worker: options.worker ?? true, index: options.index });
    host.map.on('moveend', this.refresh, this);
  }

  /** Where the index runs: `worker` or `main thread`. */
  get where(): string {
    return this.source.where;
  }

  setVisits(visits: readonly VisitFeature[], coords: Float64Array): void {
    this.visits = [...visits];
    this.ranks = undefined;
    const selected = this.host.selected;
    this.pinned = selected === null ? null : (this.rank(selected) ?? null);
    const map = this.host.map;
    const maxZoom = Math.max(0, Math.floor(map.getMaxZoom()) - 1);
    const minZoom = Math.min(maxZoom, Math.max(0, Math.floor(map.getMinZoom())));
    this.drawnOnce = this.nextDraw();
    this.ready = this.source.load(coords, { radius: this.options.radius ?? 56, minZoom, maxZoom });
    void this.refresh();
  }

  element(id: string): HTMLElement | undefined {
    const rank = this.rank(id);
    return rank === undefined ? undefined : this.drawnByKey.get(`v${rank}`)?.marker.getElement();
  }

  drawn(): HTMLElement[] {
    return [...this.drawnByKey.values()]
      .sort((a, b) => a.first - b.first)
      .flatMap((d) => d.marker.getElement() ?? []);
  }

  async reveal(id: string): Promise<void> {
    const rank = this.rank(id);
    const visit = rank === undefined ? undefined : this.visits[rank];
    if (rank === undefined || !visit) throw new Error(`no visit ${id}`);
    this.pinned = rank;
    await this.ready;
    const map = this.host.map;
    const zoom = await this.source.standaloneZoom(rank, map.getZoom());
    if (this.removed) return;
    const drawn = this.nextDraw();
    if (zoom > map.getZoom()) {
      map.setView(toLatLng(visit.geometry.coordinates), Math.min(zoom, map.getMaxZoom()), {
        animate: false,
      });
    } else void this.refresh();
    await drawn;
  }

  relabel(): void {
    for (const [key, d] of this.drawnByKey) {
      const el = d.marker.getElement();
      const visit = this.visits[d.first];
      if (!el || !visit) continue;
      el.setAttribute(
        'aria-label',
        key.startsWith('v')
          ? this.host.markerLabel(visit)
          : this.host.clusterLabel(Number(el.dataset.cluster)),
      );
    }
  }

  setPressed(id: string | null): void {
    const rank = id === null ? null : (this.rank(id) ?? null);
    const changed = rank !== this.pinned;
    this.pinned = rank;
    for (const [key, d] of this.drawnByKey) {
      if (key.startsWith('v'))
        d.marker.getElement()?.setAttribute('aria-pressed', String(d.first === rank));
    }
    if (changed) void this.refresh();
  }

  whenDrawn(): Promise<void> {
    return this.drawnOnce;
  }

  remove(): void {
    this.removed = true;
    for (const resolve of this.waiters.splice(0)) resolve();
    this.host.map.off('moveend', this.refresh, this);
    for (const d of this.drawnByKey.values()) d.marker.remove();
    this.drawnByKey.clear();
    this.source.destroy();
  }

  private rank(id: string): number | undefined {
    this.ranks ??= new Map(this.visits.map((v, r) => [v.id, r]));
    return this.ranks.get(id);
  }

  private nextDraw(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private async refresh(): Promise<void> {
    const request = ++this.request;
    await this.ready;
    // Removed while the index was being built (the element left the page): no map to ask.
    if (this.removed) return;
    const map = this.host.map;
    // Above the index's last zoom, visits at one point are fanned out around it: the query
    // reaches FAN_REACH pixels out, where the pins of a point there can stand in view.
    const size = map.getSize();
    const b = map
      .getBounds()
      .pad(map.getZoom() < map.getMaxZoom() ? PAD : FAN_REACH / Math.min(size.x, size.y));
    const bbox: [number, number, number, number] = [
      Math.max(-180, b.getWest()),
      Math.max(-85, b.getSouth()),
      Math.min(180, b.getEast()),
      Math.min(85, b.getNorth()),
    ];
    const items = await this.source.query(bbox, map.getZoom(), this.pinned ?? -1);
    if (request !== this.request || this.removed) return;
    this.draw(items);
  }

  private draw(items: Float64Array): void {
    const keep = new Set<string>();
    const singles: number[] = [];
    for (let o = 0; o < items.length; o += ITEM_STRIDE) {
      const count = items[o + 2] ?? 1;
      const key = items[o + 3] ?? 0;
      const first = items[o + 4] ?? 0;
      if (count === 1) {
        keep.add(`v${key}`);
        singles.push(key);
      } else {
        const k = `c${key}`;
        keep.add(k);
        if (!this.drawnByKey.has(k)) {
          const at: LatLngTuple = [items[o + 1] ?? 0, items[o] ?? 0];
          this.drawnByKey.set(k, { marker: this.clusterMarker(at, count, key, first), first });
        }
      }
    }
    if (this.pinned !== null && !keep.has(`v${this.pinned}`)) {
      keep.add(`v${this.pinned}`);
      singles.push(this.pinned);
    }
    // Visits drawn on their own at one point (above the index's last zoom, visits at the same
    // place stay together): fanned out around it, so that each can be reached.
    // Only the pins in view (or a pin's width around) are drawn: hundreds at one point spread
    // far past it.
    const visits = singles.flatMap((rank) => this.visits[rank] ?? []);
    const shifts = sharedPointShifts(visits);
    const map = this.host.map;
    const size = map.getSize();
    for (const rank of singles) {
      const visit = this.visits[rank];
      const [dx, dy] = shifts.get(visit?.id ?? '') ?? [0, 0];
      const at = visit && map.latLngToContainerPoint(toLatLng(visit.geometry.coordinates));
      const x = (at?.x ?? 0) + dx;
      const y = (at?.y ?? 0) + dy;
      if (rank === this.pinned || (x > -45 && x < size.x + 45 && y > -30 && y < size.y + 70))
        this.ensureVisit(rank, shifts.get(visit?.id ?? ''));
      else keep.delete(`v${rank}`);
    }
    const active = (this.host.map.getContainer().getRootNode() as Document | ShadowRoot)
      .activeElement;
    let lostFocus: number | null = null;
    for (const [key, d] of this.drawnByKey) {
      if (keep.has(key)) continue;
      if (active && d.marker.getElement() === active) lostFocus = d.first;
      d.marker.remove();
      this.drawnByKey.delete(key);
    }
    this.keepTabOrder(active);
    const focusRank = this.focusRank ?? lostFocus;
    this.focusRank = null;
    if (focusRank !== null) this.focusHolder(focusRank);
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /**
   * Puts the markers in the document in date order of their earliest visit, so Tab follows
   * the same order as the arrow keys (Leaflet sets each marker's stacking itself).
   */
  private keepTabOrder(active: Element | null): void {
    const ordered = this.drawn();
    const pane = ordered[0]?.parentElement;
    if (!pane) return;
    const inPane = [...pane.children].filter((el) => ordered.includes(el as HTMLElement));
    if (inPane.every((el, i) => el === ordered[i])) return;
    for (const el of ordered) pane.append(el);
    if (active instanceof HTMLElement && ordered.includes(active))
      active.focus({ preventScroll: true });
  }

  /** Focuses the drawn marker that holds the visit of this rank, else the nearest earlier. */
  private focusHolder(rank: number): void {
    const drawn = [...this.drawnByKey.values()].sort((a, b) => a.first - b.first);
    const holder = drawn.filter((d) => d.first <= rank).pop() ?? drawn[0];
    holder?.marker.getElement()?.focus({ preventScroll: true });
  }

  private ensureVisit(rank: number, shift?: readonly [number, number]): void {
    const key = `v${rank}`;
    const shiftKey = shift ? shift.join(',') : undefined;
    const drawn = this.drawnByKey.get(key);
    if (drawn && drawn.shift === shiftKey) return;
    drawn?.marker.remove();
    const visit = this.visits[rank];
    if (!visit) return;
    const marker = visitMarker(visit, this.host, shift).addTo(this.host.map);
    this.drawnByKey.set(key, { marker, first: rank, shift: shiftKey });
  }

  private clusterMarker(at: LatLngTuple, count: number, id: number, first: number): Marker {
    const marker = new Marker(at, {
      icon: clusterIcon(count, this.host.clusterCount(count)),
      keyboard: true,
      riseOnHover: true,
    });
    marker.on('click', () => void this.expand(at, id, first, false));
    marker.on('add', () => {
      const el = marker.getElement();
      if (!el) return;
      el.setAttribute('aria-label', this.host.clusterLabel(count));
      el.dataset.cluster = String(count);
      // The earliest visit it holds: its place in the arrow-key order.
      el.dataset.firstVisit = this.visits[first]?.id ?? '';
      el.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          e.stopPropagation();
          void this.expand(at, id, first, true);
        } else this.host.markerKey(e, el);
      });
    });
    return marker.addTo(this.host.map);
  }

  /** Zooms to where a cluster splits; from the keyboard, focus moves to its earliest visit. */
  private async expand(at: LatLngTuple, id: number, first: number, keyboard: boolean) {
    const zoom = await this.source.expansionZoom(id);
    if (this.removed) return;
    const map = this.host.map;
    if (keyboard) this.focusRank = first;
    map.setView(at, Math.min(Math.max(zoom, map.getZoom() + 1), map.getMaxZoom()), {
      animate: !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
    });
  }
}
