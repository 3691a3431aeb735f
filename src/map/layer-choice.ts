/**
 * Which layer draws the visits: a pin each below {@link CLUSTER_FROM} visits, else clusters
 * (their code loaded on first use, the index in a Web Worker from {@link WORKER_FROM} visits).
 *
 * @module
 */
import { CLUSTER_FROM, WORKER_FROM } from './cluster-protocol.js';
import { DeferredLayer } from './deferred-layer.js';
import { PinLayer } from './pin-layer.js';
import type { VisitLayer, VisitLayerHost } from './visit-layer.js';

/** A new layer for `count` visits; clusters from `clusterFrom` visits on. */
export function layerFor(
  count: number,
  host: VisitLayerHost,
  clusterFrom = CLUSTER_FROM,
): VisitLayer {
  return count >= clusterFrom
    ? new DeferredLayer(clusterLayer(host, count >= WORKER_FROM))
    : new PinLayer(host);
}

/** The cluster layer's code, and the index's too when it runs here: fetched side by side. */
async function clusterLayer(host: VisitLayerHost, worker: boolean): Promise<VisitLayer> {
  const [m] = await Promise.all([
    import('./cluster-layer.js'),
    worker ? undefined : import('./cluster-index.js'),
  ]);
  return new m.ClusterLayer(host, { worker });
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
  void import('./cluster-layer.js').then((m) => m.warmClusterSource());
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
