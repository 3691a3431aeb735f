/**
 * Checks that every passage a dataset records is exactly the article's text at its offsets.
 *
 * @module
 */
import type { Problem, Visits } from './load.js';
import type { Passage } from './schema.js';

/** A recorded passage and where it sits in the dataset. */
export interface PassageRef {
  record: string;
  path: string;
  article: string;
  passage: Passage;
}

/** Every passage in a dataset: titles, datelines, visit wording and mentions, quotes, figures. */
export function passagesOf(data: Visits): PassageRef[] {
  const refs: PassageRef[] = [];
  for (const a of data.articles) {
    if (a.titlePassage) {
      refs.push({ record: a.id, path: 'titlePassage', article: a.id, passage: a.titlePassage });
    }
    if (a.dateline)
      refs.push({ record: a.id, path: 'dateline', article: a.id, passage: a.dateline });
  }
  for (const s of data.statistics) {
    refs.push({ record: s.id, path: 'passage', article: s.article, passage: s.passage });
  }
  for (const q of data.quotes) {
    refs.push({ record: q.id, path: '', article: q.article ?? '', passage: q });
  }
  for (const f of data.visits) {
    const p = f.properties;
    const add = (path: string, passage: Passage) => {
      refs.push({ record: f.id, path: `properties.${path}`, article: p.article, passage });
    };
    add('visit.wording', p.visit.wording);
    add('mention', p.mention);
    for (const [i, q] of p.quotes.entries()) add(`quotes.${i}`, q);
    for (const [i, s] of p.statistics.entries()) add(`statistics.${i}.passage`, s.passage);
  }
  return refs;
}

/**
 * Compares each passage with the article's text.
 *
 * @param data - a validated dataset.
 * @param texts - article id → the article's full text (decoded UTF-8).
 * @returns one problem per passage whose offsets do not hold its text, or whose article text is
 *   missing from `texts`; empty when all hold.
 */
export function checkPassages(data: Visits, texts: ReadonlyMap<string, string>): Problem[] {
  return passagesOf(data).flatMap(({ record, path, article, passage }) => {
    const text = texts.get(article);
    const at = `${record}: ${path}`;
    if (text === undefined) {
      return [
        {
          record,
          path,
          expected: `the text of article ${article}`,
          received: 'none',
          message: `${at}: the text of article ${article} is not available`,
        },
      ];
    }
    const found = text.slice(passage.start, passage.end);
    if (found === passage.text) return [];
    return [
      {
        record,
        path,
        expected: JSON.stringify(passage.text),
        received: JSON.stringify(found),
        message: `${at}: the article has ${JSON.stringify(found)} at ${passage.start}–${passage.end}, not ${JSON.stringify(passage.text)}`,
      },
    ];
  });
}
