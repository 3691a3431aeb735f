/**
 * Drafting off the main thread: the engine runs in a module Web Worker (`draft-worker.ts`),
 * started when the editor opens so the engine is loaded before the first Draft. Cancel ends the
 * worker (the engine is synchronous: ending is the only way to stop it) and starts a fresh one.
 * Where the page refuses workers, the same engine runs on the main thread, as before.
 *
 * @module
 */
import type { DraftOptions } from '../draft/index.js';
import type { DayOf, DaysApart, DraftOutcome, EngineApi } from './engine-api.js';
import { type Started, startWorker } from './workers.js';

/** Drafting that was cancelled, or a worker that failed. */
export type DraftResult =
  | DraftOutcome
  | { ok: false; code: 'cancelled' | 'failed'; message: string };

/** Characters before a quote's paragraph the engine reads for its speaker. */
const SPEAKER_CONTEXT = 4000;

export class Drafter {
  private started: Started<EngineApi> | undefined;
  private mainThread: Promise<EngineApi> | undefined;
  /** Ends the draft under way: resolves it as cancelled or failed. */
  private stop: ((result: DraftResult) => void) | undefined;

  /** Starts the engine; resolves when it is loaded, rejects when it cannot be. */
  async ready(): Promise<void> {
    await this.engine().ready();
  }

  private engine(): Pick<EngineApi, 'ready'> & {
    draft: (...a: Parameters<EngineApi['draft']>) => Promise<DraftOutcome> | DraftOutcome;
    dayOf: (...a: Parameters<EngineApi['dayOf']>) => Promise<DayOf | DaysApart | null>;
    publicationDate: (text: string) => Promise<string | null>;
    speakerOf: (...a: Parameters<EngineApi['speakerOf']>) => Promise<string | null>;
    sha256: (text: string) => Promise<string>;
  } {
    if (this.mainThread) return this.onMainThread();
    if (!this.started) {
      this.started = startWorker<EngineApi>('draft');
      if (!this.started) return this.onMainThread();
      this.started.worker.addEventListener('error', (e) => {
        e.preventDefault();
        this.stop?.({ ok: false, code: 'failed', message: e.message || 'the worker failed' });
        this.end();
      });
    }
    const { api } = this.started;
    return {
      ready: () => api.ready() as never,
      draft: (text, o) => api.draft(text, o),
      dayOf: (words, published) => api.dayOf(words, published),
      publicationDate: (text) => api.publicationDate(text),
      speakerOf: (text, start, end) => api.speakerOf(text, start, end),
      sha256: (text) => api.sha256(text),
    };
  }

  /** The engine on the main thread, imported on first use. */
  private onMainThread() {
    this.mainThread ??= import('./engine-api.js').then((m) => m.engineApi);
    const engine = this.mainThread;
    return {
      ready: () => engine.then((e) => e.ready()) as never,
      draft: (text: string, o: DraftOptions) => engine.then((e) => e.draft(text, o)),
      dayOf: (words: string, published: string) => engine.then((e) => e.dayOf(words, published)),
      publicationDate: (text: string) => engine.then((e) => e.publicationDate(text)),
      speakerOf: (text: string, start: number, end: number) =>
        engine.then((e) => e.speakerOf(text, start, end)),
      sha256: (text: string) => engine.then((e) => e.sha256(text)),
    };
  }

  private end(): void {
    this.started?.worker.terminate();
    this.started = undefined;
  }

  /**
   * Drafts `text`. Never rejects: a refusal, a cancel or a failed worker comes as a result.
   * One draft at a time: a new one cancels the one under way.
   */
  draft(text: string, options: DraftOptions): Promise<DraftResult> {
    this.cancel();
    return new Promise<DraftResult>((resolve) => {
      this.stop = resolve;
      Promise.resolve(this.engine().draft(text, options)).then(resolve, (error: unknown) =>
        resolve({ ok: false, code: 'failed', message: String(error) }),
      );
    }).finally(() => {
      this.stop = undefined;
    });
  }

  /** The day (or days) some words of the article give, read by the engine; `null` for none. */
  async dayOf(words: string, published: string): Promise<DayOf | DaysApart | null> {
    try {
      return await this.engine().dayOf(words, published);
    } catch {
      return null;
    }
  }

  /**
   * The publication date the head of `text` states (its first few thousand characters are
   * sent), `YYYY-MM-DD`; `null` for none, or when the engine cannot answer.
   */
  async publicationDate(text: string): Promise<string | null> {
    try {
      return await this.engine().publicationDate(text.slice(0, 4000));
    } catch {
      return null;
    }
  }

  /**
   * The speaker the engine finds for the words `start` to `end` of `text` (see `speakerOf`);
   * `null` for none, or when the engine cannot answer. The engine reads the words' paragraph and
   * the few thousand characters before it (where "he" and a surname are resolved), not all of
   * a long text.
   */
  async speakerOf(text: string, start: number, end: number): Promise<string | null> {
    const lineStart = (at: number) => (at <= 0 ? 0 : text.indexOf('\n', at) + 1 || at);
    const from = Math.min(lineStart(start - SPEAKER_CONTEXT), text.lastIndexOf('\n', start) + 1);
    const stop = text.indexOf('\n', end);
    const window = text.slice(from, stop < 0 ? text.length : stop);
    try {
      return await this.engine().speakerOf(window, start - from, end - from);
    } catch {
      return null;
    }
  }

  /** SHA-256 of the text's UTF-8 bytes (lower-case hex), taken by the engine's thread. */
  sha256(text: string): Promise<string> {
    return Promise.resolve(this.engine().sha256(text));
  }

  /** Cancels the draft under way, if any (on the main thread it cannot be stopped). */
  cancel(): void {
    if (!this.stop) return;
    this.stop({ ok: false, code: 'cancelled', message: 'cancelled' });
    if (!this.mainThread) {
      this.end();
      void this.ready().catch(() => {});
    }
  }

  /** Ends the worker for good (the editor left the page). */
  dispose(): void {
    this.stop?.({ ok: false, code: 'cancelled', message: 'cancelled' });
    this.end();
  }
}
