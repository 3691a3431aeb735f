/**
 * Attachment pass: which visit each quote and figure belongs to. In order: a visit told in the
 * same sentence; a visited site the sentence names; a reference ("during his visit to the
 * company", "at the plant", "its") to the visited site named last; a visit or visited site in
 * the same paragraph; the visit of the paragraph before, when this paragraph names no other
 * date, place or site. A figure belongs to a visit only when its scope is the site; otherwise
 * its scope is the city or province the sentence names, or national.
 *
 * @module
 */
import type { DateMention } from './dates.js';
import type { PlaceMention } from './places.js';
import type { Paragraph, Sentence } from './sentences.js';
import { findSites } from './sites.js';
import { sameSite, type Visit } from './visits.js';
import { hasWord } from './words.js';

/** A place in the article where a visit's site is told or named. */
interface Anchor {
  start: number;
  end: number;
  visit: number;
  paragraph: number;
  /** A visit's own mention (its sentence), not just its name. */
  told: boolean;
}

const REFERENCE =
  /\b(?:(?:his|her|its|the|this|that) (?:visit|inspection|tour|trip) (?:to|of) the (company|plant|factory|port|mill|site|park|village|group|terminal|museum|base|farm)|at the (company|plant|factory|port|mill|site|park|village|terminal|museum|base|farm|cooperative)|the (company|plant|factory|port|mill|group|park|village|community)'s|^(?:the|this) (company|plant|factory|port|mill|park|terminal|shipyard|cooperative|village|community|school|museum) (?!of\b)|\bits\b)/i;

const HEADS =
  'company|plant|factory|port|mill|site|park|village|group|terminal|museum|base|farm|cooperative|market|community|school|mine|works|station|cent(?:er|re)';
/** "At the village, ...": a paragraph or sentence that opens at a site visited before. */
const AT_SITE = new RegExp(
  `^(?:(?:At|In|Inside) the|(?:During|On) (?:his|her|the) (?:visit|tour|inspection|trip) (?:to|of) the) (${HEADS})\\b`,
  'i',
);
/** "Speaking at a symposium, ...": a paragraph told at another event than a visit. */
const EVENT =
  /^(?:(?:Speaking|Addressing|Presiding over|Chairing|Attending)\b[^,]{0,80}|(?:At|During) an? (?:[a-z-]+ ){0,2}(?:symposium|meeting|conference|forum|seminar|session|gathering|ceremony|briefing|event)\b[^,]{0,60})/;

export interface Context {
  text: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  visits: readonly Visit[];
  places: readonly PlaceMention[];
  dates: readonly DateMention[];
}

export interface Attacher {
  /** Index of the visit that the passage `[start, end)` belongs to, or -1. */
  visitOf(
    start: number,
    end: number,
  ): { visit: number; how: 'sentence' | 'site' | 'reference' | 'paragraph' | 'continued' } | null;
  /** The words opening the paragraph of `at` when it is told at another event, else `null`. */
  eventOf(at: number): string | null;
  /** The visit told or named last before `at` (for "the village has ..."), or `null`. */
  lastVisitBefore(at: number): number | null;
  /** Marks that paragraph `p` is about visit `v` (after a quote in it was attached). */
  establish(p: number, v: number): void;
}

export function attacher(ctx: Context): Attacher {
  const { text, sentences, paragraphs, visits, places, dates } = ctx;
  const anchors: Anchor[] = [];
  visits.forEach((v, i) => {
    anchors.push({
      start: v.sentence.start,
      end: v.sentence.end,
      visit: i,
      paragraph: v.sentence.paragraph,
      told: true,
    });
  });
  for (const site of findSites(text)) {
    const i = visits.findIndex(
      (v) => sameSite(v.name, site.text) || sameSite(v.site.text, site.text),
    );
    const p = paragraphs.find((x) => x.start <= site.start && site.start < x.end);
    if (i >= 0 && p)
      anchors.push({ start: site.start, end: site.end, visit: i, paragraph: p.index, told: false });
  }
  anchors.sort((a, b) => a.start - b.start);
  const established = new Map<number, number>();
  for (const a of anchors) established.set(a.paragraph, a.visit);

  const namesOther = (p: Paragraph, v: number) =>
    dates.some((d) => d.start >= p.start && d.end <= p.end) ||
    places.some((m) => m.start >= p.start && m.end <= p.end) ||
    anchors.some((a) => a.paragraph === p.index && a.visit !== v);

  /** The last anchor before `at` whose visit's site the head word ("village") names. */
  const byHead = (head: string, at: number, paragraph: number) => {
    const word = head.replace(/centre/i, 'center');
    const named = (a: Anchor) => {
      const v = visits[a.visit];
      return (
        v !== undefined && hasWord(`${v.name} ${v.site.text}`.replace(/centre/gi, 'center'), word)
      );
    };
    return anchors.filter((a) => a.start < at && a.paragraph >= paragraph - 3 && named(a)).pop();
  };
  const opening = (p: Paragraph) => text.slice(p.start, p.end);

  return {
    lastVisitBefore(at) {
      return anchors.filter((a) => a.start < at).pop()?.visit ?? null;
    },
    eventOf(at) {
      const p = paragraphs.find((x) => x.start <= at && at < x.end);
      return p ? (EVENT.exec(opening(p))?.[0] ?? null) : null;
    },
    establish(p, v) {
      if (!established.has(p)) established.set(p, v);
    },
    visitOf(start, end) {
      const s = sentences.find((x) => x.start <= start && start < x.end);
      if (!s) return null;
      const here = anchors.filter((a) => a.start < s.end && s.start < a.end);
      const told = here.filter((a) => a.told);
      const nearest = (list: Anchor[]) => list.filter((a) => a.start <= start).pop() ?? list[0];
      if (told.length > 0) return { visit: (nearest(told) as Anchor).visit, how: 'sentence' };
      if (here.length > 0) return { visit: (nearest(here) as Anchor).visit, how: 'site' };
      const p = paragraphs[s.paragraph] as Paragraph;
      // "At the village, ...": the visit whose site the words name, for the whole paragraph.
      const at = AT_SITE.exec(s.text) ?? AT_SITE.exec(opening(p));
      const ref = REFERENCE.exec(s.text);
      const head = at?.[1] ?? ref?.[1] ?? ref?.[2] ?? ref?.[3];
      const site = head ? byHead(head, start, s.paragraph) : undefined;
      if (site) return { visit: site.visit, how: 'reference' };
      // Another event ("Speaking at a symposium, ..."): not the visit told before.
      if (EVENT.test(opening(p))) return null;
      const before = anchors.filter((a) => a.start < start);
      if (REFERENCE.test(s.text) && before.length > 0) {
        const last = before[before.length - 1] as Anchor;
        if (last.paragraph >= s.paragraph - 1) return { visit: last.visit, how: 'reference' };
      }
      const inParagraph = anchors.filter((a) => a.paragraph === s.paragraph);
      if (inParagraph.length > 0)
        return { visit: (nearest(inParagraph) as Anchor).visit, how: 'paragraph' };
      const previous = established.get(s.paragraph - 1);
      if (previous !== undefined && !namesOther(p, previous))
        return { visit: previous, how: 'continued' };
      void end;
      return null;
    },
  };
}

/** Whether a sentence points back at a site ("its", "the company's", "at the plant"). */
export const refersBack = (sentence: string) => REFERENCE.test(sentence);
