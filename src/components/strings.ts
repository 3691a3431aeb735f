/**
 * Interface text in English and Simplified Chinese. Every word the element shows that does not
 * come from data is here, so a language is added in one place. Dates and numbers are formatted
 * by `Intl` (see format.ts), not here.
 *
 * @module
 */
import type { Statistic, VisitProperties } from '../model/schema.js';
import { formatInteger, isChinese } from './format.js';

type LocationPrecision = VisitProperties['location']['precision'];

export { isChinese };

/** The element's interface text in one language. */
export interface Strings {
  /** BCP 47 tag of this text. */
  lang: 'en' | 'zh-Hans';
  mapLabel: string;
  listHeading: string;
  /** The disclosure of the list below the map in a small box: "Visits (12)". */
  listToggle: (count: number) => string;
  /** Punctuation of the interface's language: after a label, between parts, at a sentence's end. */
  colon: string;
  comma: string;
  stop: string;
  zoomIn: string;
  zoomOut: string;
  /** The button that opens the map's folded credits. */
  credits: string;
  close: string;
  showOnMap: string;
  showMore: (next: number, remaining: number) => string;
  visited: string;
  dayPart: Record<'morning' | 'afternoon' | 'evening', string>;
  articleWording: string;
  reported: string;
  direct: string;
  precision: Record<LocationPrecision, string>;
  precisionNote: Record<LocationPrecision, string>;
  /** Who spoke, when the article does not say. */
  unnamedSpeaker: string;
  /** "Visit by": who made the visit. */
  leaderLabel: string;
  /** Who made the visit, when the article does not say. */
  leaderNotNamed: string;
  accompaniedBy: string;
  /** Before the passages that name the leader and the officials accompanying. */
  officialsNamed: string;
  /** "Henan province figure": what a figure covers; `area` is the city's or province's name. */
  scopeLabel: (scope: Statistic['scope'], area: string) => string;
  /** Heading of an item's review notes. */
  forReview: string;
  saidThere: string;
  /** The disclosure that holds the passage, the date's resolution and the sources. */
  howWeKnow: string;
  siteFigures: string;
  /** Heading of the figures about the visit's city or province. */
  areaContext: string;
  nationalContext: (industries: string) => string;
  direction: Record<'up' | 'down', string>;
  shareOf: (value: string) => string;
  source: string;
  /** Heading of the reports that tell a visit told by several: "Told by 2 reports". */
  reportsHeading: (n: number) => string;
  /** One of those reports, as a quote or figure names it: "report 2". */
  report: (n: number) => string;
  /** Before the file name of an article's kept text. */
  keptText: string;
  /** The map's credit for several source articles: "Sources: 2 articles". */
  sources: (articles: number) => string;
  characters: (start: number, end: number) => string;
  corroboratedBy: string;
  loading: string;
  loadFailed: string;
  retry: string;
  noVisits: string;
  visitCount: (n: number) => string;
  /** Some visits of the input were skipped. */
  problemsNotice: (bad: number, total: number) => string;
  /** All visits shown, but other records (figures, sources) were skipped. */
  recordsNotice: (problems: number) => string;
  /** The new input failed; the visits of an earlier one are still shown. */
  staleNotice: string;
  /** No visit of the input could be shown. */
  noneShown: (total: number) => string;
  showDetails: string;
  problemCount: (n: number) => string;
  dismiss: string;
  tourLabel: string;
  previous: string;
  next: string;
  overview: string;
  position: (n: number, total: number) => string;
  announceOpened: (label: string) => string;
  announceClosed: string;
  industry: (key: string) => string;
  /** Shown when the mouse wheel scrolls the page over the map; `key` is "ctrl" or "⌘". */
  wheelHint: (key: string) => string;
  /** Shown when one finger scrolls the page over the map. */
  touchHint: string;
  tilesUnavailable: string;
}

const en: Strings = {
  lang: 'en',
  mapLabel: 'Map of inspection visits',
  colon: ': ',
  comma: ', ',
  stop: '.',
  listHeading: 'Visits',
  listToggle: (n) => `Visits (${formatInteger(n, 'en')})`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  credits: 'Credits',
  close: 'Close',
  showOnMap: 'Show on map',
  showMore: (next, remaining) => `Show ${next} more (${remaining} not shown)`,
  visited: 'Visited',
  dayPart: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
  articleWording: 'The article says',
  direct: 'Direct quote',
  reported: 'Reported statement',
  precision: {
    county: 'County-level location',
    city: 'City-level location',
    facility: 'Facility location',
    province: 'Province-level location',
  },
  precisionNote: {
    county: 'The marker stands for the county, not the exact site.',
    city: 'The marker stands for the city, not the exact site.',
    facility: 'The marker stands at the site itself.',
    province: 'The marker stands for the province, not the exact site.',
  },
  unnamedSpeaker: 'Speaker not named in the article',
  leaderLabel: 'Visit by',
  leaderNotNamed: 'not named',
  accompaniedBy: 'Accompanied by',
  officialsNamed: 'Who, as the article names them',
  scopeLabel: (scope, area) =>
    ({
      site: 'Site figure',
      county: `${area} county figure`,
      city: `${area} city figure`,
      province: `${area} province figure`,
      national: 'National figure',
    })[scope],
  forReview: 'Marked for review',
  saidThere: 'What was said',
  howWeKnow: 'How we know',
  siteFigures: 'Figures for this site',
  areaContext: 'Local context',
  nationalContext: (industries) => `National context (${industries})`,
  direction: { up: 'rose', down: 'fell' },
  shareOf: (value) => `${value} of the whole`,
  source: 'Source',
  reportsHeading: (n) => `Told by ${n} reports`,
  report: (n) => `report ${n}`,
  keptText: 'kept text',
  sources: (n) => `Sources: ${n} articles`,
  characters: (start, end) => `characters ${start}–${end}`,
  corroboratedBy: 'Date corroborated by',
  loading: 'Loading visits…',
  loadFailed: 'The visits could not be loaded.',
  retry: 'Try again',
  noVisits: 'No visits to show.',
  visitCount: (n) => (n === 1 ? '1 visit' : `${formatInteger(n, 'en')} visits`),
  problemsNotice: (bad, total) =>
    `${bad} of ${total} ${total === 1 ? 'visit' : 'visits'} could not be shown.`,
  recordsNotice: (n) =>
    `${n === 1 ? '1 record' : `${n} records`} in the data could not be used; every visit is shown.`,
  staleNotice: 'The new visits could not be loaded, so the map still shows the earlier ones.',
  noneShown: (total) =>
    total === 1
      ? 'The one visit could not be shown.'
      : `None of the ${total} visits could be shown.`,
  showDetails: 'Details',
  problemCount: (n) => (n === 1 ? '1 problem' : `${n} problems`),
  dismiss: 'Dismiss',
  tourLabel: 'Tour of the visits',
  previous: 'Previous',
  next: 'Next',
  overview: 'All visits',
  position: (n, total) => `${n} of ${total}`,
  announceOpened: (label) => `Opened ${label}`,
  announceClosed: 'Closed the visit',
  industry: (key) => key,
  wheelHint: (key) => `Use ${key} + scroll to zoom the map`,
  touchHint: 'Use two fingers to move the map',
  tilesUnavailable: 'Map tiles are unavailable; the built-in base map is shown.',
};

const INDUSTRIES_ZH: Record<string, string> = {
  machinery: '机械',
  steel: '钢铁',
  manufacturing: '制造业',
  'ports and logistics': '港口物流',
  'non-ferrous metals': '有色金属',
  textiles: '纺织',
  chemicals: '化工',
  'building materials': '建材',
};

const zh: Strings = {
  lang: 'zh-Hans',
  mapLabel: '视察地点地图',
  colon: '：',
  comma: '，',
  stop: '。',
  listHeading: '视察',
  listToggle: (n) => `视察（${formatInteger(n, 'zh-Hans')}）`,
  zoomIn: '放大',
  zoomOut: '缩小',
  credits: '来源与版权',
  close: '关闭',
  showOnMap: '在地图上显示',
  showMore: (next, remaining) => `再显示 ${next} 个（尚有 ${remaining} 个未显示）`,
  visited: '视察日期',
  dayPart: { morning: '上午', afternoon: '下午', evening: '晚上' },
  articleWording: '文章原文',
  direct: '直接引语',
  reported: '转述',
  precision: {
    county: '县级位置',
    city: '城市级位置',
    facility: '设施级位置',
    province: '省级位置',
  },
  precisionNote: {
    county: '标记代表所在区县，而非确切地点。',
    city: '标记代表所在城市，而非确切地点。',
    facility: '标记位于该地点本身。',
    province: '标记代表所在省份，而非确切地点。',
  },
  unnamedSpeaker: '文章未指明讲话人',
  leaderLabel: '视察者',
  leaderNotNamed: '文章未指明',
  accompaniedBy: '陪同',
  officialsNamed: '文章中的人物表述',
  scopeLabel: (scope, area) =>
    ({
      site: '本地点数据',
      county: `${area}数据`,
      city: `${area}数据`,
      province: `${area}数据`,
      national: '全国数据',
    })[scope],
  forReview: '待核查',
  saidThere: '讲话内容',
  howWeKnow: '依据与来源',
  siteFigures: '本地点数据',
  areaContext: '地方背景',
  nationalContext: (industries) => `全国背景（${industries}）`,
  direction: { up: '上升', down: '下降' },
  shareOf: (value) => `占整体的 ${value}`,
  source: '来源',
  reportsHeading: (n) => `${n}篇报道讲述这次视察`,
  report: (n) => `报道${n}`,
  keptText: '存档原文',
  sources: (n) => `来源：${n}篇文章`,
  characters: (start, end) => `第 ${start}–${end} 个字符`,
  corroboratedBy: '日期佐证',
  loading: '正在加载视察数据…',
  loadFailed: '无法加载视察数据。',
  retry: '重试',
  noVisits: '没有可显示的视察。',
  visitCount: (n) => `${formatInteger(n, 'zh-Hans')} 次视察`,
  problemsNotice: (bad, total) => `${total} 次视察中有 ${bad} 次无法显示。`,
  recordsNotice: (n) => `数据中有 ${n} 条记录无法使用；所有视察均已显示。`,
  staleNotice: '新的视察数据无法加载，地图仍显示之前的视察。',
  noneShown: (total) => (total === 1 ? '这一次视察无法显示。' : `${total} 次视察均无法显示。`),
  problemCount: (n) => `${n} 个问题`,
  tilesUnavailable: '地图瓦片不可用；显示内置底图。',
  showDetails: '详情',
  dismiss: '关闭提示',
  tourLabel: '视察导览',
  previous: '上一个',
  next: '下一个',
  overview: '全部视察',
  position: (n, total) => `${n} / ${total}`,
  announceOpened: (label) => `已打开：${label}`,
  announceClosed: '已关闭视察详情',
  industry: (key) => INDUSTRIES_ZH[key] ?? key,
  wheelHint: (key) => `按住 ${key} 并滚动以缩放地图`,
  touchHint: '用两根手指移动地图',
};

/** The strings for a BCP 47 language tag: Simplified Chinese for `zh*`, else English. */
export function stringsFor(lang: string): Strings {
  return isChinese(lang) ? zh : en;
}
