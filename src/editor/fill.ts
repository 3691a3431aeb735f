/**
 * The title and outlet a text states (its title line, its dateline's agency or outlet), read
 * with the engine's first pass alone (`readDateline`) from the head of the text, as soon as the
 * text is in, so the input panel shows them before Draft. However long the article, this reads
 * a few thousand characters: the rest of the engine runs only on Draft, in its worker.
 *
 * @module
 */
import { readDateline } from '../draft/dateline.js';
import { DraftInputError } from '../draft/input.js';

/** Any calendar day: it stands in for a missing publication date, which title and outlet ignore. */
const ANY_DAY = '2000-01-01';
/** How much of the text the first pass reads: the date line or dateline, then the title line. */
const HEAD = 4000;

/** The title and outlet the text itself gives (`''` for one it does not); `null` if unreadable. */
export function ownFields(text: string, date: string): { title: string; outlet: string } | null {
  const head = text.slice(0, HEAD);
  for (const d of [date, ANY_DAY]) {
    try {
      const read = readDateline(head, d ? { date: d } : {});
      return { title: read.titlePassage?.text ?? '', outlet: read.outlet ?? '' };
    } catch (e) {
      if (!(e instanceof DraftInputError)) throw e;
      if (e.code !== 'no-date' && e.code !== 'bad-date') return null;
    }
  }
  return null;
}
