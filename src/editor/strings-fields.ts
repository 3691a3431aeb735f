/**
 * The editor's words for the fields of drafted items (beyond the first ones in `strings.ts`),
 * the people of a visit, and the day a person sets from the article's own words, in English and
 * Simplified Chinese. Part of the editor's strings.
 *
 * @module
 */

export const fieldsEn = {
  siteZh: 'Site in Chinese',
  organisation: 'Organisation',
  organisationZh: 'Organisation in Chinese',
  facility: 'Facility (optional)',
  dayPart: 'Part of the day',
  dayParts: { none: 'not stated', morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
  dayNotInArticle: 'This day is not in the article: which report gives it?',
  dayFromArticle:
    'Or, if the article gives the day, select its words in the article and press “Set the day from the selection”.',
  people: 'Who made the visit',
  leader: 'Leader',
  leaderTitle: 'Leader’s title',
  noLeader:
    'The article’s words naming the leader are not set: select them (“President Xi Jinping”) and press “Add selection as leader”.',
  accompanied: 'Accompanied by',
  officialName: 'Name',
  officialTitle: 'Title',
  removeLeader: (visit: string) => `Remove the leader: ${visit}`,
  removeOfficial: (name: string) => `Remove ${name}`,
  figureWords: 'Figure as worded',
  area: 'Area it covers',
  areaChoices: 'Places for the area',
  areaKind: (kind: 'province' | 'city' | 'county', within: string[], visit: boolean) =>
    [kind, ...within].join(', ') + (visit ? ' · the visit’s place' : ''),
  period: 'Period (year or date)',
  setDay: 'Set the day from the selection',
  addLeader: 'Add selection as leader',
  addOfficial: 'Add selection as accompanying official',
  selectionFor: 'For the visit',
  noDayInSelection: (words: string) =>
    `“${words}” gives no day this editor can read: select the words that give the day (“on Tuesday”, “May 19”).`,
  dayFromSelection: (words: string, day: string) =>
    `The day is set from the article’s words “${words}”: ${day}.`,
  daysFromSelection: (words: string, first: string, last: string, date: string) =>
    `The article’s words “${words}” give several days, ${first} to ${last}: the visit’s date is “${date}”, which holds them all; no single day is set.`,
  daysApart: (words: string, first: string, last: string) =>
    `The article’s words “${words}” give the days ${first} to ${last}, which no week, month or year holds: give the date by hand.`,
};

export type FieldStrings = typeof fieldsEn;

export const fieldsZh: FieldStrings = {
  siteZh: '地点中文名',
  organisation: '机构',
  organisationZh: '机构中文名',
  facility: '设施（可选）',
  dayPart: '时段',
  dayParts: { none: '未说明', morning: '上午', afternoon: '下午', evening: '晚上' },
  dayNotInArticle: '文章里没有这一天：是哪篇报道给出的？',
  dayFromArticle: '如果文章写明了这一天，请在文章中选中那几个词，然后按“用所选文字设定日期”。',
  people: '视察者',
  leader: '领导人',
  leaderTitle: '领导人职务',
  noLeader:
    '尚未设定文章中指明领导人的文字：请选中（如“President Xi Jinping”）并按“将所选添加为领导人”。',
  accompanied: '陪同人员',
  officialName: '姓名',
  officialTitle: '职务',
  removeLeader: (visit) => `删除领导人：${visit}`,
  removeOfficial: (name) => `删除 ${name}`,
  figureWords: '原文中的数据',
  area: '所涉地区',
  areaChoices: '可选地区',
  areaKind: (kind, within, visit) =>
    [{ province: '省级', city: '市', county: '县级' }[kind], ...within].join('，') +
    (visit ? ' · 视察地点' : ''),
  period: '时期（年份或日期）',
  setDay: '用所选文字设定日期',
  addLeader: '将所选添加为领导人',
  addOfficial: '将所选添加为陪同人员',
  selectionFor: '所属视察',
  noDayInSelection: (words) =>
    `“${words}”中没有本编辑器能读出的日期：请选中写明日期的文字（如“on Tuesday”“May 19”）。`,
  dayFromSelection: (words, day) => `已根据文章中的“${words}”设定日期：${day}。`,
  daysFromSelection: (words, first, last, date) =>
    `文章中的“${words}”给出了几天：${first}至${last}。视察日期记为包含这几天的${date}，不设定其中某一天。`,
  daysApart: (words, first, last) =>
    `文章中的“${words}”给出的日期为${first}至${last}，没有哪一周、哪一月或哪一年能包含它们：请手动填写日期。`,
};
