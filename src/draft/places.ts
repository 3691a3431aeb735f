/**
 * Places pass: every mention of a province ("Henan", "the province of Liaoning", "Shandong
 * province") or of a gazetteer place ("Luoyang", "Benxi city") in the article, with all the
 * places its name could be. Choosing among places of one name is the visits pass's work.
 *
 * @module
 */
import {
  countiesNamed,
  MAX_NAME_WORDS,
  type Place,
  placesNamed,
  provinceNamed,
} from './gazetteer.js';

export interface PlaceMention {
  start: number;
  end: number;
  /** The name as written. */
  text: string;
  /** A county named without "County" or "District" after it (weaker evidence). */
  bare?: boolean;
  kind: 'city' | 'county' | 'province';
  /**
   * The places the name may be: one province, every gazetteer place of that name, or for a
   * county (named with "County", "District", "Banner", or a county-level "City") every
   * county-level place of that name.
   */
  places: readonly Place[];
  /**
   * For a city mention, the county-level places of the same name ("Lushan" is a GeoNames town
   * in Henan and Lushan County in Sichuan; "Suide" is the seat of Suide County): the visits
   * pass takes the county where no city of the name is in the province, or where the city is
   * only the county's seat.
   */
  counties?: readonly Place[];
}

/**
 * Names that are more often something else in English news: words, surnames and given names
 * ("Jinping" in "Xi Jinping"), or that GeoNames spells like a common word.
 */
const NOT_PLACES = new Set(
  [
    'Jinping',
    'Jing',
    'Heng',
    'Mali',
    'Bali',
    'Saga',
    'Pipa',
    'Nada',
    'Mole',
    'Molo',
    'Ulan',
    'College Park',
    'Happy Harbour',
    'Gold tai',
    'Anle Garden',
    'China',
    'Xinhua',
    'Renmin',
    'Party',
    'Spring',
    'Lunar',
    'Line',
  ].map((s) => s.toLowerCase()),
);

const WORD = /\p{Lu}[\p{L}’'-]*/gu;

/** What follows the last people's name of an autonomous division. */
const PEOPLE_AFTER = /^ [Aa]utonomous (?:[Pp]refecture|[Cc]ounty|[Rr]egion|[Bb]anner)\b/;

/**
 * An autonomous county or banner named with its peoples after the place's name ("Shizhu Tujia
 * autonomous county", "Qiandongnan Miao and Dong autonomous prefecture" is no county).
 */
const PEOPLES_THEN =
  /^(?: \p{Lu}\p{Ll}+(?: and \p{Lu}\p{Ll}+)*)+ [Aa]utonomous (?:[Cc]ounty|[Bb]anner)\b/u;

/** The words after a name that make it a city's: "Jilin City", "Jilin and Changchun cities". */
const CITY_AFTER =
  /^(?: [Cc]ity\b| [Pp]refecture\b|(?:, \p{Lu}\p{Ll}+)* and \p{Lu}\p{Ll}+ cities\b)/u;

/** A natural feature's word after a name. */
const NATURAL_FEATURE = /^ ([Rr]iver|[Ll]ake|[Mm]ountains?|[Rr]eservoir|[Cc]anal)\b/;

/** Finds the place mentions in `text`, longest name first, none overlapping. */
export function findPlaces(text: string): PlaceMention[] {
  const words: { start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // A possessive is the place's: "Gansu's grain output" names Gansu.
    const own = /['’]s$/u.test(m[0]) ? 2 : 0;
    words.push({ start: m.index, end: m.index + m[0].length - own });
  }
  const out: PlaceMention[] = [];
  for (let i = 0; i < words.length; ) {
    let found: PlaceMention | undefined;
    let used = 1;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && !found; n--) {
      const first = words[i];
      const last = words[i + n - 1];
      if (!first || !last) continue;
      const name = text.slice(first.start, last.end);
      // Words of one name are separated by single spaces.
      if (n > 1 && /\s{2,}|[^\p{L}’' -]/u.test(name)) continue;
      if (name.replace(/[^\p{L}]/gu, '').length < 4 || NOT_PLACES.has(name.toLowerCase())) continue;
      const province = provinceNamed(name);
      // "the Xinjiang River", "Taihu Lake", "the Wuyi Mountains": a river, lake or range named
      // like a place is not that place (a lake or range may bear its province's name).
      const feature = NATURAL_FEATURE.exec(text.slice(last.end, last.end + 14))?.[1];
      if (feature && (!province || /river/i.test(feature))) continue;
      // "Qiandongnan Miao and Dong autonomous prefecture", "Yuping Dong Autonomous County": a
      // people's name after the place's is no place of its own.
      if (
        !province &&
        PEOPLE_AFTER.test(text.slice(last.end, last.end + 40)) &&
        /\p{Lu}[\p{L}’'-]* (?:and )?$/u.test(text.slice(Math.max(0, first.start - 30), first.start))
      )
        continue;
      // "Jilin City", "Jilin and Changchun cities", "Hainan Prefecture": the city of a
      // province's name, where the gazetteer has one (a municipality is its own city).
      const asCity =
        province && !/^(?:Beijing|Tianjin|Shanghai|Chongqing)$/i.test(name)
          ? placesNamed(name).filter(
              (p) => p.kind === 'city' && CITY_AFTER.test(text.slice(last.end, last.end + 40)),
            )
          : [];
      if (asCity.length > 0) {
        found = { start: first.start, end: last.end, text: name, kind: 'city', places: asCity };
      } else if (province) {
        found = {
          start: first.start,
          end: last.end,
          text: name,
          kind: 'province',
          places: [province],
        };
      } else if (!personBefore(text, first.start)) {
        const after = text.slice(last.end, last.end + 12);
        const before = text.slice(Math.max(0, first.start - 10), first.start);
        const counties = countiesNamed(name);
        const countyWord =
          /^ (?:[Cc]ounty|[Dd]istrict|[Bb]anner|Autonomous County|[Nn]ew [Aa]rea)\b|^, an? (?:county|district)\b/.test(
            after,
          ) ||
          /\b[Tt]he (?:county|district) of $/.test(before) ||
          PEOPLES_THEN.test(text.slice(last.end, last.end + 60));
        const cityWord = /^ [Cc]ity\b|^, a county-level city\b/.test(after);
        const places = placesNamed(name);
        if (countyWord && counties.length > 0)
          found = {
            start: first.start,
            end: last.end,
            text: name,
            kind: 'county',
            places: counties,
          };
        else if (
          cityWord &&
          counties.some((c) => c.county?.en.endsWith(' City')) &&
          places.length === 0
        )
          found = {
            start: first.start,
            end: last.end,
            text: name,
            kind: 'county',
            places: counties,
          };
        // "Wang Guangming", "Chen Dongguan": a given name after a surname is no city.
        else if (places.length > 0 && !(surnameBefore(text, first.start) && n === 1 && !cityWord))
          found = {
            start: first.start,
            end: last.end,
            text: name,
            kind: 'city',
            places,
            ...(counties.length > 0 && !surnameBefore(text, first.start) ? { counties } : {}),
          };
        else if (
          counties.length > 0 &&
          !surnameBefore(text, first.start) &&
          !(SURNAMES.has(name.toLowerCase()) && /^ \p{Lu}/u.test(after))
        )
          found = {
            start: first.start,
            end: last.end,
            text: name,
            kind: 'county',
            places: counties,
            bare: true,
          };
      }
      if (found) used = n;
    }
    if (found) out.push(found);
    i += used;
  }
  return out.filter((p) => !surnameOfPerson(text, p, out));
}

/** Division words after a name: "Tang County", "Jiao city" name the place, not a person. */
const DIVISION_NEXT =
  /^(?:County|City|Province|District|Prefecture|League|Banner|Village|Town|Township|Municipality|Region|New|Autonomous)$/i;

/**
 * A one-word name that the article gives a person as surname: "Tang Xiuying, a villager" then
 * "Tang was one of 10 people" (Tang is the villager, not Tang County); "Jiao Yulu" and then
 * 'the "Jiao paulownia"'. A person's use is the surname before a given name that is no division
 * word, no place the article names there, and no part of a longer name ("Luoyang Bearing
 * Group" is no person).
 */
function surnameOfPerson(text: string, p: PlaceMention, all: readonly PlaceMention[]): boolean {
  if (/\s/.test(p.text) || !SURNAMES.has(p.text.toLowerCase())) return false;
  const named = new RegExp(
    `(?<![\\p{L}])${p.text} (\\p{Lu}\\p{Ll}+)(?![\\p{L}'’-]| \\p{Lu})`,
    'gu',
  );
  for (const m of text.matchAll(named)) {
    const at = (m.index ?? 0) + p.text.length + 1;
    if (!DIVISION_NEXT.test(m[1] ?? '') && !all.some((q) => q.start <= at && at < q.end))
      return true;
  }
  return false;
}

const SURNAMES = new Set(
  'wang li zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang song zheng xie han tang jiao feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou xiong jin hao kong bai cui kang mao qiu qin gu hou shao meng long wan duan lei qian yin yi chang qiao lai gong wen mr mrs ms'.split(
    ' ',
  ),
);

/** Whether the word before `at` is a Chinese surname: "Wang Baowei" is a person. */
function surnameBefore(text: string, at: number): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
  return /^\p{Lu}/u.test(before) && SURNAMES.has(before.toLowerCase());
}

/** Whether the word before `at` makes the name a person's ("Xi Jinping", "President Li"). */
function personBefore(text: string, at: number): boolean {
  const before = /(\p{L}+)\.?\s+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  return /^(Xi|President|Premier|Mr|Mrs|Ms|Dr|Vice|Minister|Secretary|Chairman|Director)$/i.test(
    before,
  );
}
