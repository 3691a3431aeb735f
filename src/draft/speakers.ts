/**
 * Who said it: the speaker a sentence names next to a quote or a speech verb ("said X", "X
 * said", "X told ...", "said Zhang Wei, a worker", "a villager said"), with "he" and "she" and a
 * bare surname ("Xi") resolved to the fullest name the article gives before ("Xi Jinping").
 *
 * @module
 */
import { LEADERS } from './vocabulary.js';

const TITLES =
  '(?:(?:Chinese |Vice |Deputy )?(?:President|Premier|Chairman|Secretary|Minister|Governor|Mayor|General Secretary|Director|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)\\s+)';
/** A personal name: two or three capitalised words, or one ("Xi"). */
const NAME = "\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,2}";
/** A person described, not named: "a villager", "one worker", "officials". */
export const ROLE =
  '(?:(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]he)\\s+(?:(?:local|young|senior|veteran|retired|female|male)\\s+)?(?:villager|worker|farmer|resident|engineer|technician|official|manager|employee|grower|driver|teacher|student|doctor|nurse|herder|fisherman|shop owner|entrepreneur|spokesperson|spokesman|spokeswoman)|[Oo]fficials|[Ww]orkers|[Vv]illagers|[Rr]esidents|[Ee]xperts|[Aa]nalysts)';

export const SPEECH =
  '(?:said|says|told(?: \\w+)?|tells(?: \\w+)?|added|adds|noted|notes|stressed|stresses|remarked|asked|asks|explained|recalled|stated|urged|pointed out)';

/** People named in the article, for resolving "he" and surnames: offsets and full names. */
export interface Person {
  start: number;
  name: string;
  /** Introduced by a role ("Zhang Wei, a worker"): not whom a later "he" means. */
  role: boolean;
}

const ACTS =
  '(?:visited|inspected|toured|went|came|said|noted|stressed|urged|called|met|arrived|presided|chaired|attended|delivered|spoke|has|had|was|is)';

/**
 * People: names after a title ("President Xi Jinping"), before a comma and a role ("Zhang Wei,
 * a worker"), or as the subject of a visit or speech verb ("Xi Jinping on Tuesday inspected").
 */
export function findPeople(text: string): Person[] {
  const re = new RegExp(
    `${TITLES}(${NAME})|(${NAME}),\\s+${ROLE}\\b|(${NAME}),\\s+(?:also\\s+)?(?:general secretary|president|premier|chairman|vice|head|secretary|minister|governor|mayor)\\b|(${NAME})\\s+(?:on \\p{Lu}\\p{Ll}+(?: \\p{Ll}+)? |(?:has |had |also |then )?)${ACTS}\\b`,
    'gu',
  );
  const out: Person[] = [];
  // Leaders known by name, wherever they stand.
  for (const name of LEADERS) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (!/\p{L}/u.test(text[at + name.length] ?? '')) out.push({ start: at, name, role: false });
  }
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
    if (!name || ((m[3] || m[4]) && !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(name)))
      continue;
    out.push({ start: m.index, name, role: m[2] !== undefined });
  }
  return out.sort((a, b) => a.start - b.start);
}

const ROLE_ONLY = new RegExp(`^${ROLE}$`, 'u');

/** The fullest earlier name that `word` ("Xi", "XI", "he") stands for, or `word` itself. */
export function resolve(word: string, at: number, people: readonly Person[]): string | null {
  const before = people.filter((p) => p.start < at);
  if (/^(?:he|she|him|her)$/i.test(word)) {
    const last = before.filter((p) => !p.role).pop()?.name;
    return last ? resolve(last, at, people) : null;
  }
  if (ROLE_ONLY.test(word)) return word.replace(/^\p{Lu}(?=\p{Ll}* )/u, (c) => c.toLowerCase());
  // "the premier", "the General Secretary": the leader named last before.
  if (/^the\s/i.test(word)) {
    const leader = before.filter((p) => (LEADERS as readonly string[]).includes(p.name)).pop();
    return leader?.name ?? null;
  }
  const bare = word
    .replace(/^(?:But|And|Then|So|Yet)\s+/, '')
    .replace(/['’]s\b.*$/, '')
    .replace(new RegExp(`^${TITLES}+`, 'u'), '');
  const lower = bare.toLowerCase();
  // The fullest name the word is part of: "Xi" and "XI" are "Xi Jinping".
  let best: string | undefined;
  // A surname of a known leader: the one named last before (Li Keqiang or Li Qiang).
  const leader = before
    .filter(
      (p) =>
        (LEADERS as readonly string[]).includes(p.name) &&
        p.name.toLowerCase().split(' ')[0] === lower,
    )
    .pop();
  if (leader) return leader.name;
  for (const p of people) {
    const name = p.name.toLowerCase();
    if (name === lower || name.split(' ').includes(lower) || lower.includes(name))
      if (!best || p.name.length > best.length) best = p.name;
  }
  return best ?? bare;
}

const LEADER_WORD = '[Tt]he (?:[Pp]resident|[Pp]remier|[Gg]eneral [Ss]ecretary|[Vv]ice [Pp]remier)';
const AFTER = new RegExp(
  `^[,\\s]*(?:${SPEECH}\\s+(?:${TITLES})?(${NAME}|${ROLE}|${LEADER_WORD})|(${NAME}|${ROLE}|${LEADER_WORD}|[Hh]e|[Ss]he)\\s+${SPEECH})`,
  'u',
);
const BEFORE = new RegExp(
  `(?:^|[\\s.,;])(${NAME}|${ROLE}|[Hh]e|[Ss]he)\\s+${SPEECH}\\b[^.“"]*$`,
  'u',
);

/**
 * The speaker of a direct quote from the words after its closing mark (`after`, up to the end of
 * its sentence) or before its opening mark (`before`, from the start of its sentence).
 */
export function speakerAround(before: string, after: string): string | null {
  const a = AFTER.exec(after);
  const word = a?.[1] ?? a?.[2];
  if (word) return word.replace(/^(?:The|A|An|One)\b/, (w) => w.toLowerCase());
  const b = BEFORE.exec(before);
  return b?.[1] ?? null;
}
