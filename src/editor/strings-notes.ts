/**
 * The review notes in the interface's language: each note code (`notes.ts`) with its
 * parameters. Names of places and sites stay as the article gives them.
 *
 * @module
 */
import type { Note, NoteCode } from './notes.js';

type Params = Record<string, string>;
type Words = Record<NoteCode, (p: Params) => string>;

const EN_COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const en = (n: string | undefined) => EN_COUNT[Number(n)] ?? n ?? '';
const PRECISION_EN: Params = { week: 'week', month: 'month', year: 'year' };

const EN: Words = {
  speaker: () => 'The article does not name the speaker: name them, or leave it if it does not.',
  attached: (p) =>
    `Put with ${p.visit} because the paragraph before tells that visit: check it belongs there.`,
  'no-visit': () =>
    'Belongs to no visit: no visit is told before it. Choose its visit, or leave it unattached.',
  'no-visit-day': (p) =>
    `Belongs to no visit: it is told of another day (“${p.day}”), not of the visit before.`,
  'no-visit-place': (p) =>
    `Belongs to no visit: it is told of another place (“${p.place}”), not of the visit before.`,
  'no-visit-over-time': (p) =>
    `Belongs to no visit: these are words said over time (“${p.words}”), not at one visit.`,
  'no-visit-tour': () =>
    'Belongs to no visit: it is told of the whole tour or of several visits, not of one. Choose its visit, or leave it unattached.',
  'no-visit-event': (p) =>
    `Belongs to no visit: it was said at another event (“${p.event}”), not at the visit before.`,
  industry: () => 'The industry was not recognised: say which industries it is about.',
  period: (p) => `The article states no period: taken as the year of publication (${p.year}).`,
  'no-period': () =>
    'The article states no period for this figure: add one only if the article or another report gives it.',
  'namesakes-before': (p) =>
    `${cap(en(p.count))} places are named ${p.name} (${p.provinces}): the one in ${p.province}, where the visit before was, is used.`,
  'namesakes-named': (p) =>
    `${cap(en(p.count))} places are named ${p.name} (${p.provinces}): the one in ${p.province}, named elsewhere in the article, is used.`,
  'namesakes-entry': (p) =>
    `${cap(en(p.count))} places in ${p.province} are named ${p.name}: the first GeoNames entry is used.`,
  'namesakes-first': (p) =>
    `${cap(en(p.count))} places are named ${p.name} (${p.provinces}): the first is used. Check the place.`,
  'county-namesakes': (p) =>
    `${cap(en(p.count))} county-level places are named ${p.name} (${p.cities}): the first is used. Check the place.`,
  'county-no-point': (p) => `The gazetteer has no point for ${p.county}: its city's point is used.`,
  'city-from-name': (p) =>
    `The city (${p.city}) is taken from the name “${p.site}”; the article names only ${p.province}.`,
  'province-only': (p) =>
    `Only the province is named (${p.province}): the point is the province's.`,
  'place-before': (p) =>
    `The article names no place for this visit: the place of the visit before (${p.place}) is used. Check the place.`,
  'place-frame': (p) =>
    `The article names no place near the site: the province it names (${p.place}) is used. Check the place.`,
  'site-resolved': (p) => `The site is taken from an earlier mention (“${p.words}” is ${p.site}).`,
  'site-not-named': (p) =>
    `The article does not name the site (“${p.words}”): give its name if another passage does.`,
  'place-as-whole': (p) =>
    `No site is named, only a place (“${p.place}”): the visit is to that place as a whole.`,
  'fallback-visit': (p) =>
    `The engine found no site it trusts for the visit told in “${p.words}”: it is drafted at ${p.place}. Check the site and the place.`,
  'no-date': () => 'The article gives no date for this visit.',
  'date-after': (p) => `The date is after the publication date (${p.date}).`,
  'date-precision': (p) =>
    `The article gives the date only to the ${PRECISION_EN[p.precision ?? ''] ?? p.precision}: if it gives the day elsewhere, select those words and press “Set the day from the selection”.`,
  'same-visit': (p) => `The same visit as article ${p.article} tells: ${p.why}.`,
};

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const PRECISION_ZH: Params = { week: '周', month: '月', year: '年' };

const ZH: Words = {
  speaker: () => '文章没有指明发言人：请填写；文章确实没有指明时可保留。',
  attached: (p) => `因前一段讲的是 ${p.visit}，所以归入该视察：请确认。`,
  'no-visit': () => '不属于任何视察：前文没有讲到视察。请选择所属视察，或保持未归属。',
  'no-visit-day': (p) => `不属于任何视察：讲的是另一天（“${p.day}”），而不是前面的视察。`,
  'no-visit-place': (p) => `不属于任何视察：讲的是另一个地方（“${p.place}”），而不是前面的视察。`,
  'no-visit-over-time': (p) =>
    `不属于任何视察：这是长期以来说过的话（“${p.words}”），不是在某一次视察中说的。`,
  'no-visit-tour': () =>
    '不属于任何视察：讲的是整个行程或几次视察，而不是其中一次。请选择所属视察，或保持未归属。',
  'no-visit-event': (p) =>
    `不属于任何视察：这是在另一场合（“${p.event}”）说的，而不是在前面的视察中。`,
  industry: () => '未能识别行业：请填写所涉及的行业。',
  period: (p) => `文章没有说明时期：按发布年份（${p.year}）计。`,
  'no-period': () => '文章没有说明该数字的时期：只有文章或其他报道给出时才填写。',
  'namesakes-before': (p) =>
    `有 ${p.count} 个名为 ${p.name} 的地点（${p.provinces}）：采用前一次视察所在的 ${p.province} 的那个。`,
  'namesakes-named': (p) =>
    `有 ${p.count} 个名为 ${p.name} 的地点（${p.provinces}）：采用文章别处提到的 ${p.province} 的那个。`,
  'namesakes-entry': (p) =>
    `${p.province} 有 ${p.count} 个名为 ${p.name} 的地点：采用 GeoNames 的第一条。`,
  'namesakes-first': (p) =>
    `有 ${p.count} 个名为 ${p.name} 的地点（${p.provinces}）：采用第一个。请核对地点。`,
  'county-namesakes': (p) =>
    `有 ${p.count} 个名为 ${p.name} 的县级地点（${p.cities}）：采用第一个。请核对地点。`,
  'county-no-point': (p) => `地名库中没有 ${p.county} 的坐标：采用其所在城市的坐标。`,
  'city-from-name': (p) => `城市（${p.city}）取自名称“${p.site}”；文章只提到 ${p.province}。`,
  'province-only': (p) => `只提到省份（${p.province}）：坐标为该省的代表点。`,
  'place-before': (p) =>
    `文章没有写出这次视察的地点：采用前一次视察的地点（${p.place}）。请核对地点。`,
  'place-frame': (p) =>
    `文章没有写出该地点附近的地名：采用文章提到的省份（${p.place}）。请核对地点。`,
  'site-resolved': (p) => `地点取自前文提及（“${p.words}”即 ${p.site}）。`,
  'site-not-named': (p) => `文章没有写出地点名称（“${p.words}”）：如果别处写出，请填写。`,
  'place-as-whole': (p) => `没有具体地点名称，只有地名（“${p.place}”）：视为对该地的整体视察。`,
  'fallback-visit': (p) =>
    `引擎没有找到“${p.words}”所讲视察的可信地点：暂定为 ${p.place}。请核对地点和位置。`,
  'no-date': () => '文章没有给出这次视察的日期。',
  'date-after': (p) => `日期晚于发布日期（${p.date}）。`,
  'date-precision': (p) =>
    `文章只给出到${PRECISION_ZH[p.precision ?? ''] ?? p.precision}的日期：如果文章别处写明了具体日期，请选中那几个词，然后按“用所选文字设定日期”。`,
  'same-visit': (p) => `与文章 ${p.article} 所讲的是同一次视察：${p.why}。`,
};

/** What a "belongs to no visit" note says while the draft has no visit at all. */
const NO_VISIT_YET = {
  en: 'The draft has no visit yet: select the words that tell of the visit in the marked article and press “Add selection as visit”; then choose it here.',
  'zh-Hans':
    '草稿中还没有视察：请在标注的文章中选中讲述视察的文字，按“将所选添加为视察”，然后在这里选择它。',
} as const;

/**
 * A note in the interface's language; one the editor does not know, in its own words. With
 * `visits` 0 (the draft has none), a note that the item belongs to no visit says instead that
 * there is none yet, and how to add one: which visit it is told apart from cannot be chosen.
 */
export const noteWords = (
  note: Note,
  lang: 'en' | 'zh-Hans',
  visits = 1,
): { text: string; lang: string } => {
  if (note.code === 'other') return { text: note.text, lang: 'en' };
  if (visits === 0 && note.code.startsWith('no-visit')) return { text: NO_VISIT_YET[lang], lang };
  return { text: (lang === 'zh-Hans' ? ZH : EN)[note.code](note.params), lang };
};
