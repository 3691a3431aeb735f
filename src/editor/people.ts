/**
 * A visit's leader and accompanying officials added from the article's words: the person
 * selects the words that name someone ("Chinese President Xi Jinping", "Wang Yi, director of
 * the Office of the Foreign Affairs Commission"); the selection is the passage, and the name and
 * title are read from it (the words up to a title or office of the engine's lists, whatever their
 * case, else a title after a comma), for the person to correct in the fields; a leader the
 * vocabulary knows keeps their Chinese name.
 *
 * @module
 */
import { LEADER_TITLES, LEADER_ZH, OFFICE_TITLES } from '../draft/vocabulary.js';
import type { Official } from '../model/schema.js';
import { editVisit } from './actions.js';
import { type Range, trimRange } from './passages.js';
import type { Session } from './session.js';

/**
 * A title before the name: the words up to and including the last of the engine's titles or
 * offices that a name follows ("Chinese Premier", "fujian provincial party secretary"), in any
 * case.
 */
const LEADING = new RegExp(
  `^((?:.*\\s)?(?:${[...LEADER_TITLES, ...OFFICE_TITLES].join('|')}))\\s+(?!of\\b)(\\S.*)$`,
  'iu',
);
const TRAILING = /^([^,]+),\s*(.+)$/u;

/** The official the words at `range` name, or `null` when the selection is empty. */
export function officialAt(text: string, selected: Range): Official | null {
  const r = trimRange(text, selected);
  if (!r) return null;
  const words = text.slice(r.start, r.end);
  const passage = { start: r.start, end: r.end, text: words };
  const clean = (s: string) => s.replace(/[\s,;:.]+$/u, '').trim();
  // A title before the name stands before any comma ("Wang Yi, Foreign Minister and ...").
  const lead = LEADING.exec(words.split(',')[0] ?? words);
  const [title, name] = lead
    ? [lead[1], lead[2]]
    : ((m) => (m ? [m[2], m[1]] : [undefined, words]))(TRAILING.exec(words));
  const en = clean(name ?? words);
  // The Chinese name, for the leaders the engine's vocabulary knows (as drafted).
  const zh = LEADER_ZH[en];
  const out: Official = { name: zh ? { en, zh } : { en }, passage };
  const t = title ? clean(title.replace(/^Chinese\s+/u, '')) : '';
  if (t) out.title = { en: t };
  return out;
}

/** Makes the selected words the visit's leader (replacing one drafted before). */
export const addLeader = (s: Session, selected: Range, visit: string): Session => {
  const o = officialAt(s.text, selected);
  if (!o) return s;
  return editVisit(s, visit, (f) => {
    f.properties.leader = o;
  });
};

/** Adds the selected words as an official who accompanied the visit. */
export const addOfficial = (s: Session, selected: Range, visit: string): Session => {
  const o = officialAt(s.text, selected);
  if (!o) return s;
  return editVisit(s, visit, (f) => {
    f.properties.accompanied = [...(f.properties.accompanied ?? []), o];
  });
};
