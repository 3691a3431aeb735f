/**
 * Attachment pass: which visit each quote and figure belongs to. In order: a visit told in the
 * same sentence; a visited site the sentence names; a reference ("during his visit to the
 * company", "at the plant", "its") to the visited site named last; the narrative frame the
 * sentence sits in: the visit told or named last, carried sentence by sentence and paragraph by
 * paragraph until another visit, another day ("On Thursday, ...", "Last year, ...") or another
 * event ("Speaking at a symposium, ...", "At a meeting ...") starts; else a visit told later in
 * the same paragraph. A figure belongs to a visit only when its scope is the site; otherwise its
 * scope is the city or province the sentence names, or national.
 *
 * @module
 */
import escapeStringRegexp from 'escape-string-regexp';
import { type Anchor, AT_SITE, byHead, type Context, eventAt, narrativeFrames } from './frame.js';
import { containing } from './quotes.js';
import type { Paragraph, Sentence } from './sentences.js';
import { findSites } from './sites.js';
import { sameSite } from './visits.js';

const REFERENCE =
  /\b(?:(?:his|her|its|the|this|that) (?:visit|inspection|tour|trip) (?:to|of) the (company|plant|factory|port|mill|site|park|village|group|terminal|museum|base|farm)|at the (company|plant|factory|port|mill|site|park|village|terminal|museum|base|farm|cooperative)|the (company|plant|factory|port|mill|group|park|village|community)'s|^(?:the|this) (company|plant|factory|port|mill|park|terminal|shipyard|cooperative|village|community|school|museum) (?!of\b)|\bits\b)/i;

/** The words opening a sentence at a site's own name: "At the", "In", "Inside the". */
const AT_NAME = /^(?:At|In|Inside)(?: the)? $/;

/** The people of a site named by its first word: "Yunong villagers", "Tencent staff". */
const HEAD_PEOPLE =
  /^\s+(?:villagers|residents|workers|employees|staff|farmers|herders|fishermen|people)\b/;

/** Words that open many names and name no one site. */
const COMMON_HEAD =
  /^(?:The|China|Chinese|National|State|Central|People|Xi|New|North|South|East|West|Northwest|Northeast|Southwest|Southeast|Inner|Upper|Lower|Old|Great|First|Second|Third|No)$/;

/** The first word of a site's proper name ("Tencent" of "Tencent Inc"), or `null`. */
function headWord(name: string): string | null {
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}-]{2,})\s+\S/u.exec(name);
  return m?.[1] && !COMMON_HEAD.test(m[1]) ? m[1] : null;
}

export type { Context };

export interface Attacher {
  /** Index of the visit that the passage `[start, end)` belongs to, or -1. */
  visitOf(
    start: number,
    end: number,
  ): { visit: number; how: 'sentence' | 'site' | 'reference' | 'paragraph' | 'continued' } | null;
  /** Why the passage at `at` belongs to no visit, as a review note says it. */
  whyNone(at: number): string;
  /** The visit told or named last before `at` (for "the village has ..."), or `null`. */
  lastVisitBefore(at: number): number | null;
}

export function attacher(ctx: Context): Attacher {
  const { text, sentences, paragraphs, visits, places } = ctx;
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
    const p = containing(paragraphs, site.start);
    if (i >= 0 && p)
      anchors.push({ start: site.start, end: site.end, visit: i, paragraph: p.index, told: false });
  }
  // A sentence opening at a site named again by its own name ("At the Urumqi International
  // Land Port Area, he watched ...").
  visits.forEach((v, i) => {
    const name = v.name.replace(/^the\s+/i, '');
    if (!/^\p{Lu}\S* \S/u.test(name)) return;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      const p = containing(paragraphs, at);
      const s = containing(sentences, at);
      const opens =
        s && AT_NAME.test(text.slice(s.start, at)) && !/[\p{L}\p{N}]/u.test(text[end] ?? '');
      if (p && opens && !anchors.some((a) => a.start < end && at < a.end && !a.told))
        anchors.push({ start: at, end, visit: i, paragraph: p.index, told: false });
    }
  });
  // A site named again by the first word of its name: "At Tencent, ..." after "Tencent Inc",
  // "Yunong villagers" after "Yunong fishing village".
  visits.forEach((v, i) => {
    const head = headWord(v.name);
    const shared = visits.some((w, j) => j !== i && headWord(w.name) === head);
    if (!head || shared || places.some((p) => p.text === head)) return;
    const word = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeStringRegexp(head)}(?![\\p{L}\\p{N}'’-])`,
      'gu',
    );
    for (const m of text.matchAll(word)) {
      const at = m.index;
      const end = at + head.length;
      const p = containing(paragraphs, at);
      const s = containing(sentences, at);
      if (!p || !s) continue;
      const opens = AT_NAME.test(text.slice(s.start, at)) && /^,/.test(text.slice(end));
      const people = HEAD_PEOPLE.test(text.slice(end, end + 20));
      if ((opens || people) && !anchors.some((a) => a.start < end && at < a.end))
        anchors.push({ start: at, end, visit: i, paragraph: p.index, told: false });
    }
  });
  anchors.sort((a, b) => a.start - b.start);
  const frames = narrativeFrames({ ...ctx, anchors });
  const sentenceAt = (at: number) => {
    const s = containing(sentences, at);
    return s ? { s, index: sentences.indexOf(s) } : null;
  };

  return {
    lastVisitBefore(at) {
      return anchors.filter((a) => a.start < at).pop()?.visit ?? null;
    },
    whyNone(at) {
      const found = sentenceAt(at);
      return (found && frames[found.index]?.why) || 'no visit is told before it';
    },
    visitOf(start, end) {
      const found = sentenceAt(start);
      if (!found) return null;
      const { s, index } = found;
      const here = anchors.filter((a) => a.start < s.end && s.start < a.end);
      const told = here.filter((a) => a.told);
      const nearest = (list: Anchor[]) => list.filter((a) => a.start <= start).pop() ?? list[0];
      if (told.length > 0) return { visit: (nearest(told) as Anchor).visit, how: 'sentence' };
      if (here.length > 0) return { visit: (nearest(here) as Anchor).visit, how: 'site' };
      const p = paragraphs[s.paragraph] as Paragraph;
      // "At the village, ...": the visit whose site the words name, for the whole paragraph.
      const at = AT_SITE.exec(s.text) ?? AT_SITE.exec(text.slice(p.start, p.end));
      const ref = REFERENCE.exec(s.text);
      const head = at?.[1] ?? ref?.[1] ?? ref?.[2] ?? ref?.[3];
      const site = head ? byHead(head, start, anchors, visits) : undefined;
      if (site) return { visit: site.visit, how: 'reference' };
      // Another event ("Speaking at a symposium, ..."): not the visit told before.
      if (eventAt(text, s, paragraphs)) return null;
      const before = anchors.filter((a) => a.start < start);
      if (REFERENCE.test(s.text) && before.length > 0) {
        const last = before[before.length - 1] as Anchor;
        if (last.paragraph >= s.paragraph - 1) return { visit: last.visit, how: 'reference' };
      }
      const f = frames[index];
      if (f && f.visit >= 0) {
        const from = sentences[f.from] as Sentence;
        return { visit: f.visit, how: from.paragraph === s.paragraph ? 'paragraph' : 'continued' };
      }
      // Before the visit its paragraph tells: that visit, unless this sentence ended a frame.
      const later = anchors.find((a) => a.paragraph === s.paragraph && a.start >= start);
      if (later && f?.from !== index) return { visit: later.visit, how: 'paragraph' };
      void end;
      return null;
    },
  };
}

/** Whether a sentence points back at a site ("its", "the company's", "at the plant"). */
export const refersBack = (sentence: string) => REFERENCE.test(sentence);
