/**
 * Counts pass: what is counted, with what the sentence says of it after the number ("47 ethnic
 * groups", "employs 1,000 workers": workers employed; "shook hands with about 300 residents";
 * "6,000 of the Red Army's 9,000 troops died").
 *
 * @module
 */
import { CASUALTY_AFTER, casualty } from './events.js';
import { type MeasureInput, type MeasurePass, own } from './types.js';
import { PEOPLE, predicate, QUALIFIED, TAIL_STOP, words } from './words.js';

/** A move planned: "plans to move", "will relocate", "is to resettle", "aims to move". */
const PLANNED_MOVE =
  /\b(?:to|will|would|shall)\s+(?:\w+ly\s+)?(?:move|relocate|resettle|evacuate)\s+$/i;

/**
 * Verbs whose object is a count: "employs 1,000 workers", "has lifted 32,000 people", "set up
 * 21 shelters", "has helped produce 3,500 ambulances".
 */
const COUNT_VERB =
  /\b(set(?:s|ting)? up|produce|build|make|opened|opens|established|establishes|installed|installs|built|produced|made|sold|exported|imported|handled|employ(?:s|ed|ing)?|hire[sd]|created|planted|trained|relocated|resettled|served|treated|enrolled|house[sd]|holds|held|produces|builds|makes|sells|handles|creates|trains|serves|lifted|helped|moved|evacuated|rescued|benefited|benefit(?:t)?ed|lifts|helps)/;

/** Past participles of verbs that take a count: "employs 1,000 workers" (workers employed). */
const COUNT_VERBS: Record<string, string> = {
  employs: 'employed',
  employ: 'employed',
  employing: 'employed',
  hires: 'hired',
  houses: 'housed',
  holds: 'held',
  produces: 'produced',
  builds: 'built',
  makes: 'made',
  sells: 'sold',
  handles: 'handled',
  creates: 'created',
  trains: 'trained',
  serves: 'served',
  attracts: 'attracted',
  receives: 'received',
  produce: 'produced',
  build: 'built',
  make: 'made',
  opens: 'opened',
  establishes: 'established',
  installs: 'installed',
  'sets up': 'set up',
  'setting up': 'set up',
};

/**
 * Things a person did with the people counted: "he shook hands with about 300 residents"
 * (residents he shook hands with), "Xi chatted with 20 farmers", "she waved to 2,000 students".
 */
const MET =
  /(?:^|[\s,])((?:he|she|they|we|[\p{Lu}][\p{L}-]+)\s+)?((?:also\s+|then\s+|warmly\s+|cordially\s+)?(?:shook hands with|(?:met|meets|meeting)(?: with)?|(?:talked|talks|talking|chatted|chats|chatting|spoke|speaks|speaking|posed for (?:a )?(?:group )?photos? with)(?: (?:with|to))?|(?:waved|waves|waving) to|(?:greeted|greets|greeting)|(?:visited|visits|visiting)|(?:encouraged|thanked|comforted|consoled)))\s+$/u;

/** "of the army's 20,000 troops died": the whole a part is counted from, before its noun. */
const OF_WHOLE =
  "^\\s+of\\s+(?:the|its|their|his|her|these|those)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:[\\d.,]+(?:\\s+(?:thousand|million|billion))?\\s+)?";
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Troops and their army: "soldiers of the West Route Army", "the Red Army's troops". */
const TROOPS = /^(?:troops|soldiers|fighters|officers|men|servicemen|guerrillas|sailors)$/i;
const ARMY =
  "(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,4}(?:Army|Corps|Division|Regiment|Brigade|Column|Detachment|Fleet)";

/**
 * The army whose troops are counted: "20,000 soldiers of the West Route Army" (West Route Army),
 * "6,000 of the Red Army's 9,000 troops" and "9,000 troops" after "of the Red Army's"; `null`
 * when no army is named or the counted are not troops.
 */
function armyOf(before: string, after: string, counted: string): string | null {
  if (!TROOPS.test(words(counted).pop() ?? '')) return null;
  const owner = new RegExp(`\\bthe\\s+(${ARMY})['’]s\\s+(?:\\S+\\s+){0,2}?$`, 'u').exec(
    before,
  )?.[1];
  const of = new RegExp(`^\\s+(?:of|from)\\s+the\\s+(${ARMY})(?![\\p{L}'’])`, 'u').exec(after)?.[1];
  // "6,000 of the Red Army's 9,000 troops": the part, of the army the whole names.
  const part = new RegExp(`^\\s+of\\s+the\\s+(${ARMY})['’]s\\s`, 'u').exec(after)?.[1];
  return owner ?? of ?? part ?? null;
}

/** "who lost their lives", "who died": the counted were killed. */
const FELL =
  /^(?:\s+from\s+(?:[\p{Lu}][\p{L}'’-]*\s+)*[\p{Lu}][\p{L}'’-]*)?\s*,?\s*(?:(?:who|that)\s+(?:had\s+|have\s+)?(?:died|were killed|perished)|(?:(?:who|that)\s+)?(?:had\s+|have\s+)?(?:lost|laid down|gave|sacrificed) their lives)\b/iu;

/** A count's measure: what is counted, with what the sentence says of it after the number. */
function count(f: MeasureInput, after0: string): string {
  const before = f.text.slice(Math.max(0, f.start - 60), f.start);
  const counted =
    f.counted === 'them' || f.counted === 'those' || f.counted === 'whom' ? 'people' : f.counted;
  const noun = words(counted).pop() ?? counted;
  // "8,000 of the army's 20,000 troops died": the part's words follow the whole's noun.
  const whole = counted
    ? new RegExp(`${OF_WHOLE}${escaped(counted)}(?![\\p{L}-])`, 'u').exec(after0)
    : null;
  const after = whole ? after0.slice(whole[0].length) : after0;
  // "20,000 troops" after "8,000 of the army's": the whole is what is counted.
  const army = armyOf(before, after0, counted);
  if (/\d\s+of\s+(?:the|its|their|his|her|these|those)\s+(?:[\p{L}'’-]+\s+){0,3}?$/u.test(before))
    return army ? `${army} ${counted}` : `number of ${counted}`;
  // "soldiers and officers who lost their lives": those killed, with the nouns listed.
  const also = /^\s+and\s+((?!(?:the|a|an|its|their|his|her)\b)[a-z-]+s)\b/.exec(after);
  const fell = FELL.test(also ? after.slice(also[0].length) : after);
  if (fell && counted) return `${counted}${also ? ` and ${also[1]}` : ''} killed`;
  const dead = CASUALTY_AFTER.exec(after);
  // "6,000 of the Red Army's 9,000 troops died": the army's troops who died.
  if (army && (fell || dead?.[1]))
    return `${army} ${counted} ${fell || /^(?:die|dead)/i.test(dead?.[1] ?? '') ? 'died' : (dead?.[1] ?? '').toLowerCase()}`;
  if (army) return `${army} ${counted}`;
  if (dead?.[1]) {
    if (!PEOPLE.test(noun) && !/^(?:people|persons)$/i.test(counted) && counted)
      return `${counted} ${/^die/i.test(dead[1]) ? 'died' : dead[1].toLowerCase()}`;
    return casualty(dead[1], f.text) ?? counted;
  }
  // "Tang was one of 10 people from the village who had a group conversation with Xi": the
  // group the clause after names, never a population.
  if (/\bone of\s+$/i.test(before.replace(new RegExp(`${QUALIFIED}$`, 'i'), '')) && counted) {
    const who = /^[^.;:!?()"“”]*?\b(?:who|that)\s+([^,.;:!?()"“”]+)/i
      .exec(f.text.slice(f.end))?.[1]
      ?.replace(TAIL_STOP, '')
      .trim();
    return who && words(who).length <= 8 ? `${counted} who ${who}` : `number of ${counted}`;
  }
  const met = MET.exec(before.replace(new RegExp(`${QUALIFIED}$`, 'i'), ''));
  if (met?.[2] && counted) {
    const who = met[1]?.trim().replace(/^(?:He|She|They|We)$/, (w) => w.toLowerCase()) ?? '';
    const did = met[2].replace(/^(?:also|then|warmly|cordially)\s+/i, '');
    return `${counted}${who && !/^(?:The|A|An|It|This)$/.test(who) ? ` ${who}` : ''} ${did}`;
  }
  if (/\b(?:killed|killing|claimed the lives of)\s+(?:\S+\s+){0,2}$/i.test(before))
    return casualty('killed', f.text) ?? counted;
  if (
    /^(?:tourists|visitors|tourist|travell?ers)$/i.test(noun) &&
    /\b(?:receiv(?:e|es|ed|ing)|attract(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|drew|draws?|saw)\s+\S*\s*\S*\s*$/i.test(
      before,
    )
  )
    return 'tourist visits';
  // "plans to move 2.4 million people out of ...": those to be relocated.
  if (PLANNED_MOVE.test(before.replace(new RegExp(`${QUALIFIED}$`, 'i'), '')) && counted)
    return `${counted} to be relocated`;
  const verb = new RegExp(`${COUNT_VERB.source}\\s+$`, 'i').exec(
    before.replace(new RegExp(`${QUALIFIED}$`, 'i'), ''),
  );
  // "employs hundreds of people from poor households and more than 1,000 migrant workers": the
  // verb of the first object is the second's.
  const shared = verb
    ? undefined
    : new RegExp(`${COUNT_VERB.source}\\s+[^,;:.!?()"“”]{1,80}?\\s+and\\s+$`, 'i').exec(
        f.text.slice(0, f.start).replace(new RegExp(`${QUALIFIED}$`, 'i'), ''),
      );
  if (shared?.[1] && counted) {
    const done =
      COUNT_VERBS[shared[1].toLowerCase()] ?? shared[1].toLowerCase().replace(/s$/, 'ed');
    return `${counted} ${done}`;
  }
  if (verb?.[1]) {
    // "has lifted 32,000 people out of poverty": the verb with where it took them.
    const out = /^\s+(out of [a-z]+|into [a-z]+(?: [a-z]+)?)\b/.exec(after)?.[1] ?? '';
    const done = COUNT_VERBS[verb[1].toLowerCase()] ?? verb[1].toLowerCase().replace(/s$/, 'ed');
    return `${counted} ${done}${out ? ` ${out}` : ''}`;
  }
  if (
    PEOPLE.test(noun) &&
    /\b(?:home to|has|have|had|with|of(?: just| only)?|population of)\s+$|['’]s\s+$/i.test(
      before.replace(new RegExp(`${QUALIFIED}$`, 'i'), ''),
    )
  ) {
    if (!predicate(after)) return 'population';
  }
  const tail = predicate(after);
  const clause = /^[^,;:.!?()]*/.exec(after)?.[0] ?? '';
  // "939 people live in 225 households": a count that a number follows is the population.
  const counts = /\b(?:in|across)\s+(?:(?:about|some|nearly|more than)\s+)?\d[\d,.]*\s/.test(
    clause,
  );
  if (tail && !(PEOPLE.test(noun) && counts)) return `${counted} ${tail}`;
  // "including 560 registered poor people": the people the modifiers name, not the population.
  if (PEOPLE.test(noun) && words(counted).length > 1 && !/^(?:local|the|all)\s/i.test(counted))
    return counted;
  if (PEOPLE.test(noun)) return 'population';
  // "39 counties on the national poverty list", "20,000 soldiers of the West Route Army".
  const phrase = /^\s+((?:on|in|of|under|with|at)\s+[^,;:.!?()"“”]+)/.exec(
    after.replace(TAIL_STOP, ''),
  )?.[1];
  if (phrase && words(phrase).length <= 6 && !/\d/.test(phrase))
    return `number of ${counted} ${phrase}`;
  return `number of ${counted}`;
}

/** A count: what is counted, and what the sentence says of it. */
export const countMeasure: MeasurePass = ({ figure: f, after }) =>
  f.kind === 'count' ? own(count(f, after)) : null;

/** "seven berths for container ships of 70,000 tonnes or more": the berths for those ships. */
export const capacityMeasure: MeasurePass = ({ figure: f }) =>
  f.kind === 'count' && /^berths\s+for\s/.test(f.counted) ? own(f.counted) : null;
