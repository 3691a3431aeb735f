/**
 * Fetching a visits file, with every way that can fail told in words: a bad address, not
 * found, a server error, the network down, too slow, too large, and what {@link readVisitsBytes}
 * finds in the bytes. Uses only `fetch`, so it runs in browsers and in Node.
 *
 * @module
 */

import { FETCH_TIMEOUT_MS, MAX_FILE_BYTES } from './limits.js';
import { type FileFailure, fileProblem, type Problem } from './problems.js';
import { type ReadResult, readVisitsBytes, tooLarge } from './read.js';

export { FETCH_TIMEOUT_MS };

/** How to fetch. */
export interface FetchVisitsOptions {
  /** Give up after this many milliseconds; default {@link FETCH_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Refuse a file larger than this, in bytes; default {@link MAX_FILE_BYTES}. */
  maxBytes?: number;
  /** Cancels the request; a cancelled request resolves to `{ ok: false, aborted: true }`. */
  signal?: AbortSignal;
  /** Base for a relative `src`, such as `document.baseURI`. */
  base?: string;
}

/** The parsed JSON, why there is none, or that the caller cancelled. */
export type FetchResult = ReadResult | { ok: false; aborted: true; problem?: undefined };

const shorten = (s: string) => (s.length > 100 ? `${s.slice(0, 99)}…` : s);

function httpProblem(status: number, src: string): Problem {
  const at = shorten(src);
  const received = `HTTP ${status}`;
  if (status === 404 || status === 410) {
    return fileProblem(
      'not-found',
      `The visits file was not found at ${at} (HTTP ${status}).`,
      'the visits file',
      received,
    );
  }
  const message =
    status >= 500
      ? `The server failed to send the visits file at ${at} (HTTP ${status}).`
      : `The server refused the visits file at ${at} (HTTP ${status}).`;
  return fileProblem('http-error', message, 'the visits file', received);
}

function failure(code: FileFailure, message: string, received: string): FetchResult {
  return { ok: false, problem: fileProblem(code, message, 'the visits file', received) };
}

/** Reads a body, stopping as soon as it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | Problem> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge(declared, maxBytes);
  }
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(total, maxBytes, true);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** `AbortSignal.timeout`, or the same built by hand where a browser lacks it. */
function timeoutSignal(ms: number): AbortSignal {
  if (typeof AbortSignal.timeout === 'function') return AbortSignal.timeout(ms);
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), ms);
  return controller.signal;
}

/** `AbortSignal.any`, or the same built by hand (Safari before 17.4 lacks it). */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

/**
 * Fetches and parses a visits file. Never rejects.
 *
 * @param src - URL of the file, absolute or relative to `options.base`; only `http:`,
 *   `https:` and `blob:` addresses are fetched.
 * @returns the parsed JSON (not yet validated: pass it to `parseVisits`), or a problem with
 *   `record: 'file'` and a `code`, or `aborted` when `options.signal` cancelled the request.
 */
export async function fetchVisits(
  src: string,
  options: FetchVisitsOptions = {},
): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let url: URL;
  try {
    url = new URL(src, options.base);
  } catch {
    url = new URL('invalid:');
  }
  if (!['http:', 'https:', 'blob:'].includes(url.protocol)) {
    return failure(
      'bad-address',
      `The visits file address ${JSON.stringify(shorten(src))} is not an http(s) address.`,
      JSON.stringify(shorten(src)),
    );
  }
  const timeout = timeoutSignal(timeoutMs);
  const signal = options.signal ? anySignal([options.signal, timeout]) : timeout;
  const whenFailed = (error: unknown): FetchResult => {
    if (options.signal?.aborted) return { ok: false, aborted: true };
    if (timeout.aborted) {
      const seconds = Math.round(timeoutMs / 100) / 10;
      return failure(
        'timeout',
        `The visits file at ${shorten(src)} did not arrive within ${seconds} seconds.`,
        `no answer after ${seconds} s`,
      );
    }
    const why = error instanceof Error ? error.message : String(error);
    return failure(
      'network',
      `The visits file at ${shorten(src)} could not be reached: the network may be down, or the server is not answering or does not let this page read it.`,
      why,
    );
  };
  try {
    const response = await fetch(url, { signal, credentials: 'same-origin' });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, problem: httpProblem(response.status, src) };
    }
    const body = await readBody(response, maxBytes);
    if (!(body instanceof Uint8Array)) return { ok: false, problem: body };
    return readVisitsBytes(body, maxBytes);
  } catch (error) {
    return whenFailed(error);
  }
}
