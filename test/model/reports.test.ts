/**
 * One visit, several reports, in the format: each passage names the article its offsets count
 * into (the visit's own when it names none), the checker checks it there, and a visit naming an
 * article the file does not have is refused with the field that names it.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/model/check.js';
import { parseVisits } from '../../src/model/load.js';
import { checkPassages } from '../../src/model/passages.js';
import { visitArticles, visitSources } from '../../src/model/reports.js';
import type { Article, VisitProperties } from '../../src/model/schema.js';
import { ARTICLE, collection, makeStatistic, makeVisit } from './make-visits.js';

const A_TEXT = 'On Monday the President visited the works and said "Keep going."';
const B_TEXT =
  'LUOYANG, May 19 -- Xi inspected the works on Monday afternoon. "Quality first," he said.';
const B: Article = { ...ARTICLE, id: 'b2', file: 'data/articles/b2.txt', sha256: 'b'.repeat(64) };
const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`no ${words}`);
  return { start, end: start + words.length, text: words };
};
const texts = new Map([
  [ARTICLE.id, A_TEXT],
  [B.id, B_TEXT],
]);

const KEEP = {
  id: 'keep',
  kind: 'direct',
  speaker: 'Xi',
  lang: 'en',
  ...at(A_TEXT, 'Keep going.'),
};
const QUALITY = {
  id: 'quality',
  kind: 'direct',
  speaker: 'Xi',
  lang: 'en',
  article: B.id,
  ...at(B_TEXT, 'Quality first,'),
} as const;

/** A visit of article a1 that article b2 tells too: its date, a quote and a figure from b2. */
function told(change: (p: VisitProperties) => void = () => {}) {
  return makeVisit('works-2025-05-19', '2025-05-19', (p) => {
    p.mention = at(A_TEXT, 'the President visited the works');
    p.visit.wording = { ...at(B_TEXT, 'on Monday afternoon'), article: B.id };
    p.visit.articlePrecision = 'day';
    p.visit.corroboration = [];
    p.reports = [{ article: B.id, mention: at(B_TEXT, 'Xi inspected the works') }];
    p.quotes = [KEEP as VisitProperties['quotes'][number], QUALITY];
    const monday = at(B_TEXT, 'on Monday');
    p.statistics = [
      { ...makeStatistic('monday', 'site'), article: B.id, passage: monday, figure: 'Monday' },
    ];
    change(p);
  });
}

const twoArticles = (features: unknown[]) => collection(features, { articles: [ARTICLE, B] });

describe('a visit told by several reports', () => {
  it('loads, and checks each passage in its own article', () => {
    const data = parseVisits(twoArticles([told()]));
    expect(data.problems).toEqual([]);
    expect(checkPassages(data, texts)).toEqual([]);
    const sources = data.visits.flatMap((v) => visitSources(v.properties));
    expect(sources.map((s) => [s.path, s.article])).toEqual([
      ['visit.wording', 'b2'],
      ['mention', 'a1'],
      ['reports.0.mention', 'b2'],
      ['quotes.0', 'a1'],
      ['quotes.1', 'b2'],
      ['statistics.0.passage', 'b2'],
    ]);
  });

  it('lists the articles that tell it, its own first, each once', () => {
    expect(visitArticles(told().properties)).toEqual(['a1', 'b2']);
    expect(visitArticles(makeVisit('one', '2025').properties)).toEqual(['a1']);
  });

  it('says which article a misplaced passage is in, and where its text stands there', () => {
    const visit = told((p) => {
      // The offsets of b2's quote counted in a1's text.
      p.quotes[1] = { ...QUALITY, start: QUALITY.start - 2, end: QUALITY.end - 2 };
    });
    const problems = checkPassages(parseVisits(twoArticles([visit])), texts);
    expect(problems.map((p) => p.path)).toEqual(['properties.quotes.1']);
    expect(problems[0]?.message).toContain('quote quality (article b2) is not at 62–76');
    expect(problems[0]?.message).toContain('its text stands at 64–78');
  });

  it('refuses a visit naming an article the file does not have, with each field naming it', () => {
    const visit = told((p) => {
      p.quotes[1] = { ...QUALITY, article: 'c3' };
      p.visit.wording.article = 'c3';
    });
    const r = parseVisits(twoArticles([visit, makeVisit('other', '2025')]));
    expect(r.visits.map((v) => v.id)).toEqual(['other']);
    expect(r.problems.map((p) => `${p.record} ${p.path} ${p.received}`)).toEqual([
      'works-2025-05-19 properties.visit.wording.article "c3"',
      'works-2025-05-19 properties.quotes.1.article "c3"',
    ]);
    expect(r.problems[0]?.message).toContain('which is not in "articles"');
  });

  it('checks the later parts of a split quote, in the quote’s article', () => {
    const visit = told((p) => {
      p.quotes[1] = {
        ...QUALITY,
        parts: [at(B_TEXT, 'Quality first,'), { ...at(B_TEXT, 'he said'), start: 3, end: 10 }],
      };
    });
    const problems = checkPassages(parseVisits(twoArticles([visit])), texts);
    expect(problems.map((p) => p.path)).toEqual(['properties.quotes.1.parts.1']);
    expect(problems[0]?.message).toContain('part 2 of quote quality (article b2) is not at 3–10');
  });

  it('leaves out the passages of an article whose file was not read, and checks the rest', () => {
    const visit = told((p) => {
      p.mention = { ...p.mention, start: p.mention.start + 1, end: p.mention.end + 1 };
    });
    const { problems } = checkDataset(twoArticles([visit]), (a) =>
      a.id === 'a1' ? { text: A_TEXT } : undefined,
    );
    expect(problems.map((p) => `${p.record} ${p.path}`)).toEqual([
      'b2 file',
      'works-2025-05-19 properties.mention',
    ]);
  });
});
