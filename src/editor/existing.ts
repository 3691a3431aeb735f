/**
 * The page's side of the existing visits file: the merge worker (`merge-worker.ts`), started when
 * the editor opens, or the same code on the main thread where the page refuses workers.
 *
 * @module
 */
import type { MergeApi } from './merge-api.js';
import { startWorker } from './workers.js';

type Api = Pick<MergeApi, 'open' | 'restore' | 'forget'> & {
  merge: (...a: Parameters<MergeApi['merge']>) => Promise<ReturnType<MergeApi['merge']>>;
  sameVisits: (
    ...a: Parameters<MergeApi['sameVisits']>
  ) => Promise<ReturnType<MergeApi['sameVisits']>>;
};

/** Started on first use; ended by {@link ExistingFiles.dispose} (the editor left the page). */
export class ExistingFiles {
  private started: Promise<Api> | undefined;
  private worker: Worker | undefined;

  private get api(): Promise<Api> {
    if (this.started) return this.started;
    const started = startWorker<MergeApi>('merge');
    if (!started) {
      this.started = this.mainThread();
      return this.started;
    }
    this.worker = started.worker;
    this.started = Promise.resolve(started.api as unknown as Api);
    started.worker.addEventListener('error', (e) => {
      // Refused after the start (a policy that says so late): the main thread instead.
      e.preventDefault();
      this.started = this.mainThread();
    });
    return this.started;
  }

  private mainThread(): Promise<Api> {
    this.worker?.terminate();
    this.worker = undefined;
    return import('./merge-api.js').then(({ mergeApi }) => ({
      ...mergeApi,
      merge: async (added, joins) => mergeApi.merge(added, joins),
      sameVisits: async (added) => mergeApi.sameVisits(added),
    }));
  }

  /** Checks and keeps a chosen file. */
  open: Api['open'] = async (file, name) => (await this.api).open(file, name);
  /** The kept file after a reload. */
  restore: Api['restore'] = async (sha256) => (await this.api).restore(sha256);
  /** The kept file with the new records appended. */
  merge: Api['merge'] = async (added, joins) => (await this.api).merge(added, joins);
  /** The drafted visits the kept file already tells. */
  sameVisits: Api['sameVisits'] = async (added) => (await this.api).sameVisits(added);
  /** Stops merging. */
  forget: Api['forget'] = async () => (await this.api).forget();

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.started = undefined;
  }
}
