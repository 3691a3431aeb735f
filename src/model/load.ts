/**
 * Loading and validation of visits files. Every record is checked on its own: a bad record is
 * skipped and reported, the good ones are kept.
 *
 * @module
 */
import * as v from 'valibot';
import { makeProblem, type Problem, toProblems } from './problems.js';
import {
  checkProvince,
  PROVINCE_TOLERANCE_KM,
  type Province,
  swappedProblem,
} from './provinces.js';
import { citesOthers, visitSources } from './reports.js';
import {
  Article,
  type Article as ArticleT,
  CollectionEnvelope,
  LooseQuote,
  LooseStatistic,
  type Quote as QuoteT,
  type Statistic as StatisticT,
  VisitFeature,
  type VisitFeature as VisitFeatureT,
} from './schema.js';
import { inSlices } from './tasks.js';

export type { FileFailure, Problem } from './problems.js';

/** A validated visits file. `visits` are in the order of the input. */
export interface Visits {
  articles: ArticleT[];
  /** Figures that belong to no single site (national context). */
  statistics: StatisticT[];
  visits: VisitFeatureT[];
  /** Quotes that belong to no visit yet (a draft's unattached quotes), each naming its article. */
  quotes: QuoteT[];
}

/** The outcome of loading: everything valid, and a problem for everything that was not. */
export interface LoadResult extends Visits {
  problems: Problem[];
  /** How many records of each kind the input held, valid or not. */
  counts: { visits: number; statistics: number; articles: number; quotes: number };
}

/** What {@link parseVisits} checks beyond the format. */
export interface ParseOptions {
  /**
   * The base map's provinces. When given, each visit's point must lie in the province its
   * `properties.place.province.basemapId` names (or within `toleranceKm` of it), and swapped
   * longitude and latitude are named as such.
   */
  provinces?: readonly Province[];
  /** Default {@link PROVINCE_TOLERANCE_KM}. */
  toleranceKm?: number;
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function recordName(value: unknown, kind: string, index: number): string {
  if (value && typeof value === 'object') {
    const o = value as { id?: unknown; properties?: { id?: unknown } };
    const id = typeof o.id === 'string' && o.id ? o.id : o.properties?.id;
    if (typeof id === 'string' && id) return id.length > 80 ? `${kind}[${index}]` : id;
  }
  return `${kind}[${index}]`;
}

/** A record's point and stated province, read from the raw input without trusting it. */
function rawClaim(item: unknown, record: string) {
  const f = item as {
    geometry?: { coordinates?: unknown };
    properties?: { place?: { province?: { basemapId?: unknown } } };
  } | null;
  const c = f?.geometry?.coordinates;
  const basemapId = f?.properties?.place?.province?.basemapId;
  if (!Array.isArray(c) || typeof c[0] !== 'number' || typeof c[1] !== 'number') return undefined;
  if (!Number.isFinite(c[0]) || !Number.isFinite(c[1]) || typeof basemapId !== 'string')
    return undefined;
  return { record, coordinates: [c[0], c[1]] as const, basemapId };
}

/** How one kind of record is checked: its schema, and an optional review of each record. */
interface Check<T> {
  kind: string;
  schema: v.GenericSchema<unknown, T>;
  /** Finds more fault with a record, or replaces the problems of an invalid one. */
  review?: ((item: unknown, record: string, found: Problem[]) => Problem[]) | undefined;
}

/**
 * Checks one record into `good`, or reports it; a valid record with a repeated id, or that the
 * review finds fault with, is skipped too. Shared by the whole and the sliced paths.
 */
function checkRecord<T>(
  item: unknown,
  index: number,
  check: Check<T>,
  problems: Problem[],
  seen: Map<string, number>,
  good: T[],
): void {
  const record = recordName(item, check.kind, index);
  if (!isObject(item)) {
    problems.push(makeProblem(record, '', 'an object', item));
    return;
  }
  const result = v.safeParse(check.schema, item);
  const found = result.success ? [] : toProblems(record, check.schema, result.issues);
  const reviewed = check.review ? check.review(item, record, found) : found;
  if (reviewed.length > 0 || !result.success) {
    problems.push(...reviewed);
    return;
  }
  const first = seen.get(record);
  if (first !== undefined) {
    // Both records named: the id alone would not tell them apart.
    const both = ` (${check.kind}[${index}]; ${check.kind}[${first}] has it too)`;
    problems.push(makeProblem(record, 'id', 'an id not used by an earlier record', record, both));
    return;
  }
  seen.set(record, index);
  // The schema only checks (it transforms nothing), so the record is kept as given: valibot's
  // output is a deep copy, which for 100,000 visits would double the memory the page holds.
  good.push(item as T);
}

function collect<T>(items: readonly unknown[], check: Check<T>, problems: Problem[]): T[] {
  const good: T[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    checkRecord(item, index, check, problems, seen, good);
  });
  return good;
}

/** Names swapped coordinates, and checks the point against its province when provinces are given. */
function reviewPoint(options: ParseOptions) {
  const tolerance = options.toleranceKm ?? PROVINCE_TOLERANCE_KM;
  return (item: unknown, record: string, found: Problem[]): Problem[] => {
    const claim = rawClaim(item, record);
    const onPoint = found.filter((p) => p.path.startsWith('geometry.coordinates'));
    const others = found.filter((p) => !onPoint.includes(p));
    if (!claim) return found;
    if (options.provinces) {
      if (others.length > 0) return found;
      // The point broke the format (a latitude of 112): only a swap can explain more.
      if (onPoint.length > 0) {
        const swap = swappedProblem(claim, options.provinces, tolerance);
        return swap ? [swap] : found;
      }
      const problem = checkProvince(claim, options.provinces, tolerance);
      return problem ? [problem] : [];
    }
    const [lng, lat] = claim.coordinates;
    if (onPoint.length > 0 && Math.abs(lat) > 90 && Math.abs(lng) <= 90) {
      const hint = ' (are longitude and latitude swapped? GeoJSON puts longitude first)';
      return [...others, ...onPoint.map((p) => ({ ...p, message: p.message + hint }))];
    }
    return found;
  };
}

const EMPTY: Omit<LoadResult, 'problems'> = {
  articles: [],
  statistics: [],
  visits: [],
  quotes: [],
  counts: { visits: 0, statistics: 0, articles: 0, quotes: 0 },
};

/** The envelope of a visits file, or the problems that say it is not one. */
function envelopeOf(
  input: unknown,
):
  | { ok: true; value: v.InferOutput<typeof CollectionEnvelope> }
  | { ok: false; result: LoadResult } {
  if (!isObject(input)) {
    const problem = makeProblem('file', '', 'a GeoJSON FeatureCollection', input);
    return {
      ok: false,
      result: { ...EMPTY, problems: [{ ...problem, code: 'not-a-collection' as const }] },
    };
  }
  const envelope = v.safeParse(CollectionEnvelope, input);
  if (!envelope.success) {
    const problems = toProblems('file', CollectionEnvelope, envelope.issues);
    const result = {
      ...EMPTY,
      problems: problems.map((p) => ({ ...p, code: 'not-a-collection' as const })),
    };
    return { ok: false, result };
  }
  return { ok: true, value: envelope.output };
}

const visitCheck = (options: ParseOptions): Check<VisitFeatureT> => ({
  kind: 'features',
  schema: VisitFeature,
  review: reviewPoint(options),
});

/**
 * A file's articles and statistics, checked before its visits, and the check that a record
 * cites a valid article. Problems keep the order of the file's members: articles, statistics,
 * features, then the citations of statistics and of features.
 */
class Checking {
  readonly problems: Problem[] = [];
  readonly articles: ArticleT[];
  readonly statistics: StatisticT[];
  readonly quotes: QuoteT[];
  readonly visits: VisitFeatureT[] = [];
  private readonly citations: Problem[] = [];
  private readonly visitCitations: Problem[] = [];
  private readonly known: Set<string>;
  private readonly skipped: Set<string>;
  private readonly seen = new Map<string, number>();
  private readonly check: Check<VisitFeatureT>;

  constructor(
    private readonly envelope: v.InferOutput<typeof CollectionEnvelope>,
    options: ParseOptions,
  ) {
    this.articles = collect(
      envelope.articles,
      { kind: 'articles', schema: Article },
      this.problems,
    );
    this.skipped = new Set(this.problems.map((p) => p.record));
    this.known = new Set(this.articles.map((a) => a.id));
    const stats = collect(
      envelope.statistics,
      { kind: 'statistics', schema: LooseStatistic },
      this.problems,
    );
    this.statistics = stats.filter((s) => this.cited(s.id, 'article', s.article, this.citations));
    const quotes = collect(envelope.quotes, { kind: 'quotes', schema: LooseQuote }, this.problems);
    this.quotes = quotes.filter((q) =>
      this.cited(q.id, 'article', q.article ?? '', this.citations),
    );
    this.check = visitCheck(options);
  }

  /** Checks the feature at `index`: valid, not a repeated id, citing a valid article. */
  feature(index: number): void {
    const before = this.visits.length;
    checkRecord(
      this.envelope.features[index],
      index,
      this.check,
      this.problems,
      this.seen,
      this.visits,
    );
    const visit = this.visits[before];
    if (visit && !this.citesKnown(visit)) this.visits.pop();
  }

  /** Whether every article the visit names is a valid one: its own, and its passages'. */
  private citesKnown(visit: VisitFeatureT): boolean {
    const p = visit.properties;
    let ok = this.cited(visit.id, 'properties.article', p.article, this.visitCitations);
    if (!citesOthers(p)) return ok;
    for (const s of visitSources(p)) {
      if (s.named === undefined || s.article === p.article) continue;
      const path = `properties.${s.named}`;
      ok = this.cited(visit.id, path, s.article, this.visitCitations) && ok;
    }
    return ok;
  }

  result(): LoadResult {
    const { features, articles, statistics, quotes } = this.envelope;
    return {
      articles: this.articles,
      statistics: this.statistics,
      visits: this.visits,
      quotes: this.quotes,
      problems: [...this.problems, ...this.citations, ...this.visitCitations],
      counts: {
        visits: features.length,
        statistics: statistics.length,
        articles: articles.length,
        quotes: quotes.length,
      },
    };
  }

  private cited(record: string, path: string, article: string, into: Problem[]): boolean {
    if (this.known.has(article)) return true;
    const note = this.skipped.has(article)
      ? ', an article skipped for its own problems'
      : ', which is not in "articles"';
    into.push(makeProblem(record, path, 'the id of a valid article in "articles"', article, note));
    return false;
  }
}

/**
 * Validates a parsed visits file.
 *
 * @param input - the parsed JSON (anything: the shape is checked here).
 * @param options - the base map's provinces, to check each point against its province.
 * @returns the valid articles, statistics and visits, and one {@link Problem} per fault. When
 *   the input is not a FeatureCollection at all, every list is empty and `problems` says why.
 *   Valid records are the input's own objects, not copies. Never throws.
 */
export function parseVisits(input: unknown, options: ParseOptions = {}): LoadResult {
  const envelope = envelopeOf(input);
  if (!envelope.ok) return envelope.result;
  const checking = new Checking(envelope.value, options);
  for (let i = 0; i < envelope.value.features.length; i++) checking.feature(i);
  return checking.result();
}

/**
 * {@link parseVisits} in slices of about `sliceMs` milliseconds, yielding to the event loop
 * between them, so validating a large file never blocks a page for long. Same result.
 *
 * @param options.sliceMs - work per slice, in milliseconds (default 8).
 * @param options.signal - stops at the next slice, rejecting with the signal's reason.
 */
export async function parseVisitsInSlices(
  input: unknown,
  options: ParseOptions & { sliceMs?: number; signal?: AbortSignal } = {},
): Promise<LoadResult> {
  const envelope = envelopeOf(input);
  if (!envelope.ok) return envelope.result;
  const checking = new Checking(envelope.value, options);
  await inSlices(envelope.value.features.length, (i) => checking.feature(i), options);
  return checking.result();
}
