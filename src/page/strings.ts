/**
 * The page's own words, in English and Simplified Chinese (the element has its own strings).
 * Whatever depends on the dataset (counts, one article or several, the location sources) is a
 * function of it: no sentence assumes one article or a number of sites.
 *
 * @module
 */
import { formatInteger } from '../components/format.js';
import { isChinese } from '../components/strings.js';

/** What the counting sentence needs. */
export interface Counts {
  visits: number;
  /** Distinct sites (a site visited twice counts once). */
  sites: number;
  articles: number;
  /** Who made the visits ("Xi Jinping and Li Qiang"); empty or absent where none is named. */
  leaders?: string;
}

export interface PageStrings {
  /** "Three sites, one article." */
  counts: (c: Counts) => string;
  /** The page's description for search engines and link previews. */
  description: (articles: number, leaders?: string) => string;
  /** "Visits by Xi Jinping and Li Qiang", under the heading. */
  visitsBy: (leaders: string) => string;
  /** In a list of leaders: the visits whose leader is not named. */
  leadersNotNamed: string;
  /** A leader and their count of visits: "Xi Jinping (3)". */
  leaderCount: (name: string, count: string) => string;
  /** Who made the visits, with their counts, and how many visits name no leader. */
  leadersNote: (counts: string, unnamed: number, articles: number) => string;
  /** The line under the heading when there are several articles. */
  articlesLine: (articles: number) => string;
  /** Punctuation between parts of a sentence, after a sentence, and between sentences. */
  colon: string;
  comma: string;
  stop: string;
  space: string;
  /** Between the first and last date of a range. */
  dateRange: string;
  language: string;
  /** The button that unfolds the introduction on a phone (its name stays; it says expanded). */
  more: string;
  /** Heading of the figures that belong to no single site. */
  contextHeading: (articles: number, allNational: boolean) => string;
  contextNote: (articles: number, allNational: boolean) => string;
  /** Before the visits a national figure is placed on: "Visit", "Visits". */
  figureVisits: (visits: number) => string;
  industries: string;
  dataHeading: string;
  articleFile: (articles: number) => string;
  offsetsNote: string;
  geojson: string;
  csv: string;
  /** "Locations are city-level points from …, not the sites themselves." */
  locations: (cityLevel: number, visits: number, sources: string) => string;
  gazetteer: (name: string, licence: string) => string;
  corroborated: (articles: number) => string;
  baseMapNote: string;
  outletUnknown: string;
  sourceCredit: (articles: number) => string;
  locationCredit: (allCityLevel: boolean, sources: string) => string;
  baseMapCredit: string;
  codeCredit: string;
}

const EN_WORDS = 'no one two three four five six seven eight nine ten'.split(' ');
const ZH_WORDS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A count in words up to ten, in digits beyond. */
const en = (n: number, one: string, many = `${one}s`) =>
  `${EN_WORDS[n] ?? formatInteger(n, 'en')} ${n === 1 ? one : many}`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const zhn = (n: number) => ZH_WORDS[n] ?? formatInteger(n, 'zh-Hans');

const EN: PageStrings = {
  counts: ({ visits, sites, articles, leaders }) => {
    if (visits === 0)
      return articles ? `No visits yet, ${en(articles, 'article')}.` : 'No visits yet.';
    const where =
      visits === sites
        ? `${en(sites, 'site')}${leaders ? ` visited by ${leaders}` : ''}`
        : `${en(visits, 'visit')}${leaders ? ` by ${leaders}` : ''} to ${en(sites, 'site')}`;
    return `${cap(where)}, ${en(articles, 'article')}.`;
  },
  description: (articles, leaders) =>
    `An interactive map of inspection visits${leaders ? ` by ${leaders}` : ''} reported in ${en(articles, 'article')}, every quote and figure traced to its passage in the source.`,
  visitsBy: (leaders) => `Visits by ${leaders}`,
  leadersNotNamed: 'leaders not named',
  leaderCount: (name, count) => `${name} (${count})`,
  leadersNote: (counts, unnamed, articles) =>
    `Who made the visits, as ${articles === 1 ? 'the article names' : 'the articles name'} them: ${counts}${unnamed ? `; ${formatInteger(unnamed, 'en')} ${unnamed === 1 ? 'visit names' : 'visits name'} no leader` : ''}.`,
  articlesLine: (articles) => `${cap(en(articles, 'source article'))}`,
  colon: ': ',
  comma: ', ',
  stop: '. ',
  space: ' ',
  dateRange: ' to ',
  language: 'Language',
  more: 'More',
  contextHeading: (articles, allNational) =>
    `${allNational ? 'National figures' : 'Figures beyond a single site'}${articles === 1 ? ' in the article' : ', by article'}`,
  contextNote: (articles, allNational) =>
    `${allNational ? 'These figures are for the whole country.' : 'These figures cover a city, a province or the whole country.'} A visit’s popup shows those ${articles === 1 ? '' : 'of its own article '}that share its industry, labelled as ${allNational ? 'national context' : 'context'}.`,
  figureVisits: (visits) => (visits === 1 ? 'Visit' : 'Visits'),
  industries: 'Industries',
  dataHeading: 'Open data and sources',
  articleFile: (articles) =>
    articles === 1
      ? 'The source article, byte for byte as received'
      : 'The source articles, byte for byte as received',
  offsetsNote: 'Offsets count characters of this text (UTF-16 code units), from 0, end excluded.',
  geojson: 'The visits as GeoJSON (RFC 7946, [longitude, latitude])',
  csv: 'Every quote and figure as CSV, one row each with its visit and its offsets',
  locations: (city, visits, sources) =>
    city === visits
      ? `Locations are city-level points from ${sources}, not the sites themselves.`
      : city === 0
        ? `Locations are from ${sources}.`
        : `${cap(en(city, 'location'))} of ${formatInteger(visits, 'en')} are city-level points from ${sources}, not the sites themselves.`,
  gazetteer: (name, licence) => `the ${name} gazetteer (${licence})`,
  corroborated: (articles) =>
    `Visit days ${articles === 1 ? 'the article gives' : 'an article gives'} only as a week or a month come from the corroborating reports named with each visit; a visit no report dates more closely keeps the article’s own precision.`,
  baseMapNote: 'The base map is made with Natural Earth (public domain).',
  outletUnknown: 'outlet not named in the text as received',
  sourceCredit: (articles) => (articles === 1 ? 'Source' : 'Sources'),
  locationCredit: (allCity, sources) =>
    `${allCity ? 'City locations' : 'Locations'} from ${sources}.`,
  baseMapCredit: 'Base map made with Natural Earth (public domain).',
  codeCredit: 'Map by Leaflet. Code under the MIT licence.',
};

const ZH: PageStrings = {
  counts: ({ visits, sites, articles, leaders }) => {
    const a = articles ? `${zhn(articles)}篇文章` : '';
    if (visits === 0) return a ? `${a}，尚无视察。` : '尚无视察。';
    const where =
      visits === sites
        ? `${leaders ? `${leaders}视察的` : ''}${zhn(sites)}个地点`
        : `${leaders ?? ''}${leaders ? '对' : ''}${zhn(sites)}个地点的${zhn(visits)}次视察`;
    return `${a}，${where}。`;
  },
  description: (articles, leaders) =>
    `${formatInteger(articles, 'zh-Hans')}篇报道中${leaders ? `${leaders}的` : ''}视察活动的交互式地图，每条引语和数据都追溯到原文段落。`,
  visitsBy: (leaders) => `${leaders}的视察`,
  leadersNotNamed: '未指明的视察者',
  leaderCount: (name, count) => `${name}（${count}）`,
  leadersNote: (counts, unnamed) =>
    `视察者（按文章表述）：${counts}${unnamed ? `；另有 ${formatInteger(unnamed, 'zh-Hans')} 次视察未指明视察者` : ''}。`,
  articlesLine: (articles) => `${formatInteger(articles, 'zh-Hans')}篇来源文章`,
  colon: '：',
  comma: '，',
  stop: '。',
  space: '',
  dateRange: '至',
  language: '语言',
  more: '更多',
  contextHeading: (articles, allNational) =>
    `${articles === 1 ? '文章中的' : ''}${allNational ? '全国数据' : '地点以外的数据'}${articles === 1 ? '' : '（按文章）'}`,
  contextNote: (articles, allNational) =>
    `${allNational ? '这些是全国数据。' : '这些数据涉及城市、省份或全国。'}视察地点的弹出框会显示${articles === 1 ? '' : '同一文章中'}与其行业相同的数据，并标注为${allNational ? '全国背景' : '背景'}。`,
  figureVisits: () => '视察',
  industries: '行业',
  dataHeading: '开放数据与来源',
  articleFile: (articles) =>
    articles === 1 ? '原文，按收到时逐字节保存' : '各篇原文，按收到时逐字节保存',
  offsetsNote: '偏移量按此文本的字符（UTF-16 码元）计算，从 0 开始，不含结尾。',
  geojson: '视察数据 GeoJSON（RFC 7946，[经度, 纬度]）',
  csv: '所有引语和数据的 CSV，每行一条，附视察信息与偏移量',
  locations: (city, visits, sources) =>
    city === visits
      ? `位置为${sources}中的城市级坐标，而非地点本身。`
      : city === 0
        ? `位置来自${sources}。`
        : `${formatInteger(visits, 'zh-Hans')}个位置中有${formatInteger(city, 'zh-Hans')}个为${sources}中的城市级坐标，而非地点本身。`,
  gazetteer: (name, licence) => `${name} 地名库（${licence}）`,
  corroborated: () =>
    `文章只写到某周或某月的视察日期，取自每次视察所列的佐证报道；没有报道佐证的视察，保留文章本身的精确度。`,
  baseMapNote: '底图使用 Natural Earth（公有领域）制作。',
  outletUnknown: '收到的文本未注明媒体',
  sourceCredit: () => '来源',
  locationCredit: (allCity, sources) => `${allCity ? '城市位置' : '位置'}来自${sources}。`,
  baseMapCredit: '底图使用 Natural Earth（公有领域）制作。',
  codeCredit: '地图由 Leaflet 绘制。代码以 MIT 许可证发布。',
};

export function pageStringsFor(lang: string): PageStrings {
  return isChinese(lang) ? ZH : EN;
}
