import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type LoadResult,
  type Problem,
  parseVisits,
  parseVisitsInSlices,
} from '../../model/load.js';
import { dateOrder } from '../../model/order.js';
import { placeable } from '../../model/preview.js';
import type { VisitFeature } from '../../model/schema.js';
import { SummaryBuilder, type VisitSummary } from '../../model/summary.js';

/** How long a `src` request may take before it counts as failed, in milliseconds. */
export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Inputs with this many features or more are validated in slices that yield to the page, so a
 * large file never blocks it for long; smaller ones at once.
 */
export const SLICED_FROM = 1000;

/** How long validation of a large input waits for its preview to be drawn, at most (ms). */
const DRAW_FIRST_MS = 1000;

/**
 * `empty` before any input; `loading` while `src` is fetched or a large input is first read;
 * `checking` while a large input is validated (its placeable records are drawn: see
 * {@link VisitsController.preview}); `ready` once validated; `error` when nothing loaded.
 */
export type LoadStatus = 'empty' | 'loading' | 'checking' | 'ready' | 'error';

/** Records of a large input that can be placed on a map, drawn while it is validated. */
export interface Preview {
  /** In date order. Not validated: show their positions and counts, nothing else. */
  visits: VisitFeature[];
  /** Their coordinates (in the same order), provinces and extent. */
  summary: VisitSummary;
}

/** What the host hears from the controller. */
export interface VisitsControllerCallbacks {
  /** Valid visits arrived (perhaps with skipped records). */
  loaded(result: LoadResult): void;
  /**
   * A large input's placeable records, to draw while they are validated. Validation starts
   * once the promise returned, if any, settles (at most a second later), so that it does not
   * compete with drawing.
   */
  previewed?(preview: Preview): Promise<unknown> | undefined;
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
  /** The large input's placeable records while it is checked; `undefined` otherwise. */
  preview: Preview | undefined;
  /**
   * Whether `sorted` and `summary` are the last preview's, unchanged: every record was valid,
   * so what was drawn from the preview already shows them.
   */
  previewHeld = false;

  private controller: AbortController | undefined;
  /** A large input still being read or checked. */
  private unfinished: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: VisitsControllerCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.controller?.abort();
  }

  /** Moved in the document: a large input whose checking was stopped is checked again. */
  hostConnected(): void {
    if (this.unfinished !== undefined && this.controller?.signal.aborted) {
      this.accept(this.unfinished);
    }
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
      this.loadLarge(input, features, controller.signal).catch(() => undefined);
      return;
    }
    this.take(parseVisits(input));
  }

  /**
   * A large input: its placeable records first (drawn at once), then validation in slices.
   * When every record is valid, the order and summary of the preview are kept.
   */
  private async loadLarge(input: unknown, features: unknown[], signal: AbortSignal) {
    this.unfinished = input;
    const placed = await placeable(features, { signal });
    const order = dateOrder(placed.visits, placed.summary.days);
    if (placed.visits.length > 0) {
      this.preview = {
        visits: Array.from(order, (i) => placed.visits[i] as VisitFeature),
        summary: placed.summary.build(order),
      };
      this.set('checking');
      const drawn = this.callbacks.previewed?.(this.preview);
      if (drawn) await Promise.race([drawn, new Promise((r) => setTimeout(r, DRAW_FIRST_MS))]);
      signal.throwIfAborted();
    }
    const result = await parseVisitsInSlices(input, { signal });
    if (signal.aborted) return;
    const held = result.problems.length === 0 && result.visits.length === placed.visits.length;
    this.take(result, held ? this.preview : undefined);
  }

  private take(result: LoadResult, held?: Preview): void {
    this.preview = undefined;
    this.unfinished = undefined;
    if (result.visits.length === 0 && result.problems.length > 0) {
      this.fail(result.problems);
      return;
    }
    this.result = result;
    this.previewHeld = held !== undefined;
    if (held) {
      this.sorted = held.visits;
      this.summary = held.summary;
    } else {
      const summary = new SummaryBuilder();
      for (const visit of result.visits) summary.add(visit);
      const order = dateOrder(result.visits, summary.days);
      this.sorted = Array.from(order, (i) => result.visits[i] as VisitFeature);
      this.summary = summary.build(order);
    }
    this.failure = [];
    this.set('ready');
    this.callbacks.loaded(result);
  }

  private fail(problems: Problem[]): void {
    this.preview = undefined;
    this.unfinished = undefined;
    this.failure = problems;
    this.set('error');
    this.callbacks.failed(problems);
  }

  private set(status: LoadStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
