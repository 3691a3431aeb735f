/**
 * The clustering worker: holds a {@link ClusterIndex} and answers its methods by message, so
 * indexing many visits never blocks the page. A module worker file, emitted as its own script:
 * it needs no `blob:` URL and no `eval`, so it runs under a strict Content-Security-Policy.
 *
 * Messages in: `{ id, method, args }`; out: `{ id, result }` or `{ id, error }`.
 *
 * @module
 */
import { ClusterIndex } from './cluster-index.js';

type Method = 'load' | 'query' | 'expansionZoom' | 'standaloneZoom';

const index = new ClusterIndex();
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<{ id: number; method: Method; args: unknown[] }>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = ({ data: { id, method, args } }) => {
  try {
    const result = (index[method] as (...a: unknown[]) => unknown)(...args);
    scope.postMessage(
      { id, result },
      result instanceof Float64Array ? [result.buffer as ArrayBuffer] : [],
    );
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
