/**
 * Visits pass: a visit is a sentence with a visit verb ("inspected", "visited", "toured", "went
 * to", "inspection visit") and a named site; each site becomes one visit, placed by `locate`
 * and dated by the nearest date wording in its sentence, else earlier in its paragraph (a tour
 * told day by day), else the last date of the paragraph before when that one told a visit too.
 * A city named only in a dateline or in passing is never a visit.
 *
 * @module
 */
import { afterPublication, type DateMention } from './dates.js';
import { provinceNamed } from './gazetteer.js';

import { type Located, locate } from './locate.js';
import type { PlaceMention } from './places.js';
import { type Earlier, namedAs, recalledSite } from './recalled.js';
import type { Paragraph, Sentence } from './sentences.js';
import { findAppositiveSites, findSites, type SiteMention } from './sites.js';
import { type Clause, type Item, splitItems, visitClauses } from './tour.js';
import {
  dateFor,
  dateToldWith,
  dayNamed,
  dayPartOf,
  holds,
  isEarlier,
  recalledPlaceDate,
  visitDateWordings,
} from './visit-dates.js';
import { LEADERS, SITE_HEADS, VISIT_VERB as VISIT_VERB_SOURCE } from './vocabulary.js';

/** Leaders' surnames ("Xi", "Li"), for a sentence's subject. */
const LEADER_SURNAMES = [...new Set(LEADERS.map((n) => n.split(' ')[0] ?? n))].join('|');

import { hasWord } from './words.js';

const VISIT_VERB = new RegExp(VISIT_VERB_SOURCE, 'i');
/** A sentence that tells the tour: a visit verb, or its words ("inspection tour", "trip"). */
const TOUR = new RegExp(`${VISIT_VERB_SOURCE}|\\b(?:tour|trip|inspection)\\b`, 'i');

export interface Visit {
  site: SiteMention;
  /** The display name: the fullest form the article gives. */
  name: string;
  sentence: Sentence;
  located: Located;
  /** The date wording used, or `null` when the article gives none for this visit. */
  date: DateMention | null;
  review: string[];
  /** Whether the article names the site (not only "a village"). */
  named: boolean;
}

export interface VisitInput {
  text: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  places: readonly PlaceMention[];
  dates: readonly DateMention[];
  published: string;
  /** Passages that tell no visit (the title, the dateline). */
  apart?: readonly { start: number; end: number }[];
}

/** Finds the visits, in the order the article tells them. */
export function findVisits(input: VisitInput): Visit[] {
  const { text, sentences, paragraphs, places, published } = input;
  // "the April 20 quake", "the March 5 session": the date of another event, never a visit's.
  const dates = visitDateWordings(text, input.dates);
  const visits: Visit[] = [];
  let lastVisitParagraph = -2;
  /** Whether the lines read are a time line's (`timelineHeading`). */
  let timeline = false;
  /** The place of the time line's last heading. */
  let timelineFrame: Located | undefined;
  let lastDate: DateMention | null = null;
  /** The place the narrative is at: the last visit's, or the place the lead inspected. */
  let frame: Located | undefined;
  const inPassing: Earlier[] = [
    ...findSites(text).map((site) => ({
      name: site.text,
      start: site.start,
      site,
      visited: false,
    })),
    ...findAppositiveSites(text).map(({ site, kind }) => ({
      name: site.text,
      start: site.start,
      site,
      visited: false,
      kind,
    })),
  ].sort((a, b) => a.start - b.start);
  const placeAt = (at: number) => places.find((p) => p.start === at);
  const placeVisits: {
    item: Item;
    sentence: Sentence;
    located: Located;
    date: DateMention | null;
  }[] = [];
  for (const sentence of sentences) {
    // The title tells the story in brief: its visits are the body's.
    if (input.apart?.some((p) => sentence.start < p.end && p.start < sentence.end)) continue;
    // A headline in title case ("Vice Premier Inspects Poverty Relief in Gansu") names no site.
    // (A time line's line names its site in title case: not a headline.)
    if (!timeline && isHeadline(sentence.text)) continue;
    const paragraph = paragraphs[sentence.paragraph] as Paragraph;
    // The lead's day ("on Tuesday", "from Monday to Wednesday") holds for the sites that follow.
    if (TOUR.test(sentence.text)) {
      const day = dates.find(
        (d) =>
          d.start >= sentence.start &&
          d.end <= sentence.end &&
          (d.range !== null || (d.precision !== 'year' && d.precision !== 'month')),
      );
      if (day) lastDate = day;
    }
    const clauses = VISIT_VERB.test(sentence.text)
      ? visitClauses(text, sentence, placeAt)
          .filter((c) => byLeader(text, sentence, c))
          .map((c) => (isSummary(text, c) ? { ...c, items: c.items.filter((i) => i.named) } : c))
      : [];
    // A time line ("Dec 7, Shenzhen" then a site a line): the heading is the place and day of
    // the lines that follow, until a line of prose.
    const heading = timelineHeading(sentence, placeAt);
    if (heading) timeline = true;
    else if (timeline && /[.!?"”]\s*$/.test(sentence.text)) timeline = false;
    // Each line is at the heading's place, not at the line's before.
    else if (timeline && timelineFrame) frame = timelineFrame;
    const extra =
      heading ??
      (timeline && clauses.length === 0 ? timelineSite(text, sentence, placeAt) : null) ??
      relativeSite(sentence) ??
      atSite(
        sentence,
        visits,
        clauses.some((c) => c.items.some((i) => i.kind === 'site')),
      ) ??
      (clauses.length === 0
        ? (inCounty(sentence, placeAt) ?? captionSite(sentence, visits))
        : null);
    if (clauses.length === 0 && !extra && !VISIT_VERB.test(sentence.text)) continue;
    const items = clauses.flatMap((c) => c.items);
    if (extra) items.push(extra);
    // Places inspected ("inspected the city of Changde"): the frame for the sites that follow.
    const placed: { located: Located; clause: Clause | undefined }[] = [];
    for (const item of items.filter((i) => i.kind === 'place')) {
      // "returned to Beijing": the way home, not a visit.
      const clause = clauses.find((c) => c.items.includes(item));
      if (/^return/i.test(clause?.verb.text ?? '')) continue;
      const asSite = { start: item.start, end: item.end, text: item.text, facility: null };
      const located = locate(asSite, sentence, paragraph, places, frame, item);
      if (!located) continue;
      frame = located;
      placed.push({ located, clause });
      const date = dateFor(asSite, sentence, paragraph, dates, lastVisitParagraph, lastDate, input);
      if (!date || !isEarlier(date, published)) lastDate = date ?? lastDate;
      placeVisits.push({ item, sentence, located, date });
    }
    if (heading) timelineFrame = placed.at(-1)?.located;
    // "the cities of A, B and C", "the provinces of P and Q": the sites that follow may be in
    // any of them, so the frame is what they share (their province), or nothing.
    const listed = placed.filter((p) => p.clause && p.clause === placed.at(-1)?.clause);
    if (listed.length > 1 && siblings(listed.map((p) => p.located)))
      frame = sharedFrame(listed.map((p) => p.located));
    // "the company control center", "its port": a part of a site told before, not a new one.
    const siteItems = items.filter(
      (i, k) =>
        i.kind === 'site' &&
        !(
          k > 0 &&
          /^(?:the (?:company|plant|factory|group|port|mill|enterprise)['’]?s?\b|its\b)/i.test(
            i.text,
          )
        ) &&
        !refersBack(i, visits, inPassing),
    );
    // A named site before the visit verb only when no comma parts them ("his Luoyang Bearing
    // Group Co. inspection visit") or a relative clause tells its visit (", which Xi visited");
    // "Hu, ... Leading Group leader, inspected ..." names none.
    const verbAt = sentence.start + Math.max(0, sentence.text.search(VISIT_VERB));
    const named =
      siteItems.length === 0
        ? findSites(text, sentence.start, sentence.end).filter(
            (s) =>
              s.start >= verbAt ||
              !/^[^,]*,(?![\s\S]*\b(?:which|that|where)\b)/.test(text.slice(s.end, verbAt)),
          )
        : [];
    const recalled =
      siteItems.length + named.length > 0
        ? null
        : recalledSite(sentence, earlier(visits, inPassing));
    const sites: { site: SiteMention; item: Item | null }[] = recalled
      ? [{ site: recalled.mention, item: null }]
      : [
          ...siteItems.map((item) => ({ site: siteOf(text, item), item })),
          ...named.map((site) => ({ site, item: null })),
        ];
    sites.forEach(({ site, item }, index) => {
      // A site whose name holds its city ("Foshan Ceramics Museum") borrows no later item's place.
      const named = (p: PlaceMention) =>
        p.kind !== 'province' && p.start >= site.start && p.end <= site.end;
      const own =
        item && (item.where || !places.some(named))
          ? ownPlace(item, siteItems, index, items)
          : undefined;
      const located = recalled
        ? locateRecalled(recalled.to, input, frame)
        : (locate(site, sentence, paragraph, places, frame, own) ?? hostPlace(site, input, frame));
      if (!located) return;
      const found = recalledPlaceDate(
        located,
        sentence,
        placeVisits,
        within,
        published,
        dateFor(site, sentence, paragraph, dates, lastVisitParagraph, lastDate, input),
      );
      const part = dayPartOf(sentence.text);
      // A date carried from an earlier sentence keeps its day, not its part of the day.
      const carried = found !== null && (found.start < sentence.start || found.end > sentence.end);
      // The sentence is said once, also when the date is carried on from visit to visit.
      const continues = part
        ? `"${part.text}" has no day of its own: it continues that day.`
        : 'The visit is told after that wording, as part of the same tour.';
      const date =
        found && carried
          ? {
              ...found,
              dayPart: part?.dayPart ?? null,
              resolution: found.resolution.endsWith(continues)
                ? found.resolution
                : `${found.resolution} ${continues}`,
            }
          : found;
      // A site listed beside the one before in one sentence is at that place: no note.
      const review = located.review.filter(
        (r) => !(r.startsWith('no place named') && visits.at(-1)?.sentence === sentence),
      );
      const isNamed = recalled
        ? true
        : item
          ? item.named || site.facility !== null || site.start > item.start + 4
          : true;
      // "a new energy vehicle plant ... At the Hefei Qingyun New Energy Vehicle Co., ...": the
      // next sentence names the site.
      const later = recalled || isNamed ? undefined : namedNext(text, site, sentence, sentences);
      if (recalled) review.push(recalled.note);
      else if (!isNamed && !later) review.push(`site not named in the article ("${site.text}")`);
      if (!date) review.push('the article gives no date for this visit');
      else if (afterPublication(date.date, published))
        review.push(`date after the publication date (${published})`);
      if (date && date.precision !== 'day') review.push(`date only to the ${date.precision}`);
      const name = recalled ? recalled.to.name : (later ?? site).text;
      visits.push({
        site: later ?? site,
        name,
        sentence,
        located,
        date,
        review,
        named: isNamed || !!later,
      });
      frame = located;
      // A visit recalled from years before ("23 years ago", "in 2012") dates only itself, unless
      // the article tells no tour of its own days: then the next stop ("The president also
      // called on ...") is on that trip.
      if (!date || !isEarlier(date, published) || lastDate === null) lastDate = date ?? lastDate;
      lastVisitParagraph = sentence.paragraph;
    });
  }
  // A place inspected where no site is told ("the cities of A, B and C" with sites in A and B
  // only; a tour told by its places only) is a visit at that place, marked for review.
  const bare = placeVisits.filter(
    ({ item, located, sentence }) =>
      located.mention !== null &&
      located.mention.start >= item.start &&
      located.mention.end <= item.end &&
      // A line without a stop is a headline or a link to another story, not the tour's account.
      /[.!?"”)]\s*$/.test(sentence.text) &&
      !visits.some((v) => within(v.located, located)) &&
      // "inspected Heilongjiang Province ... In Fangzheng county, Xi talked ...": the county.
      !placeVisits.some(
        (o) =>
          o.located !== located &&
          rank(o.located.precision) > rank(located.precision) &&
          within(o.located, located),
      ),
  );
  for (const v of visits)
    if (!v.date) {
      v.date = dateToldWith(v, visits);
      if (v.date)
        v.review = v.review.filter((r) => r !== 'the article gives no date for this visit');
    } else if (v.date.range || v.date.precision !== 'day') {
      const day = dayNamed(
        text,
        v,
        visits,
        sentences,
        dates,
        (a, b) => sameSite(a.name, b.name) || described(a, b) || described(b, a),
      );
      if (day) {
        v.date = day;
        v.review = v.review.filter((r) => !r.startsWith('date only to the'));
      }
    }
  return mergeRepeats(
    homesInVillages(text, [
      ...visits,
      ...bare.map(({ item, sentence, located, date }) => ({
        site: { start: item.start, end: item.end, text: item.text, facility: null },
        name: located.mention?.text ?? item.text,
        sentence,
        located,
        date,
        named: false,
        review: [
          ...located.review,
          `no site named: a visit to ${item.text} as a whole`,
          ...(date ? [] : ['the article gives no date for this visit']),
        ],
      })),
    ]).sort((a, b) => a.site.start - b.site.start),
  );
}

/** "Guo's home", "the home of Guo Yongcai": the host's name (surname or full name). */
const HOST =
  /^(?:(?:the )?(?:home|house|residence|family) of (?:[a-z]+ )?(\p{Lu}[\p{L}'’-]*)|(\p{Lu}[\p{L}'’-]*)['’]s (?:home|house|residence|family))\b/u;

/**
 * Where a home is when its sentence names no place: where the article introduces its host
 * ("Guo Yongcai, a retired forestry worker in Arshaan, Hinggan League, ..." before "Xi came to
 * Guo's home"), with a note saying so.
 */
function hostPlace(site: SiteMention, input: VisitInput, previous?: Located): Located | undefined {
  const m = HOST.exec(site.text);
  const name = m?.[1] ?? m?.[2];
  if (!name) return undefined;
  const { text, sentences, paragraphs, places } = input;
  const intro = new RegExp(
    `(?<![\\p{L}])${name}(?: \\p{Lu}[\\p{L}'’-]*)?, an? (?:[\\p{L}\\d-]+ ){0,4}?(?:in|from|of) `,
    'u',
  ).exec(text.slice(0, site.start));
  if (!intro) return undefined;
  const at = intro.index + intro[0].length;
  const sentence = sentences.find((s) => s.start <= at && at < s.end);
  const paragraph = sentence && paragraphs[sentence.paragraph];
  if (!sentence || !paragraph) return undefined;
  const mention = { start: intro.index, end: at, text: intro[0], facility: null };
  const located = locate(mention, sentence, paragraph, places, previous, {
    start: at - 1,
    end: Math.min(sentence.end, at + 80),
  });
  if (!located) return undefined;
  return {
    ...located,
    review: [
      ...located.review,
      `placed where the article introduces ${name} ("${intro[0].trim()}")`,
    ],
  };
}

/** "the home of villager Xu Wan", "Tang's family", "homes of poor villagers": a home visited. */
const HOME =
  /^(?:(?:the )?(?:homes?|house|houses|residences?|famil(?:y|ies)|households?) of\b|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*['’]s (?:village )?(?:home|house|family)$)/u;

/** A village's name in a home's sentence: "in Desheng Village", "the Luotuowan Village of". */
const VILLAGE_NAMED = /(\p{Lu}[\p{L}'’-]*) [Vv]illage\b|\bvillage of (\p{Lu}[\p{L}'’-]*)/gu;

/**
 * A home or family called on in a village the tour visits that day is part of that visit, not
 * one of its own (a villager's home in Desheng Village, after "visited a village in Zhangbei
 * county"): the home goes, the village stays. A home in a village no visit names ("the family
 * of villager Chen Zeping in Dawan Village"), or in another village than the one visited, stays.
 */
function homesInVillages(text: string, visits: Visit[]): Visit[] {
  const isVillage = (v: Visit) =>
    /\b(?:village|villages|community|hamlet)$/i.test(v.name) ||
    /\bvillages? of\s*$/i.test(text.slice(Math.max(0, v.site.start - 15), v.site.start)) ||
    /^,? an? (?:[\w"“”-]+ ){0,3}village\b(?!\s+(?:service|health|clinic|committee|cent(?:er|re)|school|hall|office|square|road|museum|party|cooperative|enterprise|factory|market|library|kindergarten|doctor|head|official|tour|fair)\b)/i.test(
      text.slice(v.site.end, v.site.end + 60),
    );
  const villages = visits.filter(isVillage);
  return visits.filter((home) => {
    if (!HOME.test(home.name) || isVillage(home)) return true;
    const named = [...home.sentence.text.matchAll(VILLAGE_NAMED)].map((m) => m[1] ?? m[2] ?? '');
    return !villages.some(
      (v) =>
        sameDay(v.date, home.date) &&
        sameArea(v, home) &&
        (named.length === 0 || !v.named || named.some((n) => hasWord(v.name, n))),
    );
  });
}

/** Whether a visit's place lies within a place inspected (same county, city or province). */
function within(site: Located, place: Located): boolean {
  if (site.place.province !== place.place.province) return false;
  if (place.precision === 'province') return true;
  if (place.precision === 'county')
    return site.precision === 'county' && site.place.county?.en === place.place.county?.en;
  const city = (l: Located) => fold((l.place.county ? l.place.county.city : l.place.name) ?? '');
  return site.precision !== 'province' && city(site) === city(place);
}

/** A place name for comparing: "Ürümqi" and "Urumqi" are one. */
const fold = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Places of one kind, none within another: "the cities of A, B and C". */
function siblings(list: readonly Located[]): boolean {
  return list.every((a, i) =>
    list.every(
      (b, k) => i === k || (a.precision === b.precision && !within(a, b) && !within(b, a)),
    ),
  );
}

/** The frame several places inspected together share: their province, or none. */
function sharedFrame(placed: readonly Located[]): Located | undefined {
  const first = placed[0];
  if (!first || placed.some((p) => p.place.province !== first.place.province)) return undefined;
  const province = provinceNamed(first.place.province.en);
  return province
    ? { place: province, precision: 'province', mention: null, review: [] }
    : undefined;
}

const REFERENCE = new RegExp(`^(?:the|this|that) (?:[a-z-]+ )?(${SITE_HEADS.join('|')})$`, 'i');

/** "the park" after a park was named: a reference the recalled-site rule resolves. */
function refersBack(item: Item, visits: readonly Visit[], inPassing: readonly Earlier[]): boolean {
  const m = REFERENCE.exec(item.text);
  if (!m?.[1]) return false;
  // "his visit to the company": the site told before, whatever its name.
  if (/^the /i.test(item.text) && visits.length > 0 && item.text.split(/\s+/).length === 2)
    return true;
  const head = m[1];
  return [
    ...visits.map((v) => v.name),
    ...inPassing.filter((e) => e.start < item.start).map(namedAs),
  ].some((n) => hasWord(n, head));
}

/** A site item as a site mention: its own words, without the place words after it. */
function siteOf(text: string, item: Item): SiteMention {
  // An appositive's place words ("Shibadong, a village in Huayuan county") follow the item.
  const until = item.where ? Math.min(item.where.start, item.end) : item.end;
  const named = findSites(text, item.start, until)[0];
  if (named && (named.start - item.start < 4 || named.facility)) return named;
  let end = until;
  while (end > item.start && /[\s,]/.test(text[end - 1] ?? '')) end--;
  let start = item.start;
  const article = /^(?:an?|the|its|his|their)\s+(?=["“]?(\p{Lu})?)/iu.exec(text.slice(start, end));
  if (article && (!item.named || article[1])) start += article[0].length;
  return { start, end, text: text.slice(start, end), facility: null };
}

/**
 * The words that place a site: its own ("in Wuyuan County"), the place items that follow it in
 * the list ("..., Dingcheng District, Changde"), or for an item without any the place of a later
 * item of its group ("a block and AVIC ... in Jingdezhen").
 */
function ownPlace(item: Item, sites: readonly Item[], index: number, all: readonly Item[]) {
  const next = sites[index + 1];
  const following = all.filter(
    (i) => i.kind === 'place' && i.start > item.start && (!next || i.start < next.start),
  );
  const last = following[following.length - 1];
  if (item.where) return { start: item.where.start, end: last ? last.end : item.where.end };
  if (last) return { start: item.end, end: last.end };
  const later = sites.slice(index + 1).find((s) => s.group === item.group && s.where);
  return later?.where ?? undefined;
}

const NOT_LEADER =
  /\b(?:tourists|visitors|people|residents|villagers|officials|delegates|students|children|workers|farmers|experts|guests|travell?ers|it|they|we|I|you)\s+(?:\w+\s+){0,2}$/i;

/** Whether a visit clause tells the leader's visit, not visitors' or officials'. */
function byLeader(text: string, sentence: Sentence, clause: Clause): boolean {
  const before = text.slice(Math.max(sentence.start, clause.verb.start - 40), clause.verb.start);
  // "ahead of a visit to Shenzhen", "before his trip to Hong Kong": a visit still to come.
  if (
    /\b(?:ahead of|before|in preparation for)\s+(?:an?\s+|his\s+|her\s+|the\s+|a\s+planned\s+)?$/i.test(
      before,
    )
  )
    return false;
  // "talks with workers as he visits": the leader is the subject after all.
  if (/\b(?:he|she|Xi|Li)\s+(?:also\s+)?$/.test(before)) return true;
  return !NOT_LEADER.test(before);
}

const HEADS_RE = `(?:${SITE_HEADS.join('|')})`;
/** "The village of Hongde, which Xi visited,", "The Jinhuayuan community Xi visited". */
const RELATIVE = new RegExp(
  `\\b[Tt]he ((?:[\\p{Lu}][\\p{L}'’-]* )*${HEADS_RE}(?: of (?:\\p{Lu}[\\p{L}'’-]*)(?: \\p{Lu}[\\p{L}'’-]*)*)?),? (?:which |that |where )?(?:Xi|Li|he|she|the (?:president|premier))(?: \\p{Lu}\\p{L}+)? (?:had )?(?:visited|inspected|toured)\\b`,
  'u',
);

/** A site named in a relative clause of a visit, as an item. */
function relativeSite(sentence: Sentence): Item | null {
  const m = RELATIVE.exec(sentence.text);
  if (!m?.[1] || !/\p{Lu}/u.test(m[1])) return null;
  const start = sentence.start + m.index + m[0].indexOf(m[1]);
  return wordsItem(start, m[1], 'site', true, null);
}

/** The item of `text` read at `start`, in a group of its own. */
function wordsItem(
  start: number,
  text: string,
  kind: Item['kind'],
  named: boolean,
  where: Item['where'],
): Item {
  return { start, end: start + text.length, text, kind, named, where, group: 0 };
}

/** A site word capitalised or not: "Port" in "Tieshan Port", "port" in "Rizhao port". */
const HEADS_ANY = `(?:${SITE_HEADS.map((h) => `[${h[0]?.toUpperCase()}${h[0]}]${h.slice(1)}`).join('|')})`;
/** ", Jingyuan County" after "In Yangling Village of Dawan Township": the place words go on. */
const COUNTY_AFTER = `(?:, \\p{Lu}[\\p{L}'’-]* (?:County|District|City|Prefecture))?`;
/**
 * "At Tieshan Port in Guangxi's Beihai City,", "At the Guandi cultural industrial park,", "In the
 * village of Hongqi in Shizong County,".
 */
const AT_SITE = new RegExp(
  `^(?:At|In) ((?:the )?(?:\\p{Lu}[\\p{L}'’-]*\\s)+(?:[a-z][a-z-]*\\s){0,3}${HEADS_ANY}|the (?:village|town|township|community|port) of \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)*)\\b([^,]{0,60}${COUNTY_AFTER}),`,
  'u',
);

/** "At Mibei Miao Ethnic Township of Xinhuang County,": a township the sentence opens at. */
const AT_TOWNSHIP = new RegExp(
  `^At ((?:\\p{Lu}[\\p{L}'’-]*\\s)+(?:Township|Town))\\b([^,]{0,60}${COUNTY_AFTER}),`,
  'u',
);

/**
 * "At a vegetable farm in the county,", "At an old residential community,": a described site the
 * sentence opens at, with no place or a place after "in", "of", "near" (never "At a group
 * discussion", "At a meeting in the hall": an event, not a site).
 */
const AT_DESCRIBED = new RegExp(
  `^At an? ((?:(?!(?:in|at|of|on|with|for|the|and|to|by|meeting|session|symposium|ceremony|conference|gathering|event|forum)\\s)[a-z][a-z-]*\\s){0,3}${HEADS_ANY})\\b((?: (?:in|of|on|near|under|along|outside)\\b[^,]{0,60})?),`,
  'u',
);

/**
 * "At the home of villager Wang Ming in Tanmen town,", "In the home of Tang Hua,", "Inside
 * Liu's home,", "At a villager's home,": a villager's home the sentence opens at, by the
 * villager's name or kind.
 */
const AT_HOME =
  /^(?:At|In|Inside) (?:(an? (?:villager|farmer|resident|herdsman|fisherman|worker|miner)['’]s (?:home|house))|the ((?:home|house|residence) of (?:(?:villager|farmer|resident|herdsman|fisherman|worker)s? )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})|(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}['’]s (?:home|house|residence)))((?: (?:in|of)\b[^,]{0,60})?),/u;

/** `AT_HOME`'s match as `AT_SITE`'s: the home's name, then its place words. */
function atHome(sentence: string): { 0: string; 1: string; 2: string; index: number } | null {
  const m = AT_HOME.exec(sentence);
  const name = m?.[1] ?? m?.[2] ?? m?.[3];
  return m && name ? { 0: m[0], 1: name, 2: m[4] ?? '', index: m.index } : null;
}

/**
 * "At Qingling village of Guangyuan city, Premier Li checked ...": a site the sentence opens at;
 * a village or town that frames the sites the sentence visits ("In the village of A, B County,
 * Xi visited an exhibition hall, a clinic ...") is not one of them (`framesSites`).
 */
function atSite(sentence: Sentence, visits: readonly Visit[], framesSites: boolean): Item | null {
  const named = AT_SITE.exec(sentence.text) ?? AT_TOWNSHIP.exec(sentence.text);
  const home = named || AT_DESCRIBED.test(sentence.text) ? null : atHome(sentence.text);
  const m = named ?? AT_DESCRIBED.exec(sentence.text) ?? home;
  if (!m?.[1]) return null;
  if (framesSites && /\b(?:village|town|township|community)\b/i.test(m[1])) return null;
  if (visits.some((v) => sameSite(v.name, m[1] ?? ''))) return null;
  // "At a local market" after a caption's "visits a market": the same site told again.
  const head = m[1].split(' ').pop()?.toLowerCase();
  if (!named && visits.some((v) => v.name.split(' ').pop()?.toLowerCase() === head)) return null;
  const start = sentence.start + m.index + m[0].indexOf(m[1]);
  const whereText = m[2] ?? '';
  const where = whereText.trim()
    ? { start: start + m[1].length, end: start + m[1].length + whereText.length }
    : null;
  return wordsItem(start, m[1], 'site', named !== null, where);
}

/**
 * A summary of the tour by kinds ("went to villages, enterprises, a mosque and a revolutionary
 * education base"): its unnamed sites are no
 * visits of their own (the sites are told one by one elsewhere, or cannot be placed).
 */
function isSummary(text: string, clause: Clause): boolean {
  const object = text.slice(clause.verb.end, clause.end);
  return /^\s*(?:villages|enterprises|companies|factories|communities|schools),/.test(object);
}

/** "Dec 7, Shenzhen", "Dec. 10, Huizhou": a time line's heading, a day and a city on a line. */
const TIMELINE_HEAD =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)\s*$/u;

/** A time line's heading, as the place item its lines are at. */
function timelineHeading(
  sentence: Sentence,
  placeAt: (at: number) => PlaceMention | undefined,
): Item | null {
  const m = TIMELINE_HEAD.exec(sentence.text);
  if (!m?.[1]) return null;
  const start = sentence.start + m[0].indexOf(m[1], m[0].indexOf(','));
  if (!placeAt(start)) return null;
  return wordsItem(start, m[1], 'place', true, null);
}

/**
 * A line of a time line, without a stop: the site it names ("Lianhuashan Park, where a bronze
 * statue of Deng Xiaoping stands", "An industrial park in Shunde district").
 */
function timelineSite(
  text: string,
  sentence: Sentence,
  placeAt: (at: number) => PlaceMention | undefined,
): Item | null {
  const line = sentence.text.replace(/\s+$/, '');
  if (/[.!?:"”]$/.test(line) || line.length > 120) return null;
  const object = line.split(/,? where\b|, (?:one|a|an|the) /)[0] ?? line;
  const item = splitItems(text, sentence.start, object, placeAt).find((i) => i.kind === 'site');
  return item ? { ...item, group: 0 } : null;
}

/**
 * A photo caption's site: "<leader> talks with teachers at Liandong Middle School in Wenchang,
 * ..., March 25, 2025." (a present-tense verb and the day the photo was taken).
 */
const CAPTION_AT = new RegExp(
  `\\b(?:talks|chats|shakes hands|waves|learns|listens|lays (?:a wreath|flowers)|pays tribute)\\b[^.,;]{0,60}? (?:at|in) ((?:the )?(?:\\p{Lu}[\\p{L}'’-]*\\s)+(?:[a-z][a-z-]*\\s){0,3}${HEADS_ANY}|\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)? [Vv]illage|the (?:tomb|cemetery|mausoleum|former residence|memorial) of (?:\\p{Lu}[\\p{L}'’-]*)(?: \\p{Lu}[\\p{L}'’-]*)*)\\b( (?:in|of) \\p{Lu}[^,]{0,40}(?:, \\p{Lu}[\\p{L}'’-]* (?:[Cc]ounty|[Dd]istrict|[Cc]ity))?)?,[^.]*\\b(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}\\.`,
  'u',
);

/** A caption's site (`CAPTION_AT`), as an item, when no visit before has its name. */
function captionSite(sentence: Sentence, visits: readonly Visit[]): Item | null {
  const m = CAPTION_AT.exec(sentence.text);
  if (!m?.[1]) return null;
  if (visits.some((v) => sameSite(v.name, m[1] ?? ''))) return null;
  const start = sentence.start + m.index + m[0].indexOf(m[1]);
  const where = m[2]
    ? { start: start + m[1].length, end: start + m[1].length + m[2].length }
    : null;
  return wordsItem(start, m[1], 'site', true, where);
}

/**
 * "In Fangzheng county, Xi talked with farmers in a soybean field.": a county the sentence opens
 * in, with the leader doing something there (never a meeting: "heard", "met", "chaired").
 */
const IN_COUNTY = new RegExp(
  `^In (\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)* (?:[Cc]ounty|[Dd]istrict|[Bb]anner|Autonomous County))(?: of [^,]{1,60})?, (?:he|she|the (?:president|premier|vice premier|general secretary)|(?:${LEADER_SURNAMES})(?: \\p{Lu}\\p{L}+)?) (?:also |then |later )?(?!heard|met|chaired|presided|attended|held|said|stressed|urged|called)\\p{Ll}+ed\\b`,
  'u',
);

/** A county a sentence opens in, as a place item, when the place pass read it there. */
function inCounty(
  sentence: Sentence,
  placeAt: (at: number) => PlaceMention | undefined,
): Item | null {
  const m = IN_COUNTY.exec(sentence.text);
  if (!m?.[1]) return null;
  const start = sentence.start + 3;
  if (!placeAt(start)) return null;
  return wordsItem(start, m[1], 'place', true, null);
}

/** A line whose words are capitalised and that ends without a stop: a headline. */
function isHeadline(line: string): boolean {
  const t = line.trim();
  if (/[.!?:"”]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => w.length > 3 && /^\p{L}/u.test(w));
  if (words.length < 3) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/**
 * The site an unnamed one turns out to be, named in the next sentence as where the visit goes
 * on ("At the Hefei Qingyun New Energy Vehicle Co., Xi walked ..."): its name holds the unnamed
 * site's describing words ("new energy vehicle"), or ends with its kind ("village").
 */
function namedNext(
  text: string,
  site: SiteMention,
  sentence: Sentence,
  sentences: readonly Sentence[],
): SiteMention | undefined {
  const next = sentences[sentences.indexOf(sentence) + 1];
  if (!next || !/^\s*(?:At|Inside|In) the /.test(next.text)) return undefined;
  const first = findSites(text, next.start, next.end)[0];
  if (!first || first.start > next.start + next.text.search(/\S/) + 12) return undefined;
  const words = site.text.toLowerCase().split(/\s+/);
  const kind = words.pop() ?? '';
  const describing = words.join(' ');
  const name = first.text.toLowerCase();
  const fits = describing ? name.includes(describing) : name.endsWith(kind);
  return fits ? first : undefined;
}

/** The sites a reference may point back at: the visits told so far, and sites named in passing. */
function earlier(visits: readonly Visit[], inPassing: readonly Earlier[]): Earlier[] {
  const told: Earlier[] = visits.map((v) => ({
    name: v.name,
    start: v.site.start,
    located: v.located,
    visited: true,
  }));
  return [...told, ...inPassing].sort((a, b) => a.start - b.start);
}

/** Where a recalled site is: its visit's place, or located where it is named. */
function locateRecalled(to: Earlier, input: VisitInput, previous?: Located): Located | undefined {
  if (to.located) return { ...to.located, mention: null, review: [...to.located.review] };
  const { site } = to;
  const sentence = site && input.sentences.find((s) => s.start <= site.start && site.start < s.end);
  const paragraph = sentence && input.paragraphs[sentence.paragraph];
  if (!site || !sentence || !paragraph) return undefined;
  return locate(site, sentence, paragraph, input.places, previous);
}

/**
 * One visit per site and date: a later mention of the same site on the same day adds nothing,
 * and "a village" told in the lead is the "Gangzhongping Village" a caption names (same kind of
 * site, same place, same day): the named form and the more precise place are kept.
 */
function mergeRepeats(visits: Visit[]): Visit[] {
  const out: Visit[] = [];
  for (const v of visits) {
    const i = out.findIndex(
      (o) =>
        sameDay(o.date, v.date) && (sameSite(o.name, v.name) || described(o, v) || described(v, o)),
    );
    const same = out[i];
    if (!same) {
      out.push(v);
      continue;
    }
    // A site told again on its own day after a range ("from Monday to Wednesday ... a rice
    // cooperative"; "On Tuesday, Xi went to a rice cooperative in Fujin"): its own account.
    if (same.date?.range && v.date && !v.date.range) {
      out[i] = same.named && !v.named ? { ...v, site: same.site, name: same.name, named: true } : v;
      continue;
    }
    const better =
      !same.named && v.named ? { ...same, site: v.site, name: v.name, named: true } : same;
    const finer = rank(v.located.precision) > rank(better.located.precision) && sameArea(better, v);
    const date = finerDate(better.date, v.date);
    out[i] = {
      ...better,
      located: finer ? v.located : better.located,
      date,
      review: better.review.filter(
        (r) =>
          !(v.named && r.startsWith('site not named')) &&
          // The day a caption gives: the week or month it was dated to before says no more.
          !(date !== better.date && r.startsWith('date only to the')),
      ),
    };
  }
  return out;
}

/**
 * Whether two visits' dates may be one day: the same date, one of them none, or a day inside
 * the other's range ("from Monday to Wednesday" in the lead, "on Tuesday" where the site is told).
 */
function sameDay(a: DateMention | null, b: DateMention | null): boolean {
  if (!a || !b || a.date === b.date) return true;
  return holds(a, b) || holds(b, a);
}

/** The finer of two dates of one visit: a day over the week, month or range that holds it. */
const finerDate = (a: DateMention | null, b: DateMention | null) =>
  a && b && (a.range || a.precision !== 'day') && b.precision === 'day' && !b.range ? b : (a ?? b);

const rank = (p: Located['precision']) => (p === 'county' ? 2 : p === 'city' ? 1 : 0);

const sameArea = (a: Visit, b: Visit) =>
  a.located.place.province === b.located.place.province &&
  (a.located.precision === 'province' ||
    b.located.precision === 'province' ||
    fold(cityOf(a)) === fold(cityOf(b)));

const cityOf = (v: Visit) =>
  (v.located.precision === 'county' ? v.located.place.county?.city : v.located.place.name) ?? '';

/** Whether `a`, a described site ("village"), is `b`, a named one of that kind, in one place. */
function described(a: Visit, b: Visit): boolean {
  if (a.named || !b.named || !sameArea(a, b)) return false;
  const head = a.name.toLowerCase().split(/\s+/).pop() ?? '';
  return head.length > 2 && hasWord(b.name, head);
}

const key = (name: string) =>
  name
    .toLowerCase()
    // "a museum in the city": the same museum as "a museum".
    .replace(/\s+(?:in|at) the (?:city|county|town|township|village|province|region|district)$/, '')
    .replace(/\b(co|ltd|inc|corp|the)\b\.?|[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Whether two names are one site ("Luoyang Bearing Group Co." and "…Co., Ltd."). */
export const sameSite = (a: string, b: string) => key(a) === key(b);
