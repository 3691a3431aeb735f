/**
 * Who said it: the speaker a sentence names next to a quote or a speech verb ("said X", "X
 * said", "X told ...", "said Zhang Wei, a worker", "a villager said"), with "he" and "she" and a
 * bare surname ("Xi") resolved to the fullest name the article gives before ("Xi Jinping").
 *
 * @module
 */
import { NAME, ROLE, TITLES } from './people.js';

export { findPeople, type Person, ROLE, resolve } from './people.js';

export const SPEECH =
  '(?:said|says|told(?: \\w+)?|tells(?: \\w+)?|added|adds|noted|notes|stressed|stresses|remarked|asked|asks|explained|recalled|stated|urged|pointed out)';

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
