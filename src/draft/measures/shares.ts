/**
 * Shares pass: a part of a whole ("36 percent of Ningxia's 6.7 million people are Hui": share of
 * Hui people; "make up 95 percent of the residents"), and a share of an average ("79.4 percent
 * of the national average").
 *
 * @module
 */
import type { MeasureInput, MeasurePass } from './types.js';
import { economy, PEOPLE, predicate, QUALIFIED, subjectOf, words } from './words.js';

/**
 * Verbs whose object is a share of a whole: "make up 95 percent of", "account for", "grow more
 * than 30 percent of China's wheat", "contribute 40 percent of", "produce a third of".
 */
export const SHARE_VERB =
  /\b(?:(?:make|makes|made|making) up|account(?:s|ed|ing)? for|contribut(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|grow(?:s|ing)?|grew|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|hold(?:s|ing)?|held|handl(?:e|es|ed|ing))\s+$/i;

/**
 * A verb in the past done to a share of a whole, right before it: "damaged 87 percent of the
 * households", "have rebuilt 95 percent of", "covered 80 percent of the villages".
 */
export const DONE_TO =
  /\b((?!(?:increased|decreased|rose|grew|fell|declined|dropped|jumped|climbed|expanded|reached|exceeded|accounted|surpassed|topped|stood|totaled|totalled|amounted|hit|was|were|made)\b)[a-z]{3,}ed|rebuilt|built|lost|sold|grown|won|shut|cut)\s+$/i;

/**
 * A share: "36 percent of Ningxia's 6.7 million people are Hui" (share of Hui people), "30
 * percent of the county's 200,000 residents live on less than 7 yuan a day", "make up 95 percent
 * of the residents" after "people of ethnic minority groups"; `null` when the words do not say.
 */
export function share(f: MeasureInput, after: string): string | null {
  // "1,600 people, 70 percent of whom are women": the share of women.
  const whom =
    /^\s*of\s+(?:whom|them|which)\s+(?:are|were|is|was)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+?)(?=[\s,.;]|$)/u.exec(
      after,
    )?.[1];
  if (whom) return `share of ${whom.replace(/^(?:the|a|an)\s+/i, '')}`;
  // "540,000 people, 90 percent of whom live in rural areas": the share of those living there.
  const does = /^\s*of\s+(?:whom|them)\s+(.*)$/su.exec(after)?.[1];
  const doing = does ? predicate(` ${does}`) : '';
  if (doing) return `share of those ${doing}`;
  const m =
    /^\s*of\s+(?:(?:its|the|their)\s+)?(?:(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+['’]s\s+)?(?:[\d.,]+\s+(?:(?:thousand|million|billion)\s+)?)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(
      after,
    );
  if (!m?.[1]) return null;
  const all = words(m[1]);
  const stop = all.findIndex((w) =>
    /^(?:are|were|is|was|live|lives|lived|living|belong|belongs|in|of|with|on|at|to|from|for|and|that|who|have|has|had|make|made|still|now)$/i.test(
      w,
    ),
  );
  const owner = /^\s*of\s+(?:the\s+)?(China['’]s|country['’]s|nation['’]s)\s/i.exec(after)?.[1];
  const what0 = (stop < 0 ? all : all.slice(0, stop)).join(' ');
  const what = owner ? `${/^china/i.test(owner) ? "China's" : 'national'} ${what0}` : what0;
  if (!what || /^(?:the|a|an|national)$/i.test(what)) return null;
  const rest = after.slice(after.indexOf(what0) + what0.length);
  const group =
    /^\s+(?:are|were|is|belong to|belonged to)\s+(?:the\s+)?([\p{Lu}][\p{L}-]*)\b/u.exec(rest);
  if (group?.[1] && PEOPLE.test(what)) return `share of ${group[1]} people`;
  const tail = withThreshold(predicate(rest), f.text.slice(f.end));
  const subject = subjectOf(f.text, f.start);
  const maker = SHARE_VERB.test(
    f.text.slice(0, f.start).replace(new RegExp(`${QUALIFIED}$`, 'i'), ''),
  );
  const who = subject.replace(/\s+\S+$/, (verb) => (SHARE_VERB.test(`${verb} `) ? '' : verb));
  // "34 poor households, accounting for nearly 25 percent of the population": theirs.
  const of = f.previous && f.previous.end >= 0 && f.previous.end <= f.start ? f.previous : null;
  if (
    of &&
    /,\s*(?:accounting for|making up|or)\s+$/i.test(
      f.text.slice(0, f.start).replace(new RegExp(`${QUALIFIED}$`, 'i'), ''),
    )
  )
    return `${of.measure} share of ${what}`;
  if (maker && who && words(who).length <= 5 && !/^(?:there|it|this|that|which)$/i.test(who))
    return `${who} share of ${what}`;
  // "the floods damaged 87 percent of the households": the share of households damaged.
  const done = DONE_TO.exec(f.text.slice(0, f.start).replace(new RegExp(`${QUALIFIED}$`, 'i'), ''));
  if (done?.[1]) return `share of ${what} ${done[1].toLowerCase()}`;
  return tail ? `share of ${what} ${tail}` : `share of ${what}`;
}

/**
 * A clause that ends at a threshold keeps it: "living on less than" and then "7 yuan a day"
 * (the share of those living on less than 7 yuan a day).
 */
function withThreshold(tail: string, rest: string): string {
  if (!/\b(?:less than|more than|under|below|over|above)$/i.test(tail)) return tail;
  const amount =
    /\b(?:less than|more than|under|below|over|above)\s+((?:US\$|\$)?[\d.,]*\d(?:\s+(?:thousand|million|billion))?(?:\s+(?:yuan|dollars|U\.S\. dollars))?(?:\s+(?:a|per)\s+(?:day|month|year|person|head))*)/i.exec(
      rest,
    )?.[1];
  return amount ? `${tail} ${amount}` : tail;
}

/**
 * A share of an average, as what is compared with what: "came to 64,326 yuan, or 79.4 percent of
 * the national average" (the figure before's measure relative to the national average), "less
 * than a quarter of the national rural average"; `null` for any other share.
 */
function relativeTo(f: MeasureInput, after: string, subject: string): string | null {
  if (f.kind !== 'percent' && f.kind !== 'fraction') return null;
  const average = /^\s*of\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?(?:average|level))\b/iu.exec(
    after,
  )?.[1];
  if (!average) return null;
  const previous = f.previous && f.previous.end >= 0 && f.previous.end <= f.start;
  const base = previous
    ? f.previous?.measure
    : subject && words(subject).length <= 5 && !/\d/.test(subject)
      ? economy(subject)
      : '';
  const the = /^(?:China|the)\b/i.test(average) ? '' : 'the ';
  return base ? `${base} relative to ${the}${average}` : `share of ${the}${average}`;
}

/** A share of an average, as what is compared with what. */
export const relativeMeasure: MeasurePass = ({ figure: f, after, subject }) => {
  const relative = relativeTo(f, after, subject);
  if (!relative) return null;
  // "was 9,800 yuan, or 61 percent of the national average": the figure before's, compared.
  const before = f.previous && f.previous.end >= 0 && f.previous.end <= f.start;
  return { measure: relative, refers: Boolean(before) };
};
