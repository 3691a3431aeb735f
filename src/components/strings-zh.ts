/**
 * The element's interface text in Simplified Chinese: the words of strings.ts and
 * filter-strings.ts. Loaded only for a `zh*` language (`languageReady` in strings.ts).
 *
 * @module
 */
import type { FilterStrings } from './filter-strings.js';
import { formatInteger } from './format.js';
import type { Strings } from './strings.js';

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

export const zh: Strings = {
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
  visitFigures: '此次考察提及的数据',
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

export const zhFilters: FilterStrings = {
  filters: '筛选',
  filtersButton: (n) => (n ? `筛选（${n}）` : '筛选'),
  label: { year: '年份', leader: '视察者', province: '省份', industry: '行业' },
  all: {
    year: (n) => `全部年份（${formatInteger(n, 'zh-Hans')}）`,
    leader: (n) => `全部视察者（${formatInteger(n, 'zh-Hans')}）`,
    province: (n) => `全部省份（${formatInteger(n, 'zh-Hans')}）`,
    industry: (n) => `全部行业（${formatInteger(n, 'zh-Hans')}）`,
  },
  option: (value, n) => `${value}（${formatInteger(n, 'zh-Hans')}）`,
  year: (year) => `${year} 年`,
  leaderNotNamed: '未指明视察者',
  clear: '清除筛选',
  reason: {
    year: (v) => `不在 ${v}`,
    leader: (v) => `不是${v}的视察`,
    province: (v) => `不在${v}`,
    industry: (v) => `不属于${v}`,
  },
  hidden: (name, reasons) => `${name} ${reasons.join('，')}，已被筛选隐藏。`,
  showAllYears: '显示全部年份',
  clearThese: '清除这些筛选',
  announce: (count, chosen) =>
    chosen.length ? `${chosen.join('，')}：${count}` : `全部：${count}`,
  search: '查找视察',
  placeholder: '查找视察：地点、城市、视察者…',
  results: '找到的视察',
  found: (n, query) =>
    n === 0
      ? `当前显示的视察中没有与“${query}”相符的`
      : `找到 ${formatInteger(n, 'zh-Hans')} 次视察`,
};
