/**
 * The shape of the clustering index's answers, shared by the worker and the map without
 * pulling the index itself into the map's bundle.
 *
 * @module
 */

/**
 * Numbers per item in an answer to a query: `[longitude, latitude, count, key, first]`. A single
 * visit has `count` 1 and its rank in date order as `key` and `first`; a cluster has its number
 * of visits, its cluster id, and the rank of its earliest visit.
 */
export const ITEM_STRIDE = 5;

/** Visits from which a map clusters them, by default: below it, each keeps its own pin. */
export const CLUSTER_FROM = 100;

/**
 * Visits from which the clustering index runs in a Web Worker. Below it, indexing takes a few
 * milliseconds on the main thread, less than starting a worker.
 */
export const WORKER_FROM = 2000;
