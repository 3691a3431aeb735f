/**
 * Publishing an article again (the same text, so the same SHA-256) to fix a mistake: the
 * project's visits file without what that article put there (its record, the visits it tells,
 * and its quotes, figures and reports in other visits), so the corrected work is merged in
 * their place. Every other record stays byte for byte as it was, and every array keeps its own
 * layout. No DOM: the project's server runs it (`scripts/publish-data.ts`).
 *
 * @module
 */
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import type { TextEdit } from './existing-file.js';

/** Why an article cannot be taken out: a visit it tells holds another report's work. */
export class ReplaceError extends Error {
  constructor(
    readonly visit: string,
    readonly other: string,
  ) {
    super(
      `its visit ${visit} also holds what the article ${other} tells (joined to it as the same visit): republishing would lose it`,
    );
    this.name = 'ReplaceError';
  }
}

/** What was taken out. */
export interface Taken {
  text: string;
  /** The ids of the visits the article told. */
  visits: string[];
  /** The article record's `file` (`data/articles/<name>`), where its text is kept. */
  file: string | undefined;
}

const value = (n: Node | undefined, ...path: (string | number)[]) =>
  n ? findNodeAtLocation(n, path)?.value : undefined;

/** The edit that keeps, of `array`, only the items `keep` keeps, in the array's own layout. */
function prune(text: string, array: Node | undefined, keep: (n: Node) => boolean): TextEdit[] {
  const items = array?.children ?? [];
  const first = items[0];
  const last = items.at(-1);
  if (!array || !first || !last || items.every(keep)) return [];
  const kept = items.filter(keep);
  const lead = text.slice(array.offset + 1, first.offset);
  const tail = text.slice(last.offset + last.length, array.offset + array.length - 1);
  const second = items[1];
  const sep = second ? text.slice(first.offset + first.length, second.offset) : ',';
  const body = kept.map((n) => text.slice(n.offset, n.offset + n.length)).join(sep);
  return [
    {
      from: array.offset + 1,
      to: array.offset + array.length - 1,
      text: kept.length ? lead + body + tail : '',
    },
  ];
}

const apply = (text: string, edits: TextEdit[]) =>
  [...edits]
    .sort((a, b) => b.from - a.from)
    .reduce((out, e) => out.slice(0, e.from) + e.text + out.slice(e.to), text);

/**
 * The visits file's text without the article `id`: its record in `articles`, the visits whose
 * `properties.article` it is, the figures and quotes of `statistics` and `quotes` that name it,
 * and in the other visits its quotes, figures and `reports`.
 *
 * @throws {@link ReplaceError} when a visit the article tells holds another article's quotes,
 *   figures or reports (joined to it as the same visit): they would be lost with it.
 */
export function withoutArticle(text: string, id: string): Taken {
  const ofArticle = (n: Node) => value(n, 'article') === id;
  const told = (n: Node) => value(n, 'properties', 'article') === id;
  // Inside the visits the article does not tell: its quotes, figures and reports.
  const root = parseTree(text) as Node;
  const features = findNodeAtLocation(root, ['features'])?.children ?? [];
  const inner: TextEdit[] = [];
  for (const f of features) {
    const props = findNodeAtLocation(f, ['properties']);
    if (told(f)) {
      const own = value(f, 'id') as string;
      for (const key of ['quotes', 'statistics', 'reports']) {
        for (const n of (props && findNodeAtLocation(props, [key])?.children) ?? []) {
          const other = value(n, 'article') as string | undefined;
          if (key === 'reports' || (other !== undefined && other !== id))
            throw new ReplaceError(own, other ?? '');
        }
      }
      continue;
    }
    for (const key of ['quotes', 'statistics', 'reports'])
      inner.push(...prune(text, props && findNodeAtLocation(props, [key]), (n) => !ofArticle(n)));
  }
  const pruned = apply(text, inner);
  // Then the top-level records.
  const top = parseTree(pruned) as Node;
  const at = (key: string) => findNodeAtLocation(top, [key]);
  const visits = (at('features')?.children ?? []).filter(told).map((f) => value(f, 'id') as string);
  const record = at('articles')?.children?.find((n) => value(n, 'id') === id);
  const file = value(record, 'file') as string | undefined;
  const edits = [
    ...prune(pruned, at('articles'), (n) => value(n, 'id') !== id),
    ...prune(pruned, at('features'), (n) => !told(n)),
    ...prune(pruned, at('statistics'), (n) => !ofArticle(n)),
    ...prune(pruned, at('quotes'), (n) => !ofArticle(n)),
  ];
  return { text: apply(pruned, edits), visits, file };
}

/**
 * The collection with its article named `id` and kept at `file` (the record the project already
 * has for the same text), and every passage, quote and figure that names the article following.
 */
export function asArticle<T extends { articles: { id: string; file: string }[] }>(
  collection: T,
  id: string,
  file: string,
): T {
  const out = structuredClone(collection);
  const from = out.articles[0]?.id;
  const follow = (x: unknown): void => {
    if (Array.isArray(x)) for (const v of x) follow(v);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (o.article === from) o.article = id;
      for (const v of Object.values(o)) follow(v);
    }
  };
  const records = out as { features?: unknown; statistics?: unknown; quotes?: unknown };
  follow([records.features, records.statistics, records.quotes]);
  const a = out.articles[0];
  if (a) Object.assign(a, { id, file });
  return out;
}
