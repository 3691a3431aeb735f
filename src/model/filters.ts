/**
 * Filtering visits by year, leader, province and industry, combined, with the count of each
 * value under the other filters (faceted counts, as search pages show them): what a reader
 * would get by choosing that value next. No DOM.
 *
 * A value is named by its key, the same in the element's attributes and the page's deep links:
 * the year (`2025`), else the English name as a slug (`xi-jinping`, `henan`,
 * `ports-and-logistics`). Visits whose leader the article does not name have the leader key
 * {@link NOT_NAMED}.
 *
 * The visits are indexed once ({@link indexVisits}: one pass, a few milliseconds for 10,000);
 * each change of the filters is then one pass over small integer columns
 * ({@link FilterIndex.apply}).
 *
 * @module
 */
import { startYear } from './dates.js';
import type { LocalName, VisitFeature } from './schema.js';
import { inSlices } from './tasks.js';

/** What visits are filtered by, in the order the filters are shown. */
export const FACETS = ['year', 'leader', 'province', 'industry'] as const;
export type Facet = (typeof FACETS)[number];

/** The chosen value of each facet, as its key; `null` (or absent) for all values. */
export type VisitFilters = Partial<Record<Facet, string | null>>;

/** The leader key of visits whose leader the article does not name. */
export const NOT_NAMED = 'not-named';

/** A value of a facet. */
export interface FacetValue {
  /** In links and attributes: `2025`, `xi-jinping`, `henan`, `ports-and-logistics`. */
  key: string;
  /**
   * How the data names it: the year, the leader's name, the province's, or the industry as the
   * data gives it (`ports and logistics`). `null` for {@link NOT_NAMED}.
   */
  name: LocalName | null;
  /** Visits with this value among those the other filters let through. */
  count: number;
}

/** What a change of the filters gives. */
export interface FilterResult {
  /** The visits every filter lets through, in the order indexed. */
  shown: readonly VisitFeature[];
  /**
   * Each facet's values (years in order, the others most visits first, then by name), with
   * their counts under the other filters.
   */
  facets: Record<Facet, FacetValue[]>;
  /** For each facet, the visits the other filters let through (the count of "all values"). */
  totals: Record<Facet, number>;
}

/**
 * A value's key: the text in lower case without accents, every run of other characters than
 * letters and digits one hyphen (`Xi Jinping` → `xi-jinping`). A key given in any such spelling
 * finds its value: `Xi Jinping`, `xi-jinping` and `XI JINPING` are one.
 */
export function facetKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** The facets a visit fails, in {@link FACETS} order: why the filters hide it. */
export function hiddenBy(visit: VisitFeature, filters: VisitFilters): Facet[] {
  const p = visit.properties;
  const has: Record<Facet, (key: string) => boolean> = {
    year: (key) => startYear(p.visit.date) === key,
    leader: (key) => (p.leader ? facetKey(p.leader.name.en) : NOT_NAMED) === key,
    province: (key) => facetKey(p.place.province.en) === key,
    industry: (key) => p.industries.some((i) => facetKey(i) === key),
  };
  return FACETS.filter((f) => {
    const key = filters[f];
    return key != null && !has[f](facetKey(key));
  });
}

/** One facet's distinct values and each visit's value (an index into them). */
class Column {
  readonly values: { key: string; name: LocalName | null }[] = [];
  readonly totals: number[] = [];
  private readonly byRaw = new Map<string, number>();
  private readonly byKey = new Map<string, number>();

  /** The index of a value, added when new: `raw` is what the data says, `name` how to show it. */
  index(raw: string, name: () => LocalName | null, key = () => facetKey(raw)): number {
    let i = this.byRaw.get(raw);
    if (i === undefined) {
      const k = key();
      i = this.byKey.get(k);
      if (i === undefined) {
        i = this.values.length;
        this.values.push({ key: k, name: name() });
        this.totals.push(0);
        this.byKey.set(k, i);
      }
      this.byRaw.set(raw, i);
    }
    this.totals[i] = (this.totals[i] as number) + 1;
    return i;
  }

  /** Value `i` with a count. */
  valueAt(i: number, count: number): FacetValue {
    const { key, name } = this.values[i] as Column['values'][number];
    return { key, name, count };
  }

  /** The index of a chosen key: -1 for no filter, -2 for a key no visit has. */
  chosen(key: string | null | undefined): number {
    if (key == null) return -1;
    return this.byKey.get(facetKey(key)) ?? -2;
  }

  /** Value indices in display order: most visits first, then by English name. */
  order(byValue: boolean): number[] {
    const all = this.values.map((_, i) => i);
    const name = (i: number) => this.values[i]?.name?.en ?? '\uffff';
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return all.sort((a, b) =>
      byValue
        ? cmp(this.values[a]?.key ?? '', this.values[b]?.key ?? '')
        : (this.totals[b] as number) - (this.totals[a] as number) || cmp(name(a), name(b)),
    );
  }
}

const bump = (counts: Uint32Array, i: number) => {
  counts[i] = (counts[i] as number) + 1;
};

/** The visits, indexed for filtering; see {@link indexVisits}. */
export class FilterIndex {
  private readonly columns: Record<Facet, Column> = {
    year: new Column(),
    leader: new Column(),
    province: new Column(),
    industry: new Column(),
  };
  /** Each visit's value of the single-valued facets. */
  private readonly year: Uint16Array;
  private readonly leader: Uint16Array;
  private readonly province: Uint16Array;
  /** Each visit's industries: `industries[industryFrom[i] … industryFrom[i + 1])`. */
  private readonly industryFrom: Uint32Array;
  private industries: Uint16Array = new Uint16Array(0);
  private readonly industryList: number[] = [];
  private orders = {} as Record<Facet, number[]>;

  /**
   * Indexes `visits` at once, or with `later` none of them yet: {@link add} each in turn, then
   * {@link finish} (as {@link indexVisitsInSlices} does).
   */
  constructor(
    readonly visits: readonly VisitFeature[],
    later = false,
  ) {
    const n = visits.length;
    this.year = new Uint16Array(n);
    this.leader = new Uint16Array(n);
    this.province = new Uint16Array(n);
    this.industryFrom = new Uint32Array(n + 1);
    if (later) return;
    for (let i = 0; i < n; i++) this.add(i);
    this.finish();
  }

  /** Indexes visit `i`, after visits 0 to `i - 1`. */
  add(i: number): void {
    const c = this.columns;
    const p = (this.visits[i] as VisitFeature).properties;
    const year = startYear(p.visit.date);
    this.year[i] = c.year.index(
      year,
      () => ({ en: year }),
      () => year,
    );
    const leader = p.leader?.name;
    this.leader[i] = leader
      ? c.leader.index(leader.en, () => leader)
      : c.leader.index(
          '',
          () => null,
          () => NOT_NAMED,
        );
    const province = p.place.province;
    this.province[i] = c.province.index(province.en, () => ({
      en: province.en,
      ...(province.zh ? { zh: province.zh } : {}),
    }));
    for (const industry of new Set(p.industries)) {
      this.industryList.push(c.industry.index(industry, () => ({ en: industry })));
    }
    this.industryFrom[i + 1] = this.industryList.length;
  }

  /** Ends the indexing: values are put in their display order. */
  finish(): void {
    const c = this.columns;
    this.industries = Uint16Array.from(this.industryList);
    this.industryList.length = 0;
    this.orders = {
      year: c.year.order(true),
      leader: c.leader.order(false),
      province: c.province.order(false),
      industry: c.industry.order(false),
    };
  }

  /** The values of a facet in display order, with their counts over all visits. */
  values(facet: Facet): FacetValue[] {
    const column = this.columns[facet];
    return this.orders[facet].map((i) => column.valueAt(i, column.totals[i] as number));
  }

  /** The key a facet's value is known by (`Xi Jinping` → `xi-jinping`); `null` when no visit has it. */
  known(facet: Facet, key: string): string | null {
    const i = this.columns[facet].chosen(key);
    return i >= 0 ? (this.columns[facet].values[i]?.key ?? null) : null;
  }

  /**
   * The visits the filters let through, and each facet's counts under the other filters. A key
   * no visit has lets none through.
   */
  apply(filters: VisitFilters): FilterResult {
    const c = this.columns;
    const y = c.year.chosen(filters.year);
    const l = c.leader.chosen(filters.leader);
    const p = c.province.chosen(filters.province);
    const ind = c.industry.chosen(filters.industry);
    const counts = {
      year: new Uint32Array(c.year.values.length),
      leader: new Uint32Array(c.leader.values.length),
      province: new Uint32Array(c.province.values.length),
      industry: new Uint32Array(c.industry.values.length),
    };
    const { year, leader, province, industryFrom, industries, visits } = this;
    const shown: VisitFeature[] = [];
    const totals = { year: 0, leader: 0, province: 0, industry: 0 };
    for (let i = 0; i < visits.length; i++) {
      const vy = year[i] as number;
      const vl = leader[i] as number;
      const vp = province[i] as number;
      const from = industryFrom[i] as number;
      const to = industryFrom[i + 1] as number;
      let inIndustry = ind === -1;
      for (let k = from; k < to && !inIndustry; k++) inIndustry = industries[k] === ind;
      const missY = y !== -1 && vy !== y;
      const missL = l !== -1 && vl !== l;
      const missP = p !== -1 && vp !== p;
      const misses = +missY + +missL + +missP + +!inIndustry;
      // A visit counts for a facet's value when every other filter lets it through.
      if (misses > 1) continue;
      if (misses === 0) {
        shown.push(visits[i] as VisitFeature);
        totals.year++;
        totals.leader++;
        totals.province++;
        totals.industry++;
      } else if (missY) totals.year++;
      else if (missL) totals.leader++;
      else if (missP) totals.province++;
      else totals.industry++;
      if (!missL && !missP && inIndustry) bump(counts.year, vy);
      if (!missY && !missP && inIndustry) bump(counts.leader, vl);
      if (!missY && !missL && inIndustry) bump(counts.province, vp);
      if (!missY && !missL && !missP) {
        for (let k = from; k < to; k++) bump(counts.industry, industries[k] as number);
      }
    }
    const facets = {} as Record<Facet, FacetValue[]>;
    for (const f of FACETS) {
      facets[f] = this.orders[f].map((i) => c[f].valueAt(i, counts[f][i] as number));
    }
    return { shown: shown.length === visits.length ? visits : shown, facets, totals };
  }
}

/** Indexes visits for filtering (one pass); the visits keep the order given. */
export const indexVisits = (visits: readonly VisitFeature[]): FilterIndex =>
  new FilterIndex(visits);

/**
 * {@link indexVisits} a slice at a time, yielding to the page between slices (100,000 visits
 * take longer than a frame).
 *
 * @param options.signal - stops at the next slice, rejecting with the signal's reason.
 */
export async function indexVisitsInSlices(
  visits: readonly VisitFeature[],
  options: { signal?: AbortSignal } = {},
): Promise<FilterIndex> {
  const index = new FilterIndex(visits, true);
  await inSlices(visits.length, (i) => index.add(i), { ...options, priority: 'user-visible' });
  index.finish();
  return index;
}
