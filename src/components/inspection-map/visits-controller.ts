import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type LoadResult,
  type Problem,
  parseVisits,
  parseVisitsInSlices,
} from '../../model/load.js';
import { dateOrder } from '../../model/order.js';
import type { VisitFeature } from '../../model/schema.js';
import { SummaryBuilder, type VisitSummary } from '../../model/summary.js';

/** How long a `src` request may take before it counts as failed, in milliseconds. */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Inputs with this many features or more are validated in slices that yield to the page, so a
 * large file never blocks it for long; smaller ones at once.
 */
export const SLICED_FROM = 1000;

/** `empty` before any input; `loading` while `src` is fetched; `error` when nothing loaded. */
export type LoadStatus = 'empty' | 'loading' | 'ready' | 'error';

/** What the host hears from the controller. */
export interface VisitsControllerCallbacks {
  /** Valid visits arrived (perhaps with skipped records). */
  loaded(result: LoadResult): void;
  /** The input failed as a whole; `problems` say why. */
  failed(problems: Problem[]): void;
}

/**
 * Loads visits from a URL or an object, validates them and keeps the state the element renders:
 * pending, complete (with skipped records) or failed. A newer request cancels an older one.
 */
export class VisitsController implements ReactiveController {
  status: LoadStatus = 'empty';
  /** The last input that had visits to draw. */
  result: LoadResult | undefined;
  /** Why the last input failed as a whole; empty unless `status` is `error`. */
  failure: Problem[] = [];
  /** `result.visits` in date order. */
  sorted: VisitFeature[] = [];
  /** Coordinates (in date order), provinces and extent of `sorted`. */
  summary: VisitSummary | undefined;

  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: VisitsControllerCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Fetches `src` and loads it; a failure keeps what was loaded before. */
  async fetch(src: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.set('loading');
    try {
      const response = await fetch(src, {
        signal: AbortSignal.any([controller.signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]),
        credentials: 'same-origin',
      });
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${src}`);
      const json: unknown = await response.json();
      if (controller.signal.aborted) return;
      this.accept(json);
    } catch (error) {
      if (controller.signal.aborted) return;
      const cause = error instanceof Error ? error.message : String(error);
      this.fail([
        { record: 'file', path: '', expected: 'a visits file', received: cause, message: cause },
      ]);
    }
  }

  /** Validates a parsed visits file and takes its valid visits. */
  accept(input: unknown): void {
    this.controller?.abort();
    const features = (input as { features?: unknown } | null)?.features;
    if (Array.isArray(features) && features.length >= SLICED_FROM) {
      const controller = new AbortController();
      this.controller = controller;
      this.set('loading');
      // What the map needs of each visit is read while the visit is validated.
      const summary = new SummaryBuilder();
      parseVisitsInSlices(input, {
        signal: controller.signal,
        onVisit: (visit) => summary.add(visit),
      }).then(
        (result) => {
          if (!controller.signal.aborted) this.take(result, summary);
        },
        () => undefined,
      );
      return;
    }
    this.take(parseVisits(input));
  }

  private take(result: LoadResult, gathered?: SummaryBuilder): void {
    if (result.visits.length === 0 && result.problems.length > 0) {
      this.fail(result.problems);
      return;
    }
    this.result = result;
    let summary = gathered;
    // Visits dropped after validation (citing no known article) make it stale: gather again.
    if (!summary || summary.count !== result.visits.length) {
      summary = new SummaryBuilder();
      for (const visit of result.visits) summary.add(visit);
    }
    const order = dateOrder(result.visits, summary.days);
    this.sorted = Array.from(order, (i) => result.visits[i] as VisitFeature);
    this.summary = summary.build(order);
    this.failure = [];
    this.set('ready');
    this.callbacks.loaded(result);
  }

  private fail(problems: Problem[]): void {
    this.failure = problems;
    this.set('error');
    this.callbacks.failed(problems);
  }

  private set(status: LoadStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
