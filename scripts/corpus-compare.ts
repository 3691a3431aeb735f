/**
 * Drafts each corpus article and scores the draft against its gold annotation, kind by kind.
 * Used by `npm run draft:eval` and by the corpus test (which holds the engine to its aims).
 *
 * Matching rules (printed with the table by the command):
 * - visit (place): one drafted visit per gold visit, in text order, in the gold visit's province
 *   and, at the gold precision, its city or county (`place.county`, whether the point is the
 *   county's own or, where the gazetteer has none, its city's); among several, the one whose site name
 *   shares most words with the gold site. Recall over gold visits, precision over drafted ones.
 * - visit (place and date): the pair's date is the gold date (a range: a day inside it, or the
 *   finest date that holds all of it, its ISO week, else its month, as the engine dates a range).
 * - direct quote: a drafted direct quote with the same passages (every part, offsets exact; a
 *   comma closing a part inside the marks aside); speaker: the same name; visit: on the drafted
 *   visit paired with the gold one, or both on none.
 * - reported statement: a drafted reported quote at the same offsets, every part (final
 *   punctuation aside); speaker: the same name.
 * - leader: the drafted visit paired with a gold one names the gold leader; officials
 *   accompanying: each gold name among the paired visit's `accompanied` (precision over every
 *   official drafted on every visit).
 * - figure: a drafted figure whose wording covers the gold figure's first number at its
 *   offsets; measure and scope: the gold measure's words all in the drafted measure (which has
 *   at most four words more), the same scope, and for a city, county or province the same area.
 * - attachment: a matched quote, statement or figure on the visit paired with its gold visit.
 * - not a visit: a drafted visit whose site or place is a name the gold lists in `notVisits`.
 */

import { coveringDate } from '../src/draft/calendar.js';
import { countiesNamed, provinceNamed } from '../src/draft/gazetteer.js';
import { draftArticle } from '../src/draft/index.js';
import {
  type CorpusArticle,
  GoldError,
  type GoldVisit,
  locate,
  placeKey,
  quoteParts,
  type Span,
  trimSpan,
} from './corpus-gold.js';

interface DraftPassage extends Span {
  text: string;
}
interface DraftQuote extends DraftPassage {
  kind: string;
  speaker: string | null;
  parts?: DraftPassage[];
}
interface DraftStat {
  figure: string;
  passage: DraftPassage;
  measure: string;
  scope: string;
  area?: { en: string };
}
interface DraftOfficial {
  name: { en: string };
}
interface DraftFeature {
  id: string;
  properties: {
    leader?: DraftOfficial;
    accompanied?: DraftOfficial[];
    name: { en: string };
    mention: DraftPassage;
    place: {
      city: { en: string };
      county?: { en: string; zh?: string };
      province: { en: string; basemapId: string };
    };
    location: { precision: string };
    visit: { date: string };
    quotes: DraftQuote[];
    statistics: DraftStat[];
  };
}
interface DraftCollection {
  features: DraftFeature[];
  quotes: DraftQuote[];
  statistics: DraftStat[];
}

/** Counts of one kind: gold items, drafted items, matched ones. */
export interface Row {
  gold: number;
  drafted: number;
  matched: number;
}

export const KINDS = [
  'visits (place)',
  'visits (place and date)',
  'visit dates (of matched visits)',
  'visit leaders',
  'officials accompanying',
  'reports with a visit',
  'visits for names not visited',
  'direct quotes',
  'quote speakers',
  'quote visits',
  'reported statements',
  'statement speakers',
  'figures',
  'figure measure and scope',
  'attachments to visits',
] as const;
export type Kind = (typeof KINDS)[number];

/** One article's score: a row per kind, the differences, and gold errors. */
export interface ArticleScore {
  slug: string;
  rows: Map<Kind, Row>;
  misses: string[];
  errors: string[];
  ms: number;
}

const STOP = new Set(
  'the a an of in on at to for and its their his her this that these those who which whom whose per by with from as is was are were has have total number'.split(
    ' ',
  ),
);
const words = (s: string) =>
  (s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5));

/** Whether a drafted measure says what the gold one says, in not many more words. */
export function measureFits(gold: string, drafted: string): boolean {
  const g = words(gold);
  const d = words(drafted);
  return g.length > 0 && g.every((w) => d.includes(w)) && d.length <= g.length + 4;
}

function visitFits(g: GoldVisit, d: DraftFeature): boolean {
  const p = d.properties.place;
  const province =
    provinceNamed(g.place.province) ??
    provinceNamed(g.place.province.replace(/\s+(?:province|municipality)$/i, ''));
  if (
    province
      ? province.province.basemapId !== p.province.basemapId
      : placeKey(g.place.province) !== placeKey(p.province.en)
  )
    return false;
  if (g.precision === 'province') return true;
  if (g.precision === 'city') {
    // A municipality is its own city.
    const city = g.place.city ?? g.place.province;
    return placeKey(city) === placeKey(p.city.en);
  }
  // The county the text supports, whether or not the point is the county's own; named as the
  // text names it ("Arshaan") or as the gazetteer does ("Arxan City"): the same division.
  if (placeKey(g.place.county) === placeKey(p.county?.en)) return true;
  const zh = p.county?.zh;
  return !!zh && countiesNamed(placeKey(g.place.county)).some((c) => c.county?.zh === zh);
}

function dateFits(g: GoldVisit, drafted: string): boolean {
  if (!g.date) return true;
  if (drafted === g.date) return true;
  if (g.datePrecision !== 'range' || g.dateEnd === undefined) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(drafted)) return g.date <= drafted && drafted <= g.dateEnd;
  return coveringDate(g.date, g.dateEnd).date === drafted;
}

const sameName = (a: string | null, b: string | null) =>
  (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

const PRECISION_ORDER = { county: 0, city: 1, province: 2 } as const;

/**
 * Pairs gold visits with drafted ones, one to one, as many pairs as can be made (a maximum
 * bipartite matching by augmenting paths): a province-level gold visit, which fits any drafted
 * visit in its province, never takes the one a later county or city visit needed. Gold visits
 * are tried most precise first, each drafted visit in order of the gold site's words it shares.
 *
 * @returns gold visit index → the drafted feature it matched
 */
export function pairVisits(
  gold: readonly GoldVisit[],
  features: readonly DraftFeature[],
): Map<number, DraftFeature> {
  const candidates = gold.map((g) => {
    const site = words(g.site ?? '');
    const score = (d: DraftFeature) =>
      words(d.properties.name.en).filter((w) => site.includes(w)).length;
    return features
      .map((d, j) => ({ j, s: score(d) }))
      .filter(({ j }) => visitFits(g, features[j] as DraftFeature))
      .sort((a, b) => b.s - a.s)
      .map(({ j }) => j);
  });
  const owner = new Map<number, number>(); // drafted index → gold index
  const tryPair = (i: number, seen: Set<number>): boolean => {
    for (const j of candidates[i] as number[]) {
      if (seen.has(j)) continue;
      seen.add(j);
      const held = owner.get(j);
      if (held === undefined || tryPair(held, seen)) {
        owner.set(j, i);
        return true;
      }
    }
    return false;
  };
  const order = gold
    .map((g, i) => ({ i, p: PRECISION_ORDER[g.precision] }))
    .sort((a, b) => a.p - b.p || a.i - b.i);
  for (const { i } of order) {
    // A free drafted visit first, the best-named one; else move another gold visit's.
    const first = (candidates[i] as number[]).find((j) => !owner.has(j));
    if (first !== undefined) owner.set(first, i);
    else tryPair(i, new Set());
  }
  const pair = new Map<number, DraftFeature>();
  for (const [j, i] of owner) pair.set(i, features[j] as DraftFeature);
  return new Map([...pair].sort((a, b) => a[0] - b[0]));
}

/** Drafts one corpus article and scores it. */
export function scoreArticle(article: CorpusArticle): ArticleScore {
  const { slug, text, gold } = article;
  const rows = new Map<Kind, Row>(KINDS.map((k) => [k, { gold: 0, drafted: 0, matched: 0 }]));
  const add = (k: Kind, g: number, d: number, m: number) => {
    const r = rows.get(k) as Row;
    r.gold += g;
    r.drafted += d;
    r.matched += m;
  };
  const misses: string[] = [];
  const errors: string[] = [];
  const began = performance.now();
  const draft = draftArticle(text, { id: slug.toLowerCase(), date: gold.published })
    .collection as unknown as DraftCollection;
  const ms = performance.now() - began;
  const features = draft.features;

  // Visits, one to one.
  const pair = pairVisits(gold.visits, features);
  const free = features.filter((d) => ![...pair.values()].includes(d));
  gold.visits.forEach((g, i) => {
    if (!pair.has(i))
      misses.push(
        `visit not drafted: ${g.site ?? '(no site)'} in ${[g.place.county, g.place.city, g.place.province].filter(Boolean).join(', ')} (${g.precision})`,
      );
  });
  for (const d of free)
    misses.push(
      `visit drafted, not in gold: ${d.properties.name.en} (${d.properties.place.county?.en ?? d.properties.place.city.en}, ${d.properties.place.province.en}, ${d.properties.location.precision})`,
    );
  add('visits (place)', gold.visits.length, features.length, pair.size);
  let dated = 0;
  for (const [i, d] of pair) {
    const g = gold.visits[i] as GoldVisit;
    if (dateFits(g, d.properties.visit.date)) dated++;
    else
      misses.push(
        `date of ${g.site ?? 'visit'}: drafted ${d.properties.visit.date}, gold ${g.date}`,
      );
  }
  add('visits (place and date)', gold.visits.length, features.length, dated);
  add('visit dates (of matched visits)', pair.size, pair.size, dated);
  scoreOfficials(gold.visits, features, pair, add, misses);
  add(
    'reports with a visit',
    gold.visits.length > 0 ? 1 : 0,
    features.length > 0 ? 1 : 0,
    gold.visits.length > 0 && features.length > 0 ? 1 : 0,
  );
  const not = (gold.notVisits ?? []).map(placeKey);
  /** The places of the gold visit a drafted one matched: a site in a dateline's city is there. */
  const goldPlaces = (d: DraftFeature) =>
    [...pair]
      .filter(([, f]) => f === d)
      .flatMap(([i]) => {
        const g = (gold.visits[i] as GoldVisit).place;
        return [g.city, g.county].filter((n): n is string => !!n).map(placeKey);
      });
  const wrong = features.filter((d) => {
    const p = d.properties.place;
    // The place the visit claims: its county when it names one (a site in Mizhi County of
    // Yulin is no visit to Yulin as a whole), whatever the precision of its coordinates; a
    // name not visited only when the gold visit it matched is not in that place ("LHASA" the
    // dateline, Barkhor Street in Lhasa the site).
    const place = placeKey(p.county?.en ?? p.city.en);
    return (
      not.includes(placeKey(d.properties.name.en)) ||
      (not.includes(place) && !goldPlaces(d).includes(place))
    );
  });
  for (const w of wrong)
    misses.push(`visit drafted for a name not visited: ${w.properties.name.en}`);
  add('visits for names not visited', 0, wrong.length, 0);

  // Quotes and figures, with their owners.
  const owned = <T>(pick: (f: DraftFeature) => T[], top: T[]) => [
    ...features.flatMap((f) => pick(f).map((item) => ({ item, owner: f as DraftFeature | null }))),
    ...top.map((item) => ({ item, owner: null as DraftFeature | null })),
  ];
  const quotes = owned((f) => f.properties.quotes, draft.quotes);
  const direct = quotes.filter((q) => q.item.kind === 'direct');
  const reported = quotes.filter((q) => q.item.kind === 'reported');
  const figures = owned((f) => f.properties.statistics, draft.statistics);
  let attachedGold = 0;
  let attachedRight = 0;
  const attachedDrafted = [...quotes, ...figures].filter((x) => x.owner).length;
  const ownerFits = (visit: number | null, owner: DraftFeature | null) =>
    visit === null ? owner === null : owner !== null && pair.get(visit) === owner;
  const trimmed = (s: Span) => {
    const t = trimSpan(text, s);
    return `${t.start}-${t.end}`;
  };
  // How the gold visit was drafted: "(drafted as <name>)" or "(not drafted)".
  const goldVisitAs = (visit: number | null) =>
    visit === null
      ? ''
      : ` (${pair.has(visit) ? `drafted as ${pair.get(visit)?.properties.name.en}` : 'not drafted'})`;
  const partsOf = (q: DraftQuote) => (q.parts ?? [q]).map(trimmed).join(' ');

  const goldQuotes = gold.quotes ?? [];
  let qm = 0;
  let qs = 0;
  let qv = 0;
  for (const g of goldQuotes) {
    let key: string;
    try {
      key = quoteParts(text, g).map(trimmed).join(' ');
    } catch (e) {
      if (e instanceof GoldError) errors.push(`quote: ${e.message}`);
      else throw e;
      continue;
    }
    const d = direct.find((x) => partsOf(x.item) === key);
    const label = `quote "${(Array.isArray(g.text) ? g.text[0] : g.text)?.slice(0, 50)}"`;
    if (!d) {
      misses.push(`${label} not drafted`);
      continue;
    }
    qm++;
    if (sameName(d.item.speaker, g.speaker)) qs++;
    else misses.push(`${label}: speaker ${d.item.speaker}, gold ${g.speaker}`);
    if (ownerFits(g.visit, d.owner)) qv++;
    else
      misses.push(
        `${label}: on ${d.owner?.properties.name.en ?? 'no visit'}, gold visit ${g.visit}${goldVisitAs(g.visit)}`,
      );
    if (g.visit !== null) {
      attachedGold++;
      if (ownerFits(g.visit, d.owner)) attachedRight++;
    }
  }
  const goldKeys = new Set<string>();
  for (const g of goldQuotes) {
    try {
      goldKeys.add(quoteParts(text, g).map(trimmed).join(' '));
    } catch {}
  }
  for (const d of direct)
    if (!goldKeys.has(partsOf(d.item)))
      misses.push(`quote drafted, not in gold: "${d.item.text.slice(0, 50)}"`);
  add('direct quotes', goldQuotes.length, direct.length, qm);
  add('quote speakers', goldQuotes.length, direct.length, qs);
  add('quote visits', goldQuotes.length, direct.length, qv);

  const statements = gold.statements ?? [];
  let sm = 0;
  let ss = 0;
  const statementKeys = new Set<string>();
  const stripStop = (s: Span) => {
    let { start, end } = trimSpan(text, s);
    while (end > start && /[.!?]/.test(text[end - 1] ?? '')) end--;
    return `${start}-${end}`;
  };
  const statementKey = (q: DraftQuote) => (q.parts ?? [q]).map(stripStop).join(' ');
  for (const g of statements) {
    let key: string;
    try {
      key = quoteParts(text, g).map(stripStop).join(' ');
    } catch (e) {
      if (e instanceof GoldError) errors.push(`statement: ${e.message}`);
      else throw e;
      continue;
    }
    statementKeys.add(key);
    const d = reported.find((x) => statementKey(x.item) === key);
    const label = `statement "${(Array.isArray(g.text) ? g.text[0] : g.text)?.slice(0, 50)}"`;
    if (!d) {
      misses.push(`${label} not drafted`);
      continue;
    }
    sm++;
    if (sameName(d.item.speaker, g.speaker)) ss++;
    else misses.push(`${label}: speaker ${d.item.speaker}, gold ${g.speaker}`);
    if (g.visit !== null) {
      attachedGold++;
      if (ownerFits(g.visit, d.owner)) attachedRight++;
      else
        misses.push(
          `${label}: on ${d.owner?.properties.name.en ?? 'no visit'}, gold visit ${g.visit}${goldVisitAs(g.visit)}`,
        );
    }
  }
  for (const d of reported)
    if (!statementKeys.has(statementKey(d.item)))
      misses.push(`statement drafted, not in gold: "${d.item.text.slice(0, 50)}"`);
  add('reported statements', statements.length, reported.length, sm);
  add('statement speakers', statements.length, reported.length, ss);

  const goldFigures = gold.figures ?? [];
  let fm = 0;
  let fms = 0;
  const figureAt = (s: DraftStat): Span => {
    const at = s.passage.text.indexOf(s.figure);
    const start = s.passage.start + Math.max(0, at);
    return { start, end: start + s.figure.length };
  };
  const usedFigures = new Set<DraftStat>();
  for (const g of goldFigures) {
    let number: Span;
    try {
      const passage = locate(text, g.passage, g.occurrence ?? 1);
      const figure = locate(text, g.figure, 1, passage.start);
      const n = /\d[\d,.]*/.exec(g.figure);
      const at = figure.start + (n?.index ?? 0);
      number = { start: at, end: at + (n?.[0].replace(/[.,]$/, '').length ?? 0) };
    } catch (e) {
      if (e instanceof GoldError) errors.push(`figure: ${e.message}`);
      else throw e;
      continue;
    }
    const d = figures.find((x) => {
      const s = figureAt(x.item);
      return !usedFigures.has(x.item) && s.start <= number.start && number.end <= s.end;
    });
    if (!d) {
      misses.push(`figure "${g.figure}" not drafted`);
      continue;
    }
    usedFigures.add(d.item);
    fm++;
    const areaOk =
      g.scope === 'site' ||
      g.scope === 'national' ||
      placeKey(g.area) === placeKey(d.item.area?.en);
    if (measureFits(g.measure, d.item.measure) && d.item.scope === g.scope && areaOk) fms++;
    else
      misses.push(
        `figure "${g.figure}": measure "${d.item.measure}" (${d.item.scope}${d.item.area ? ` ${d.item.area.en}` : ''}), gold "${g.measure}" (${g.scope}${g.area ? ` ${g.area}` : ''})`,
      );
    if (g.visit !== null) {
      attachedGold++;
      if (ownerFits(g.visit, d.owner)) attachedRight++;
      else
        misses.push(
          `figure "${g.figure}": on ${d.owner?.properties.name.en ?? 'no visit'}, gold visit ${g.visit}${goldVisitAs(g.visit)}`,
        );
    }
  }
  for (const d of figures)
    if (!usedFigures.has(d.item)) misses.push(`figure drafted, not in gold: "${d.item.figure}"`);
  add('figures', goldFigures.length, figures.length, fm);
  add('figure measure and scope', goldFigures.length, figures.length, fms);
  add('attachments to visits', attachedGold, attachedDrafted, attachedRight);
  return { slug, rows, misses, errors, ms };
}

/**
 * Leaders and officials accompanying, on visits paired with gold ones: the leader's name; each
 * gold official among the drafted visit's (precision over every official drafted).
 */
function scoreOfficials(
  gold: readonly GoldVisit[],
  features: readonly DraftFeature[],
  pair: ReadonlyMap<number, DraftFeature>,
  add: (k: Kind, g: number, d: number, m: number) => void,
  misses: string[],
) {
  let leaders = 0;
  let officials = 0;
  gold.forEach((g, i) => {
    const d = pair.get(i);
    if (!d) return;
    const drafted = d.properties.leader?.name.en ?? null;
    if (g.leader && sameName(drafted, g.leader)) leaders++;
    else if (g.leader || drafted)
      misses.push(`leader of ${g.site ?? 'visit'}: drafted ${drafted}, gold ${g.leader ?? null}`);
    const names = (d.properties.accompanied ?? []).map((o) => o.name.en);
    for (const o of g.accompanied ?? []) {
      if (names.some((n) => sameName(n, o))) officials++;
      else misses.push(`official accompanying ${g.site ?? 'visit'} not drafted: ${o}`);
    }
    for (const n of names)
      if (!(g.accompanied ?? []).some((o) => sameName(n, o)))
        misses.push(`official accompanying ${g.site ?? 'visit'} drafted, not in gold: ${n}`);
  });
  add(
    'visit leaders',
    gold.filter((g) => g.leader).length,
    features.filter((f) => f.properties.leader).length,
    leaders,
  );
  add(
    'officials accompanying',
    gold.reduce((n, g) => n + (g.accompanied?.length ?? 0), 0),
    features.reduce((n, f) => n + (f.properties.accompanied?.length ?? 0), 0),
    officials,
  );
}

/** Scores every article and sums the rows. */
export function scoreCorpus(articles: readonly CorpusArticle[]) {
  const scores = articles.map(scoreArticle);
  const total = new Map<Kind, Row>(KINDS.map((k) => [k, { gold: 0, drafted: 0, matched: 0 }]));
  for (const s of scores)
    for (const [k, r] of s.rows) {
      const t = total.get(k) as Row;
      t.gold += r.gold;
      t.drafted += r.drafted;
      t.matched += r.matched;
    }
  return { scores, total };
}

/** Recall and precision of a row, as fractions (1 when there is nothing to find or keep). */
export const recall = (r: Row) => (r.gold === 0 ? 1 : r.matched / r.gold);
export const precision = (r: Row) => (r.drafted === 0 ? 1 : r.matched / r.drafted);
