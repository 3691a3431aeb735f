/**
 * The existing visits file, on whichever thread holds it (the merge worker, or the main thread
 * where the page refuses workers): opened once, checked, kept in the browser's IndexedDB for
 * the work in progress (a 20 MB file does not fit `localStorage`), restored after a reload, and
 * merged into. The file is parsed once, when opened or restored; only its summary crosses to
 * the page.
 *
 * @module
 */
import { del, get, set } from 'idb-keyval';
import baseMapData from '../../data/basemap/basemap.topo.json';
import { type BaseMapTopology, baseMapFeatures } from '../map/basemap-data.js';
import type { Problem } from '../model/problems.js';
import { MAX_FILE_BYTES, tooLarge } from '../model/read.js';
import type { DraftCollection } from './engine.js';
import {
  type ExistingFile,
  type ExistingSummary,
  type HeldArticle,
  MergeError,
  mergeText,
  readExisting,
} from './existing-file.js';
import { findSameVisits, type Joins, type SameVisitMatch } from './same-visits.js';

/** Where the file is kept, in the origin's default IndexedDB store (idb-keyval). */
const KEY = 'inspection-map-editor-existing';

/** Opening or restoring: the summary, or why the file was not kept. */
export type KeepOutcome =
  | { ok: true; summary: ExistingSummary }
  | { ok: false; problems: Problem[]; total: number }
  | { ok: false; refused: string }
  | { ok: false; missing: true };

/** Merging: the merged file, or the article the file already holds. */
export type MergeOutcome = { ok: true; file: Blob } | { ok: false; held: HeldArticle };

let current: ExistingFile | undefined;
let provinces: ReturnType<typeof baseMapFeatures>['provinces']['features'] | undefined;

const summaryOf = ({ name, sha256, visits, articles }: ExistingFile): ExistingSummary => ({
  name,
  sha256,
  visits,
  articles,
});

async function digest(bytes: Uint8Array): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Reads and checks `file`; at most 20 problems come back, with how many there are. */
async function check(file: Blob, name: string): Promise<KeepOutcome & { kept?: ExistingFile }> {
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, problems: [tooLarge(file.size, MAX_FILE_BYTES)], total: 1 };
  const bytes = new Uint8Array(await file.arrayBuffer());
  provinces ??= baseMapFeatures(baseMapData as unknown as BaseMapTopology).provinces.features;
  const read = readExisting(name, bytes, await digest(bytes), { provinces });
  if (!read.ok)
    return { ok: false, problems: read.problems.slice(0, 20), total: read.problems.length };
  return { ok: true, summary: summaryOf(read.file), kept: read.file };
}

export const mergeApi = {
  /** Checks a chosen file and, when it has no problem, keeps it (replacing any kept before). */
  async open(file: Blob, name: string): Promise<KeepOutcome> {
    const { kept, ...outcome } = await check(file, name);
    if (!kept) return outcome;
    try {
      await set(KEY, { name, sha256: kept.sha256, file });
    } catch (error) {
      return { ok: false, refused: error instanceof Error ? error.name : String(error) };
    }
    current = kept;
    return outcome;
  },

  /** The file kept for the work in progress, read again after a reload (`missing` if gone). */
  async restore(sha256: string): Promise<KeepOutcome> {
    if (current?.sha256 === sha256) return { ok: true, summary: summaryOf(current) };
    const stored = (await get(KEY).catch(() => undefined)) as
      | { name: string; sha256: string; file: Blob }
      | undefined;
    if (!stored || stored.sha256 !== sha256) return { ok: false, missing: true };
    const { kept, ...outcome } = await check(stored.file, stored.name);
    if (kept) current = kept;
    return outcome;
  },

  /** The drafted visits the kept file already tells (see `findSameVisits`). */
  sameVisits(added: DraftCollection): SameVisitMatch[] {
    return current ? findSameVisits(current, added) : [];
  },

  /** The kept file with `added` appended (the visits of `joins` joined), as a file to download. */
  merge(added: DraftCollection, joins?: Joins): MergeOutcome {
    if (!current) throw new Error('no existing file is kept');
    try {
      return {
        ok: true,
        file: new Blob([mergeText(current, added, joins)], { type: 'application/geo+json' }),
      };
    } catch (error) {
      if (error instanceof MergeError) return { ok: false, held: error.article };
      throw error;
    }
  },

  /** Stops merging: the kept file is dropped. */
  async forget(): Promise<void> {
    current = undefined;
    await del(KEY).catch(() => {});
  },
};

export type MergeApi = typeof mergeApi;
