/**
 * The test corpus's gold annotations (`test/fixtures/corpus/<slug>.gold.json`, format in
 * `test/fixtures/corpus/README.md`): reading them, and turning their snippets into offsets.
 * A snippet is an exact substring of the article; `occurrence` (1-based) picks among repeats.
 * Offsets are never written by hand: they are found here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A snippet: its words, and which occurrence of them in the article (1 = the first). */
export interface Snippet {
  text: string;
  occurrence?: number;
}

export interface GoldPlace {
  province: string;
  city?: string | null;
  county?: string | null;
  township?: string | null;
  village?: string | null;
}

export interface GoldVisit {
  site: string | null;
  mention?: string;
  mentionOccurrence?: number;
  place: GoldPlace;
  precision: 'county' | 'city' | 'province';
  date: string | null;
  datePrecision?: 'day' | 'week' | 'month' | 'year' | 'range';
  dateEnd?: string;
  dateWording?: string;
  leader?: string | null;
  accompanied?: string[];
}

export interface GoldQuote {
  /** The words inside the marks: one string, or one per part when "he said" splits it. */
  text: string | string[];
  occurrence?: number;
  kind?: 'direct';
  speaker: string | null;
  visit: number | null;
}

export interface GoldStatement {
  /** The reported clause: one string, or one per part when "he said" splits it. */
  text: string | string[];
  occurrence?: number;
  speaker: string | null;
  visit: number | null;
}

export interface GoldFigure {
  figure: string;
  passage: string;
  occurrence?: number;
  value?: number | null;
  unit?: string | null;
  measure: string;
  scope: 'site' | 'city' | 'county' | 'province' | 'national';
  area?: string | null;
  period?: string | null;
  visit: number | null;
}

export interface Gold {
  follows?: string;
  kind?: string;
  published: string;
  shapes?: string[];
  leader?: { en: string; title?: string } | null;
  visits: GoldVisit[];
  notVisits?: string[];
  quotes?: GoldQuote[];
  statements?: GoldStatement[];
  figures?: GoldFigure[];
  notes?: string;
}

/** One corpus article: its slug, text and gold annotation. */
export interface CorpusArticle {
  slug: string;
  text: string;
  gold: Gold;
}

/** Every article of a corpus folder (each `<slug>.txt` with its `<slug>.gold.json`), by slug. */
export function readCorpus(folder: string): CorpusArticle[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.gold.json'))
    .sort()
    .map((n) => {
      const slug = n.slice(0, -'.gold.json'.length);
      return {
        slug,
        text: readFileSync(join(folder, `${slug}.txt`), 'utf8'),
        gold: JSON.parse(readFileSync(join(folder, n), 'utf8')) as Gold,
      };
    });
}

/** A span of the article. */
export interface Span {
  start: number;
  end: number;
}

/** Thrown when a gold snippet is not in its article: the gold file needs fixing. */
export class GoldError extends Error {}

/**
 * The offsets of `snippet` in `text`, its `occurrence`-th time (1-based), searched from `from`.
 * @throws GoldError when it is not there.
 */
export function locate(text: string, snippet: string, occurrence = 1, from = 0): Span {
  let at = from - 1;
  for (let n = 0; n < Math.max(1, occurrence); n++) {
    at = text.indexOf(snippet, at + 1);
    if (at < 0 || snippet === '')
      throw new GoldError(
        `"${snippet.slice(0, 60)}"${occurrence > 1 ? ` (occurrence ${occurrence})` : ''} is not in the article`,
      );
  }
  return { start: at, end: at + snippet.length };
}

/**
 * The parts of a quote as spans: the first part at its occurrence, each later part the first
 * time it stands after the part before.
 */
export function quoteParts(text: string, q: { text: string | string[]; occurrence?: number }) {
  const parts = Array.isArray(q.text) ? q.text : [q.text];
  const spans: Span[] = [];
  let from = 0;
  parts.forEach((p, i) => {
    const s = i === 0 ? locate(text, p, q.occurrence ?? 1) : locate(text, p, 1, from);
    spans.push(s);
    from = s.end;
  });
  return spans;
}

/** A span without trailing commas and white space (a comma inside the marks is no word). */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (end > start && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  return { start, end };
}

/** Place names compared without case, accents, apostrophes or administrative words. */
export function placeKey(name: string | null | undefined): string {
  return (
    (name ?? '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’'`-]/g, '')
      .replace(/^(?:the )?(?:city|county|district|province|village|town|township) of /, '')
      // "Haixi Mongolian and Tibetan Autonomous Prefecture" is Haixi; "Inner Mongolia
      // Autonomous Region" keeps both words of its name.
      .replace(/^(?!inner mongolia )(\S+) (?:[a-z]+,? (?:and )?)+(?=autonomous )/, '$1 ')
      .replace(
        /\b(?:county-level city|autonomous county|autonomous prefecture|autonomous region|special administrative region|municipality|prefecture|province|county|new district|district|city|township|town|village|new area|banner|league|region)\b/g,
        '',
      )
      .replace(/\b(?:hui|zhuang|uygur|uyghur|tujia|miao|yi|tibetan)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
