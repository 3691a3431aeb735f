/**
 * A drafted visit the existing visits file already tells: found with `sameVisit`'s rules, and,
 * when the person says **Same visit**, joined to it in the file's text. The drafted visit's
 * quotes and figures are appended to the existing visit's, each naming the new article, and its
 * passage reporting the visit to the visit's `reports`; nothing already in the file changes,
 * byte for byte, but those three arrays growing. No DOM: it runs where the file is held (the
 * merge worker, `merge-api.ts`).
 *
 * @module
 */
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import { freeId } from '../model/ids.js';
import { joinVisit } from '../model/merge.js';
import { visitArticles } from '../model/reports.js';
import { compareKeys, type SameVisit, type VisitKey, visitKey } from '../model/same-visit.js';
import type { VisitFeature } from '../model/schema.js';
import type { DraftCollection } from './engine.js';
import type { ExistingFile, TextEdit } from './existing-file.js';

/** A visit of the existing file, as the editor shows it beside the drafted one. */
export interface HeldVisit {
  id: string;
  name: string;
  date: string;
  /** The titles of the articles that tell it, its own first. */
  articles: string[];
  quotes: number;
  figures: number;
}

/** A drafted visit that the existing file already tells, and why ({@link SameVisit}). */
export interface SameVisitMatch {
  /** The drafted visit's id. */
  drafted: string;
  existing: HeldVisit;
  verdict: SameVisit;
}

/** Drafted visit id → the id of the existing visit it joins (**Same visit**). */
export type Joins = Readonly<Record<string, string>>;

interface Indexed {
  feature: VisitFeature;
  key: VisitKey;
  articles: string[];
}

const indexes = new WeakMap<ExistingFile, Indexed[]>();

/** The file's visits with their keys, read from its text once per file. */
function indexed(file: ExistingFile): Indexed[] {
  let list = indexes.get(file);
  if (!list) {
    const features = (JSON.parse(file.text) as { features?: VisitFeature[] }).features ?? [];
    list = features.map((feature) => ({
      feature,
      key: visitKey(feature.properties),
      articles: visitArticles(feature.properties),
    }));
    indexes.set(file, list);
  }
  return list;
}

/**
 * Each drafted visit that a visit of the file tells (the surest; never one its own article
 * already tells), in the order of the draft.
 */
export function findSameVisits(file: ExistingFile, added: DraftCollection): SameVisitMatch[] {
  const visits = indexed(file);
  const titles = new Map(file.articles.map((a) => [a.id, a.title]));
  return added.features.flatMap((f) => {
    const key = visitKey(f.properties);
    let best: { at: Indexed; verdict: SameVisit } | undefined;
    for (const at of visits) {
      if (at.key.province !== key.province || at.articles.includes(f.properties.article)) continue;
      const verdict = compareKeys(at.key, key);
      if (verdict.same && verdict.confidence > (best?.verdict.confidence ?? 0))
        best = { at, verdict };
    }
    if (!best) return [];
    const p = best.at.feature.properties;
    const existing: HeldVisit = {
      id: best.at.feature.id,
      name: p.name.en,
      date: p.visit.date,
      articles: best.at.articles.map((id) => titles.get(id) ?? id),
      quotes: p.quotes.length,
      figures: p.statistics.length,
    };
    return [{ drafted: f.id, existing, verdict: best.verdict }];
  });
}

/**
 * The edits that join the drafted visits of `joins` to the file's visits, and what is left to
 * append: the draft without those visits, and the ids the joined quotes and figures took.
 *
 * @param write - writes a value as the file writes its records, at an indentation.
 * @param unit - the file's indentation unit (`''` when minified).
 */
export function joinEdits(
  file: ExistingFile,
  added: DraftCollection,
  joins: Joins,
  unit: string,
  write: (value: unknown, indent: string) => string,
): { edits: TextEdit[]; rest: DraftCollection; taken: Set<string> } {
  const taken = new Set<string>();
  if (!added.features.some((f) => joins[f.id] !== undefined))
    return { edits: [], rest: added, taken };
  const unique = (id: string) => {
    const out = freeId(id, { has: (x) => taken.has(x) || file.used.has(x) });
    taken.add(out);
    return out;
  };
  const { text } = file;
  const features = findNodeAtLocation(parseTree(text) as Node, ['features'])?.children ?? [];
  const byId = new Map(features.map((n) => [findNodeAtLocation(n, ['id'])?.value, n]));
  const edits: TextEdit[] = [];
  // A visit the file no longer has (another file opened since the choice) is appended instead.
  const joined = added.features.filter((f) => byId.has(joins[f.id]));
  for (const f of joined) {
    const node = byId.get(joins[f.id]) as Node;
    const props = findNodeAtLocation(node, ['properties']) as Node;
    const into = JSON.parse(text.slice(node.offset, node.offset + node.length)) as VisitFeature;
    const before = structuredClone(into.properties);
    const verdict = compareKeys(visitKey(before), visitKey(f.properties));
    joinVisit(into, f, verdict, { date: 'keep', quoteId: unique, figureId: unique });
    const p = into.properties;
    const grown = [
      ['reports', p.reports?.slice(before.reports?.length ?? 0) ?? []],
      ['quotes', p.quotes.slice(before.quotes.length)],
      ['statistics', p.statistics.slice(before.statistics.length)],
    ] as const;
    for (const [key, items] of grown) {
      const edit = appendTo(text, props, key, items, unit, write);
      if (edit) edits.push(edit);
    }
  }
  const rest = { ...added, features: added.features.filter((f) => !joined.includes(f)) };
  return { edits, rest, taken };
}

/** The white space before `offset` on its line, when only white space stands there. */
function leadAt(text: string, offset: number): string {
  const lead = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^[ \t]*$/.test(lead) ? lead : '';
}

/** The edit appending `items` to the array `key` of the object `props` (added when absent). */
function appendTo(
  text: string,
  props: Node,
  key: string,
  items: readonly unknown[],
  unit: string,
  write: (value: unknown, indent: string) => string,
): TextEdit | undefined {
  if (!items.length) return undefined;
  const nl = unit ? '\n' : '';
  const members = props.children ?? [];
  const indent = unit && members[0] ? leadAt(text, members[0].offset) : '';
  const list = (at: string) => items.map((x) => `${at}${write(x, at)}`).join(`,${nl}`);
  const array = findNodeAtLocation(props, [key]);
  const last = array?.children?.at(-1);
  if (array && last) {
    const at = unit ? leadAt(text, array.children?.[0]?.offset ?? 0) || indent + unit : '';
    const end = last.offset + last.length;
    return { from: end, to: end, text: `,${nl}${list(at)}` };
  }
  const block = `[${nl}${list(indent + unit)}${nl}${indent}]`;
  if (array) return { from: array.offset, to: array.offset + array.length, text: block };
  const end = members.at(-1)?.offset ?? props.offset + 1;
  const after = members.length ? end + (members.at(-1)?.length ?? 0) : end;
  const head = `${members.length ? ',' : ''}${nl}${indent}${JSON.stringify(key)}:${unit ? ' ' : ''}`;
  return { from: after, to: after, text: `${head}${block}` };
}
