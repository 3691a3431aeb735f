/**
 * Where a site is: the city and province for one site mention, from the place mentions around
 * it. Two places of one name are told apart by the province the article names; otherwise, and
 * wherever the engine has to infer, the result carries a review note saying so.
 *
 * @module
 */
import { isPrefecture, type Place, placesStartingWith } from './gazetteer.js';
import type { PlaceMention } from './places.js';
import type { Sentence } from './sentences.js';
import type { SiteMention } from './sites.js';

export interface Located {
  place: Place;
  precision: 'county' | 'city' | 'province';
  /** The mention of the place, when the article names it. */
  mention: PlaceMention | null;
  review: string[];
}

/** Province-level cities: the municipality is its own city. */
const MUNICIPALITY = /^(?:Beijing|Tianjin|Shanghai|Chongqing)$/;

const COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const count = (n: number) => COUNT[n] ?? String(n);

const within = (m: { start: number; end: number }, a: number, b: number) =>
  m.start >= a && m.end <= b;

/**
 * Locates a site named in `sentence`, looking at the site's own name, then the sentence, then
 * its paragraph.
 *
 * @param places - every place mention of the article, the dateline's city excluded.
 * @param paragraph - the paragraph's offsets.
 */
export function locate(
  site: SiteMention,
  sentence: Sentence,
  paragraph: { start: number; end: number },
  places: readonly PlaceMention[],
  previous?: Located,
  own?: { start: number; end: number },
): Located | undefined {
  const inOwn = own ? places.filter((p) => within(p, own.start, own.end)) : [];
  const inName = places.filter((p) => within(p, site.start, site.end) && !inOwn.includes(p));
  const inSentence = places.filter((p) => within(p, sentence.start, sentence.end));
  const inParagraph = places.filter((p) => within(p, paragraph.start, paragraph.end));
  const provinceMention =
    inOwn.find((p) => p.kind === 'province') ??
    inSentence.find((p) => p.kind === 'province') ??
    inParagraph.find((p) => p.kind === 'province');
  // Provinces named anywhere in the article: a weaker hint than one named nearby.
  const named = new Set(
    places.filter((p) => p.kind === 'province').map((p) => p.places[0]?.province),
  );
  // With no province near and no visit before, the only province the article names is the
  // frame ("inspected ... in Yunnan Province at the weekend. In Baiyun village, ...").
  const province =
    provinceMention?.places[0]?.province ??
    previous?.place.province ??
    (named.size === 1 ? [...named][0] : undefined);
  const nearby = [
    ...inOwn,
    ...inName,
    ...nearest(
      site,
      inSentence.filter((p) => !inOwn.includes(p) && !inName.includes(p)),
    ),
  ];
  // A county named in the site's own place words ("in Wuyuan County") beats one inside its
  // name ("Huaxi Tea Cooperative" is not in Huaxi District when the sentence says "in Zunyi").
  const county = countyOf(
    inOwn.length > 0 ? inOwn : nearby.filter((p) => !(inName.includes(p) && p.bare)),
    province,
    own ? inOwn : inName,
    previous,
    { sentence, cities: inSentence.filter((p) => p.kind === 'city') },
  );
  if (county) return county;
  const cityMentions = [
    ...inOwn.filter((p) => p.kind === 'city'),
    // In a municipality a town inside a site's name ("Guoyuan Port") is not its city.
    ...inName.filter(
      (p) => p.kind === 'city' && !inOwn.includes(p) && !MUNICIPALITY.test(province?.en ?? ''),
    ),
    ...nearest(
      site,
      inSentence.filter((p) => p.kind === 'city' && !inName.includes(p) && !inOwn.includes(p)),
    ),
    // A city named earlier in the paragraph, never one a later sentence goes on to.
    ...inParagraph.filter(
      (p) => p.kind === 'city' && !inSentence.includes(p) && p.end <= sentence.start,
    ),
  ];
  /** A village or town named for the site, with no namesake in the province. */
  let village = false;
  /** The county the sentence names before a village's name, in the province. */
  const countyBefore = (mention: PlaceMention) =>
    countyOf(
      inSentence.filter((p) => p.kind === 'county' && p.end <= mention.start),
      province,
      [],
      previous,
    );
  for (const city of cityMentions) {
    // "Golmud City of Haixi ... Prefecture", "Longjing, Yanbian": the prefecture the county-level
    // place before it is in says no more than that place.
    if (cityMentions.some((lower) => parentNamed(lower, city, sentence))) continue;
    // ... and the county-level place is the one under that city, whatever the province said.
    const parent = cityMentions.find((upper) => parentNamed(city, upper, sentence));
    const under = (city.counties ?? []).filter(
      (p) => p.county?.city?.toLowerCase() === parent?.text.toLowerCase(),
    );
    if (parent && under.length > 0) return countyLocated(city, under, new Set());
    const all = city.places;
    let fits = province ? all.filter((p) => p.province === province) : all;
    // "Longmen township": a town's name; a namesake elsewhere is not the place. "in Luojiu
    // Village" after "In Zhijiang County,": a village of that county, not the namesake town
    // the gazetteer holds as a city.
    // "At a school in Zhongyi township" after a visit in Shizhu County: a town of the county
    // the tour is in, not a city of its own (GeoNames holds the town as a place).
    const framed =
      previous !== undefined &&
      previous.place.province === province &&
      previous.precision !== 'province' &&
      !fits.some((p) => isPrefecture(p.name, p.province));
    if (
      township(city, sentence) &&
      (fits.length === 0 || countyBefore(city) !== undefined || framed)
    ) {
      village = true;
      continue;
    }
    // In a municipality a town's name inside another name ("Jiangbei Airport") is not the city.
    if (
      MUNICIPALITY.test(province?.en ?? '') &&
      !inOwn.includes(city) &&
      !standsAlone(city, sentence)
    )
      continue;
    // "Lushan" in Sichuan is Lushan County (the GeoNames Lushan is in Henan); "Suide" is the
    // seat of Suide County, not a city of its own.
    // With no province named near it, a county-level city of one province only ("visited a
    // farm in Shangzhi city" in a lead that names none, or after a visit in another province)
    // is that one: named as a place, not as the first word of a name ("the Puning Temple" in
    // Chengde is no visit to Puning City in Guangdong).
    const countyLevel = city.counties ?? [];
    const inProvince = countyLevel.filter((p) => p.province === province);
    const counties =
      inProvince.length > 0 ||
      provinceMention ||
      distinct(countyLevel) !== 1 ||
      !(standsAlone(city, sentence) || namedCity(city, sentence))
        ? inProvince
        : countyLevel;
    if (
      counties.length > 0 &&
      (fits.length === 0 || fits.every((p) => !isPrefecture(p.name, p.province))) &&
      !township(city, sentence)
    )
      return countyLocated(city, counties, new Set());
    // The frame's province is a hint only: a city named on its own in another province is that
    // city, unless the sentence names another place in the frame's province ("six companies in
    // Lujiazui and Zhangjiang" after "Party secretary of Pudong New Area": Zhangjiang is in
    // Pudong, not the Hunan town of that name).
    if (
      fits.length === 0 &&
      !provinceMention &&
      city.kind === 'city' &&
      (inOwn.includes(city) || (inSentence.includes(city) && standsAlone(city, sentence))) &&
      !inSentence.some(
        (p) => p !== city && p.places.length > 0 && p.places.every((q) => q.province === province),
      )
    )
      fits = all;
    if (fits.length === 0) continue;
    const review: string[] = [];
    if (!provinceMention && province && all.length > fits.length && distinct(all) > 1)
      review.push(
        `${count(distinct(all))} places named ${city.text} (${[...new Set(all.map((p) => p.province.en))].join(', ')}); the one in ${province.en}, where the visit before was, is used`,
      );
    let chosen = fits;
    const inProvinces = new Set(fits.map((p) => p.province));
    if (fits.length > 1 && inProvinces.size === 1 && fits[0]) {
      review.push(
        `${count(fits.length)} places named ${city.text} in ${fits[0].province.en}; the first GeoNames entry is used`,
      );
    } else if (distinct(fits) > 1) {
      const hinted = fits.filter((p) => named.has(p.province));
      const list = [...new Set(fits.map((p) => p.province.en))].join(', ');
      if (distinct(hinted) === 1 && hinted[0]) {
        chosen = hinted;
        review.push(
          `${count(distinct(fits))} places named ${city.text} (${list}); the one in ${hinted[0].province.en}, named elsewhere in the article, is used`,
        );
      } else
        review.push(
          `${count(distinct(fits))} places named ${city.text} (${list}); the first is used`,
        );
    }
    return { place: chosen[0] as Place, precision: 'city', mention: city, review };
  }
  const villageCounty = village
    ? cityMentions.map((c) => (township(c, sentence) ? countyBefore(c) : undefined)).find(Boolean)
    : undefined;
  if (villageCounty) return villageCounty;
  if (
    !provinceMention ||
    (previous && previous.place.province === province && previous.precision !== 'province')
  ) {
    if (!previous) return province && village ? frameProvince(places, province) : undefined;
    const same = /\bsame (?:city|place|town)\b/i.test(sentence.text);
    return {
      ...previous,
      mention: null,
      review: same
        ? []
        : [`no place named; the place of the visit before (${previous.place.name}) is used`],
    };
  }
  const guess = cityFromName(site.text, provinceMention.places[0] as Place);
  if (guess) {
    return {
      place: guess,
      precision: 'city',
      mention: null,
      review: [
        `city taken from the name "${site.text}" (${guess.name}); the article names only ${guess.province.en}`,
      ],
    };
  }
  return {
    place: provinceMention.places[0] as Place,
    precision: 'province',
    mention: provinceMention,
    review: [`only the province is named (${provinceMention.text})`],
  };
}

/** The province the article names as its frame, for a village the gazetteer does not hold. */
function frameProvince(
  places: readonly PlaceMention[],
  province: Place['province'],
): Located | undefined {
  const mention = places.find((p) => p.kind === 'province' && p.places[0]?.province === province);
  const place = mention?.places[0];
  if (!mention || !place) return undefined;
  return {
    place,
    precision: 'province',
    mention,
    review: [
      `no place named near the site; the province the article names (${mention.text}) is used`,
    ],
  };
}

/**
 * The county a site is in: a county mention near it in the province, the one under a city the
 * sentence names when several share the name; or the county of the visit before when the site
 * names no place of its own and that visit's place is the frame.
 */
function countyOf(
  nearby: readonly PlaceMention[],
  province: Place['province'] | undefined,
  own: readonly PlaceMention[],
  previous?: Located,
  chain?: { sentence: Sentence; cities: readonly PlaceMention[] },
): Located | undefined {
  const near = nearby.filter((p) => p.kind === 'city').map((p) => p.text.toLowerCase());
  for (const mention of nearby) {
    if (mention.kind !== 'county') continue;
    // "Lufeng, a county-level city under Shanwei": the city the sentence names it under, also
    // when the site's own words stop at the county.
    const cities = new Set([
      ...near,
      ...(chain?.cities ?? [])
        .filter((upper) => parentNamed(mention, upper, chain?.sentence as Sentence))
        .map((p) => p.text.toLowerCase()),
    ]);
    // The sentence's own hierarchy beats the province carried or named for another place:
    // "Huangpi District of Wuhan" after a visit in Shanghai; "Ruijin city, Ganzhou, and ... of
    // Shanghai".
    const under = mention.places.filter((p) => cities.has((p.county?.city ?? '').toLowerCase()));
    const fits = mention.places.filter((p) => !province || p.province === province);
    if (under.length > 0 && !fits.some((p) => under.includes(p)))
      return countyLocated(mention, under, cities);
    if (fits.length > 0) return countyLocated(mention, fits, cities);
  }
  // A city or province of its own is named: not the county of the visit before.
  if (own.some((p) => p.kind !== 'county')) return undefined;
  void previous;
  return undefined;
}

/**
 * A county mention located: the county under a city the sentence names when several share the
 * name (`cities`, lower case), with notes for namesakes and a county without a point.
 */
function countyLocated(
  mention: PlaceMention,
  counties: readonly Place[],
  cities: ReadonlySet<string>,
): Located {
  // GB/T 2260 keeps a county's old code beside its new one (旬阳县 and 旬阳市, both Xunyang
  // in Ankang): one place, the one with a point first.
  const seen = new Set<string>();
  let fits = [...counties]
    .sort((a, b) => Number(b.county?.hasPoint) - Number(a.county?.hasPoint))
    .filter((p) => {
      const key = `${p.province.basemapId} ${p.county?.city} ${p.name}`;
      return !seen.has(key) && !!seen.add(key);
    });
  const review: string[] = [];
  const under = fits.filter((p) => cities.has((p.county?.city ?? '').toLowerCase()));
  if (under.length > 0) fits = under;
  if (fits.length > 1)
    review.push(
      `${count(fits.length)} county-level places named ${mention.text} (${fits.map((p) => `${p.county?.city ?? p.province.en}`).join(', ')}); the first is used`,
    );
  const place = fits[0] as Place;
  if (!place.county?.hasPoint)
    review.push(
      `no point for ${place.county?.en ?? mention.text} in the gazetteer; its city's point is used`,
    );
  return { place, precision: 'county', mention, review };
}

/**
 * Whether a place is named as a town or village ("Longmen township", "Xiadang village",
 * "Shimen, a natural village", "the village of Yongfeng").
 */
function township(mention: PlaceMention, sentence: Sentence): boolean {
  const after = sentence.text.slice(mention.end - sentence.start);
  // "the village of Yongfeng": the village's name, before it.
  const before = sentence.text.slice(0, mention.start - sentence.start);
  return (
    /\bthe (?:township|town|village|hamlet) of $/.test(before) ||
    /^(?:\s+(?:[Tt]ownship|[Tt]own|[Vv]illage)|, an? (?:[a-z]+ )?(?:township|town|village))\b/.test(
      after,
    )
  );
}

/** A place named on its own ("In Tianshui, he ..."), not the first word of a name ("Sanhe Village"). */
/** Whether a mention is followed by its level word: "Shangzhi city", "Wuyang County". */
function namedCity(mention: PlaceMention, sentence: Sentence): boolean {
  return /^\s+(?:[Cc]ity|[Cc]ounty)\b/.test(sentence.text.slice(mention.end - sentence.start));
}

function standsAlone(mention: PlaceMention, sentence: Sentence): boolean {
  const after = sentence.text.slice(mention.end - sentence.start);
  return /^(?:[,.;:)]|\s+(?:in|on|and|where|to|at|of|the|for)\b|\s*$)/.test(after);
}

/**
 * Whether `upper` is named right after `lower` as the prefecture-level city it is in ("Golmud
 * City of Haixi", "Helong, Yanbian", "Lufeng, a county-level city under Shanwei"), `lower`
 * (a county mention, or a city mention with county-level namesakes) having a county-level
 * place under that city.
 */
function parentNamed(lower: PlaceMention, upper: PlaceMention, sentence: Sentence): boolean {
  if (lower === upper || lower.end > upper.start) return false;
  const between = sentence.text.slice(lower.end - sentence.start, upper.start - sentence.start);
  if (
    !/^(?: (?:[Cc]ity|[Cc]ounty|[Dd]istrict))?(?:,| of| in)(?: an? (?:county-level city|county|district|city)(?: under| of| in| administered by)?)? (?:the )?$/.test(
      between,
    )
  )
    return false;
  const name = upper.text.toLowerCase();
  const counties = lower.kind === 'county' ? lower.places : (lower.counties ?? []);
  return counties.some((p) => p.county?.city?.toLowerCase() === name);
}

/** How many distinct places (province and admin-2 area) a list holds. */
const distinct = (list: readonly Place[]) =>
  new Set(list.map((p) => `${p.province.basemapId} ${p.entry.admin2}`)).size;

/** Place mentions ordered by distance from the site. */
function nearest(site: SiteMention, list: PlaceMention[]): PlaceMention[] {
  const d = (p: PlaceMention) =>
    Math.min(Math.abs(p.start - site.end), Math.abs(site.start - p.end));
  return [...list].sort((a, b) => d(a) - d(b));
}

/**
 * A city named by the first syllable of a company's short name, the way Chinese companies are
 * named ("Bensteel" for Benxi Steel, "Ansteel" for Anshan): the one place in the province whose
 * name starts with the part before an industry word. `undefined` unless exactly one fits.
 */
export function cityFromName(name: string, province: Place): Place | undefined {
  const m = /^(\p{Lu}\p{Ll}{1,5}?)(steel|gang|port|chem|coal|power|auto)\b/iu.exec(name);
  const stem = m?.[1];
  if (!stem) return undefined;
  const candidates = new Map<string, Place>();
  for (const p of placesStartingWith(stem))
    if (p.province === province.province && /^\p{Lu}\p{Ll}+$/u.test(p.name))
      candidates.set(p.name, p);
  return candidates.size === 1 ? [...candidates.values()][0] : undefined;
}
