/**
 * The existing visits file a new article is merged into: read once, checked with the checker's
 * rules before anything is merged, and merged by appending the new records to the text itself,
 * so every record already there comes out exactly as it went in, byte for byte. No DOM: the
 * editor runs it in a worker (`merge-worker.ts`), the tests in Node.
 *
 * @module
 */
import { checkWithoutTexts } from '../model/check.js';
import { freeId } from '../model/ids.js';
import { scanJson } from '../model/json-text.js';
import type { ParseOptions } from '../model/load.js';
import type { Problem } from '../model/problems.js';
import { readVisitsBytes } from '../model/read.js';
import type { DraftCollection } from './engine.js';
import { type Joins, joinEdits } from './same-visits.js';

/** A change to a text: `text` in place of the characters from `from` to `to`. */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
}

/** An article the file holds, as the editor names it. */
export interface HeldArticle {
  id: string;
  title: string;
  sha256: string;
}

/** What the editor keeps of a checked file (its text is kept apart: see `merge-worker.ts`). */
export interface ExistingSummary {
  name: string;
  /** SHA-256 of the file's text as UTF-8, lower-case hex. */
  sha256: string;
  visits: number;
  articles: HeldArticle[];
}

/** A checked file, ready to merge into. */
export interface ExistingFile extends ExistingSummary {
  text: string;
  layout: ReturnType<typeof scanJson>;
  /** Every `id` string anywhere in the file: new records never reuse one. */
  used: Set<string>;
}

/** Either the checked file or every problem that keeps it from being merged into. */
export type ReadOutcome = { ok: true; file: ExistingFile } | { ok: false; problems: Problem[] };

/** Every `id` string anywhere in a JSON value. */
function idsIn(value: unknown, ids: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const x of value) idsIn(x, ids);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') ids.add(v);
      else idsIn(v, ids);
    }
  }
  return ids;
}

/**
 * Reads and checks a visits file: size, UTF-8, JSON, the format, ids, each point in its
 * province, one text per article, review notes, numbers JavaScript reads exactly, no member
 * written twice. Never throws.
 *
 * @param bytes - the file as chosen (at most 20 MB).
 * @param sha256 - the digest of `bytes`, lower-case hex.
 * @param options - the base map's provinces.
 */
export function readExisting(
  name: string,
  bytes: Uint8Array,
  sha256: string,
  options: ParseOptions,
): ReadOutcome {
  const read = readVisitsBytes(bytes);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const text = new TextDecoder().decode(bytes);
  const layout = scanJson(text);
  const { result, problems } = checkWithoutTexts(read.json, layout, options);
  if (problems.length > 0) return { ok: false, problems };
  const articles = result.articles.map(({ id, title, sha256: digest }) => ({
    id,
    title,
    sha256: digest,
  }));
  const used = idsIn(read.json, new Set());
  return {
    ok: true,
    file: { name, sha256, visits: result.visits.length, articles, text, layout, used },
  };
}

/** Why a merge cannot be done: `same-article` names the article the file already holds. */
export class MergeError extends Error {
  constructor(
    readonly code: 'same-article',
    readonly article: HeldArticle,
  ) {
    super(`the file already holds this article (${article.id})`);
    this.name = 'MergeError';
  }
}

/** The article of `added` that the file already holds (same SHA-256 or id), if any. */
export function heldArticle(
  held: readonly HeldArticle[],
  added: Pick<DraftCollection, 'articles'>,
): HeldArticle | undefined {
  return held.find((h) => added.articles.some((a) => a.sha256 === h.sha256 || a.id === h.id));
}

/** The new records with ids the file does not use (`-2`, `-3`, …); a visit's `properties.id` follows. */
function freshRecords(used: ReadonlySet<string>, added: DraftCollection) {
  const taken = new Set(used);
  const unique = (id: string) => {
    const out = freeId(id, taken);
    taken.add(out);
    return out;
  };
  const fresh = structuredClone(added);
  for (const f of fresh.features) {
    f.id = unique(f.id);
    f.properties.id = f.id;
    for (const q of f.properties.quotes) q.id = unique(q.id);
    for (const s of f.properties.statistics) s.id = unique(s.id);
  }
  for (const s of fresh.statistics) s.id = unique(s.id);
  for (const q of fresh.quotes ?? []) q.id = unique(q.id);
  return {
    articles: fresh.articles,
    statistics: fresh.statistics,
    features: fresh.features,
    quotes: fresh.quotes ?? [],
  };
}

/**
 * The file's text with the new articles, figures, visits and unattached quotes appended to its
 * arrays (a missing array is added at the end), written in the file's own indentation. A
 * drafted visit named in `joins` is not appended: its quotes, figures and passage join the
 * file's visit it names (see `joinEdits`). Nothing else in the text changes.
 *
 * @throws {@link MergeError} when the file already holds the article.
 */
export function mergeText(file: ExistingFile, given: DraftCollection, joins: Joins = {}): string {
  const held = heldArticle(file.articles, given);
  if (held) throw new MergeError('same-article', held);
  const { text, layout } = file;
  const members = [...layout.members.values()];
  // The file's indentation unit: what stands before its first member's name ('' when minified).
  const first = members[0]?.key ?? -1;
  const lead = first > 0 ? text.slice(text.lastIndexOf('\n', first) + 1, first) : '';
  const unit = /^[ \t]+$/.test(lead) ? lead : '';
  const write = (value: unknown, indent: string) =>
    unit
      ? JSON.stringify(value, null, unit).replaceAll('\n', `\n${indent}`)
      : JSON.stringify(value);
  const { edits, rest: added, taken } = joinEdits(file, given, joins, unit, write);
  const used = taken.size ? new Set([...file.used, ...taken]) : file.used;
  const last = members.length ? Math.max(...members.map((x) => x.end)) : layout.close;
  for (const [key, records] of Object.entries(freshRecords(used, added))) {
    if (records.length === 0) continue;
    const m = layout.members.get(key);
    const inner = unit ? `${unit}${unit}` : '';
    const nl = unit ? '\n' : '';
    const list = (indent: string) =>
      records.map((r) => `${indent}${write(r, indent)}`).join(`,${nl}`);
    if (m && m.items > 0) {
      const indent = unit ? (m.itemIndent ?? inner) : '';
      edits.push({ from: m.lastEnd, to: m.lastEnd, text: `,${nl}${list(indent)}` });
    } else if (m) {
      edits.push({ from: m.start, to: m.end, text: `[${nl}${list(inner)}${nl}${unit}]` });
    } else {
      const at = last;
      const head = `${members.length ? ',' : ''}${nl}${unit}${JSON.stringify(key)}:${unit ? ' ' : ''}`;
      edits.push({ from: at, to: at, text: `${head}[${nl}${list(inner)}${nl}${unit}]` });
    }
  }
  let out = text;
  // From the end, so earlier offsets still hold; at one offset, the later edit first.
  const order = edits.map((e, i) => ({ ...e, i })).sort((a, b) => b.from - a.from || b.i - a.i);
  for (const e of order) {
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  }
  return out;
}
