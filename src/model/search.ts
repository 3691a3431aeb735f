/**
 * Finding a visit by what a reader remembers of it: the site, the organisation, the city, the
 * province or the leader, in English or Chinese. Names and queries are compared as
 * {@link searchText} gives them: without case, accents, company forms ("Co., Ltd.", "Group",
 * 股份有限公司, 集团), articles ("the", "a", "of"), punctuation, or a Chinese place's level
 * (省, 市, 自治区). So "the Luoyang bearing company" finds "Luoyang Bearing Group Co., Ltd.",
 * "LUOYÁNG" finds Luoyang, and "周平 杭州" the leader's visits in 杭州市. No DOM.
 *
 * Our own matcher, not a fuzzy-search library: the libraries tried (microfuzz, uFuzzy) took
 * 40 to 260 ms per letter typed over 10,000 visits here, or 4 KB gzip of the element's
 * budget; this one takes a few milliseconds and a few hundred bytes (see `bench/filters.ts`).
 *
 * @module
 */
import type { LocalName, VisitFeature } from './schema.js';
import { inSlices } from './tasks.js';

/** Words that name a company's legal form or are articles: they tell no visit apart. */
const FILLER = new Set(
  'co ltd inc corp plc llc company corporation limited group holding holdings the a an of and'.split(
    ' ',
  ),
);
/** Chinese company forms, longest first. */
const FILLER_ZH = /股份有限公司|有限责任公司|有限公司|集团|公司/g;
/** A Chinese place's level at the end of a word: 杭州市 is 杭州 to a reader. */
const LEVEL_ZH = /(?<=\p{Script=Han})(?:维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/u;

/**
 * A name or query as it is compared: lower case, without accents, company forms, articles,
 * punctuation and a Chinese place's level; words one space apart. `''` when nothing is left.
 */
export function searchText(text: string): string {
  let s = text.toLowerCase();
  // Most names are ASCII: the Unicode work only for those that are not.
  const ascii = !/[^ -~]/.test(s);
  if (!ascii) s = s.normalize('NFD').replace(/\p{M}/gu, '').replace(FILLER_ZH, ' ');
  const words = s.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u);
  let out = '';
  for (const word of words) {
    if (!word || FILLER.has(word)) continue;
    const kept = ascii ? word : word.replace(LEVEL_ZH, '');
    out = out ? `${out} ${kept}` : kept;
  }
  return out;
}

/** A visit found, with how well it matched: lower is better. */
export interface SearchHit {
  visit: VisitFeature;
  /**
   * 0: the site's name is the query; 1: it starts with it; 2: the site's names (site,
   * organisation, facility) hold every word; 4: its names and places (city, province, leader)
   * do. One more where a word starts inside a word ("yang" in "luoyang").
   */
  score: number;
}

/** What a query is limited to. */
export interface SearchOptions {
  /** Only these visits (those the filters let through); all when left out. */
  among?: ReadonlySet<VisitFeature> | undefined;
  /** At most this many hits. Default 10. */
  limit?: number;
}

const HAN = /\p{Script=Han}/u;

/**
 * Where `word` stands in `text`: -1 not at all, 0 at a word's start, 1 inside a word only.
 * Chinese has no spaces between words: there, any place is a word's start.
 */
function place(text: string, word: string, han: boolean): number {
  let at = text.indexOf(word);
  if (at < 0) return -1;
  if (han) return 0;
  for (; at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (at === 0 || before === 32 || before === 10) return 0;
  }
  return 1;
}

/** A visit's texts as compared: its site's names, one per line, and those with its places. */
interface Texts {
  /** The site's name in English and in Chinese. */
  names: string[];
  /** Site, organisation and facility names. */
  site: string;
  /** The same, then city, province and leader. */
  all: string;
}

/** How a query's words match one visit's texts, as {@link SearchHit.score}; -1 for none. */
function score(t: Texts, query: string, words: string[], han: boolean[]): number {
  if (t.names.includes(query)) return 0;
  if (t.names.some((n) => n.startsWith(query))) return 1;
  let inside = 0;
  let inSite = true;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    let at = place(t.site, word, han[k] as boolean);
    if (at < 0) {
      inSite = false;
      at = place(t.all, word, han[k] as boolean);
      if (at < 0) return -1;
    }
    inside |= at;
  }
  return (inSite ? 2 : 4) + inside;
}

/**
 * A search over visits: their names are made comparable once (by {@link VisitSearch.prepare},
 * in slices that leave the page responsive, else on the first query); each query then returns
 * the visits that match, best first ({@link SearchHit.score}; visits that match equally well
 * keep the order given). An empty query finds nothing.
 */
export class VisitSearch {
  private texts: Texts[] = [];
  private readonly cache = new Map<string, string>();

  constructor(readonly visits: readonly VisitFeature[]) {}

  /** Makes the names of the visits comparable, a slice at a time; resolves when done. */
  async prepare(options: { signal?: AbortSignal } = {}): Promise<void> {
    await inSlices(this.visits.length - this.texts.length, () => this.next(), {
      ...options,
      priority: 'user-visible',
    });
  }

  /** The visits that match `query`, best first, at most `limit` (default 10). */
  find(query: string, { among, limit = 10 }: SearchOptions = {}): SearchHit[] {
    const q = searchText(query);
    if (!q) return [];
    const { visits, texts } = this;
    while (texts.length < visits.length) this.next();
    const words = q.split(' ');
    const han = words.map((w) => HAN.test(w));
    // Hits by score, each in the order given: the best `limit` without sorting them all.
    const byScore: VisitFeature[][] = [[], [], [], [], [], []];
    for (let i = 0; i < visits.length; i++) {
      const visit = visits[i] as VisitFeature;
      if (among && !among.has(visit)) continue;
      const s = score(texts[i] as Texts, q, words, han);
      if (s >= 0) (byScore[s] as VisitFeature[]).push(visit);
    }
    return byScore.flatMap((list, s) => list.map((visit) => ({ visit, score: s }))).slice(0, limit);
  }

  /** Makes the next visit's names comparable. */
  private next(): void {
    const { properties: p } = this.visits[this.texts.length] as VisitFeature;
    const site = this.lines([p.name, p.organisation, p.facility]);
    this.texts.push({
      names: [this.norm(p.name.en), this.norm(p.name.zh)].filter(Boolean),
      site,
      all: `${site}\n${this.lines([p.place.city, p.place.province, p.leader?.name])}`,
    });
  }

  /** {@link searchText}, once per distinct text: visits share cities, provinces and leaders. */
  private norm(text: string | undefined): string {
    if (!text) return '';
    let out = this.cache.get(text);
    if (out === undefined) {
      out = searchText(text);
      this.cache.set(text, out);
    }
    return out;
  }

  private lines(names: (LocalName | null | undefined)[]): string {
    return names.flatMap((n) => (n ? [this.norm(n.en), this.norm(n.zh)] : [])).join('\n');
  }
}
