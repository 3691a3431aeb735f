/**
 * The speaker the draft engine finds for a passage the person selects as a quote: the speaker
 * of the quote or statement the engine drafts there (`findQuotes`, the call the draft makes),
 * else the person its sentence names around the passage ("…,” said X", "X, a farmer, told Li
 * that …"), "he" and a bare surname resolved as the draft resolves them. Runs with the engine
 * (in its worker).
 *
 * @module
 */
import { DESCRIBED, findPeople, OUTLET, ROLE, resolve } from '../draft/people.js';
import { findQuotes } from '../draft/quotes.js';
import { paragraphs, sentenceAt, sentences } from '../draft/sentences.js';
import { speakerAfter, speakerAround } from '../draft/speakers.js';

/** A person described, not named ("a villager"), or a news outlet: no speaker's name. */
const UNNAMED = new RegExp(`^(?:${ROLE}|${DESCRIBED})$`, 'iu');
const named = (who: string | null) => (who && !UNNAMED.test(who) && !OUTLET.test(who) ? who : null);

/**
 * The speaker of the words `start` to `end` of `text` (UTF-16 offsets), as the article names
 * them; `null` when the engine finds no one named.
 */
export function speakerOf(text: string, start: number, end: number): string | null {
  const sents = sentences(text);
  const drafted = findQuotes(text, sents, paragraphs(text)).find(
    (q) => q.start < end && start < q.end && q.speaker,
  );
  if (drafted?.speaker) return drafted.speaker;
  const s = sentenceAt(sents, start);
  const before = text.slice(s?.start ?? start, start).replace(/["“‘«「]\s*$/u, '');
  const after = text.slice(end, Math.max(end, s?.end ?? end)).replace(/^[\s,.!?…]*["”’»」]/u, '');
  // "…,” said X" after the words; "X said" before them; "X, a farmer, told Li that" before them.
  const word = speakerAround(before, after) ?? speakerAfter(before);
  return word ? named(resolve(word, start, findPeople(text))) : null;
}
