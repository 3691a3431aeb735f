/**
 * The live check: the rules of `npm run check-data` (the model's format rules, each point in its
 * province, the article's digest, every passage at its offsets, review notes), run on the draft
 * as it stands, with each problem tied to the item it concerns; and one rule of the editor's
 * own: a visit date the article does not give (finer, or another day) needs a report.
 *
 * @module
 */
import baseMapData from '../../data/basemap/basemap.topo.json';
import { type BaseMapTopology, baseMapFeatures } from '../map/basemap-data.js';
import { checkDataset } from '../model/check.js';
import { makeProblem, type Problem } from '../model/problems.js';
import { needsReport } from './corroboration.js';
import type { DraftCollection } from './engine.js';
import { collectionOf } from './publish.js';
import { type ItemKey, itemKey, type Session, SPEAKER_ASKED } from './session.js';

let provinces: ReturnType<typeof baseMapFeatures>['provinces']['features'] | undefined;
const provincesOf = () => {
  provinces ??= baseMapFeatures(baseMapData as unknown as BaseMapTopology).provinces.features;
  return provinces;
};
// The provinces are made while the page is idle (some 5 ms), not in the first check's task.
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => provincesOf());

/** Problems by the item they concern; `article` for the article's own record. */
export interface CheckResult {
  byItem: Map<ItemKey | 'article', Problem[]>;
  /** Problems of accepted items and of the article: while there is one, nothing is published. */
  blocking: Problem[];
  all: Problem[];
}

/** The words the checker adds where a record cites an article that failed its own check. */
const SKIPPED = /, an article skipped for its own problems$/;

/** The item a problem concerns, from its record and field path. */
function itemOf(d: DraftCollection, p: Problem): ItemKey | 'article' {
  const visit = d.features.find((f) => f.id === p.record);
  if (visit) {
    const m = /^properties\.(quotes|statistics)\.(\d+)/.exec(p.path);
    const list = m?.[1] === 'quotes' ? visit.properties.quotes : visit.properties.statistics;
    const item = m ? list[Number(m[2])] : undefined;
    if (m && item) return itemKey(m[1] === 'quotes' ? 'quote' : 'figure', item.id);
    return itemKey('visit', visit.id);
  }
  if (d.statistics.some((s) => s.id === p.record)) return itemKey('figure', p.record);
  if (d.quotes?.some((q) => q.id === p.record)) return itemKey('quote', p.record);
  const at = /^features\[(\d+)\]$/.exec(p.record);
  const byIndex = at ? d.features[Number(at[1])] : undefined;
  return byIndex ? itemKey('visit', byIndex.id) : 'article';
}

/**
 * Checks the session's draft, leaving out rejected items.
 * @param digest - SHA-256 (hex) of the article's text as UTF-8, when computed.
 */
export function checkSession(s: Session, digest: string | undefined): CheckResult {
  const byItem = new Map<ItemKey | 'article', Problem[]>();
  const d = collectionOf(s);
  if (!d) return { byItem, blocking: [], all: [] };
  const { problems } = checkDataset(d, () => ({ text: s.text, sha256: digest }), {
    provinces: provincesOf(),
  });
  // The article's own problem (a title not yet given) is said once, at the article: not again
  // at every item that cites it as "an article skipped for its own problems".
  const articleOwn = problems.some((p) => itemOf(d, p) === 'article');
  const all = articleOwn ? problems.filter((p) => !SKIPPED.test(p.message)) : problems;
  // The editor asks for a report of any date not from the article, not only a finer one.
  for (const f of d.features) {
    const path = 'properties.visit.corroboration';
    if (!needsReport(f.properties.visit) || all.some((p) => p.record === f.id && p.path === path))
      continue;
    all.push(
      makeProblem(f.id, path, 'a corroborating report for a date the article does not give', []),
    );
  }
  all.push(...speakersAsked(s, d));
  const blocking: Problem[] = [];
  for (const p of all) {
    const key = itemOf(d, p);
    byItem.set(key, [...(byItem.get(key) ?? []), p]);
    if (key === 'article' || s.decisions[key] === 'accepted') blocking.push(p);
  }
  return { byItem, blocking, all };
}

/** A problem for each quote added by hand that names no speaker yet. */
function speakersAsked(s: Session, d: DraftCollection): Problem[] {
  const asked = new Set(s.handQuotes ?? []);
  if (!asked.size) return [];
  const out: Problem[] = [];
  for (const f of d.features)
    f.properties.quotes.forEach((q, i) => {
      if (asked.has(q.id) && !q.speaker)
        out.push(makeProblem(f.id, `properties.quotes.${i}.speaker`, SPEAKER_ASKED, null));
    });
  for (const q of d.quotes ?? [])
    if (asked.has(q.id) && !q.speaker) out.push(makeProblem(q.id, 'speaker', SPEAKER_ASKED, null));
  return out;
}

/** SHA-256 of the text's UTF-8 bytes, lower-case hex (what `sha256` in an article records). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
