import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FETCH_TIMEOUT_MS, fetchVisits } from '../../model/fetch-visits.js';
import { type LoadResult, type Problem, parseVisits } from '../../model/load.js';
import type { Province } from '../../model/provinces.js';
import { MAX_FILE_BYTES } from '../../model/read.js';
import type { VisitFeature } from '../../model/schema.js';

export { FETCH_TIMEOUT_MS, MAX_FILE_BYTES };

/**
 * `empty` before any input; `loading` while `src` is fetched; `ready` when there are visits to
 * show (perhaps kept from an earlier input, see {@link VisitsController.stale}); `error` when an
 * input failed and there is nothing earlier to keep.
 */
export type LoadStatus = 'empty' | 'loading' | 'ready' | 'error';

/** What the host hears from the controller, and what it tells it. */
export interface VisitsControllerOptions {
  /** Valid visits arrived (perhaps with skipped records). */
  loaded(result: LoadResult): void;
  /** The input failed as a whole; `problems` say why. Earlier visits, if any, are kept. */
  failed(problems: Problem[]): void;
  /** The base map's provinces, to check each point against its province. */
  provinces(): readonly Province[];
  /** Request limits: timeout in milliseconds, size in bytes. */
  limits(): { timeoutMs: number; maxBytes: number };
}

/**
 * Loads visits from a URL or an object, validates them and keeps the state the element renders.
 * A newer request cancels an older one. An input that fails keeps the last good visits.
 */
export class VisitsController implements ReactiveController {
  status: LoadStatus = 'empty';
  /** The last input that had visits to draw. */
  result: LoadResult | undefined;
  /** Why the last input failed as a whole; empty after an input that loaded. */
  failure: Problem[] = [];
  /** `result.visits` in date order. */
  sorted: VisitFeature[] = [];

  private controller: AbortController | undefined;
  /** The `src` of the request in flight; asked again when a disconnection cancelled it. */
  private pending: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: VisitsControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Removed while loading (or moved, which removes and inserts): the request was cancelled.
    if (this.status === 'loading' && this.pending !== undefined && !this.controller) {
      void this.fetch(this.pending);
    }
  }

  /** The last input failed, and the visits shown are those of an earlier one. */
  get stale(): boolean {
    return this.failure.length > 0 && this.result !== undefined;
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
  }

  /** Fetches `src` and loads it; a failure keeps what was loaded before. Never rejects. */
  async fetch(src: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.pending = src;
    this.set('loading');
    const outcome = await fetchVisits(src, {
      ...this.options.limits(),
      signal: controller.signal,
      base: globalThis.document?.baseURI,
    });
    if (controller.signal.aborted || this.controller !== controller) return;
    this.controller = undefined;
    this.pending = undefined;
    if (outcome.ok) this.accept(outcome.json);
    else if (outcome.problem) this.fail([outcome.problem]);
  }

  /** Validates a parsed visits file and takes its valid visits. */
  accept(input: unknown): void {
    this.controller?.abort();
    this.controller = undefined;
    this.pending = undefined;
    const result = parseVisits(input, { provinces: this.options.provinces() });
    if (result.visits.length === 0 && result.problems.length > 0) {
      this.fail(result.problems);
      return;
    }
    this.result = result;
    this.sorted = [...result.visits].sort((a, b) =>
      a.properties.visit.date.localeCompare(b.properties.visit.date),
    );
    this.failure = [];
    this.set('ready');
    this.options.loaded(result);
  }

  private fail(problems: Problem[]): void {
    this.failure = problems;
    this.set(this.result ? 'ready' : 'error');
    this.options.failed(problems);
  }

  private set(status: LoadStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
