/**
 * Loading and validation of visits files. Every record is checked on its own: a bad record is
 * skipped and reported, the good ones are kept.
 *
 * @module
 */
import * as v from 'valibot';
import {
  Article,
  type Article as ArticleT,
  CollectionEnvelope,
  Statistic,
  type Statistic as StatisticT,
  VisitFeature,
  type VisitFeature as VisitFeatureT,
} from './schema.js';
import { inSlices } from './tasks.js';

/**
 * One thing wrong with an input.
 * - `record`: the record's id, or its place (`features[3]`) when it has no usable id;
 *   `file` for a problem with the whole input.
 * - `path`: dotted field path inside the record (`properties.visit.date`), `''` for the record.
 * - `expected` / `received`: what the format wants and what was found.
 */
export interface Problem {
  record: string;
  path: string;
  expected: string;
  received: string;
  message: string;
}

/** A validated visits file. `visits` are in the order of the input. */
export interface Visits {
  articles: ArticleT[];
  /** Figures that belong to no single site (national context). */
  statistics: StatisticT[];
  visits: VisitFeatureT[];
}

/** The outcome of loading: everything valid, and a problem for everything that was not. */
export interface LoadResult extends Visits {
  problems: Problem[];
  /** How many records of each kind the input held, valid or not. */
  counts: { visits: number; statistics: number; articles: number };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') {
    return value.length > 40 ? `"${value.slice(0, 40)}…"` : JSON.stringify(value);
  }
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

function recordName(value: unknown, kind: string, index: number): string {
  if (value && typeof value === 'object') {
    const o = value as { id?: unknown; properties?: { id?: unknown } };
    const id = typeof o.id === 'string' && o.id ? o.id : o.properties?.id;
    if (typeof id === 'string' && id) return id;
  }
  return `${kind}[${index}]`;
}

function makeProblem(record: string, path: string, expected: string, value: unknown): Problem {
  const received = describe(value);
  const where = path ? `${record}: ${path}` : record;
  return {
    record,
    path,
    expected,
    received,
    message: `${where}: expected ${expected}, got ${received}`,
  };
}

function toProblems(record: string, issues: readonly v.BaseIssue<unknown>[]): Problem[] {
  return issues.map((issue) =>
    issue.kind === 'schema' && issue.input === undefined
      ? makeProblem(record, v.getDotPath(issue) ?? '', 'this required field', undefined)
      : makeProblem(
          record,
          v.getDotPath(issue) ?? '',
          // Schema issues carry a precise `expected` ("string", '"Point"'); validation actions
          // carry their requirement in the message this module's schema gives them.
          issue.kind === 'schema' ? (issue.expected ?? issue.message) : issue.message,
          issue.input,
        ),
  );
}

/** Validates one record into `good`, or reports it; shared by the whole and sliced paths. */
function checkRecord<T>(
  item: unknown,
  index: number,
  kind: string,
  schema: v.GenericSchema<unknown, T>,
  problems: Problem[],
  seen: Set<string>,
  good: T[],
): void {
  const record = recordName(item, kind, index);
  const result = v.safeParse(schema, item);
  if (!result.success) {
    problems.push(...toProblems(record, result.issues));
    return;
  }
  if (seen.has(record)) {
    problems.push(makeProblem(record, 'id', 'an id not used by an earlier record', record));
    return;
  }
  seen.add(record);
  // The schema only checks (it transforms nothing), so the record is kept as given: valibot's
  // output is a deep copy, which for 100,000 visits would double the memory the page holds.
  good.push(item as T);
}

function collect<T>(
  items: readonly unknown[],
  kind: string,
  schema: v.GenericSchema<unknown, T>,
  problems: Problem[],
): T[] {
  const good: T[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    checkRecord(item, index, kind, schema, problems, seen, good);
  });
  return good;
}

/**
 * Validates a parsed visits file.
 *
 * @param input - the parsed JSON (anything: the shape is checked here).
 * @returns the valid articles, statistics and visits, and one {@link Problem} per fault. When
 *   the input is not a FeatureCollection at all, every list is empty and `problems` says why.
 *   Valid records are the input's own objects, not copies. Never throws.
 */
export function parseVisits(input: unknown): LoadResult {
  const problems: Problem[] = [];
  const envelope = v.safeParse(CollectionEnvelope, input);
  if (!envelope.success) return notACollection(envelope.issues);
  const { features } = envelope.output;
  return finish(envelope.output, collect(features, 'features', VisitFeature, problems), problems);
}

/**
 * {@link parseVisits} in slices of about `sliceMs` milliseconds, yielding to the event loop
 * between them, so validating a large file never blocks a page for long. Same result.
 *
 * @param options.sliceMs - work per slice, in milliseconds (default 8).
 * @param options.signal - stops at the next slice with the signal's reason.
 * @param options.onVisit - called with each valid visit as it is found, in order (a visit
 *   that cites no known article is still dropped afterwards, as by `parseVisits`).
 */
export async function parseVisitsInSlices(
  input: unknown,
  options: {
    sliceMs?: number;
    signal?: AbortSignal;
    onVisit?: (visit: VisitFeatureT) => void;
  } = {},
): Promise<LoadResult> {
  const problems: Problem[] = [];
  const envelope = v.safeParse(CollectionEnvelope, input);
  if (!envelope.success) return notACollection(envelope.issues);
  const { features } = envelope.output;
  const good: VisitFeatureT[] = [];
  const seen = new Set<string>();
  const onVisit = options.onVisit;
  await inSlices(
    features.length,
    (index) => {
      const before = good.length;
      checkRecord(features[index], index, 'features', VisitFeature, problems, seen, good);
      if (onVisit && good.length > before) onVisit(good[before] as VisitFeatureT);
    },
    options,
  );
  return finish(envelope.output, good, problems);
}

function notACollection(issues: readonly v.BaseIssue<unknown>[]): LoadResult {
  return {
    articles: [],
    statistics: [],
    visits: [],
    problems: toProblems('file', issues),
    counts: { visits: 0, statistics: 0, articles: 0 },
  };
}

/**
 * Validates the articles and statistics, and checks that every record cites a known article.
 * Problems come in the order of the file's members: articles, statistics, features, citations.
 */
function finish(
  envelope: v.InferOutput<typeof CollectionEnvelope>,
  visits: VisitFeatureT[],
  visitProblems: Problem[],
): LoadResult {
  const { features, articles, statistics } = envelope;
  const problems: Problem[] = [];
  const result = {
    articles: collect(articles, 'articles', Article, problems),
    statistics: collect(statistics, 'statistics', Statistic, problems),
    visits,
  };
  for (const p of visitProblems) problems.push(p);
  const known = new Set(result.articles.map((a) => a.id));
  const cited = (record: string, path: string, article: string) => {
    if (known.has(article)) return true;
    problems.push(makeProblem(record, path, 'the id of an article in "articles"', article));
    return false;
  };
  return {
    articles: result.articles,
    statistics: result.statistics.filter((s) => cited(s.id, 'article', s.article)),
    visits: result.visits.filter((f) => cited(f.id, 'properties.article', f.properties.article)),
    problems,
    counts: { visits: features.length, statistics: statistics.length, articles: articles.length },
  };
}
