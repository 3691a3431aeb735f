/**
 * Money pass: what an amount of money or goods is, by the words around it ("bringing 9 million
 * yuan in revenue", "brought each household about 40,000 yuan", "live on less than 7 yuan a
 * day", "handled 1.3 billion tonnes of cargo", "300,000 tonnes of grain", "About 300 million
 * yuan was set aside for poverty relief").
 *
 * @module
 */
import { type MeasureInput, type MeasurePass, own } from './types.js';
import { AREA_STOP, QUALIFIED, subjectOf, words } from './words.js';

/** Whether the figure is money: its kind or its unit. */
const isMoney = (f: MeasureInput) => f.kind === 'money' || /yuan|dollars|euros/.test(f.unit);

/** Nouns that say what money is: revenue, an investment, a donation, wages. */
const MONEY_NOUN =
  'revenue|sales|income|investments?|profits?|funds?|funding|subsid(?:y|ies)|loans?|donations?|grants?|aid|exports|imports|trade|turnover|taxes|compensation|budget|spending|wages?|salar(?:y|ies)|bonus(?:es)?|dividends?|rent|earnings|pensions?';

/**
 * Money named by the words around it: "bringing 9 million yuan in revenue" (revenue), "an 8.6
 * million yuan donation for the school" (donation for the school), "sold six cattle for nearly
 * 40,000 yuan" (sales of six cattle); `null` when they do not say.
 */
function moneyNoun(f: MeasureInput, after: string): string | null {
  if (f.kind !== 'money' && !/yuan|dollars|euros/.test(f.unit)) return null;
  const tourism = (noun: string) =>
    /^(?:revenue|income)$/i.test(noun) && /\btouris/i.test(f.text) ? `tourism ${noun}` : noun;
  const inNoun = new RegExp(
    `^\\s+in\\s+((?:[a-z-]+\\s+){0,2}?(?:${MONEY_NOUN}))(?![\\w-])`,
    'i',
  ).exec(after)?.[1];
  if (inNoun) return tourism(inNoun);
  const noun = new RegExp(
    `^\\s+((?:[a-z-]+\\s+)?(?:${MONEY_NOUN}))(?![\\w-])((?:\\s+(?:for|to)\\s+(?:(?:the|a|an)\\s+)?(?:[a-z-]+\\s+){0,2}?[a-z-]+)(?=[\\s,.;]|$))?`,
    'i',
  ).exec(after);
  if (noun?.[1] && !/^(?:the|a|an)\s/i.test(noun[1])) return `${noun[1]}${noun[2] ?? ''}`;
  const before = f.text
    .slice(Math.max(0, f.start - 50), f.start)
    .replace(new RegExp(`${QUALIFIED}$`, 'i'), '');
  const sold = /\b(?:sold|sells|selling|sell)\s+((?:[\w-]+\s+){1,3}?)for\s+$/i.exec(before)?.[1];
  if (sold) return `sales of ${sold.trim()}`;
  return null;
}

/** Those money is brought to: "brought each household", "earned every family", "gives villagers". */
const BROUGHT_TO =
  /\b(?:brought|brings?|bringing|earned|earns?|earning|gave|gives?|giving|generated|generates?|fetched|fetch(?:es)?)\s+(?:(?:each|every|per|the|its|their|local)\s+)?(household|famil(?:y|ies)|households|villagers?|farmers?|residents?|members?|workers?|persons?|people)\s+$/i;

/**
 * Money a thing brings to those who own it: "their mushroom sheds, which brought each household
 * about 40,000 yuan" (household income from mushroom sheds); `null` for other money.
 */
function incomeBrought(f: MeasureInput): string | null {
  if (f.kind !== 'money' && !/yuan|dollars|euros/.test(f.unit)) return null;
  const before = f.text.slice(0, f.start).replace(new RegExp(`${QUALIFIED}$`, 'i'), '');
  const to = BROUGHT_TO.exec(before);
  if (!to?.[1]) return null;
  const who = to[1]
    .toLowerCase()
    .replace(/ies$/, 'y')
    .replace(/(?<=[^s])s$/, '')
    .replace(/^people$/, 'person');
  // "... about their mushroom sheds, which brought": what brought it.
  const from = /((?:[a-z-]+\s+){0,2}[a-z-]+),\s+which\s+(?:has\s+|have\s+|had\s+|now\s+|also\s+)*$/i
    .exec(before.slice(0, to.index))?.[1]
    ?.split(/\s+/)
    .filter((w) => !/^(?:the|a|an|their|its|his|her|our|about|of|on|in|at|with|and)$/i.test(w))
    .join(' ');
  return `${who} income${from ? ` from ${from}` : ''}`;
}

/**
 * An amount by what it is of: "23.25 million metric tons of annual coal capacity that Shanxi shut
 * down" (annual coal capacity shut down), "300,000 tonnes of grain" (grain); `null` when no "of"
 * follows or the unit is an area's or a length's.
 */
function amountOf(f: MeasureInput, after: string): string | null {
  if (
    f.kind !== 'amount' ||
    /square|hectares|acres|\bmu\b|met(?:er|re)s|km|kilomet|miles|feet/i.test(f.unit)
  )
    return null;
  const of = /^\s+of\s+((?:[a-z-]+\s+){0,3}[a-z-]+)/.exec(after);
  const all = words(of?.[1] ?? '');
  const stop = all.findIndex((w) => AREA_STOP.test(w));
  const what = (stop < 0 ? all : all.slice(0, stop)).join(' ');
  if (!what) return null;
  const rest = after.slice((of?.[0].length ?? 0) - (of?.[1]?.length ?? 0) + what.length);
  // "that Shanxi shut down", "that were exported": what the clause did with it.
  const done =
    /^\s+(?:that|which)\s+(?:(?:[\p{Lu}][\p{L}-]*\s+){1,3}|(?:was|were|has been|have been)\s+)([a-z]+(?:ed|own|ut|old|ent|one))(\s+(?:down|off|out|up))?\b/u.exec(
      rest,
    );
  return done?.[1] ? `${what} ${done[1]}${done[2] ?? ''}` : what;
}

/** Amounts named by their verb: "handled 1.3 billion tonnes of cargo" (cargo throughput). */
const AMOUNT_VERBS: [RegExp, string][] = [
  [/\bhandl(?:ed|es|ing)\s+$/i, 'throughput'],
  [/\b(?:can |could |will )?(?:store|stores|hold|holds)\s+$/i, 'storage capacity'],
  [/\bproduc(?:ed|es|ing)\s+$/i, 'output'],
  [/\bexport(?:ed|s|ing)\s+$/i, 'exports'],
  [/\binvest(?:ed|s|ing)\s+$/i, 'investment'],
  [
    /\b(?:can |could |will be able to )process\s+$|\bprocess(?:es|ed|ing)\s+$/i,
    'processing capacity',
  ],
  [/\b(?:sold|sells|selling)(?:\s+for)?\s+$/i, 'sales'],
  [/\b(?:earn(?:ed|s|ing)?|made)\s+$/i, 'income'],
  [
    /\b(?:generat(?:ed|es|ing)|reap(?:ed|s|ing)?(?:\s+in)?|rak(?:ed|ing)\s+in|brought\s+in|bringing\s+in)\s+$/i,
    'revenue',
  ],
];

/** An amount's measure from its verb and what follows ("of cargo"), or its subject's words. */
function amountVerb(f: MeasureInput, after: string): string | null {
  if (f.kind !== 'money' && f.kind !== 'amount') return null;
  const before = f.text
    .slice(Math.max(0, f.start - 40), f.start)
    .replace(new RegExp(`${QUALIFIED}$`, 'i'), '');
  const found = AMOUNT_VERBS.find(([re]) => re.test(before));
  if (!found) return null;
  const [re, noun] = found;
  // "earn about 15,000 yuan a head a year": an income per person and year.
  if (noun === 'income' && /\b(?:a|per) (?:head|person|capita)\b/i.test(f.text.slice(f.at, f.end)))
    return /\b(?:a|per) year\b/i.test(f.text.slice(f.at, f.end))
      ? 'per-capita annual income'
      : 'per-capita income';
  if ((noun === 'revenue' || noun === 'income') && /\btouris/i.test(f.text))
    return 'tourism revenue';
  const of =
    /^\s+of\s+((?:(?!(?:in|on|at|for|from|by|to|and|the|a|an|last|this|next|each|every|per|over|during|since)\b)[a-z-]+\s+)?(?!(?:in|on|at|for|from|by|to|and|the|a|an|last|this|next|each|every|per|over|during|since)\b)[a-z-]+)(?=[\s,.;]|$)/.exec(
      after,
    )?.[1];
  if (of && !/^(?:the|a|an)$/.test(of)) return `${of} ${noun}`;
  // "invested 3.2 billion yuan in road building": the investment in what it went to.
  const into =
    /^\s+(?:in|into|on)\s+((?:(?!(?:the|a|an|and|since|by|from|to|over|during|last|this|in)\b)[a-z-]+\s*){1,3})(?=[,.;]|$|\s(?:since|by|from|over|during|last|this|in)\b)/i
      .exec(after)?.[1]
      ?.trim();
  if (noun === 'investment' && into) return `investment in ${into}`;
  const verbAt =
    f.start - before.length + before.search(new RegExp(re.source.replace(/\$$/, ''), 'i'));
  const who = subjectOf(f.text, verbAt)
    .replace(/["“”]/g, '')
    .replace(/\s+(?:have|has|had|were|was|is|are|used to|can|could|will|would|now|still)$/i, '')
    .replace(/^(?:our|their|its|each|every|the|a|an)\s+/i, '')
    .replace(/^(?:have|has|had|were|was|is|are|can|could|will|would)$/i, '')
    .replace(/^(?:when|after|before|as|if|while|since|because|although|though|once|until)\s+/i, '');
  // "We used to earn 2,000 yuan a year": an annual income, no one's name in it.
  const rate = f.text.slice(f.at, f.end + 12);
  const yearly =
    noun !== 'income'
      ? noun
      : /\b(?:a|per|each) year\b|\bannually\b/i.test(rate)
        ? 'annual income'
        : /\b(?:a|per|each) month\b|\bmonthly\b/i.test(rate)
          ? 'monthly income'
          : noun;
  return who &&
    words(who).length <= 3 &&
    !/\d/.test(who) &&
    !/^(?:i|we|you|they|he|she|it|this|that|people|everyone)$/i.test(who) &&
    !/\b(?:to|and|or)$/i.test(who)
    ? `${who} ${yearly}`
    : yearly;
}

/**
 * A price: "it cost me 13 yuan for the duck" (price of the duck), "A ticket costs 80 yuan" (price
 * of a ticket), "one kg of rice can be sold at 2.6 yuan" (price of one kg of rice); `null` for
 * other money.
 */
function price(f: MeasureInput, after: string): string | null {
  if (!isMoney(f)) return null;
  const before = f.text
    .slice(Math.max(0, f.start - 60), f.start)
    .replace(new RegExp(`${QUALIFIED}$`, 'i'), '');
  // "... one kg of grain can be sold at 1.84 yuan": the price of what is sold.
  const cost =
    /\b(?:cost|costs|costing|priced at)\s+(?:(?:me|us|him|her|them|you)\s+)?$/i.exec(before) ??
    /\b(?:(?:can|could|will|would|may|might)\s+)?(?:(?:be|is|are|was|were)\s+)(?:sold|bought|purchased)\s+(?:at|for)\s+$/i.exec(
      before,
    );
  if (!cost) return null;
  const per =
    /^(?:\s*\([^)]*\))?\s+(?:for|per)\s+(?:(the|a|an|each|one)\s+)?((?:[a-z-]+\s+)?[a-z-]+?)(?=[\s,.;!?"”]|$)/i.exec(
      after,
    );
  if (per?.[2] && !/^(?:the|a|an|it|them|that|this|years?|months?|days?)$/i.test(per[2]))
    return `price of ${per[1] ? 'the ' : ''}${per[2]}`;
  // "A ticket to the grottoes costs 90 yuan": the subject, with its article.
  const subject =
    /(?:^|[,;]\s*|\b(?:said|says|that)\s+)((?:an?|the|each|one)\s+(?:[a-z-]+\s+){0,3}[a-z-]+)\s+(?:now\s+|still\s+)?$/i.exec(
      before.slice(0, cost.index),
    )?.[1];
  return subject ? `price of ${subject.replace(/^\w+/, (w) => w.toLowerCase())}` : 'price';
}

/** A price, by what it is the price of. */
export const priceMeasure: MeasurePass = ({ figure: f, after }) => {
  const named = price(f, after);
  return named ? own(named) : null;
};

/** Money named by the noun after it, or by what was sold for it. */
export const moneyNounMeasure: MeasurePass = ({ figure: f, after }) => {
  const money = moneyNoun(f, after);
  return money ? own(money) : null;
};

/** Money brought to those who own what brought it. */
export const incomeBroughtMeasure: MeasurePass = ({ figure: f }) => {
  const earned = incomeBrought(f);
  return earned ? own(earned) : null;
};

/** "live on less than 7 yuan a day": the daily income the clause sets as a line. */
export const thresholdMeasure: MeasurePass = ({ figure: f }) => {
  if (
    !(f.kind === 'money' || /yuan|dollars/.test(f.unit)) ||
    !/\bliv(?:e|es|ed|ing)\s+on\s+(?:less than|under|below|about|only|just)?\s*$/i.test(
      f.text.slice(0, f.start),
    )
  )
    return null;
  const rate = f.text.slice(f.at, f.end + 12);
  const per = /\b(?:a|per) day\b/i.test(rate)
    ? 'daily '
    : /\b(?:a|per) year\b/i.test(rate)
      ? 'annual '
      : '';
  return own(`${per}income threshold`);
};

/** An amount named by its verb. */
export const amountVerbMeasure: MeasurePass = ({ figure: f, after }) => {
  const named = amountVerb(f, after);
  return named ? own(named) : null;
};

/** An amount by what it is of. */
export const amountOfMeasure: MeasurePass = ({ figure: f, after }) => {
  const stuff = amountOf(f, after);
  return stuff ? own(stuff) : null;
};

/** "About 300 million yuan was set aside for poverty relief": money a clause opens. */
export const fundsMeasure: MeasurePass = ({ figure: f, after }) => {
  if (!isMoney(f)) return null;
  const spent =
    /^\s+(?:was|were|has been|had been|will be|is)\s+((?:set aside|allocated|earmarked|invested|spent|raised|provided|granted|donated)\b[^,;:.!?()]*)/i
      .exec(after)?.[1]
      ?.replace(/\s+(?:in|by|since|during)\s+(?:\p{Lu}|\d).*$|\s+alone$/u, '');
  return spent && words(spent).length <= 7 ? own(`funds ${spent.trim()}`) : null;
};
