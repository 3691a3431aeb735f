/**
 * Quote and statistic records of the visits format, from the quotes and figures passes, placed
 * by the attachment pass: on their visit's Feature, or at the top level (unattached quotes,
 * national, province and city figures), with review notes where a person must look.
 *
 * @module
 */
import { type Attacher, refersBack } from './attach.js';
import type { FigureMention } from './figures.js';
import { countiesNamed } from './gazetteer.js';
import { quoteIdBase, slug } from './ids.js';
import { industriesIn } from './industries.js';
import type { PlaceMention } from './places.js';
import type { QuoteMention } from './quotes.js';
import type { Sentence } from './sentences.js';
import type { DraftFeature, DraftQuote, DraftStatistic } from './types.js';
import { hasWord } from './words.js';

export interface Placed {
  quotes: DraftQuote[];
  statistics: DraftStatistic[];
}

/** Puts each quote on its visit's Feature, or into the top-level `quotes`. */
export function placeQuotes(
  quotes: readonly QuoteMention[],
  features: readonly DraftFeature[],
  attach: Attacher,
  article: string,
  _paragraphOf: (at: number) => number,
  unique: (base: string) => string,
): DraftQuote[] {
  const loose: DraftQuote[] = [];
  for (const q of quotes) {
    const review: string[] = [];
    if (!q.speaker) review.push('speaker not named');
    const found = attach.visitOf(q.start, q.end);
    const feature = found ? features[found.visit] : undefined;
    const base = quoteIdBase(q.text, feature?.id ?? null);
    const record: DraftQuote = {
      id: unique(base),
      kind: q.kind,
      speaker: q.speaker,
      lang: 'en',
      start: q.start,
      end: q.end,
      text: q.text,
      ...(q.parts ? { parts: q.parts } : {}),
    };
    if (feature && found) {
      if (found.how === 'continued')
        review.push(`attached to ${feature.properties.name.en} from the paragraph before`);
      feature.properties.quotes.push(review.length ? { ...record, review } : record);
    } else {
      review.push(`belongs to no visit: ${attach.whyNone(q.start)}`);
      loose.push({ ...record, article, review });
    }
  }
  return loose;
}

/** Puts each site figure on its visit's Feature; returns the others (city, province, national). */
export function placeFigures(
  figures: readonly FigureMention[],
  features: readonly DraftFeature[],
  attach: Attacher,
  places: readonly PlaceMention[],
  article: string,
  published: string,
  unique: (base: string) => string,
  sentences: readonly Sentence[] = [],
): DraftStatistic[] {
  const loose: DraftStatistic[] = [];
  const placed = new Map<FigureMention, Placement>();
  for (const f of figures) {
    const s = f.sentence;
    const review: string[] = [];
    const where = placementOf(f, features, attach, places, placed, sentences);
    placed.set(f, where);
    const { scope, area } = where;
    const site = where.site;
    let industries = industriesIn(s.text);
    if (industries.length === 0 && site) industries = [...site.properties.industries];
    if (industries.length === 0 && /\bmanufactur/i.test(s.text)) industries = ['manufacturing'];
    if (industries.length === 0) {
      industries = ['unspecified'];
      review.push('industry not recognised');
    }
    // The period the article gives ("in 2023", "now": the year of publication), else none:
    // never a year the text does not state.
    const periodWording = f.period?.text || null;
    const period = periodWording ? f.period?.date || published.slice(0, 4) : null;
    if (!periodWording) review.push('period not stated');
    const passageEnd = trimStop(s.text);
    const record: DraftStatistic = {
      id: unique(period ? `${slug(f.measure, 5)}-${period}` : slug(f.measure, 5)),
      scope,
      ...(area ? { area: { en: area } } : {}),
      article,
      measure: f.measure,
      value: f.value,
      unit: f.unit,
      approximation: f.approximation,
      direction: f.direction,
      comparison: f.comparison,
      period,
      periodWording,
      industries,
      figure: f.text,
      passage: { start: s.start, end: s.start + passageEnd, text: s.text.slice(0, passageEnd) },
      ...(review.length ? { review } : {}),
    };
    if (site) site.properties.statistics.push(record);
    else loose.push(record);
  }
  return loose;
}

interface Placement {
  scope: DraftStatistic['scope'];
  area: string | null;
  site: DraftFeature | undefined;
}

/**
 * "Nationwide", "the country's", "China's 13 provinces": a figure about the whole country; not
 * "China's part of the island" (a share of a site's).
 */
const NATIONAL =
  /\b(?:nationwide|national|(?<!(?:north|south|east|west|northwest|northeast|southwest|southeast|central|southern|northern|eastern|western)\s+)China['’]s(?!\s+(?:part|side|section|half|portion|share) of (?:the|this|its)\b)|the (?:country|nation|mainland)['’]s|across (?:the country|China)|in China|of China)\b/gi;

/** Measures that are the country's by nature, and counts the words call national. */
const NATIONAL_MEASURE = /^poverty line\b|\bnational\b/i;

/** The tour's own measures ("distance travelled on the tour"): the place toured's, no site's. */
const TOUR_MEASURE = /\bon the tour$/;

/** Counted provinces or countries: a count no one province or site holds. */
const PROVINCES =
  /^(?:provinces|provincial-level regions|municipalities|autonomous regions|countries|nations)\b/;

/** How far before a figure's sentence a place named is still the place it speaks of (UTF-16). */
const NEAR = 250;

/** Words that speak of the whole country: "nationwide", "across the country". */
const WHOLE_COUNTRY = /\b(?:nationwide|(?:across|throughout) (?:the (?:country|nation)|China))\b/i;

/** Words that speak of the country as a whole, in the sentences before a figure. */
const COUNTRY_WORDS =
  /\b(?:Chinese|nationwide|(?:across|throughout) (?:China|the (?:country|nation))|(?<!\b(?:in|of|to|from|for)\s)(?:China|the (?:country|nation))(?:['’]s)?)\b(?!['’]s\s+(?:[a-z]+\s+)?(?:[\p{Lu}]|province|region))/u;

/** "nationwide" or "across the country" after the figure, in its clause. */
const NATIONAL_AFTER = new RegExp(`^[^,;.]*?${WHOLE_COUNTRY.source}`, 'i');

/** Inside quotation marks: more opening marks than closing ones before it in its paragraph. */
function quoted(before: string): boolean {
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return open > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** A person named by a surname that is also a place: "Zhao, a farmer, ...". */
const PERSON_AFTER =
  /^,\s+(?:a|an|the)\s+(?:\d+-year-old\s+)?(?:local\s+)?(?:farmer|villager|resident|worker|herder|fisherman|grower|teacher|student|doctor|official|owner|manager|entrepreneur|veteran|volunteer|retiree|driver|vendor)\b/i;

/** The words after a place's name that name its division: "Province", "Tujia and Miao Autonomous Prefecture". */
const DIVISION_AFTER =
  /^(?:\s+(?:[\p{Lu}][\p{L}-]*\s+(?:and\s+[\p{Lu}][\p{L}-]*\s+)?)?[Aa]utonomous\s+(?:[Pp]refecture|[Rr]egion|[Cc]ounty)|\s+(?:Province|City|County|District|Municipality|Prefecture|League|Banner|New Area)\b)/u;

/** Only the word of a division, for a place named in the figure's own sentence. */
const DIVISION_WORD = /^\s+(?:Province|City|County|District|Municipality|Prefecture)\b/;

/** The word of a division, or an autonomous one's ("Tujia and Miao autonomous prefecture"). */
const DIVISION_OWN = new RegExp(
  `${DIVISION_WORD.source}|^\\s+(?:[\\p{Lu}][\\p{L}-]*\\s+(?:and\\s+[\\p{Lu}][\\p{L}-]*\\s+)?)?[Aa]utonomous\\s+(?:[Pp]refecture|[Rr]egion|[Cc]ounty)\\b`,
  'u',
);

/**
 * Whether a place's name stands for the place: "Yunnan Province," does; "Lushan County Stadium",
 * "Longmen township", "Nanshan Village" and "Jiao Yulu" (a person) are longer names of other
 * things or places below the county.
 */
function standsAlone(
  p: PlaceMention,
  sentences: readonly Sentence[],
  division: RegExp = DIVISION_AFTER,
): boolean {
  const s = sentences.find((x) => x.start <= p.start && p.end <= x.end);
  if (!s) return true;
  const next = s.text.slice(p.end - s.start);
  const rest = next.replace(division, '');
  // "Mount Sanjiao", "Lake Taihu": a mountain or a lake, not the place of that name.
  if (/\b(?:Mount|Mt\.?|Lake)\s+$/.test(s.text.slice(0, p.start - s.start))) return false;
  return (
    !/^\s+\p{Lu}/u.test(rest) &&
    !/^\s+(?:township|town|village|community|street|road)\b/i.test(rest) &&
    !PERSON_AFTER.test(next)
  );
}

/**
 * The scope and area of a place named for a figure: a municipality is province-level; a name
 * that is also a county of the same province ("Fuping", "Liping") is the county.
 */
function placeScope(
  p: PlaceMention,
  named: ReadonlySet<string>,
  before = '',
): Omit<Placement, 'site'> {
  const place = p.places[0];
  if (p.kind === 'province') return { scope: 'province', area: p.text };
  if (p.kind === 'city' && place && place.province.en === place.name)
    return { scope: 'province', area: place.province.en };
  const provinces = new Set(p.places.map((x) => x.province.en).filter((x) => named.has(x)));
  if (provinces.size === 0 && place) provinces.add(place.province.en);
  // "the region of Kashgar", "the city of Shangzhi": the words name the city level.
  const cityWords = /\b(?:region|prefecture|city)\s+of\s+$/i.test(before);
  if (
    p.kind === 'city' &&
    !cityWords &&
    countiesNamed(p.text).some((c) => provinces.has(c.province.en))
  )
    return { scope: 'county', area: p.text };
  return { scope: p.kind, area: p.text };
}

/** Words that speak of the visited site: "the village", "the port's", "this museum". */
const SITE_WORDS =
  /\b(?:the|this|its) (?:village|company|plant|factory|port|mill|park|terminal|shipyard|cooperative|community|school|museum|site|farm|base|reserve|dam|mine|bridge|cent(?:er|re)|zone|hospital|temple|grottoes|lake|island|forest|station|project|wharf)\b/i;

/** "The region covers", "the county's": the place of that kind named last before. */
const PLACE_WORDS =
  /\b(?:the|this) (?:[a-z]+ )?(region|province|city|county|prefecture|league|municipality|district)(?:['’]s)?\b/i;

/** The visit whose site's own name ("Desheng" of "Desheng Village") the words name. */
function namedSite(words: string, features: readonly DraftFeature[]): DraftFeature | undefined {
  const byName = features.find((feature) => {
    const head = /^[\p{Lu}][\p{L}-]{2,}/u.exec(feature.properties.name.en)?.[0];
    return head !== undefined && hasWord(words, head) && !/^(?:The|China|Xi)$/.test(head);
  });
  if (byName) return byName;
  // "Li's family lost ..." after a visit to "home of villager Li Shuwen": that home's.
  const home = features.find((feature) => {
    const person = /\bhome of (?:[a-z]+ )*([\p{Lu}][\p{L}-]+)/u.exec(
      feature.properties.name.en,
    )?.[1];
    return (
      person !== undefined &&
      new RegExp(`(?<![\\p{L}])${person}(?:['’]s\\b| family\\b)`, 'u').test(words)
    );
  });
  if (home) return home;
  // "Desheng, with 800 residents": the village a visit's passage named ("in Desheng Village").
  const names = [...words.matchAll(/(?<![\p{L}])[\p{Lu}][\p{L}-]{2,}/gu)].map((m) => m[0]);
  return features.find((feature) =>
    names.some(
      (name) =>
        !/^(?:The|China|Xi|In|At|On)$/.test(name) &&
        // "a Miao village" names a people, not the village ("Desheng Village" does).
        new RegExp(
          `(?<![\\p{L}])(?<!\\b(?:an?|the)\\s)${name}\\s+(?:village|town|township|community)\\b`,
          'iu',
        ).test(feature.properties.mention.text),
    ),
  );
}

/**
 * Where a figure belongs: the figure it points back at; the whole country when the words before
 * it say so; the visited site when its clause speaks of it ("The village has", "Its orchards",
 * "Desheng, with 800 residents"); the place whose figure it is ("Liping's 550,000 people",
 * "Beijing, home to", "in Yichang, where", "The region covers"); the site of the visit told in
 * its sentence; a place named in its sentence; else the country.
 */
function placementOf(
  f: FigureMention,
  features: readonly DraftFeature[],
  attach: Attacher,
  places: readonly PlaceMention[],
  placed: ReadonlyMap<FigureMention, Placement>,
  sentences: readonly Sentence[],
): Placement {
  const s = f.sentence;
  const provincesNamed = new Set(
    places.filter((p) => p.kind === 'province').map((p) => p.places[0]?.province.en ?? p.text),
  );
  const scopeOf = (p: PlaceMention) => {
    const at = sentences.find((x) => x.start <= p.start && p.start < x.end);
    const before = at
      ? at.text.slice(Math.max(0, p.start - at.start - 30), p.start - at.start)
      : '';
    return placeScope(p, provincesNamed, before);
  };
  const inherited = f.refersTo && placed.get(f.refersTo);
  if (inherited) return inherited;
  const before = s.text.slice(0, f.start - s.start);
  // A county named without "County" ("Dong" of "the Dong ethnic group") is too weak here.
  // ... unless it opens the sentence or owns the words after it ("Suide, home to", "Yudu's").
  // A place name inside a longer name ("Lushan County Stadium", "Jiao Yulu") is no owner.
  const named = places.filter((p) => {
    if (p.start < s.start || p.end > s.end) return false;
    const next = s.text.slice(p.end - s.start);
    if (!standsAlone(p, sentences, DIVISION_OWN)) return false;
    return !p.bare || p.start === s.start || /^['’]s\b/.test(next);
  });
  const earlierHere = named.filter((p) => p.end <= f.start);
  const recent = before.slice(-90);
  const cue = [...recent.matchAll(NATIONAL)].pop();
  const cueAt = cue ? f.start - recent.length + (cue.index ?? 0) : -1;
  // The cue opens the sentence ("Nationwide, ...") or stands in the figure's own clause.
  const cueHolds =
    cue !== undefined &&
    (cueAt - s.start < 3 || !s.text.slice(cueAt - s.start, f.start - s.start).includes(','));
  const national = { scope: 'national', area: null, site: undefined } as const;
  const after = s.text.slice(f.end - s.start);
  if (NATIONAL_AFTER.test(after) && !named.some((p) => p.start >= f.end && p.start - f.end < 40))
    return national;
  if (
    (cueHolds && !earlierHere.some((p) => p.start > cueAt)) ||
    /\bbillion (?:people|Chinese)\b|\bnational\b/.test(f.text) ||
    (f.kind === 'count' && /^\s+national\b/.test(s.text.slice(f.end - s.start))) ||
    // "28 provinces", "more than 30 poor villages in 28 provinces": counts across the country.
    (f.kind === 'count' &&
      (PROVINCES.test(f.unit ?? '') ||
        new RegExp(`^\\s+in\\s+[\\d,]+\\s+${PROVINCES.source.slice(1)}`).test(after)))
  )
    return national;
  // A figure in the words of a direct quote drafted on a visit is that visit's.
  const quotedOn = features.find((feature) =>
    feature.properties.quotes.some(
      (q) =>
        q.kind === 'direct' && (q.parts ?? [q]).some((p) => p.start <= f.start && f.end <= p.end),
    ),
  );
  const found = attach.visitOf(f.start, f.end);
  const spoken =
    quotedOn ??
    (quoted(paragraphBefore(f, sentences))
      ? features[found?.visit ?? attach.lastVisitBefore(f.start) ?? 0]
      : undefined);
  if (spoken) return { scope: 'site', area: null, site: spoken };
  // A quake's magnitude and toll, a battle's dead: the place the event struck, never the site.
  if (isEvent(f)) {
    const struck =
      named.find((p) => p.kind === 'county' && !p.bare) ??
      named.find((p) => p.kind === 'city') ??
      named.find((p) => p.kind === 'province');
    if (struck) return { ...scopeOf(struck), site: undefined };
    // "near the county": the county told before; else the province of the place told last.
    const word = PLACE_WORDS.exec(s.text)?.[1]?.toLowerCase();
    const told = places.filter((p) => p.end <= s.start && !p.bare && standsAlone(p, sentences));
    const county = told.filter((p) => scopeOf(p).scope === 'county').pop();
    if (county && (word === 'county' || word === 'district'))
      return { ...scopeOf(county), site: undefined };
    const province = told.pop()?.places.at(0)?.province.en;
    if (province) return { scope: 'province', area: province, site: undefined };
  }
  // The tour's distance: the place toured, named in its sentence or just before it.
  if (TOUR_MEASURE.test(f.measure)) {
    const toured =
      named.find((p) => p.kind === 'county' && !p.bare) ??
      named.find((p) => p.kind === 'city') ??
      named.find((p) => p.kind === 'province') ??
      places
        .filter(
          (p) =>
            p.end <= f.start && p.end >= s.start - NEAR && !p.bare && standsAlone(p, sentences),
        )
        .pop();
    if (toured) return { ...scopeOf(toured), site: undefined };
  }
  // "The area lies ... and will cover ...": the new area named before, not a place beside it.
  if (/^(?:The|This) (?:new )?area\b/.test(s.text)) {
    const area = places
      .filter((p) => p.end <= s.start && NEW_AREA_AFTER.test(wordsAfter(p, sentences)))
      .pop();
    if (area) return { ...scopeOf(area), site: undefined };
  }
  // The poverty line is the country's unless a place's own is named.
  if (/^poverty line\b/i.test(f.measure) && named.length === 0) return national;
  // How long the leader stayed is the visit's own figure.
  if (f.measure === 'length of stay') {
    const stay = features[found?.visit ?? attach.lastVisitBefore(f.start) ?? -1];
    if (stay) return { scope: 'site', area: null, site: stay };
  }
  const told = found ? features[found.visit] : undefined;
  // A drive or a distance "from Beijing" is the figure of the place reached, not of Beijing.
  const trip = /^(?:travel time|distance)(?: from (.+))?$/.exec(f.measure);
  const from = trip ? (trip[1] ?? '') : undefined;
  const reached = trip ? named.filter((p) => !from?.includes(p.text)) : [];
  // "Shibadong, a Miao village in Huayuan county, where 939 people live": the place only
  // locates the site told before it; the figure is the site's.
  // ... as "Yingxian Township of Linquan County, where" does: the site's name, then "of".
  const locator = (p: PlaceMention) =>
    /(?:\bin|(?<!\p{L})\p{Lu}[\p{L}-]*\s+of)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}-]*['’]s\s+)?$/u.test(
      s.text.slice(0, p.start - s.start),
    ) &&
    // "in Urumqi's Tianshan District, where": the district named after the city's possessive.
    /^(?:['’]s(?:\s+[\p{Lu}][\p{L}-]*)+)?(?:\s+(?:county|city|district|prefecture))?,\s+where\b/iu.test(
      s.text.slice(p.end - s.start),
    );
  // The visit told in this sentence, before the figure ("Xi went to Shibadong, ...").
  const toldHere =
    told ??
    features.filter((ft) => {
      const m = ft.properties.mention;
      return m.start >= s.start && m.start < f.start;
    })[0];
  const located = toldHere !== undefined && earlierHere.some(locator);
  // "drives one and a half hours to the square in Jinzhai County": the place driven to.
  const toward = trip && /^(?:['’]s)?(?:\s+(?:drive|ride|walk|flight|journey))?\s+to\b/.test(after);
  const owner = trip
    ? ((toward ? reached.find((p) => p.start >= f.end) : undefined) ??
      reached.filter((p) => p.end <= f.start).at(-1) ??
      reached.find((p) => p.start >= f.end))
    : (smallest(
        earlierHere.filter((p) => !(toldHere && locator(p))),
        s,
      ) ?? doerAfter(f, named));
  if (located && !owner) return { scope: 'site', area: null, site: toldHere };
  const afterOwner = owner ? s.text.slice(owner.end - s.start, f.start - s.start) : before;
  // "Fuping is one of the poorest counties. Its income ..." ("It has an income of ..."): the
  // place the sentence before is about.
  const subject =
    !owner && /^(?:Its|Their)\s|^It\s+(?:has|had|is|was|covers|spans)\b/.test(before)
      ? placeBefore(s, sentences, places)
      : undefined;
  if (subject) return { ...scopeOf(subject), site: undefined };
  const speaks = SITE_WORDS.test(afterOwner) || (!owner && refersBack(before));
  const byName = namedSite(afterOwner, features);
  const site =
    byName ?? told ?? (speaks ? features[attach.lastVisitBefore(f.start) ?? 0] : undefined);
  if (site && (speaks || byName)) return { scope: 'site', area: null, site };
  const ownerIsSite =
    owner && site?.properties.name.en.toLowerCase().includes(owner.text.toLowerCase());
  // The size, age or building time of a thing ("the bridge, which took nine years to build",
  // "the 55-kilometer crossing", "The tree now stands 20 meters tall") is of the thing seen at
  // the visit told before it in its paragraph, not of a place named beside it ("off Zhuhai").
  const seen = toldHere ?? features[attach.lastVisitBefore(f.start) ?? -1];
  if (THING_MEASURE.test(f.measure) && seen && sameParagraph(seen, s, sentences))
    return { scope: 'site', area: null, site: seen };
  if (owner && !ownerIsSite) return { ...scopeOf(owner), site: undefined };
  // "The county has been poor since 1994. At one point, two in five of its residents ...":
  // "its" is the place the sentence before opens on.
  const word = (PLACE_WORDS.exec(s.text) ??
    (/\b(?:its|their)\b/i.test(s.text)
      ? OPENS_ON_PLACE.exec(sentenceBefore(s, sentences))
      : null))?.[1]?.toLowerCase();
  if (word) {
    const kind =
      word === 'region' || word === 'province'
        ? 'province'
        : word === 'county' || word === 'district'
          ? 'county'
          : 'city';
    const last = places
      .filter(
        (p) =>
          p.end <= f.start && !p.bare && standsAlone(p, sentences) && scopeOf(p).scope === kind,
      )
      .pop();
    if (last) return { ...scopeOf(last), site: undefined };
  }
  if (site && (found?.how === 'sentence' || found?.how === 'site' || refersBack(s.text)))
    return { scope: 'site', area: null, site };
  // A trip's figure is never the place it starts from ("two hours from Xichang").
  const notFrom = (p: PlaceMention) => !from?.includes(p.text);
  const ours = named.filter(notFrom);
  const county = ours.find((p) => p.kind === 'county' && !p.bare);
  const city = ours.find((p) => p.kind === 'city');
  const province = ours.find((p) => p.kind === 'province');
  const place = county ?? city ?? province;
  if (place) return { ...scopeOf(place), site: undefined };
  // A count, size or amount with no place or national word of its own is the site's of the
  // visit told before it ("The mine had been working for 90 years"); a rate is not.
  // ... and never a visit told only after it (a history before the visit is no site's).
  const only = features.length === 1 && (features[0]?.properties.mention.start ?? 0) < f.start;
  // "Poverty relief is a priority for China. ... 55 million people must be lifted out of
  // poverty": a paragraph of its own on the country, not the visit the frame carries.
  const paragraph = paragraphBefore(f, sentences);
  if (
    found?.how === 'continued' &&
    /\b(?:for|in|across|throughout) (?:China|the country|the nation)\b|\bnationwide\b/.test(
      paragraph,
    ) &&
    !SITE_WORDS.test(paragraph) &&
    !refersBack(paragraph)
  )
    return national;
  const last = site ?? features[found?.visit ?? (only ? 0 : -1)];
  if (
    last &&
    f.kind !== 'percent' &&
    f.kind !== 'direction' &&
    !NATIONAL_MEASURE.test(f.measure) &&
    !TOUR_MEASURE.test(f.measure)
  )
    return { scope: 'site', area: null, site: last };
  // Else the place named just before it (its sentence or the few before): the country only
  // when the words say so.
  const prior = places
    .filter(
      (p) =>
        p.end <= f.start &&
        p.end >= s.start - NEAR &&
        !p.bare &&
        notFrom(p) &&
        standsAlone(p, sentences),
    )
    .pop();
  // ... unless the words since that place speak of the whole country ("Chinese manufacturing",
  // "across the country").
  const since = prior
    ? sentences
        .filter((x) => x.end > prior.end && x.start < f.start)
        .map((x) =>
          x.text.slice(
            Math.max(0, prior.end - x.start),
            Math.min(x.text.length, f.start - x.start),
          ),
        )
        .join(' ')
    : '';
  const wide = COUNTRY_WORDS.test(since);
  if (prior && !wide && !NATIONAL_MEASURE.test(f.measure))
    return { ...scopeOf(prior), site: undefined };
  return national;
}

/**
 * Measures of a thing's own size, age or building: "length of the bridge", "height of the
 * tree", "construction time"; a river's, a road's or a rule's length is no site's.
 */
const THING_MEASURE =
  /^(?:(?:length|height|width|depth|diameter|weight|age) of the (?!.*\b(?:river|road|railway|highway|line|border|coast|ban|canal|wall|route)\b)|construction time$)/i;

/** The words naming a new area after its name: "Xiongan New Area". */
const NEW_AREA_AFTER = /^\s+New (?:Area|District)\b/;

/** The words after a place's name, to its sentence's end. */
function wordsAfter(p: PlaceMention, sentences: readonly Sentence[]): string {
  const s = sentences.find((x) => x.start <= p.start && p.end <= x.end);
  return s ? s.text.slice(p.end - s.start) : '';
}

/**
 * The last of the places named, or the place it locates ("Golmud City of Haixi ... Autonomous
 * Prefecture": Golmud).
 */
function smallest(named: readonly PlaceMention[], s: Sentence): PlaceMention | undefined {
  let i = named.length - 1;
  while (i > 0) {
    const a = named[i - 1] as PlaceMention;
    const b = named[i] as PlaceMention;
    const between = s.text.slice(a.end - s.start, b.start - s.start);
    if (!/^(?:\s+(?:City|County|District))?\s+(?:of|in)\s+(?:the\s+)?$/.test(between)) break;
    i--;
  }
  return named[i];
}

/** A sentence opening on a place by its kind: "The county has been ...". */
const OPENS_ON_PLACE = new RegExp(`^${PLACE_WORDS.source.replace('\\b', '')}`, 'i');

/** The sentence before `s` in its paragraph, or "". */
function sentenceBefore(s: Sentence, sentences: readonly Sentence[]): string {
  const prev = sentences[sentences.indexOf(s) - 1];
  return prev && prev.paragraph === s.paragraph ? prev.text : '';
}

/**
 * The place that did what the figure counts, named in a clause right after it: "the 23.25
 * million tons of coal capacity that Shanxi shut down".
 */
function doerAfter(f: FigureMention, named: readonly PlaceMention[]): PlaceMention | undefined {
  const s = f.sentence;
  return named.find(
    (p) =>
      p.start >= f.end &&
      /^[^,;.]{0,60}?\b(?:that|which)\s+$/.test(s.text.slice(f.end - s.start, p.start - s.start)) &&
      /^\s+(?:(?:has|had|have)\s+)?\p{Ll}+\b/u.test(s.text.slice(p.end - s.start)),
  );
}

/** Whether the visit was told in the figure's paragraph, before or in its sentence. */
function sameParagraph(visit: DraftFeature, s: Sentence, sentences: readonly Sentence[]): boolean {
  const at = visit.properties.mention.start;
  const told = sentences.find((x) => x.start <= at && at < x.end);
  return told !== undefined && told.paragraph === s.paragraph && at < s.end;
}

/** Measures of an event's toll: deaths, injuries, the homeless, a quake's magnitude. */
const EVENT_MEASURE =
  /\b(?:earthquake|quake|death toll|injured|killed|died|dead|homeless|missing|displaced|perished)\b/i;

/**
 * Whether a figure tells a disaster's or a battle's toll ("the 6.5-magnitude earthquake that
 * killed more than 600 people", "3,000 of its 30,000 soldiers died in the battles").
 */
function isEvent(f: FigureMention): boolean {
  if (f.kind === 'magnitude' || f.kind === 'casualties') return true;
  if (EVENT_MEASURE.test(f.measure) && f.kind === 'count') return true;
  return (
    /\b(?:soldiers|troops|army|fighters|officers)\b/i.test(f.measure) &&
    /\b(?:battles?|battlefields?|campaign|war|fought|march)\b/i.test(f.sentence.text)
  );
}

/** The text of the figure's paragraph before it (its sentences, the spaces between left out). */
function paragraphBefore(f: FigureMention, sentences: readonly Sentence[]): string {
  const s = f.sentence;
  const earlier = sentences.filter((x) => x.paragraph === s.paragraph && x.end <= s.start);
  return [...earlier.map((x) => x.text), s.text.slice(0, f.start - s.start)].join(' ');
}

/** The place that the sentence before `s`, in its paragraph, is about ("Fuping is ..."). */
function placeBefore(
  s: Sentence,
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PlaceMention | undefined {
  const prev = sentences[sentences.indexOf(s) - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  const VERB = /^\s+(?:is|was|has|had|lies|sits|covers|boasts|borders|ranks|remains)\b/;
  const here = places.find(
    (p) =>
      p.start >= prev.start && p.end <= prev.end && VERB.test(prev.text.slice(p.end - prev.start)),
  );
  if (here) return here;
  // "Lankao is ...": a name the article gave as a place before, now without "County".
  const name = /^(?:[^,]*,\s*)?([\p{Lu}][\p{L}-]+)(?=\s)/u.exec(prev.text);
  const after = name ? prev.text.slice((name.index ?? 0) + name[0].length) : '';
  return name?.[1] && VERB.test(after)
    ? places.find((p) => p.start < prev.start && p.text === name[1])
    : undefined;
}

/** Length of a sentence without its final stop. */
function trimStop(sentence: string): number {
  let e = sentence.length;
  while (e > 0 && /[\s.!?;:,]/.test(sentence[e - 1] ?? '')) e--;
  return e;
}
