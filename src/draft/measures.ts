/**
 * What a figure measures, in a few plain words taken from the article: "a population of 608"
 * (population), "47 ethnic groups" (number of ethnic groups), "grew by 10.9 percent" after "The
 * economy" (economic growth), "stayed for more than 10 minutes" (length of stay), "at least
 * 13,000 injured" in a quake report (people injured in the quake), "The figure was 11 percent"
 * (the figure before's measure, which it points back at).
 *
 * @module
 */

/** The shapes of figure the figures pass reads. */
export type FigureKind =
  | 'percent'
  | 'money'
  | 'amount'
  | 'magnitude'
  | 'size'
  | 'temperature'
  | 'time'
  | 'times'
  | 'casualties'
  | 'count'
  | 'fraction'
  | 'direction';

export interface MeasureInput {
  /** The sentence's text. */
  text: string;
  /** The figure's start (its qualifier), its number's start and its end, in `text`. */
  start: number;
  at: number;
  end: number;
  kind: FigureKind;
  unit: string;
  /** The counted words of a count ("ethnic groups", "them"). */
  counted: string;
  /** The figure just before, in this sentence or the one before (its end in `text` coordinates). */
  previous: { measure: string; end: number } | null;
  /** The few sentences before this one, for the event they tell ("Heavy rain flooded ..."). */
  context?: string;
}

/** A measure and whether it is the previous figure's, pointed back at. */
export interface Measure {
  measure: string;
  refers: boolean;
}

const QUALIFIED =
  '(?:(?:about|nearly|almost|around|roughly|just|over|more than|less than|only|some|up to|at least|just short of|approximately)\\s+)*';

const VERB =
  /\s(represents?|represented|accounts? for|accounted for|increased|rose|risen|grew|grown|fell|declined|dropped|decreased|reached|reaching|totall?ed|stood at|hit|amounted to|exceeded|surpassed|topped|came to|was|were|is|are|now represent|spans?|covers?|covered|stands|stood|measures|weighs|lies|sits|make up|makes up|made up|adds? up to|added up to)\b/;

/** An owner before a measure: "The village's", "Its", "Ningxia's". */
const OWNER =
  /^(?:(?:and|but|while|so)\s+)?(?:(?:an?|the|its|their|his|her|our|this|that)\s+)?(?:(?:[\p{Lu}][\p{L}-]*\s+)*[\p{Lu}][\p{L}'’-]*['’]s\s+|(?:village|county|city|province|region|company|port|town|country|nation)['’]s\s+)?(?=\p{L})/iu;

/** A subject that points back at the figure before: "It", "The figure", "This rate". */
const ANAPHOR =
  /^(?:it|this|that|the (?:figure|number|total|rate|amount|ratio|share|proportion)|this (?:figure|number|rate))$/i;

const PEOPLE = /^(?:people|residents|villagers|inhabitants|persons|individuals|locals)$/i;
const EVENT =
  /\b(earthquake|quake|flood|landslide|mudslide|fire|explosion|blast|typhoon|hailstorm|rainstorm|snowstorm|storm|hail|drought|blizzard|frost|accident|collapse)s?\b/i;

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** The subject before the figure's verb, leading phrases and lists left out. */
function subjectOf(sentence: string, at: number, first = false): string {
  const head = sentence.slice(0, at);
  const verbs = [...head.matchAll(new RegExp(VERB.source, 'g'))];
  const verb = first ? verbs[0] : verbs.pop();
  const subject = verb ? head.slice(0, verb.index) : head;
  // A comma between clauses, not the one inside a number ("312,000").
  const parts = subject.split(/,(?!\d{3}\b)\s*/);
  const kept: string[] = [];
  let inList = false;
  for (const part of parts) {
    if (/^(including|such as)\b/i.test(part)) inList = true;
    if (!inList) kept.push(part);
    if (inList && /\band\b/.test(part)) inList = false;
  }
  const clause = kept
    .map((p) =>
      p.replace(/\b(now|today|currently|even|barely|only|just|still|also)\b/gi, '').trim(),
    )
    .filter((p) => p && !/^(in|on|at|during|since|for|by|with|as|today)\b/i.test(p))
    .pop();
  const text = (clause ?? subject.trim()).replace(/\s+/g, ' ').replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // "The village's per capita income", "Its orchards cover": the measure without its owner.
  const bare = text
    .replace(/^(?:which|that|who|where)\s+/i, '')
    .replace(OWNER, '')
    .replace(/^(?:national|provincial|municipal|local|county|city)\s+/i, '')
    .replace(/\s+(?:cover(?:s|ed)?|reached|stood at|was|were|is|are|had|has|have)$/i, '')
    // "its per capita income in 2011", "per capita net income in Luotuozhuang".
    .replace(/\s+(?:in|during|by|at the end of)\s+(?:(?:19|20)\d{2}|last year|this year)$/i, '')
    .replace(/\s+in\s+[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*$/u, '')
    .replace(/\s+(?:(?:across|throughout) the (?:country|nation)|nationwide)$/i, '');
  return bare || text;
}

/**
 * What a figure counts when its words say it: "a population of 608" (population), "a per capita
 * net income of 1,668 yuan", "covers 106 square kilometers" (area), "608 residents"
 * (population), "36 percent of its residents" (share of residents); `null` when they do not.
 */
function namedMeasure(f: MeasureInput): string | null {
  const before = f.text.slice(Math.max(0, f.start - 80), f.start);
  // The words after it, to a whole word.
  const after = /^.{0,100}(?![\p{L}-])/su.exec(f.text.slice(f.end))?.[0] ?? '';
  const unit = f.unit.replace(/^(?:thousand|million|billion|trillion)\s+/, '');
  const of = new RegExp(`((?:[\\p{L}-]+\\s+){0,5}?[\\p{L}-]+)\\s+of\\s+${QUALIFIED}$`, 'iu').exec(
    before,
  );
  if (
    of?.[1] &&
    !/\b(?:percent|per cent|share|part|most|half|one|two|three|total|sum|leader|head|home)$/i.test(
      of[1],
    )
  ) {
    const phrase = ofPhrase(of[1]);
    if (phrase && !/^(?:area|covering|length|height)$/i.test(phrase) && words(phrase).length <= 5) {
      if (
        /met(?:er|re)s|km|kilomet|miles/i.test(unit) &&
        !/square/i.test(unit) &&
        !MEASURE_WORD.test(phrase)
      )
        return `length of the ${phrase}`;
      if (/square|hectares|acres|\bmu\b/i.test(unit) && !MEASURE_WORD.test(phrase))
        return `${phrase} area`;
      if (f.kind === 'count' && PEOPLE.test(f.counted)) return 'population';
      if (f.kind === 'count' && f.counted && !/^population$/i.test(phrase)) {
        // "has raised the incomes of 126 households": the verb stays with its noun.
        const verb = /\b([a-z]+ed)\s+(?:the\s+)?$/i.exec(
          of[1].slice(0, of[1].length - phrase.length),
        )?.[1];
        return `${verb ? `${verb} ` : ''}${phrase} of ${f.counted}`;
      }
      return phrase;
    }
  }
  if (/square|hectares|acres|\bmu\b/i.test(unit)) return landArea(f, before, after);
  if (/^(?:people|residents|inhabitants|villagers)$/i.test(unit)) {
    // "the resettlement centre, which has been home to 2,000 people since the quake".
    if (/\bhome to\s+$/i.test(before) && SHELTER.test(before)) return 'people sheltered';
    if (/\b(?:home to|population|of its|of just|of only)\s+$|['’]s\s+$/i.test(before))
      return 'population';
  }
  // "46 poor households", "3,000 households were relocated": what the clause says of them.
  if (/^households$/i.test(unit)) {
    const tail = predicate(after);
    const counted = f.counted.replace(/["“”]/g, '') || 'households';
    return tail ? `${counted} ${tail}` : counted;
  }
  // "About 36 percent of its residents are ...": the figure opens its clause.
  const opens =
    /(?:^|[,;]\s*)(?:about|nearly|almost|more than|over|some|around|roughly)?\s*$/i.test(before);
  const maker = SHARE_VERB.test(before.replace(new RegExp(`${QUALIFIED}$`, 'i'), ''));
  const done = DONE_TO.test(before.replace(new RegExp(`${QUALIFIED}$`, 'i'), ''));
  if (
    (f.kind === 'percent' || f.kind === 'fraction') &&
    (opens || maker || done || f.kind === 'fraction')
  )
    return share(f, after);
  return null;
}

/** A place where people shelter after a disaster: its residents are the people sheltered. */
const SHELTER =
  /\b(?:shelters?|sheltering|resettlement|relocation (?:site|centre|center)|relief (?:site|centre|center|camp)|temporary (?:homes?|housing|dwellings|settlement)|tents?|camps?)\b/i;

/** Words that end what an area is of: "of peach trees in the county", "of soy were". */
const AREA_STOP =
  /^(?:in|on|at|for|from|by|to|and|or|the|a|an|with|that|which|were|was|are|is|had|have|has|been|this|last|each|every|across|along|around|near|over|under|into)$/i;

/** Verbs done to land, as their past participle: "planted 600 mu of peach trees". */
const LAND_VERB =
  /\b(plant(?:ed|s|ing)?|destroy(?:ed|s|ing)?|damag(?:ed|es|ing)|flood(?:ed|s|ing)|restor(?:ed|es|ing)|reclaim(?:ed|s|ing)?|grow(?:s|ing)?|grew|grown|sow(?:ed|s|ing|n)?|harvest(?:ed|s|ing)?|afforest(?:ed|s|ing)?|irrigat(?:ed|es|ing)|transferr(?:ed|ing)|transfers?|leas(?:ed|es|ing)|rent(?:ed|s|ing)?|contract(?:ed|s|ing)?|cultivat(?:ed|es|ing)|ruin(?:ed|s|ing)?|lost|loses?|affect(?:ed|s|ing)?|inundat(?:ed|es|ing)|turn(?:ed|s|ing)?\s+into|add(?:ed|s|ing)?|convert(?:ed|s|ing)?)\b/i;

/** The past participle of a land verb as the text words it: "plants" → "planted". */
function participle(verb: string): string {
  const v = verb.toLowerCase().replace(/\s+into$/, '');
  const irregular: Record<string, string> = {
    grow: 'grown',
    grows: 'grown',
    growing: 'grown',
    grew: 'grown',
    sow: 'sown',
    sows: 'sown',
    sowing: 'sown',
    lose: 'lost',
    loses: 'lost',
  };
  if (irregular[v]) return irregular[v];
  if (/(?:ed|n|lost)$/.test(v)) return v;
  const stem = v.replace(/ing$|s$/, '');
  if (
    /(?:destroy|plant|flood|reclaim|harvest|afforest|rent|contract|ruin|affect|add|convert)$/.test(
      stem,
    )
  )
    return `${stem}ed`;
  if (/transfer$/.test(stem)) return `${stem}red`;
  return /e$/.test(stem) ? `${stem}d` : `${stem}ed`;
}

/**
 * An area of land and what is on it, in the clause's own words: "covers 4,200 mu of farmland"
 * after "The village" (farmland area of the village), "has planted 600 mu of peach trees" (area
 * of peach trees planted), "1,500 hectares of soybeans were destroyed" (area of soybeans
 * destroyed), "more than 2,400 hectares of wetland" (area of wetland).
 */
function landArea(f: MeasureInput, before: string, after: string): string {
  const of = /^\s+of\s+((?:[a-z-]+\s+){0,3}[a-z-]+)/.exec(after);
  const ofWords = words(of?.[1] ?? '');
  const stop = ofWords.findIndex((w) => AREA_STOP.test(w));
  const what = (stop < 0 ? ofWords : ofWords.slice(0, stop)).join(' ');
  if (!what) return areaOf(f, before);
  const rest = after.slice((of?.[0] ?? '').length - (of?.[1] ?? '').length + what.length);
  const bare = before.replace(new RegExp(`${QUALIFIED}$`, 'i'), '');
  const done = new RegExp(
    `${LAND_VERB.source}\\s+(?:(?:a|an|the|some|another|over)\\s+)?$`,
    'i',
  ).exec(bare)?.[1];
  if (done && !/^(?:cover|span)/i.test(done)) return `area of ${what} ${participle(done)}`;
  const passive = new RegExp(
    // "of soy in the county were destroyed": a place phrase may come before the verb.
    `^(?:\\s+(?:in|on|at|across|along|around|near)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+)?\\s+(?:(?:was|were|had been|have been|has been|is|are|will be)\\s+)(?:\\w+ly\\s+)?${LAND_VERB.source}`,
    'i',
  ).exec(rest)?.[1];
  if (passive) return `area of ${what} ${participle(passive)}`;
  // "The village covers 4,200 mu of farmland": the farmland area of the village.
  const owner = coverer(f, before);
  if (!owner) return `area of ${what}`;
  if (/^\p{Lu}/u.test(owner) && !/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(owner))
    return `${what} area of ${owner}`;
  if (PLACE_NOUN.test(owner)) return `${what} area of the ${owner}`;
  // "Corn planting covers 52 million mu of farmland": the corn planting area.
  return `${owner.toLowerCase()} area`;
}

/** Words that name a place or a site: what an area is the area of. */
const PLACE_NOUN =
  /\b(?:village|town|township|county|city|province|region|prefecture|district|country|nation|reserve|park|zone|farm|base|estate|site|cooperative|community|campus|port|plant|factory|island|area|league|banner|municipality)s?$/i;

/** What covers or spans the area, when the words say it ("The village covers"), else `null`. */
function coverer(f: MeasureInput, before: string): string | null {
  const covers =
    /\b(?:cover(?:s|ed|ing)?|spans?|spanning|stretch(?:es)?\s+over|boasts?|has|had|owns?)\s+(?:\S+\s+){0,2}$/i.test(
      before,
    );
  if (!covers) return null;
  const head = theSubject(f)
    .replace(/^the\s+/, '')
    .replace(/(?:\s+(?:has|have|had|owns?|owned|boasts?|boasted|now|still|also))+$/i, '');
  if (!head || words(head).length > 3 || /^(?:site|it|area)$/i.test(head)) return null;
  return head;
}

/**
 * Verbs whose object is a share of a whole: "make up 95 percent of", "account for", "grow more
 * than 30 percent of China's wheat", "contribute 40 percent of", "produce a third of".
 */
const SHARE_VERB =
  /\b(?:(?:make|makes|made|making) up|account(?:s|ed|ing)? for|contribut(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|grow(?:s|ing)?|grew|suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|hold(?:s|ing)?|held|handl(?:e|es|ed|ing))\s+$/i;

/**
 * An area by what covers it: "Its orchards now cover 110 hectares" (orchard area), "The
 * province covers" or "Sichuan spans" (land area), else "area".
 */
function areaOf(f: MeasureInput, before: string): string {
  const covers =
    /\b(?:cover(?:s|ed|ing)?|spans?|spanning|stretch(?:es)?\s+over)\s+(?:\S+\s+){0,2}$/i.test(
      before,
    );
  if (!covers) return 'area';
  // "will eventually cover about 2,000 square kilometers": the area planned.
  if (
    /\b(?:will|would|is to|are to|(?:is|are) (?:planned|set|expected) to|plans? to)\s+(?:\w+ly\s+)?(?:cover|span)\s+(?:\S+\s+){0,2}$/i.test(
      before,
    )
  )
    return 'planned area';
  const head = theSubject(f).replace(/^the\s+/, '');
  if (
    /^\p{Lu}/u.test(head) ||
    /\b(?:region|province|county|city|prefecture|league|country|municipality|district|island)$/i.test(
      head,
    )
  )
    return 'land area';
  const noun = words(head).pop() ?? '';
  if (!noun || words(head).length > 3 || /^(?:site|it|area)$/i.test(noun)) return 'area';
  return `${head.replace(/(?<=[^s])s$/, '')} area`;
}

/** Words that already name a dimension ("average altitude"), not the thing measured. */
const MEASURE_WORD =
  /\b(?:length|height|altitude|elevation|distance|depth|width|diameter|area|radius)\b/i;

/** The words of an "X of" before a figure, from its head noun on: "a per capita net income". */
function ofPhrase(phrase: string): string {
  const w = words(phrase);
  const stop = (x: string) =>
    /^(?:the|a|an|its|their|his|her|our|this|that|below|above|for|with|in|on|at|to|from|by|and|that|where|which|has|have|had|was|is|were|are|still|only|now|live|lives)$/i.test(
      x,
    );
  let cut = w.length - 1;
  while (cut >= 0 && !stop(w[cut] ?? '')) cut--;
  return (
    w
      .slice(cut + 1)
      .join(' ')
      .replace(/^[\p{Lu}][\p{L}'’-]*['’]s\s+/u, '')
      .replace(/\s+in\s+[\p{Lu}][\p{L}-]*$/u, '')
      // "generating revenue of": the revenue.
      .replace(
        /^(?:generating|bringing|earning|creating|recording|reporting|registering|posting|achieving|having|with)\s+(?=\S)/i,
        '',
      )
  );
}

/**
 * A verb in the past done to a share of a whole, right before it: "damaged 87 percent of the
 * households", "have rebuilt 95 percent of", "covered 80 percent of the villages".
 */
const DONE_TO =
  /\b((?!(?:increased|decreased|rose|grew|fell|declined|dropped|jumped|climbed|expanded|reached|exceeded|accounted|surpassed|topped|stood|totaled|totalled|amounted|hit|was|were|made)\b)[a-z]{3,}ed|rebuilt|built|lost|sold|grown|won|shut|cut)\s+$/i;

/**
 * A share: "36 percent of Ningxia's 6.7 million people are Hui" (share of Hui people), "30
 * percent of the county's 200,000 residents live on less than 7 yuan a day", "make up 95 percent
 * of the residents" after "people of ethnic minority groups"; `null` when the words do not say.
 */
function share(f: MeasureInput, after: string): string | null {
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

/** Deaths, injuries and the homeless of a disaster: "quake death toll". */
function casualty(word: string, sentence: string): string | null {
  const event = EVENT.exec(sentence)?.[1]?.toLowerCase();
  if (/^(?:dead|died|killed|perished|deaths?)$/i.test(word))
    return event ? `${event} death toll` : 'death toll';
  if (/^(?:injured|wounded)$/i.test(word))
    return event ? `people injured in the ${event}` : 'people injured';
  if (/^(?:homeless)$/i.test(word)) return 'people left homeless';
  if (/^(?:missing|displaced)$/i.test(word)) return `people ${word.toLowerCase()}`;
  return null;
}

const CASUALTY_AFTER =
  /^\s+(?:(?:were|are|have been|had been|was)\s+)?(dead|died|killed|perished|injured|wounded|missing|homeless|displaced)\b/i;

/** A duration's measure: how long a stay, a drive, a construction, an age. */
function duration(f: MeasureInput, after: string): string | null {
  const near = f.text.slice(Math.max(0, f.start - 50), f.start);
  if (/\bstay(?:ed|ing|s)?\b/i.test(near)) return 'length of stay';
  if (/^\s*(?:to|in order to)\s+(?:build|complete|construct|finish)\b/i.test(after))
    return 'construction time';
  if (
    /\b(?:drive|drove|driving|drives|ride|rode|flight|flew|journey|travel(?:l?ed|s)?|walk(?:ed)?)\b/i.test(
      `${near} ${after.slice(0, 12)}`,
    )
  ) {
    // "from Xichang"; "as soon as his plane lands in Hefei, he drives ...": from Hefei.
    const from =
      /\b(?:from|lands?\s+in|landed\s+in|landing\s+in)\s+((?:the\s+)?(?:city\s+of\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)/u.exec(
        `${near} ${after.slice(0, 60)}`,
      );
    return from?.[1]
      ? `travel time from ${from[1].replace(/^(?:the\s+)?(?:city\s+of\s+)?/i, '')}`
      : 'travel time';
  }
  if (/\b(?:working|operating|in operation|running|open)\s+for\s+$/i.test(near))
    return 'years in operation';
  if (/\b(?:old|ago)$|-old$/.test(f.text.slice(f.at, f.end))) return `age of ${theSubject(f)}`;
  return null;
}

const DIMENSIONS: [RegExp, string][] = [
  [/^\s*(?:-|\s)?(?:long|in length)\b/i, 'length'],
  [/^\s*(?:-|\s)?(?:high|tall|in height)\b/i, 'height'],
  [/^\s*(?:-|\s)?(?:wide|in width)\b/i, 'width'],
  [/^\s*(?:-|\s)?(?:deep|in depth)\b/i, 'depth'],
  [/^\s*(?:across|in diameter)\b/i, 'diameter'],
];

/** A length, height, altitude, distance or weight in meters, kilometers or kilograms. */
function dimension(f: MeasureInput, after: string): string | null {
  const unit = f.unit;
  const near = f.text.slice(Math.max(0, f.start - 40), f.start);
  if (/kilograms|\bkg\b|grams|tonnes|tons/i.test(unit) && /\bweigh/i.test(near))
    return `weight of ${theSubject(f)}`;
  if (!/met(?:er|re)s|km|kilomet|miles|feet/i.test(unit)) return null;
  if (/^\s*above sea level/i.test(after) || /\baltitude\b/i.test(near))
    return /\baverage\s+(?:altitude|elevation)\b/i.test(near)
      ? 'average altitude above sea level'
      : 'altitude above sea level';
  for (const [re, name] of DIMENSIONS) if (re.test(after)) return `${name} of ${theSubject(f)}`;
  const from =
    /^\s*(?:[a-z]+\s+)?(?:from|of|away from)\s+((?:the\s+)?[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*)*)/u.exec(
      after,
    );
  if (from?.[1]) return `distance from ${from[1]}`;
  if (/\b(?:travell?ed|covered|drove|walked|flew)\s+(?:\S+\s+){0,2}$/i.test(near))
    return 'distance travelled';
  return null;
}

/** The sentence's subject as "the dam", for "height of the dam"; its first clause's words. */
function theSubject(f: MeasureInput): string {
  const clauses = f.text
    .slice(0, f.start)
    .split(/,(?!\d{3})\s*/)
    .filter((c) => c && !/^(?:in|on|at|during|since|by|with|now|today)\b/i.test(c));
  const clause = clauses[0] ?? '';
  const verb = VERB.exec(` ${clause}`);
  const subject = words((verb ? ` ${clause}`.slice(0, verb.index) : clause).trim())
    .filter(
      (w) =>
        !/^(?:its|their|our|which|that|who|now|still|also|today|currently|only|just|will|would|can|could|may|eventually|already|then)$/i.test(
          w,
        ),
    )
    .join(' ');
  const bare = subject.replace(/^(?:the|a|an)\s+/i, '');
  return bare && words(bare).length <= 5 && !MEASURE_WORD.test(bare) ? `the ${bare}` : 'the site';
}

/** Words that end the noun a one-word size qualifies: "village known for", "bridge that". */
const NOT_NOUN =
  '(?:of|in|on|at|to|and|or|that|which|who|where|with|by|for|from|near|known|located|famous|renowned|noted|built|founded|set|nestled|dating|home|is|was|are|were|has|had)\\b';

/** A one-word size ("19-km-long pedestrian walkway"): the dimension of the thing after it. */
function size(f: MeasureInput, after: string): string {
  const word = f.text.slice(f.at, f.end);
  const dim = /-(?:long)$/.test(word)
    ? 'length'
    : /-(?:high|tall)$/.test(word)
      ? 'height'
      : /-wide$/.test(word)
        ? 'width'
        : /-deep$/.test(word)
          ? 'depth'
          : /-old$/.test(word)
            ? 'age'
            : /-(?:storey|story)$/.test(word)
              ? 'height'
              : /-lane$/.test(word)
                ? 'lanes'
                : /-(?:hectare|acre|mu|square-\w+)$/.test(word)
                  ? 'area'
                  : /-(?:megawatt|kilowatt)$/.test(word)
                    ? 'capacity'
                    : 'length';
  // "a 600-year-old village known for its tea": the noun, not what the words after say of it.
  const noun = new RegExp(
    `^\\s+(?:\\([^)]*\\)\\s+)?((?:(?!${NOT_NOUN})[a-z-]+\\s+){0,2}(?!${NOT_NOUN})[a-z-]+)`,
  ).exec(after);
  return noun?.[1] ? `${dim} of the ${noun[1]}` : dim;
}

/** A move planned: "plans to move", "will relocate", "is to resettle", "aims to move". */
const PLANNED_MOVE =
  /\b(?:to|will|would|shall)\s+(?:\w+ly\s+)?(?:move|relocate|resettle|evacuate)\s+$/i;

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
};

const TAIL_STOP =
  /\s*(?:[,;:.!?()"“”]|\s(?:of\s+)?\d|\b(?:and|but|while|whereas|since|in (?:19|20)\d{2}|by (?:19|20)\d{2}|(?:in|during|since|by) (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|that|next) (?:year|week|month|January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|winter)|at the end|by the end|every year|a year|each year|according)\b).*$/i;

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
    /\b(?:received|attracted|welcomed|hosted|drew|saw|receives|attracts)\s+\S*\s*\S*\s*$/i.test(
      before,
    )
  )
    return 'tourist visits';
  // "plans to move 2.4 million people out of ...": those to be relocated.
  if (PLANNED_MOVE.test(before.replace(new RegExp(`${QUALIFIED}$`, 'i'), '')) && counted)
    return `${counted} to be relocated`;
  const verb =
    /\b(built|produced|made|sold|exported|imported|handled|employ(?:s|ed|ing)?|hire[sd]|created|planted|trained|relocated|resettled|served|treated|enrolled|house[sd]|holds|held|produces|builds|makes|sells|handles|creates|trains|serves|lifted|helped|moved|evacuated|rescued|benefited|benefit(?:t)?ed|lifts|helps)\s+$/i.exec(
      before.replace(new RegExp(`${QUALIFIED}$`, 'i'), ''),
    );
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

/** What the clause after a count says of it ("still live below the poverty line"), or "". */
function predicate(after: string): string {
  const clause = after.replace(TAIL_STOP, '').trim();
  let w = words(clause);
  // "in the region have been lifted": a place phrase before the verb.
  if (/^(?:in|at|on)$/i.test(w[0] ?? '')) {
    const verbAt = w.findIndex(
      (x, i) => i > 0 && /^(?:are|were|is|was|have|has|had|must|will|live|lived)$/i.test(x),
    );
    if (verbAt < 0 || verbAt > 4) return '';
    w = w.slice(verbAt);
  }
  const first = w[0] ?? '';
  if (
    !/^(?:live|lives|lived|living|are|were|is|was|have|has|had|must|will|would|to|still|now|remain|remained|belong|belonged|work|worked|died|gave|face|faced|signed|secretly|below|who|that|already)$/i.test(
      first,
    ) &&
    !/^[a-z]+(?:ed|ing)$/i.test(first)
  )
    return '';
  const kept = w
    .filter(
      (x) =>
        !/^(?:are|were|is|was|have|has|had|been|still|now|also|already|who|that|secretly)$/i.test(
          x,
        ),
    )
    .map((x) => (/^(?:live|lives|lived)$/i.test(x) ? 'living' : x));
  // "2,600 villagers suffered from the floods": the villagers hit by the floods.
  return kept
    .slice(0, 7)
    .join(' ')
    .replace(/^suffer(?:ed|ing)? (?:from|in)\b/i, 'hit by');
}

/**
 * Gross domestic product in the words both ways ("GDP", "gross domestic product", a province's
 * "economy was worth"), so the measure reads whichever the reader looks for.
 */
function economy(measure: string): string {
  if (/^economy$/i.test(measure)) return 'economy (gross domestic product)';
  return measure.replace(/\bGDP\b|\bgross domestic product\b/i, 'gross domestic product (GDP)');
}

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
    /^\s+of\s+((?:(?!(?:in|on|at|for|from|by|to|and|the|a|an)\b)[a-z-]+\s+)?(?!(?:in|on|at|for|from|by|to|and|the|a|an)\b)[a-z-]+)(?=[\s,.;]|$)/.exec(
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

/**
 * A multiple, as what is compared with what: "The county's grain output is now three times that
 * of 2010" (grain output relative to 2010), "three times the national average" after "Incomes in
 * the village are" (incomes relative to national average); "multiple" when the words do not say.
 */
function multiple(subject: string, after: string): string {
  const base = /^\s+(?:(?:that|those) of|the)\s+([^,;:.!?()"“”]+)/i
    .exec(after)?.[1]
    ?.replace(TAIL_STOP, '')
    .replace(/^the\s+/i, '')
    .trim();
  const what =
    subject &&
    !/\d/.test(subject) &&
    words(subject).length <= 5 &&
    !/^(?:it|this|that|they|he|she|which|who|we|i|you)$/i.test(subject) &&
    !/["“”]/.test(subject)
      ? subject.replace(/\s+(?:is|are|was|were|now|has|have|had)$/i, '')
      : '';
  const than = base && words(base).length <= 5 ? base : '';
  if (what && than) return `${what} relative to ${than}`;
  if (what) return `${what} multiple`;
  return than ? `multiple of ${than}` : 'multiple';
}

/**
 * What the figure measures; `null` for a duration that measures nothing the sentence names
 * ("who has picked tea for thirty years" is a person's story, not a figure).
 */
export function measureOf(f: MeasureInput): Measure | null {
  const after = f.text.slice(f.end, f.end + 100);
  const subject = subjectOf(f.text, f.start);
  const previous = f.previous;
  const opening =
    /^\s*(\w+(?:\s+\w+)?)\s+(?:was|is|were|are|rose|grew|fell|reached|stood|came|hit|amounted|totall?ed)\b/.exec(
      f.text,
    );
  if (previous && opening?.[1] && ANAPHOR.test(opening[1]) && f.start - opening[0].length <= 45)
    return { measure: previous.measure, refers: true };
  const own = (measure: string): Measure => ({ measure, refers: false });
  if (f.kind === 'magnitude') return own('earthquake magnitude');
  if (f.kind === 'casualties') return own(casualty(f.unit, f.text) ?? `people ${f.unit}`);
  if (f.kind === 'temperature') return own('temperature');
  if (f.kind === 'size') return own(size(f, after));
  if (f.kind === 'time') {
    const d = duration(f, after);
    if (d) return own(d);
  }
  if (f.kind === 'percent') {
    const near = f.text.slice(Math.max(0, f.start - 30), f.start);
    if (previous && previous.end <= f.start && /,\s*(?:up|down)\s+(?:by\s+)?$/i.test(near))
      return {
        measure: `${previous.measure} ${/down\s+(?:by\s+)?$/i.test(near) ? 'decline' : 'growth'}`,
        refers: true,
      };
    if (
      /\b(?:grew|grown|rose|risen|increased|expanded|climbed|jumped|went up)\s+(?:by\s+)?$/i.test(
        near,
      )
    ) {
      const base = subject
        .replace(/\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}\s'’-]*$/u, '')
        .replace(/^economy$/i, 'economic');
      if (words(base).length <= 5)
        return own(
          /^economic$/i.test(base)
            ? 'economic (GDP) growth'
            : /\s(?:in|of|for)\s/.test(base)
              ? `growth in ${base}`
              : `${economy(base)} growth`,
        );
    }
  }
  const lost = losses(f, after);
  if (lost) return own(lost);
  const relative = relativeTo(f, after, subject);
  if (relative) return own(relative);
  const named = namedMeasure(f);
  if (named) return own(economy(named));
  if (
    f.kind === 'percent' &&
    previous &&
    previous.end <= f.start &&
    / growth$/.test(previous.measure) &&
    subject &&
    words(subject).length <= 4
  )
    return own(
      `${subject} ${/\b(?:fell|declined|dropped|decreased|shrank|went down)\s+(?:by\s+)?$/i.test(f.text.slice(0, f.start)) ? 'decline' : 'growth'}`,
    );
  if (f.kind === 'amount') {
    const d = dimension(f, after);
    if (d) return own(d);
  }
  if (f.kind === 'count') return own(count(f, after));
  if (f.kind === 'time') return null;
  if (f.kind === 'times') return own(multiple(subject, after));
  const money = moneyNoun(f, after);
  if (money) return own(money);
  const earned = incomeBrought(f);
  if (earned) return own(earned);
  // "live on less than 7 yuan a day": the daily income the clause sets as a line.
  if (
    (f.kind === 'money' || /yuan|dollars/.test(f.unit)) &&
    /\bliv(?:e|es|ed|ing)\s+on\s+(?:less than|under|below|about|only|just)?\s*$/i.test(
      f.text.slice(0, f.start),
    )
  ) {
    const rate = f.text.slice(f.at, f.end + 12);
    const per = /\b(?:a|per) day\b/i.test(rate)
      ? 'daily '
      : /\b(?:a|per) year\b/i.test(rate)
        ? 'annual '
        : '';
    return own(`${per}income threshold`);
  }

  const verbFor = amountVerb(f, after);
  if (verbFor) return own(verbFor);
  const stuff = amountOf(f, after);
  if (stuff) return own(stuff);
  // "About 300 million yuan was set aside for poverty relief": money a clause opens.
  if (f.kind === 'money' || /yuan|dollars|euros/.test(f.unit)) {
    const spent =
      /^\s+(?:was|were|has been|had been|will be|is)\s+((?:set aside|allocated|earmarked|invested|spent|raised|provided|granted|donated)\b[^,;:.!?()]*)/i
        .exec(after)?.[1]
        ?.replace(/\s+(?:in|by|since|during)\s+(?:\p{Lu}|\d).*$|\s+alone$/u, '');
    if (spent && words(spent).length <= 7) return own(`funds ${spent.trim()}`);
  }
  if (
    subject &&
    !/\d/.test(subject) &&
    words(subject).length <= 7 &&
    !/^(?:it|this|that|they|he|she|which|who|even today)$/i.test(subject) &&
    !/["“”]|^(?:i|we|you|he|she|they)\s/i.test(subject)
  )
    return own(economy(subject));
  return own(
    f.kind === 'percent'
      ? 'share'
      : f.kind === 'money' || /yuan|dollars|euros/.test(f.unit)
        ? 'amount'
        : 'quantity',
  );
}
