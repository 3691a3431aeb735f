/**
 * The editor's two module Web Workers, started under the page's Content-Security-Policy: the
 * draft engine (`draft-worker.ts`) and the existing visits file (`merge-worker.ts`). Each is a
 * script of its own (no `blob:` URL, no `eval`), allowed by `worker-src 'self'`; where Trusted
 * Types are enforced, its URL passes through the policy `inspection-map-editor`, which accepts
 * only these two scripts (`trusted-types inspection-map-editor`).
 *
 * @module
 */
import { type Remote, wrap } from 'comlink';
import draftScript from './draft-worker.ts?worker&url';
import mergeScript from './merge-worker.ts?worker&url';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

const SCRIPTS = { draft: draftScript, merge: mergeScript } as const;
const href = (script: string) => new URL(script, document.baseURI).href;
let policy: { createScriptURL(url: string): unknown } | undefined;

/** A worker script's URL, as a TrustedScriptURL where the page enforces Trusted Types. */
function trusted(url: string): string {
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy('inspection-map-editor', {
    createScriptURL: (u) => {
      if (!Object.values(SCRIPTS).some((s) => href(s) === u))
        throw new TypeError(`not an editor worker: ${u}`);
      return u;
    },
  });
  return policy.createScriptURL(url) as string;
}

/** A started worker and its API (comlink); `undefined` where the page refuses workers. */
export interface Started<T> {
  worker: Worker;
  api: Remote<T>;
}

/**
 * Starts one of the editor's workers.
 * @returns the worker and its API, or `undefined` when the page refuses it (then the caller
 *   runs the same code on the main thread). A refusal the policy reports only after the start
 *   comes as the worker's `error` event.
 */
export function startWorker<T>(which: keyof typeof SCRIPTS): Started<T> | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const worker = new Worker(trusted(href(SCRIPTS[which])), {
      type: 'module',
      name: `inspection-map-${which}`,
    });
    return { worker, api: wrap<T>(worker) };
  } catch {
    return undefined;
  }
}
