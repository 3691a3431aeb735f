/**
 * The page's own text, in English and Simplified Chinese (the element has its own strings).
 *
 * @module
 */
import { isChinese } from '../components/strings.js';

export interface PageStrings {
  title: string;
  kicker: string;
  intro: string;
  language: string;
  nationalHeading: string;
  nationalNote: string;
  industries: string;
  dataHeading: string;
  articleFile: string;
  offsetsNote: string;
  geojson: string;
  csv: string;
  sourcesNote: string;
  outletUnknown: string;
  credits: string;
}

const en: PageStrings = {
  title: 'Inspection Map: where the visits were, and what was said',
  kicker: 'Inspection Map',
  intro:
    'Three sites, one article. Each marker is a visited site; open it, take the tour, or use the list, for what was said there and the figures that go with it. Every quote and figure names the characters of the source article it comes from.',
  language: 'Language',
  nationalHeading: 'National figures in the article',
  nationalNote:
    'These figures are for the whole country. A visit’s popup shows those that share its industry, labelled as national context.',
  industries: 'Industries',
  dataHeading: 'Open data and sources',
  articleFile: 'The source article, byte for byte as received',
  offsetsNote: 'Offsets count characters of this text (UTF-16 code units), from 0, end excluded.',
  geojson: 'The visits as GeoJSON (RFC 7946, [longitude, latitude])',
  csv: 'Every quote and figure as CSV, one row each with its visit and its offsets',
  sourcesNote:
    'Locations are city-level points from the GeoNames gazetteer (CC BY 4.0), not the sites themselves. Visit days the article gives only as “this week” or a month come from the corroborating reports named with each visit. The base map is made with Natural Earth (public domain).',
  outletUnknown: 'outlet not named in the text as received',
  credits:
    'Base map made with Natural Earth (public domain). City locations from GeoNames (CC BY 4.0). Map by Leaflet. Code under the MIT licence.',
};

const zh: PageStrings = {
  title: '视察地图：视察地点与讲话内容',
  kicker: '视察地图',
  intro:
    '一篇文章，三个地点。每个标记代表一个视察地点；打开标记、跟随导览或使用列表，即可查看在当地的讲话与相关数据。每条引语和数据都标明其在原文中的字符位置。',
  language: '语言',
  nationalHeading: '文章中的全国数据',
  nationalNote: '这些是全国数据。视察地点的弹出框会显示与其行业相同的数据，并标注为全国背景。',
  industries: '行业',
  dataHeading: '开放数据与来源',
  articleFile: '原文，按收到时逐字节保存',
  offsetsNote: '偏移量按此文本的字符（UTF-16 码元）计算，从 0 开始，不含结尾。',
  geojson: '视察数据 GeoJSON（RFC 7946，[经度, 纬度]）',
  csv: '所有引语和数据的 CSV，每行一条，附视察信息与偏移量',
  sourcesNote:
    '位置为 GeoNames 地名库（CC BY 4.0）中的城市级坐标，而非地点本身。文章只写“本周”或月份的视察日期，取自每次视察所列的佐证报道。底图使用 Natural Earth（公有领域）制作。',
  outletUnknown: '收到的文本未注明媒体',
  credits:
    '底图使用 Natural Earth（公有领域）制作。城市位置来自 GeoNames（CC BY 4.0）。地图由 Leaflet 绘制。代码以 MIT 许可证发布。',
};

export function pageStringsFor(lang: string): PageStrings {
  return isChinese(lang) ? zh : en;
}
