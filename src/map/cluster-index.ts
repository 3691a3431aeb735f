/**
 * The clustering index: `supercluster` over the visits' points, answered in a compact form that
 * crosses a worker boundary cheaply. No DOM and no Leaflet: it runs in a Web Worker
 * (`cluster-worker.ts`) or, where workers are not allowed, on the main thread.
 *
 * @module
 */
import Supercluster, { type PointFeature } from 'supercluster';
import { ITEM_STRIDE } from './cluster-protocol.js';

/**
 * Options of the index.
 * - `radius`: cluster radius in CSS pixels of the map (Leaflet's 256-pixel tiles); default 56.
 * - `minZoom`: the first zoom that has its own clusters (the map's least zoom); default 0.
 * - `maxZoom`: the last zoom that has clusters; above it every visit stands alone; default 11.
 */
export interface ClusterOptions {
  radius?: number;
  minZoom?: number;
  maxZoom?: number;
}

interface PointProps {
  /** The visit's rank in date order: its index in the array given to `load`. */
  r: number;
}
/**
 * What {@link ClusterIndex} reads of supercluster 9.1's own structures (pinned: a test checks
 * the result against `getLeaves`): one KDBush per zoom with its items in `data`, `stride`
 * numbers each, of which the fourth is the id (a point's index, or a cluster's id), the fifth
 * the id of the cluster it went into one zoom out (or -1), the sixth its number of points.
 */
interface SuperclusterInternals {
  trees: ({ data: Int32Array; numItems: number } | undefined)[];
  stride: number;
}
const OFFSET_ID = 3;
const OFFSET_PARENT = 4;
const OFFSET_NUM = 5;

/**
 * Points in, clusters out. Visits are known by their rank in date order, so an answer carries
 * numbers only: `[longitude, latitude, count, key, first]` per item, where `count` is 1 for a
 * single visit (then `key` and `first` are its rank) and the number of visits for a cluster
 * (then `key` is the cluster id and `first` the rank of its earliest visit).
 */
export class ClusterIndex {
  private index: Supercluster<PointProps> | undefined;
  /** The earliest visit's rank of each cluster, by cluster id. */
  private firsts = new Map<number, number>();
  private coords: Float64Array = new Float64Array(0);
  private maxZoom = 11;
  /** The cluster each point or cluster went into one zoom out, by id; built when first needed. */
  private parents: Map<number, number> | undefined;

  /**
   * Indexes the points.
   *
   * @param coords - `[longitude, latitude]` pairs, flattened, in date order.
   */
  load(coords: Float64Array, options: ClusterOptions = {}): number {
    this.coords = coords;
    this.maxZoom = options.maxZoom ?? 11;
    const n = coords.length / 2;
    const points = new Array<PointFeature<PointProps>>(n);
    for (let r = 0; r < n; r++) {
      points[r] = {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [coords[2 * r] ?? 0, coords[2 * r + 1] ?? 0] },
        properties: { r },
      };
    }
    // No map/reduce for the earliest rank: it would double the time to index.
    this.index = new Supercluster<PointProps>({
      radius: options.radius ?? 56,
      extent: 256,
      minZoom: options.minZoom ?? 0,
      maxZoom: this.maxZoom,
    }).load(points);
    this.firsts = earliestRanks(this.index as unknown as SuperclusterInternals);
    this.parents = undefined;
    return n;
  }

  /**
   * Clusters and single visits in a box at a zoom.
   *
   * @param bbox - `[west, south, east, north]` in degrees.
   * @param zoom - the map's zoom; rounded down.
   * @param pinned - the rank of a visit drawn on its own whatever the zoom (the selected one),
   *   or -1: the cluster that holds it counts one visit fewer, and a cluster left with one
   *   visit is answered as that visit, so that the counts on the map add up exactly.
   */
  query(bbox: [number, number, number, number], zoom: number, pinned = -1): Float64Array {
    const features = this.index?.getClusters(bbox, Math.floor(zoom)) ?? [];
    const holders = pinned >= 0 ? this.ancestors(pinned) : undefined;
    const out = new Float64Array(features.length * ITEM_STRIDE);
    features.forEach((f, i) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties;
      const o = i * ITEM_STRIDE;
      out[o] = lng;
      out[o + 1] = lat;
      if ('cluster' in p && p.cluster && holders?.has(p.cluster_id) && p.point_count === 2) {
        // The pinned visit and one other: the other, on its own.
        const other = this.index
          ?.getLeaves(p.cluster_id, 2)
          .find((leaf) => leaf.properties.r !== pinned);
        const r = other?.properties.r ?? pinned;
        out[o] = this.coords[2 * r] ?? lng;
        out[o + 1] = this.coords[2 * r + 1] ?? lat;
        out[o + 2] = 1;
        out[o + 3] = r;
        out[o + 4] = r;
      } else if ('cluster' in p && p.cluster) {
        out[o + 2] = p.point_count - (holders?.has(p.cluster_id) ? 1 : 0);
        out[o + 3] = p.cluster_id;
        out[o + 4] = this.firsts.get(p.cluster_id) ?? 0;
      } else {
        const r = (p as PointProps).r;
        out[o + 2] = 1;
        out[o + 3] = r;
        out[o + 4] = r;
      }
    });
    return out;
  }

  /** The ids of the clusters a visit goes into, zoom by zoom out. */
  private ancestors(rank: number): Set<number> {
    this.parents ??= parentIds(this.index as unknown as SuperclusterInternals);
    const chain = new Set<number>();
    for (let id = this.parents.get(rank); id !== undefined; id = this.parents.get(id)) {
      chain.add(id);
    }
    return chain;
  }

  /** The zoom at which a cluster splits into smaller clusters or single visits. */
  expansionZoom(clusterId: number): number {
    return this.index?.getClusterExpansionZoom(clusterId) ?? this.maxZoom + 1;
  }

  /**
   * The lowest zoom, from `fromZoom` on, at which the visit of rank `rank` is not inside a
   * cluster; `maxZoom + 1` at most, where no visit is.
   */
  standaloneZoom(rank: number, fromZoom: number): number {
    const lng = this.coords[2 * rank] ?? 0;
    const lat = this.coords[2 * rank + 1] ?? 0;
    // A box of about a metre: the index keeps projected coordinates in single precision.
    const e = 1e-5;
    for (let z = Math.max(0, Math.floor(fromZoom)); z <= this.maxZoom; z++) {
      const near = this.index?.getClusters([lng - e, lat - e, lng + e, lat + e], z) ?? [];
      if (near.some((f) => !('cluster' in f.properties) && f.properties.r === rank)) return z;
    }
    return this.maxZoom + 1;
  }
}

/**
 * The earliest rank in every cluster, from the hierarchy supercluster built: each item of a
 * zoom names the cluster it went into one zoom out, so one pass per zoom, from the points up,
 * carries the least rank to every cluster. Points were loaded in rank order, so a point's id
 * is its rank.
 */
function earliestRanks(index: SuperclusterInternals): Map<number, number> {
  const firsts = new Map<number, number>();
  const { trees, stride } = index;
  let last: Int32Array | undefined;
  for (let z = trees.length - 1; z >= 0; z--) {
    const tree = trees[z];
    // A zoom where nothing clustered shares the tree of the zoom above: seen already.
    if (!tree || tree.data === last) continue;
    last = tree.data;
    const { data, numItems } = tree;
    for (let k = 0; k < numItems * stride; k += stride) {
      const parent = data[k + OFFSET_PARENT] as number;
      if (parent === -1) continue;
      const id = data[k + OFFSET_ID] as number;
      const first = data[k + OFFSET_NUM] === 1 ? id : (firsts.get(id) as number);
      const known = firsts.get(parent);
      if (known === undefined || first < known) firsts.set(parent, first);
    }
  }
  return firsts;
}

/** The cluster each point or cluster went into one zoom out, by id, from every zoom's tree. */
function parentIds(index: SuperclusterInternals): Map<number, number> {
  const parents = new Map<number, number>();
  const { trees, stride } = index;
  for (const tree of trees) {
    if (!tree) continue;
    const { data, numItems } = tree;
    for (let k = 0; k < numItems * stride; k += stride) {
      const parent = data[k + OFFSET_PARENT] as number;
      if (parent !== -1) parents.set(data[k + OFFSET_ID] as number, parent);
    }
  }
  return parents;
}
