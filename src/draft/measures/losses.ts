/**
 * Losses pass: money lost and whose it is ("suffered losses of about 35,000 yuan" after "whose
 * family": the family's flood losses when the sentences tell of a flood).
 *
 * @module
 */
import { type MeasureInput, type MeasurePass, own } from './types.js';
import { EVENT, QUALIFIED } from './words.js';

const LOSERS =
  'famil(?:y|ies)|households?|farms?|farmers?|growers?|herders?|fishermen|fisherman|villagers?|residents?|owners?|workers?|villages?|county|company|firms?|factory|business|shops?|store|cooperative|town|city|province|enterprises?';
/** Who suffered a loss: "whose family suffered", "the farm lost", "Another farmer, ..., lost". */
const LOSER = new RegExp(`\\b(${LOSERS})(?:['’]s)?\\b(?![\\s\\S]*\\b(?:${LOSERS})\\b)`, 'i');
/**
 * Money lost: "suffered losses of about 35,000 yuan" after "whose family" (the family's flood
 * losses when the sentence tells of a flood), "lost nearly 60,000 yuan", "caused 5 billion yuan
 * in direct economic losses", "Economic losses amounted to ..."; `null` for other money.
 */
function losses(f: MeasureInput, after: string): string | null {
  if (f.kind !== 'money' && !/yuan|dollars|euros/.test(f.unit)) return null;
  const before = f.text.slice(0, f.start).replace(new RegExp(`${QUALIFIED}$`, 'i'), '');
  const lossOf =
    /\b((?:(?:direct|total|economic|financial|property)\s+)*)loss(?:es)?\s+(?:of|at|estimated at)\s+$/i.exec(
      before,
    );
  const lost = /\b(?:lost|lose|loses|losing)\s+(?:(?:a total of|an estimated)\s+)?$/i.exec(before);
  const inLosses =
    /^\s+(?:\([^)]*\)\s+)?(?:in|of|worth of)\s+((?:(?:direct|total|economic|financial|property)\s+)*)loss(?:es)?\b/i.exec(
      after,
    );
  const amounted =
    /\b((?:(?:direct|total|economic|financial|property)\s+)*)loss(?:es)?\s+(?:\w+\s+){0,4}?(?:amounted to|totall?ed|reached|stood at|came to|topped|exceeded|(?:is|was|were|are) (?:estimated at|put at))\s+$/i.exec(
      before,
    );
  const found = lossOf ?? lost ?? inLosses ?? amounted;
  if (!found) return null;
  const kind = (found[1] ?? '')
    .trim()
    .toLowerCase()
    .replace(/^direct\s+/, '');
  const clause = before.slice(Math.max(0, (found.index ?? before.length) - 80), found.index);
  const who = LOSER.exec(`${clause.split(/[.;]/).pop() ?? ''} ${found[0]}`)?.[1]?.toLowerCase();
  // "whose family" → "family's"; "villagers lost" → "villagers'".
  const owner = !who ? '' : /[^s]s$/.test(who) ? `${who}' ` : `${who}'s `;
  // The event the sentence names, else the last one the sentences before it name.
  const told = [...(f.context ?? '').matchAll(new RegExp(EVENT.source, 'gi'))].pop();
  const event = (EVENT.exec(f.text) ?? told)?.[1]?.toLowerCase().replace(/s$/, '');
  return `${owner}${kind ? `${kind} ` : ''}${event ? `${event} ` : ''}losses`;
}

/** Money lost, by whom, in which event. */
export const lossMeasure: MeasurePass = ({ figure: f, after }) => {
  const lost = losses(f, after);
  return lost ? own(lost) : null;
};
