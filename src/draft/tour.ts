/**
 * Sites pass: the sites a visit clause names, the way real reports list them. After a visit
 * verb ("visited", "went to", "inspected", "paid a visit to"), or in a participle ("while
 * visiting", "during his visit to"), the object is split into its items ("a historical and
 * cultural block and AVIC Changhe Aircraft Industry (Group) Corporation Ltd. in Jingdezhen, as
 * well as a village in Wuyuan County"), each a named site, a described one ("a middle school")
 * or a place ("the city of Changde"), with the place words that follow it ("in Jingdezhen").
 *
 * @module
 */
import type { Sentence } from './sentences.js';
import { alt, LEADER_TITLES, LEADERS, PERSON_NOUNS, SITE_HEADS, VISIT_VERB } from './vocabulary.js';

/** One item of a visit's object: a site or a place, with its offsets in the article. */
export interface Item {
  start: number;
  end: number;
  text: string;
  /** `site`: a named or described site; `place`: a city, county or province inspected. */
  kind: 'site' | 'place';
  /** Whether the site is named (capitalised words), not only described ("a village"). */
  named: boolean;
  /** The place words after it inside its item ("in Wuyuan County in Shangrao"), if any. */
  where: { start: number; end: number } | null;
  /** The list group it stands in ("as well as" starts a new one). */
  group: number;
}

/** A visit clause: the verb, its items, and whether the leader is its subject. */
export interface Clause {
  verb: { start: number; end: number; text: string };
  items: Item[];
  /** Where the clause's words end in the article. */
  end: number;
}

const VERB = new RegExp(VISIT_VERB, 'giu');
const HEAD = new RegExp(`\\b${alt(SITE_HEADS)}\\b`, 'i');
/** Where the object of a visit verb ends: a clause of purpose, a "where", a new verb. */
const OBJECT_END =
  /(?:,? where\b|,? to (?:learn|see|inspect|check|hear|understand|get|gain|study|extend|visit|meet|mark|attend|celebrate|commemorate|observe|review|survey|assess|oversee|promote|discuss|launch|open)\b|,? and [“"]?(?:learned|inspected|talked|chatted|checked|listened|heard|met|had|asked|called|urged|said|stressed|encouraged|was|learnt|told)\b|,? learning\b|,? talking\b|,? inspecting\b|,? checking\b|,\s+(?:[Hh]e|[Ss]he|XI|Xi|Li|[Tt]he (?:[Pp]resident|[Pp]remier|[Vv]ice [Pp]remier|[Gg]eneral [Ss]ecretary))\b|,\s*(?:which|who|whose)\b|,\s+[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:also |then |later )?(?:said|says|stressed|urged|called|noted|promised|pledged|told|asked|added|praised|encouraged|learned|learnt|talked|chatted|met|checked|listened|watched|shook|waved|inquired|expressed|pointed)\b|\s+and\s+(?:[a-z]+ed|took|made|gave|met|held|saw|went|came|spoke|said|sent|brought|bought|left|learnt|told|(?:visits|inspects|tours|looks|walks|talks|chats|learns|listens|hears|meets|asks|says|goes|comes|sees|checks|stops|takes|makes|gives|calls|urges|stresses)\b(?! (?:and|or|of)\b))\b|,? (?:on|in|during|before|after|ahead of|amid|for) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the (?:morning|afternoon|evening|same day|way)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d(?!\d{3}\s+and\s))|,? (?:from|between) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|,\s+(?:Premier|President|Vice Premier|Chairman|General Secretary|Chinese)\b|,? (?:urging|calling|stressing|saying|noting|asking|encouraging|adding|emphasi[sz]ing|hoping|expressing|pointing|telling)\b|,\s+(?!including\b)[a-z]{3,}ing\b|,\s+(?:first |once )?(?:held|built|founded|established|opened|completed|launched|known|named|called|dubbed|hailed|considered|regarded)\b|\s+(?:Photo|Video|Source):|,? among other\b|,\s+(?:the|an?|his|her|its|their|our|it|they|we|there)\s+(?:(?!that\b|which\b|who\b)[\w'’-]+\s+){0,3}(?:was|were|is|are|had|has|have)\b|,\s+(?:(?:just|only|two|three|a few|several)\s+)?(?:days?|weeks?|months?|hours?) (?:after|before|since)\b|,?\s+as part of\b|,?\s+accompanied by\b|,\s+(?:Xinhua|CCTV|state media|the (?:agency|newspaper|paper)|[A-Z][a-z]+ (?:News|Daily|Times)(?: Agency)?)\s+(?:reported|said|quoted)\b|,\s+(?:which|who|whose)\b|,\s+but\b|,["”](?=\s+(?:[Hh]e|[Ss]he|[A-Z][A-Za-z'’-]*(?: [A-Z][A-Za-z'’-]*)?) (?:said|says|told|added|stressed|noted|asked)\b)|;|\.(?=\s|$)(?<!\b(?:Co|Ltd|Inc|Corp|No|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)|\((?:Xinhua|Photo)|$)/;
/** Words that open an item of a list, after "and": an article, a possessive, a name. */
const ITEM_START =
  /^(?:an?|the|its|his|her|their|two|three|several|some|places|\p{Lu}|\d|(?:[a-z-]+ ){0,2}(?:maker|manufacturer|producer|carmaker|automaker|steelmaker|chipmaker|shipbuilder|giant) \p{Lu})/u;
/** "the local community, health center, primary school and ...": a site word, no article. */
const BARE_ITEM = new RegExp(
  `^(?!including |such |among )(?:[a-z][a-z-]* ){0,3}${alt(SITE_HEADS)}(?=,|\\s+and\\s|\\s+as well as\\s|$)`,
);
/** "places including", "sites such as": the items come after. */
const INCLUDING =
  /^(?:(?:several |some |a number of )?(?:places|sites|enterprises|companies|villages)(?: including| such as|,? including)|including)\s+/i;
/** Words before a place's name that tell what befell it or what it is like ("quake-hit"). */
const PLIGHT =
  /^(?:the )?(?:(?:[a-z]+-)?(?:hit|stricken|ravaged|affected|struck|battered|torn)|remote|mountainous|impoverished|landlocked)\s+(?=\p{Lu})/u;
/** A place word at the start of an item: it names a place, not a site. */
const PLACE_ITEM =
  /^(?:the (?:(?:country|nation)['’]s )?(?:[a-z]+ )?(?:city|county|province|region|municipality|cities|counties|provinces|regions) of |(?:\p{L}+ ){0,2}China['’]s |\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)* (?:Province|Municipality|Autonomous Region|City|County|District|Prefecture)$|\p{Lu}[\p{L}'’-]*, (?:a|the) (?:county|city|district)\b)/u;

/** The visit clauses of a sentence, in order. */
export function visitClauses(
  text: string,
  sentence: Sentence,
  placeAt?: (at: number) => { end: number } | undefined,
): Clause[] {
  const out: Clause[] = [];
  VERB.lastIndex = 0;
  const body = sentence.text;
  for (let m = VERB.exec(body); m; m = VERB.exec(body)) {
    const verbEnd = m.index + m[0].length;
    // "inspection tour" as a noun without an object ("during the inspection, Xi ..."): none.
    const rest = body.slice(verbEnd);
    const stop = OBJECT_END.exec(rest.replace(/^\s+/, ' '));
    const lead = rest.length - rest.trimStart().length;
    let objEnd = stop ? stop.index + (rest.startsWith(' ') ? 0 : 0) : rest.length;
    if (stop && stop.index === 0 && stop[0] === '') objEnd = rest.length;
    const object = rest.slice(lead, Math.max(lead, objEnd));
    const items = splitItems(text, sentence.start + verbEnd + lead, object, placeAt);
    if (items.length === 0) continue;
    out.push({
      verb: { start: sentence.start + m.index, end: sentence.start + verbEnd, text: m[0] },
      items,
      end: sentence.start + verbEnd + lead + object.length,
    });
    VERB.lastIndex = verbEnd;
  }
  return out;
}

/** Splits a visit's object into its items. */
export function splitItems(
  text: string,
  start: number,
  object: string,
  placeAt: (at: number) => { end: number } | undefined = () => undefined,
): Item[] {
  let at = 0;
  let body = object;
  const inc = INCLUDING.exec(body);
  if (inc) {
    at = inc[0].length;
    body = body.slice(at);
  }
  // Split at ", ", " and ", ", and ", " as well as ", "; " when the next words open an item.
  const parts: { from: number; to: number; group: number }[] = [];
  let group = 0;
  let from = 0;
  const SEP =
    /,?\s*(?:including|such as)\s+|,?\s+and (?:then |later |afterwards |also )?(?:to|at)\s+|,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\s+along with\s+/y;
  let depth = 0;
  // Inside quotation marks ('the "Belt and Road" exhibition hall') no item ends.
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '(') depth++;
    if (body[i] === ')') depth = Math.max(0, depth - 1);
    if (body[i] === '"' || body[i] === '“' || body[i] === '”')
      quoted = body[i] === '"' ? !quoted : body[i] === '“';
    if (depth > 0 || quoted) continue;
    SEP.lastIndex = i;
    const m = SEP.exec(body);
    if (!m || m.index !== i) continue;
    const next = body.slice(i + m[0].length);
    // "Co., Ltd.", "Suide, a county": not a new item.
    if (/^(?:Ltd|Inc|Co)\b/.test(next)) continue;
    if (!ITEM_START.test(next) && !(m[0].startsWith(',') && BARE_ITEM.test(next))) continue;
    parts.push({ from, to: i, group });
    if (/as well as|along with/.test(m[0])) group++;
    from = i + m[0].length;
    i = from - 1;
  }
  parts.push({ from, to: body.length, group });
  // "Qinghai Provincial Ecological and Environmental Monitoring Center": one name.
  for (let k = parts.length - 2; k >= 0; k--) {
    const a = parts[k] as (typeof parts)[number];
    const b = parts[k + 1] as (typeof parts)[number];
    const first = body.slice(a.from, a.to);
    const joint = body.slice(a.to, b.from);
    const second = body.slice(b.from, b.to);
    // "Institute of Deep-sea Science and Engineering under ...": one name's "of A and B".
    const ofName =
      /\bof (?:\p{Lu}[\p{L}-]*\s?)+$/u.test(first) &&
      /^\p{Lu}[\p{L}-]*(?:\s+\p{Ll}|$)/u.test(second);
    // "Zhaoqing and Yunfu": two places, never one name.
    const twoPlaces = placeAt(start + at + a.from) && placeAt(start + at + b.from);
    if (
      !twoPlaces &&
      /^\s+and\s+$/.test(joint) &&
      /^(?:the )?\p{Lu}/u.test(first) &&
      (!HEAD.test(first) || ofName) &&
      /^\p{Lu}/u.test(second)
    )
      parts.splice(k, 2, { from: a.from, to: b.to, group: a.group });
  }
  const items: Item[] = [];
  /** Whether the part before was an appositive ("San Su Ci, a memorial temple ..."). */
  let described = false;
  /** Whether the part before described a person ("an 85-year-old farmer in ..."). */
  let aside = false;
  for (const [k, p] of parts.entries()) {
    // "a memorial temple on the site of the home of Su Xun and his sons": what follows a bare
    // "and" in an appositive still describes the site.
    const joint = k > 0 ? body.slice((parts[k - 1] as (typeof parts)[number]).to, p.from) : '';
    if (described && /^\s+and\s+$/.test(joint)) continue;
    described = false;
    let raw = body.slice(p.from, p.to);
    // "quake-hit Lushan County", "the flood-stricken Shangzhi": the place, not its plight.
    const plight = PLIGHT.exec(raw.trimStart())?.[0].length ?? 0;
    const lead = raw.length - raw.trimStart().length + plight;
    raw = raw.trim().slice(plight);
    // "Northwest China's Shaanxi Province" is a place; "a port in south China's ..." keeps "a port".
    if (!PLACE_ITEM.test(raw))
      raw = raw.replace(
        /,? (?:[a-z]+ )?(?:central |northwest |northeast |southwest |southeast |north |south |east |west )?China['’]s .*$/u,
        '',
      );
    raw = raw
      .replace(
        /,?\s+(?:yesterday|today|last week|this week|among other .*|at \d.*|before .*|at the end of .*|ahead of .*|when .*|in the same (?:city|place|town|county|province|village).*|there\b.*|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday).*|(?:\w+ )?(?:years?|months?|weeks?|days?) ago.*|in (?:\w+ )?\d{4}.*|(?:last|this) year.*)$/,
        '',
      )
      .replace(/\s+and (?:many |several |some )?other (?:places|sites|areas|locations)$/, '')
      // "Anhui Jan. 11-14": the days of the tour after its place.
      .replace(
        /\s+(?:from\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:\s*(?:-|–|to)\s*\d{1,2})?(?:,? \d{4})?$/,
        '',
      )
      .replace(/[,.;:]+$/, '');
    // "..., an 85-year-old farmer in the village of Huaxi, Zhongyi township": a person described,
    // with the place words that go on after it; "..., the largest port in the country", "Xi's
    // first since he took office": what the item before is, or what the visit was, never a site.
    if (PERSON_DESCRIBED.test(raw) && k > 0) {
      aside = true;
      continue;
    }
    if (aside && /^,\s*$/.test(joint) && PLACE_CONTINUES.test(raw)) continue;
    aside = false;
    if ((k > 0 && RANKED.test(raw)) || POSSESSIVE_RANK.test(raw) || KIND_OF_PLACE.test(raw))
      continue;
    if (
      !raw ||
      /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?: \d|$)|^\d{4}$/.test(raw)
    )
      continue;
    const s = start + at + p.from + lead;
    const where = placeWords(raw, s, placeAt);
    // 'a "lusheng ground," an open square where ...': the local word in quotation marks names
    // the site; what follows describes it.
    const quoted = QUOTED_SITE.exec(raw);
    if (quoted?.[1]) {
      const from = s + raw.indexOf(quoted[1]);
      items.push({
        start: from,
        end: from + quoted[1].length,
        text: quoted[1],
        kind: 'site',
        named: true,
        where: where !== null ? { start: s + where, end: s + raw.length } : null,
        group: p.group,
      });
      continue;
    }
    // "Shibadong, a village in Huayuan county", "Longwangmiao, a town in Shangzhi": the name
    // before is the village's or town's, and these are its place words.
    const last = items[items.length - 1];
    // "the home of villager Xu Wan in Desheng Village, Xiaoertai town, Zhangbei county": the
    // place words of the site before go on, no new site.
    if (last?.where && /^,\s*$/.test(joint) && PLACE_CONTINUES.test(raw)) {
      last.end = s + raw.length;
      last.text = text.slice(last.start, last.end);
      last.where = { start: last.where.start, end: last.end };
      continue;
    }
    if (
      last &&
      !last.where &&
      where !== null &&
      (APPOSITIVE_SITE.test(raw.slice(0, where)) ||
        // "Weifang Diesel Works, a vegetable market in Shouguang": a list, not an appositive.
        (/^,\s*$/.test(joint) && !HEAD.test(last.text) && DESCRIBED_SITE.test(raw.slice(0, where))))
    ) {
      if (/^\p{Lu}/u.test(last.text)) {
        Object.assign(last, {
          kind: 'site',
          named: true,
          where: { start: s + where, end: s + raw.length },
        });
        continue;
      }
    }
    // "Suide, a county under the city of Yulin": the name before is a place; "a rice
    // cooperative in Fujin, a county-level city": the place words of the site before are.
    if (/^an? (?:county|city|district|town|township)\b|^the (?:provincial )?capital\b/.test(raw)) {
      if (last && !last.where) last.kind = 'place';
      continue;
    }
    // "automobile manufacturer Chery", "tech giant Tencent": a company named after its kind.
    const maker = MAKER_NAMED.exec(raw);
    if (maker?.[1]) {
      const from = s + raw.length - maker[1].length;
      items.push({
        start: from,
        end: s + raw.length,
        text: maker[1],
        kind: 'site',
        named: true,
        where: null,
        group: p.group,
      });
      continue;
    }
    // "the village of Yongfeng": a village named, never the county of that name elsewhere.
    const village = VILLAGE_OF.exec(raw);
    if (village) {
      const after = raw.slice(village[0].length);
      const at = placeWords(after, s + village[0].length, placeAt);
      items.push({
        start: s,
        end: s + raw.length,
        text: raw,
        kind: 'site',
        named: true,
        where: at === null ? null : { start: s + village[0].length + at, end: s + raw.length },
        group: p.group,
      });
      continue;
    }
    const item = isPlace(raw, s, placeAt)
      ? { kind: 'place' as const, named: true }
      : classify(raw, p.from > 0 && BARE_ITEM.test(raw));
    if (!item) {
      // "inspected the transformation of Jiawang district": the place it is about.
      const about = where === null ? -1 : raw.slice(where).search(/\p{Lu}/u);
      const rest = about < 0 || where === null ? '' : raw.slice(where + about);
      const at = s + (where ?? 0) + about;
      if (rest && p === parts.at(-1) && placeAt(at) && isPlace(rest, at, placeAt))
        items.push({
          start: at,
          end: at + rest.length,
          text: rest,
          kind: 'place',
          named: true,
          where: null,
          group: p.group,
        });
      continue;
    }
    const appositive =
      items.length > 0 &&
      /^an? /.test(raw) &&
      /^\p{Lu}/u.test((items[items.length - 1] as Item).text) &&
      !where;
    if (appositive) {
      described = true;
      continue;
    }
    items.push({
      start: s,
      end: s + raw.length,
      text: raw,
      kind: item.kind,
      named: item.named,
      where:
        where !== null && item.kind === 'site' ? { start: s + where, end: s + raw.length } : null,
      group: p.group,
    });
  }
  void text;
  return items;
}

/**
 * 'a "lusheng ground," an open square', 'the "wind and rain bridge" in the village': a local
 * word in quotation marks as a site's name (never 'the "Belt and Road" exhibition').
 */
const QUOTED_SITE =
  /^(?:an?|the) ["“]([\p{L}'’ -]{3,40}?)(?:,["”]|["”](?:,|$|\s+(?:in|at|of|on|near)\b))/u;

/** "an 85-year-old farmer", "a villager", "a retired teacher": a person described, not a site. */
const PERSON_DESCRIBED = new RegExp(
  `^an? (?:[\\p{L}\\d-]+ ){0,3}${alt(PERSON_NOUNS)}(?![\\p{L}])`,
  'u',
);

/** The words of a rank: "the largest port in the country", "the Yellow River's largest tributary". */
const RANK =
  '(?:largest|biggest|longest|oldest|highest|tallest|deepest|earliest|busiest|first|second|third|only|last|latest|most)';

/** An appositive that ranks the item before it ("the country's largest ..."): no site of its own. */
const RANKED = new RegExp(
  `^(?:the|its|(?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*['’]s|the (?:country|nation|city|province|region|world)['’]s) (?:[a-z-]+ )?${RANK}\\b`,
  'u',
);

/** "Xi's first on record since he took office": a visit ranked among the leader's, no site. */
const POSSESSIVE_RANK = new RegExp(`^\\p{Lu}[\\p{L}-]*['’]s ${RANK}\\b`, 'u');

/** "a port city", "a coastal county": a kind of place, never one named or visited. */
const KIND_OF_PLACE =
  /^(?:an?|the) (?:[a-z-]+ ){0,2}(?:city|cities|county|counties|province|provinces|region|regions|country|countries)$/;

/** "automobile manufacturer Chery", "tech giant Tencent": a kind of company, then its name. */
const MAKER_NAMED =
  /^(?:[a-z-]+ ){0,3}(?:maker|manufacturer|producer|carmaker|automaker|steelmaker|chipmaker|shipbuilder|giant|firm|operator|developer|supplier|start-?up|brand) (\p{Lu}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]*){0,3})$/u;

/** "Xiaoertai town", "Zhangbei County", "Zhangjiakou city": a division's name, after a comma. */
const PLACE_CONTINUES =
  /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)* (?:[Tt]own|[Tt]ownship|[Cc]ounty|[Dd]istrict|[Cc]ity|[Pp]refecture|[Vv]illage)$/u;

/** "Taoyangli, a historical and cultural street in Jingdezhen": a named site's appositive. */
const DESCRIBED_SITE = new RegExp(`^an? (?:[\\p{L}-]+ ){0,4}${alt(SITE_HEADS)}$`, 'u');

/** "the village of Yongfeng", "the hamlet of Ma'anshan": a village named after its word. */
const VILLAGE_OF = /^the (?:village|hamlet) of \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u;

/**
 * "a village", "a small mountain village", "a fishing town", "a Miao village", "a village of the
 * Hezhe people": a named village's or town's appositive.
 */
const APPOSITIVE_SITE =
  /^an? (?:(?:[a-z-]+|\p{Lu}\p{Ll}+) ){0,3}(?:village|town|township|community|hamlet)(?: of the \p{Lu}\p{Ll}+ (?:people|ethnic group))?$/u;

/** " in Wuyuan County", " in the city of Yulin", " in the Liwan District": an item's place words. */
const PLACE_WORDS =
  / (?:in|of|under|at|near|on the outskirts of) (?:the (?:city|county|town|township|village|province|region) of )?(?:(?:[a-z]+ )?(?:central |northwest |northeast |southwest |southeast |north |south |east |west )?China['’]s )?(?=\p{Lu})| in the (?=\p{Lu}[\p{L}'’-]* (?:District|County|New Area)\b)/gu;

/** Where the place words of an item start ("in Wuyuan County"), relative to it, or `null`. */
function placeWords(
  raw: string,
  start: number,
  placeAt: (at: number) => { end: number } | undefined,
): number | null {
  PLACE_WORDS.lastIndex = 0;
  for (let m = PLACE_WORDS.exec(raw); m; m = PLACE_WORDS.exec(raw)) {
    const at = m.index + m[0].length;
    if (
      placeAt(start + at) ||
      /^\p{Lu}[\p{L}'’-]* (?:Village|Town|Township|County|District)\b/u.test(raw.slice(at))
    )
      return m.index;
  }
  return null;
}

/**
 * Whether an item names a place, not a site: a place name ("Hubei province", "the city of
 * Changde", "Enshi Tujia and Miao autonomous prefecture") with no site word after it.
 */
function isPlace(
  raw: string,
  start: number,
  placeAt: (at: number) => { end: number } | undefined,
): boolean {
  const lead =
    /^the (?:(?:city|county|town|province|region|municipality|cities|counties|provinces) of )?/i.exec(
      raw,
    );
  const at = start + (lead ? lead[0].length : 0);
  const place = placeAt(at);
  if (!place) return false;
  const rest = raw.slice(place.end - start);
  // "Guangzhou Tower", "Chongqing Guoyuan Port": a place's name opens a site's.
  if (/^\s+\p{Lu}/u.test(rest) && !ADMIN_AFTER.test(rest)) return false;
  const admin =
    /^\s*(?:,\s*)?(?:an? |the )?(?:[a-z]+ |(?:\p{Lu}\p{Ll}+,? (?:and )?)+(?=autonomous))?(?:city|county|district|province|prefecture|region|municipality|league|banner|autonomous (?:prefecture|county|region|banner))\b/iu.exec(
      rest,
    );
  // "Lushan County Stadium": a name that goes on after the county's is a site's.
  return !HEAD.test(rest) || (!!admin && !/^\s+\p{Lu}/u.test(rest.slice(admin[0].length)));
}

/**
 * Administrative words after a place's name: "Hecheng District", "Fenghuang County", "Xiangxi
 * Tujia and Miao Autonomous Prefecture", "Liangshan Yi autonomous prefecture".
 */
const ADMIN_AFTER =
  /^\s+(?:(?:\p{Lu}\p{Ll}+,? (?:and )?)*[Aa]utonomous (?:[Pp]refecture|[Cc]ounty|[Rr]egion|[Bb]anner)|Province|Municipality|Special|City|County|District|Prefecture|League|Banner|New Area)\b/u;

/** Words of a clause, not of a name: "Premier Li was glad to see", "Han said". */
const CLAUSE_WORDS =
  /\s(?:was|were|is|are|has|had|have|said|says|urged|called|stressed|reported|told|added)\s/;

/**
 * A clause opening with a leader, by a bare title, a title and name, or a leader's surname
 * ("Premier checked the loading of grain ships", "Li learned about ..."): no site's name.
 */
const LEADER_CLAUSE = new RegExp(
  `^(?:${alt(LEADER_TITLES)}|${alt([...new Set(LEADERS.map((n) => n.split(' ')[0] ?? n))])}(?![\\p{L}'’]))(?: \\p{Lu}[\\p{L}'’-]*){0,2} (?:also |then |later |first )?(?:\\p{Ll}+ed|met|saw|took|went|came|spoke|heard|learnt|gave|made|sat|told|said|asked|drove|walked)\\b`,
  'u',
);

/** An item that names people, not a site: "the Yi people", "Party members", "local residents". */
const PEOPLE =
  /^(?!(?:the |some |many )?(?:homes?|houses?|famil(?:y|ies)|households?) of )(?:the |some |many )?(?:[\p{L}-]+ ){0,2}(?:people|members|residents|villagers)$|^(?:the )?\p{Lu}\p{Ll}+ ethnic group$/u;

/**
 * Whether an item is a site (named or described) or a place; `null` for neither. `bare`: a
 * listed item without an article ("primary school" after "the local community,").
 */
function classify(raw: string, bare = false): { kind: 'site' | 'place'; named: boolean } | null {
  if (PLACE_ITEM.test(raw)) return { kind: 'place', named: true };
  if (/^(?!The )\p{Lu}/u.test(raw) && CLAUSE_WORDS.test(` ${raw.split(',')[0]} `)) return null;
  if (LEADER_CLAUSE.test(raw)) return null;
  if (bare) return { kind: 'site', named: false };
  const own = raw.split(/ (?:in|of|under|at|near) (?=(?:the )?(?:[a-z]+ )?\p{Lu})/u)[0] ?? raw;
  // "the Yi people", "Party members", "residents": people met, not a site.
  if (PEOPLE.test(own)) return null;
  // "the old revolutionary base area of the Dabie Mountains": a region, not a site.
  if (/^(?:the |an? )?(?:old )?revolutionary base areas?$/.test(own)) return null;
  if (/^the (?:\p{Lu}[\p{L}'’&-]*\s?)+/u.test(own) && !HEAD.test(own.split(/\s+/)[1] ?? ''))
    return { kind: 'site', named: true };
  if (/^(?:an?|the|its|his|their|two|three|several|some)\s/i.test(own)) {
    // "a riverside district in the city of Nantong": a part of a city, told as a site.
    if (/^an? (?:[a-z-]+ ){1,2}district\b/.test(own)) return { kind: 'site', named: false };
    if (
      HEAD.test(own) &&
      !/\b(?:people|work|efforts?|progress|situation|development|history)\b/.test(own)
    )
      return { kind: 'site', named: /\s\p{Lu}/u.test(own) };
    return null;
  }
  if (/^\p{Lu}/u.test(own)) return { kind: 'site', named: true };
  return null;
}
