/**
 * Who said it: the speaker a sentence names next to a quote or a speech verb ("said X", "X
 * said", "X told ...", "said Zhang Wei, a worker", "a villager said"), with "he" and "she" and a
 * bare surname ("Xi") resolved to the fullest name the article gives before ("Xi Jinping").
 *
 * @module
 */
import { DESCRIBED, isLeader, NAME, type Person, ROLE, ROLE_NOUN, TITLES } from './people.js';
import type { Sentence } from './sentences.js';
import { LEADERS_SHE } from './vocabulary.js';

export { findPeople, type Person, ROLE, resolve } from './people.js';

export const SPEECH =
  '(?:said|says|told(?: \\w+)?|tells(?: \\w+)?|added|adds|noted|notes|stressed|stresses|remarked|asked|asks|explained|recalled|recalls|remembered|remembers|stated|urged|pointed out|replied|replies|answered|answers|smiled|smiles|continued|went on|wrote|writes)';

const LEADER_WORD =
  '[Tt]he (?:[Pp]resident|[Pp]remier|[Gg]eneral [Ss]ecretary|[Vv]ice[- ][Pp]remier|[Pp]arty (?:chief|secretary)|Chinese leader)';
/** Who a quote is given to: a name, a role, a leader's title, "he", a person described. */
export const SPEAKER = `${NAME}|${ROLE}|${LEADER_WORD}|[Hh]e|[Ss]he|${DESCRIBED}`;
/** An age or what the person is, before a name ("said 67-year-old Tang", "said villager Sun Yu"). */
const AGE = `(?:\\d{1,3}-year-old\\s+)?(?:${ROLE_NOUN}\\s+(?=\\p{Lu}))?`;
const AFTER = new RegExp(
  `^[,\\s]*(?:${SPEECH}\\s+${ROLE},\\s+(?<named>${NAME})(?=\\s*[,.;]|\\s*$)|${SPEECH}\\s+(?:${TITLES})?${AGE}(${NAME}|${ROLE}|${LEADER_WORD})|(${SPEAKER})\\s+${SPEECH}|(${NAME}),\\s+[^,“”"]{2,100}?,\\s+${SPEECH}\\b)`,
  'u',
);
/** A capitalised word of what the person is before the name ("Villager Sun Yu"): no part of it. */
const ROLE_FIRST = new RegExp(`^${ROLE_NOUN}\\s+`, 'iu');
const BEFORE = new RegExp(
  `(?:^|[\\s.,;])(${NAME}|${ROLE}|[Hh]e|[Ss]he)\\s+${SPEECH}\\b[^.“"]*$`,
  'u',
);
/** "Wang Min, chairman of the group, said with confidence, “...”": the person named first. */
const BEFORE_DESCRIBED = new RegExp(
  `(?:^|[\\s.;])(${NAME}),\\s+[^,“”"]{2,100}?,\\s+${SPEECH}\\b[^.“"]*$`,
  'u',
);

/** "A grower, Zhao Mei, told the premier: “...”": the name set off by commas after a person. */
const BEFORE_APPOSITIVE = new RegExp(
  `(?:^|[\\s.;])(?:${ROLE}|(?:[Hh]is|[Hh]er|[Tt]heir)\\s+\\p{Ll}+),\\s+(${NAME}),\\s+${SPEECH}\\b[^.“"]*$`,
  'u',
);

/**
 * A sentence that names who speaks next, before a quote on a line of its own: "Wang Hai, a
 * retired engineer, recalled the old days.", "Zhao Mei told the premier:". The name, or null.
 */
const LEADS_IN = new RegExp(
  `^(${NAME})(?:,\\s+[^,“”"]{2,100}?,)?\\s+${SPEECH}\\b[^“”"]{0,80}[.:]$`,
  'u',
);
export function speakerLeadingIn(sentence: string): string | null {
  const m = LEADS_IN.exec(sentence.trim());
  return m?.[1] ? withoutRole(m[1]) : null;
}

/** "According to Zhang Hua, head of the cooperative, “...”": the person named. */
const ACCORDING = new RegExp(
  `\\b[Aa]ccording to (?:${TITLES})?(${NAME})(?:,\\s+[^,“”"]{2,100}?)?,?\\s*$`,
  'u',
);

/**
 * The speaker of a direct quote from the words after its closing mark (`after`, up to the end of
 * its sentence) or before its opening mark (`before`, from the start of its sentence).
 */
export function speakerAround(before: string, after: string): string | null {
  const word = speakerAfter(after);
  if (word) return word.replace(/^(?:The|A|An|One)\b/, (w) => w.toLowerCase());
  const b =
    BEFORE_APPOSITIVE.exec(before) ??
    BEFORE.exec(before) ??
    BEFORE_DESCRIBED.exec(before) ??
    ACCORDING.exec(before);
  return b?.[1] ? withoutRole(b[1]) : null;
}

/** A name without a capitalised role before it: "Villager Sun Yu" is Sun Yu. */
const withoutRole = (name: string) => {
  const bare = name.replace(ROLE_FIRST, '');
  return bare !== name && /^\p{Lu}/u.test(bare) ? bare : name;
};

/**
 * The speaker named right after a quote's closing mark ("…,” said X", "…,” he said", "…,” said
 * a resident, Ma Yun").
 */
export function speakerAfter(after: string): string | null {
  const a = AFTER.exec(after);
  const word = a?.groups?.named ?? a?.[2] ?? a?.[3] ?? a?.[4];
  return word ? withoutRole(word) : null;
}

/** What may open a sentence before its subject: nothing, or a kin or role word ("Her son, "). */
const SUBJECT_OPENS =
  /^(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|An?|One|Another)\s+[^,.“”"]{1,40},\s+)?$/u;

/**
 * Whom "he" or "she" after a quote stands for when a person other than a leader opens the
 * sentence before it (or the quote's own): that person ("Her son, Guo Ping, said the family
 * earns more. “...,” he said": Guo Ping). `null` when the sentence opener nearest before the
 * quote is a leader, or none opens those sentences: the pronoun is then resolved as elsewhere.
 */
export function pronounSubject(
  word: string,
  at: number,
  text: string,
  sentences: readonly Sentence[],
  people: readonly Person[],
): string | null {
  if (!/^(?:he|she)$/iu.test(word)) return null;
  const i = sentences.findIndex((s) => s.start <= at && at < s.end);
  if (i < 0) return null;
  const from = (sentences[Math.max(0, i - 1)] as Sentence).start;
  const opener = people
    .filter((p) => p.start >= from && p.start < at)
    .filter((p) => {
      const s = sentences.find((t) => t.start <= p.start && p.start < t.end);
      return !!s && SUBJECT_OPENS.test(text.slice(s.start, p.start));
    })
    .pop();
  if (opener && !opener.leader && !isLeader(opener.name, people)) return opener.name;
  // "she" stands for no leader reports call "he": the last other person named shortly before.
  if (/^she$/iu.test(word))
    return (
      people
        .filter((p) => p.start >= from && p.start < at && !p.object && !heLeader(p.name, people))
        .pop()?.name ?? null
    );
  return null;
}

/** A leader whom reports call "he" (every leader but those of `LEADERS_SHE`). */
export const heLeader = (name: string, people: readonly Person[]) =>
  isLeader(name, people) && !(LEADERS_SHE as readonly string[]).includes(name);
