import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FETCH_TIMEOUT_MS, MAX_FILE_BYTES } from '../../model/limits.js';
import type { LoadResult, Problem, Visits } from '../../model/load.js';
import { dateOrder } from '../../model/order.js';
import { AT_ONCE, type Placeable, placeable, readPlaceable } from '../../model/preview.js';
import { fileProblem } from '../../model/problem.js';
import type { Province } from '../../model/provinces.js';
import type { VisitFeature } from '../../model/schema.js';
import { SummaryBuilder, type VisitSummary } from '../../model/summary.js';
import { yieldToEventLoop } from '../../model/tasks.js';

export { FETCH_TIMEOUT_MS, MAX_FILE_BYTES };

/** The code that fetches or checks visits could not be loaded. */
const CODE_UNAVAILABLE = () =>
  fileProblem(
    'network',
    'The code that reads visits files could not be loaded (is the network down?).',
    'the visits file',
    'no response',
  );

/**
 * Inputs already checked, with the outcome of their check: the page's own visits, checked when
 * the page was built, are taken as they are, and the page never loads the checking code.
 */
const CHECKED = new WeakMap<object, LoadResult>();

/**
 * A visits FeatureCollection made of visits already checked (every record valid), which the
 * element takes without checking again. For the project's page, whose build checks its
 * dataset (and stops on any problem); not part of the element's API.
 */
export function checkedInput(visits: Visits): object {
  const { articles, statistics, quotes } = visits;
  const input = {
    type: 'FeatureCollection',
    features: visits.visits,
    articles,
    statistics,
    quotes,
  };
  CHECKED.set(input, {
    ...visits,
    problems: [],
    counts: {
      visits: visits.visits.length,
      statistics: statistics.length,
      articles: articles.length,
      quotes: quotes.length,
    },
  });
  return input;
}

/** The checking code (schema, valibot, the province check), loaded with the first input. */
const checking = () => import('../../model/load.js');

/**
 * Inputs with this many features or more are drawn from their placeable records first and
 * validated in slices that yield to the page, so no file blocks it for long (checking 100
 * visits at once takes some 25 ms here, a phone four times that); smaller ones at once. The
 * same count from which visits cluster.
 */
export const SLICED_FROM = 100;

/** How long validation of a large input waits for its preview to be drawn, at most (ms). */
const DRAW_FIRST_MS = 1000;

/**
 * `empty` before any input; `loading` while `src` is fetched or a large input is first read;
 * `checking` while a large input is validated (its placeable records are drawn: see
 * {@link VisitsController.preview}); `ready` when there are visits to show (perhaps kept from an
 * earlier input, see {@link VisitsController.stale}); `error` when an input failed and there is
 * nothing earlier to keep.
 */
export type LoadStatus = 'empty' | 'loading' | 'checking' | 'ready' | 'error';

/** Records of a large input that can be placed on a map, drawn while it is validated. */
export interface Preview {
  /** In date order. Not validated: show their positions and counts, nothing else. */
  visits: VisitFeature[];
  /** Their coordinates (in the same order), provinces and extent. */
  summary: VisitSummary;
}

/** What the host hears from the controller, and what it tells it. */
export interface VisitsControllerOptions {
  /** Valid visits arrived (perhaps with skipped records). */
  loaded(result: LoadResult): void;
  /**
   * A large input's placeable records, to draw while they are validated. Validation starts
   * once the promise returned, if any, settles (at most a second later), so that it does not
   * compete with drawing.
   */
  previewed?(preview: Preview): Promise<unknown> | undefined;
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
  /** The `src` of the request in flight; asked again when a disconnection cancelled it. */
  private pending: string | undefined;
  /** A large input still being read or checked; checked again when a disconnection stopped it. */
  private unfinished: unknown;

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
    } else if (this.unfinished !== undefined && !this.controller) {
      this.accept(this.unfinished);
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
    // The fetching code loads with the first `src`: a page that gives `data` never needs it.
    const outcome = await import('../../model/fetch-visits.js').then(
      ({ fetchVisits }) =>
        fetchVisits(src, {
          ...this.options.limits(),
          signal: controller.signal,
          base: globalThis.document?.baseURI,
        }),
      () => ({ ok: false as const, problem: CODE_UNAVAILABLE() }),
    );
    if (controller.signal.aborted || this.controller !== controller) return;
    this.controller = undefined;
    this.pending = undefined;
    if (outcome.ok) this.accept(outcome.json);
    else if (outcome.problem) this.fail([outcome.problem]);
  }

  /**
   * Validates a parsed visits file and takes its valid visits: at once, or for a large file
   * (from {@link SLICED_FROM} features) its placeable records first and validation in slices.
   */
  accept(input: unknown): void {
    this.controller?.abort();
    this.controller = undefined;
    this.pending = undefined;
    const checked = typeof input === 'object' && input !== null && CHECKED.get(input);
    if (checked) {
      this.take(checked);
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.unfinished = input;
    const features = (input as { features?: unknown } | null)?.features;
    const large = Array.isArray(features) && features.length >= SLICED_FROM;
    // Up to AT_ONCE records are read here, at once: with any to draw, the status goes straight
    // to `checking` in the render under way, not through a render of `loading` first.
    const read = large && features.length <= AT_ONCE ? readPlaceable(features) : undefined;
    if (!read?.visits.length) this.set('loading');
    const done = large
      ? this.loadLarge(input, features, controller.signal, read)
      : this.loadSmall(input, controller.signal);
    done.catch(() => {
      if (controller.signal.aborted || this.controller !== controller) return;
      this.controller = undefined;
      this.fail([CODE_UNAVAILABLE()]);
    });
  }

  /** A small input: checked at once, once the checking code is here. */
  private async loadSmall(input: unknown, signal: AbortSignal): Promise<void> {
    const { parseVisits } = await checking();
    if (signal.aborted) return;
    this.controller = undefined;
    this.take(parseVisits(input, { provinces: this.options.provinces() }));
  }

  /**
   * A large input: its placeable records first (drawn at once), then validation in slices.
   * When every record is valid, the order and summary of the preview are kept.
   */
  private async loadLarge(
    input: unknown,
    features: unknown[],
    signal: AbortSignal,
    read?: Placeable,
  ) {
    const placed = read ?? (await placeable(features, { signal }));
    const sortedAt = performance.now();
    const order = dateOrder(placed.visits, placed.summary.dateKeys);
    if (placed.visits.length > 0) {
      this.preview = {
        visits: Array.from(order, (i) => placed.visits[i] as VisitFeature),
        summary: placed.summary.build(order),
      };
      // Sorting many visits takes a task of its own; drawing takes the next.
      if (performance.now() - sortedAt > 16) {
        await yieldToEventLoop();
        signal.throwIfAborted();
      }
      this.set('checking');
      // Drawn once the element has rendered (this status, and the map's box).
      await this.host.updateComplete;
      signal.throwIfAborted();
      const drawn = this.options.previewed?.(this.preview);
      if (drawn) await Promise.race([drawn, new Promise((r) => setTimeout(r, DRAW_FIRST_MS))]);
      signal.throwIfAborted();
    }
    const { parseVisitsInSlices } = await checking();
    signal.throwIfAborted();
    const provinces = this.options.provinces();
    const result = await parseVisitsInSlices(input, { signal, provinces });
    if (signal.aborted) return;
    this.controller = undefined;
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
      const order = dateOrder(result.visits, summary.dateKeys);
      this.sorted = Array.from(order, (i) => result.visits[i] as VisitFeature);
      this.summary = summary.build(order);
    }
    this.failure = [];
    this.set('ready');
    this.options.loaded(result);
  }

  private fail(problems: Problem[]): void {
    this.preview = undefined;
    this.unfinished = undefined;
    this.failure = problems;
    this.set(this.result ? 'ready' : 'error');
    this.options.failed(problems);
  }

  private set(status: LoadStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
