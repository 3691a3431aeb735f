/**
 * Where the clustering index runs: in a module Web Worker when the page allows one, else on the
 * main thread. Both answer the same promise-based interface.
 *
 * Under a Content-Security-Policy that enforces Trusted Types, the worker's URL passes through
 * a policy named `inspection-map-worker` that only accepts the one script this module ships;
 * allow it with `trusted-types inspection-map-worker` and `worker-src 'self'`. Where the policy
 * or the worker is refused, the index runs on the main thread instead.
 *
 * @module
 */
import { yieldToEventLoop } from '../model/tasks.js';
import type { ClusterIndex, ClusterOptions } from './cluster-index.js';
import workerScript from './cluster-worker.ts?worker&url';

/** The index's methods, answered asynchronously. */
export interface ClusterSource {
  load(coords: Float64Array, options: ClusterOptions): Promise<number>;
  query(
    bbox: [number, number, number, number],
    zoom: number,
    pinned?: number,
  ): Promise<Float64Array>;
  expansionZoom(clusterId: number): Promise<number>;
  standaloneZoom(rank: number, fromZoom: number): Promise<number>;
  /** Ends the worker; pending answers never come. */
  destroy(): void;
  /** `worker` or `main thread`: where the index runs. */
  readonly where: string;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

let policy: { createScriptURL(url: string): unknown } | undefined;

/** The worker's script URL, as a TrustedScriptURL where the page enforces Trusted Types. */
function trustedWorkerUrl(href: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return href;
  policy ??= tt.createPolicy('inspection-map-worker', {
    createScriptURL: (u) => {
      if (u !== href) throw new TypeError(`not the clustering worker: ${u}`);
      return u;
    },
  });
  return policy.createScriptURL(href);
}

/**
 * The index in a worker. Should the worker fail to start (a `worker-src` that refuses it fires
 * `error` after construction), every call, pending or later, goes to the main thread instead,
 * after the last `load` is replayed there.
 */
class WorkerSource implements ClusterSource {
  private next = 0;
  private readonly pending = new Map<number, Pending & { method: string; args: unknown[] }>();
  private fallback: MainThreadSource | undefined;
  private lastLoad: [Float64Array, ClusterOptions] | undefined;

  constructor(private readonly worker: Worker) {
    worker.onmessage = ({ data }: MessageEvent<{ id: number; result?: never; error?: string }>) => {
      const p = this.pending.get(data.id);
      this.pending.delete(data.id);
      if (data.error !== undefined) p?.reject(new Error(data.error));
      else p?.resolve(data.result as never);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.useMainThread();
    };
  }

  get where(): string {
    return this.fallback ? this.fallback.where : 'worker';
  }

  private useMainThread(): void {
    if (this.fallback) return;
    this.worker.terminate();
    const fallback = new MainThreadSource();
    this.fallback = fallback;
    if (this.lastLoad) void fallback.load(...this.lastLoad);
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      this.viaFallback<unknown>(p.method, p.args).then(p.resolve, p.reject);
    }
  }

  private viaFallback<T>(method: string, args: unknown[]): Promise<T> {
    const f = this.fallback as MainThreadSource;
    return (f[method as keyof ClusterSource] as (...a: unknown[]) => Promise<T>).apply(f, args);
  }

  private call<T>(method: string, args: unknown[]): Promise<T> {
    if (this.fallback) return this.viaFallback(method, args);
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method, args });
      this.worker.postMessage({ id, method, args });
    });
  }

  load(coords: Float64Array, options: ClusterOptions) {
    this.lastLoad = [coords, options];
    return this.call<number>('load', [coords, options]);
  }
  query(bbox: [number, number, number, number], zoom: number, pinned = -1) {
    return this.call<Float64Array>('query', [bbox, zoom, pinned]);
  }
  expansionZoom(clusterId: number) {
    return this.call<number>('expansionZoom', [clusterId]);
  }
  standaloneZoom(rank: number, fromZoom: number) {
    return this.call<number>('standaloneZoom', [rank, fromZoom]);
  }
  destroy(): void {
    this.worker.terminate();
    this.pending.clear();
  }
}

/**
 * Indexing that took longer than this (ms) ends its task: the markers are drawn in the next.
 * Quicker indexing (a thousand visits take a few milliseconds) is followed by the markers at
 * once, so that the frame that follows shows them.
 */
const INDEX_TASK_MS = 16;

class MainThreadSource implements ClusterSource {
  readonly where = 'main thread';
  private index: Promise<ClusterIndex>;
  /** @param loaded - the index's class, when its code is loaded already. */
  constructor(loaded?: typeof ClusterIndex) {
    this.index = loaded
      ? Promise.resolve(new loaded())
      : import('./cluster-index.js').then((m) => new m.ClusterIndex());
  }
  async load(coords: Float64Array, options: ClusterOptions) {
    const index = await this.index;
    const started = performance.now();
    const n = index.load(coords, options);
    if (performance.now() - started > INDEX_TASK_MS) await yieldToEventLoop();
    return n;
  }
  async query(bbox: [number, number, number, number], zoom: number, pinned = -1) {
    return (await this.index).query(bbox, zoom, pinned);
  }
  async expansionZoom(clusterId: number) {
    return (await this.index).expansionZoom(clusterId);
  }
  async standaloneZoom(rank: number, fromZoom: number) {
    return (await this.index).standaloneZoom(rank, fromZoom);
  }
  destroy(): void {}
}

/** A worker started ahead of need by {@link warmClusterSource}, taken by the next map. */
let spare: ClusterSource | undefined;

/**
 * Starts a clustering worker now, so that it is ready when a map with many visits asks for one
 * (starting a worker takes tens of milliseconds).
 */
export function warmClusterSource(): void {
  spare ??= clusterSource();
}

/**
 * A clustering index in a Web Worker, or on the main thread when the page refuses the worker.
 *
 * @param options.worker - `false` to stay on the main thread (default `true`).
 * @param options.index - the index's class, when its code is loaded already (on the main
 *   thread, the index is then built without waiting for it).
 */
export function clusterSource(
  options: { worker?: boolean; index?: typeof ClusterIndex } = {},
): ClusterSource {
  if (options.worker !== false && spare) {
    const ready = spare;
    spare = undefined;
    return ready;
  }
  if (options.worker !== false && typeof Worker !== 'undefined') {
    try {
      const href = new URL(workerScript, document.baseURI).href;
      const worker = new Worker(trustedWorkerUrl(href) as string, {
        type: 'module',
        name: 'inspection-map-clusters',
      });
      return new WorkerSource(worker);
    } catch {
      // Refused by the page's policy: index on the main thread.
    }
  }
  return new MainThreadSource(options.index);
}
