/**
 * The title and outlet a text states (its title line, its dateline's agency or outlet), read
 * with the draft engine as soon as the text is in, so the input panel shows them before Draft.
 *
 * @module
 */
import { type Engine, isDraftInputError } from './engine.js';

/** Any calendar day: it stands in for a missing publication date, which title and outlet ignore. */
const ANY_DAY = '2000-01-01';

/** The title and outlet the text itself gives (`''` for one it does not); `null` if unreadable. */
export function ownFields(
  engine: Engine,
  text: string,
  date: string,
): { title: string; outlet: string } | null {
  for (const d of [date, ANY_DAY]) {
    try {
      const a = engine.draftArticle(text, d ? { date: d } : {}).collection.articles[0];
      return { title: a?.titlePassage?.text ?? '', outlet: a?.outlet ?? '' };
    } catch (e) {
      if (!isDraftInputError(e)) throw e;
      if (e.code !== 'no-date' && e.code !== 'bad-date') return null;
    }
  }
  return null;
}
