/**
 * Which layer draws the visits: a pin each below {@link CLUSTER_FROM} visits, else clusters
 * (their code loaded on first use, the index in a Web Worker from {@link WORKER_FROM} visits).
 *
 * @module
 */
import type { ClusterIndex } from './cluster-index.js';
import type { ClusterLayer } from './cluster-layer.js';
import { CLUSTER_FROM, WORKER_FROM } from './cluster-protocol.js';
import { DeferredLayer } from './deferred-layer.js';
import { PinLayer } from './pin-layer.js';
import type { VisitLayer, VisitLayerHost } from './visit-layer.js';

/** The clustering code, once loaded: later maps make their layer at once. */
const loaded: { layer?: typeof ClusterLayer; index?: typeof ClusterIndex } = {};

/**
 * Loads the cluster layer's code, and the index's too when it is to run on the main thread
 * (`withIndex`), side by side. Once they are loaded, {@link layerFor} makes a cluster layer
 * without waiting: its first markers can be drawn in the same task, before the next frame.
 */
export async function loadClusterCode(withIndex: boolean): Promise<void> {
  const [layer, index] = await Promise.all([
    import('./cluster-layer.js'),
    withIndex ? import('./cluster-index.js') : undefined,
  ]);
  loaded.layer = layer.ClusterLayer;
  if (index) loaded.index = index.ClusterIndex;
}

/** A new layer for `count` visits; clusters from `clusterFrom` visits on. */
export function layerFor(
  count: number,
  host: VisitLayerHost,
  clusterFrom = CLUSTER_FROM,
): VisitLayer {
  if (count < clusterFrom) return new PinLayer(host);
  const worker = count >= WORKER_FROM;
  const make = () =>
    new (loaded.layer as typeof ClusterLayer)(host, { worker, index: loaded.index });
  if (loaded.layer && (worker || loaded.index)) return new DeferredLayer(make());
  return new DeferredLayer(loadClusterCode(!worker).then(make));
}

/**
 * Takes the old layer off once the new one is drawn: clusters replacing clusters stay until
 * the new ones are drawn (indexing takes a moment, at most 2 s), so the map does not go blank
 * in between; any other layer goes at once.
 */
export function replaceLayer(old: VisitLayer | undefined, next: VisitLayer): void {
  if (old instanceof DeferredLayer && next instanceof DeferredLayer) {
    void Promise.race([next.whenDrawn(), new Promise((r) => setTimeout(r, 2000))]).then(() =>
      old.remove(),
    );
  } else old?.remove();
}

/** Loads the clustering code and starts its worker ahead of many visits. */
export function prepareForMany(): void {
  void import('./cluster-layer.js').then((m) => {
    loaded.layer = m.ClusterLayer;
    m.warmClusterSource();
  });
}

/**
 * How a layer draws: `pins`, `clusters (worker)` or `clusters (main thread)` (`clusters
 * (loading)` while the clustering code loads).
 */
export function drawingOf(layer: VisitLayer | undefined): string {
  if (!(layer instanceof DeferredLayer)) return 'pins';
  const where = (layer.current as { where?: string } | undefined)?.where;
  return `clusters (${where ?? 'loading'})`;
}
