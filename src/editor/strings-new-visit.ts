/**
 * The editor's words for adding a visit by hand (a passage selected in the article, a site, a
 * place from the gazetteer and a date), in English and Simplified Chinese. Part of the editor's
 * strings.
 *
 * @module
 */

export const newVisitEn = {
  addVisit: 'Add selection as visit',
  newVisit: 'New visit',
  newVisitPassage: 'Passage reporting it',
  newVisitPlace: (place: string) => `Place: ${place}`,
  newVisitNoPlace: 'Place: choose it from the places found.',
  dateFromPassage: 'The date the passage gives.',
  dateForm:
    'YYYY-MM-DD, or a week (2025-W21), a month (2025-05), a year (2025). A date the passage does not give asks for the report that gives it.',
  addThisVisit: 'Add the visit',
  cancelVisit: 'Cancel',
  visitAdded: (name: string) =>
    `Visit added: ${name}. Select its quotes and figures in the article and add them to it.`,
};

export const newVisitZh: typeof newVisitEn = {
  addVisit: '将所选添加为视察',
  newVisit: '新视察',
  newVisitPassage: '报道视察的段落',
  newVisitPlace: (place) => `地点：${place}`,
  newVisitNoPlace: '地点：请从找到的地点中选择。',
  dateFromPassage: '该段落给出的日期。',
  dateForm:
    'YYYY-MM-DD，或某一周（2025-W21）、某月（2025-05）、某年（2025）。段落没有给出的日期需要注明出处报道。',
  addThisVisit: '添加视察',
  cancelVisit: '取消',
  visitAdded: (name) => `已添加视察：${name}。请在文章中选中它的引语和数据，添加到这次视察。`,
};
