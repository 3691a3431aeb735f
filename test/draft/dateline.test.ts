import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/draft/dateline.js';
import { draftArticle } from '../../src/draft/index.js';
import { DraftInputError } from '../../src/draft/input.js';

describe('readDateline', () => {
  it.each([
    {
      name: 'a first line "date YYYY-MM-DD section", then the title',
      text: ' date 2025-05-22 Politics\nA title\nBody.',
      options: {},
      date: '2025-05-22',
      passage: 'date 2025-05-22',
      title: 'A title',
      section: 'Politics',
      outlet: null,
    },
    {
      name: 'an agency dateline without a year: the publication date given is kept',
      text: 'Xi visits a mill\nSHENYANG, April 13 (Xinhua) -- Xi Jinping visited...',
      options: { date: '2024-04-14' },
      date: '2024-04-14',
      day: '2024-04-13',
      passage: 'SHENYANG, April 13 (Xinhua) --',
      title: 'Xi visits a mill',
      section: null,
      outlet: 'Xinhua',
    },
    {
      name: 'an agency dateline with its own year and an em dash',
      text: 'BEIJING, Sept. 3, 2023 (Xinhua) — Text.',
      options: {},
      date: '2023-09-03',
      passage: 'BEIJING, Sept. 3, 2023 (Xinhua) —',
      title: '',
      section: null,
      outlet: 'Xinhua',
    },
    {
      name: 'no dateline: the date and title from the options',
      text: 'First line of text.\nMore.',
      options: { date: '2025-02-03', title: 'Given title' },
      date: '2025-02-03',
      passage: null,
      title: 'Given title',
      section: null,
      outlet: null,
    },
    ...[
      ['XUZHOU, Jiangsu, July 10 (Xinhua) --', 'Xinhua'],
      ['XUZHOU, China, July 10 (Reuters) -', 'Reuters'],
      ['XUZHOU, JULY 10 (Xinhua) --', 'Xinhua'],
      ['XUZHOU, 10 July (Xinhua) --', 'Xinhua'],
      ['XUZHOU July 10 (Xinhua) --', 'Xinhua'],
      ['XUZHOU, July 10 (Xinhua):', 'Xinhua'],
      ['XUZHOU, July 10 /Xinhua/ --', 'Xinhua'],
      ['XUZHOU, July 10 --', null],
      ['\ufeffXUZHOU,\u00a0Jul. 10 (Xinhua) |', 'Xinhua'],
    ].map(([line, outlet]) => ({
      name: `the agency dateline "${line}"`,
      text: `Title\n${line} Xi Jinping inspected ...`,
      options: { date: '2025-07-11' },
      date: '2025-07-11',
      day: '2025-07-10',
      passage: (line as string).replace(/^\ufeff/, ''),
      title: 'Title',
      section: null,
      outlet,
    })),
  ])('$name', ({ text, options, date, passage, title, section, outlet, ...rest }) => {
    const d = readDateline(text, options);
    expect(d.date).toBe(date);
    expect(d.day).toBe('day' in rest ? rest.day : date);
    expect(d.passage?.text ?? null).toBe(passage);
    if (d.passage) expect(text.slice(d.passage.start, d.passage.end)).toBe(d.passage.text);
    if (d.titlePassage) expect(text.slice(d.titlePassage.start, d.titlePassage.end)).toBe(title);
    expect(d.title).toBe(title);
    expect(d.section).toBe(section);
    expect(d.outlet).toBe(outlet);
  });

  it.each([
    ['Title\n(Xinhua) 09:12, May 3, 2021\nXi Jinping went to a farm.', 'Xinhua'],
    ['Title\nSource: Xinhua | 2021-05-03 | Editor: Wang\nText.', 'Xinhua'],
    ['Title\nSource: Harbin DailyEditor: Li Na\nText.', 'Harbin Daily'],
    ['Title\nBy LI MIN | China Daily | Updated: 2021-05-03 09:12\nText.', 'China Daily'],
    ['HANGZHOU -- Text of the report.\n(Xinhua News Agency May 3, 2021)', 'Xinhua News Agency'],
    // A photo's credit and a translator name no outlet of the article.
    ['Title\nA farm in spring. (Photo/Xinhua)\n(Photo/Xinhua)\nText.', null],
    ['Title\nSource: Translated by the county office 2021-05-03\nText.', null],
  ])('takes the outlet a line of %j states', (text, outlet) => {
    expect(readDateline(text, { date: '2021-05-03' }).outlet).toBe(outlet);
  });

  it('keeps the outlet of the options, then of the agency dateline, before a stated one', () => {
    const text = 'SHENYANG, April 13 (Reuters) -- Text.\nSource: Xinhua';
    expect(readDateline(text, { date: '2024-04-14' }).outlet).toBe('Reuters');
    expect(readDateline(text, { date: '2024-04-14', outlet: 'AP' }).outlet).toBe('AP');
  });

  it('resolves a dateline without a year to the latest such day not after the date given', () => {
    const d = readDateline('FUPING, Hebei, Dec. 31 (Xinhua) -- Text.', { date: '2013-01-02' });
    expect([d.date, d.day]).toEqual(['2013-01-02', '2012-12-31']);
  });

  it('takes the date line first, and still records the agency dateline city after it', () => {
    const text = 'date 2023-04-13 Politics\nTitle\nGUANGZHOU, April 12 (Xinhua) -- Xi went.';
    const d = readDateline(text);
    expect([d.date, d.place?.text, d.outlet]).toEqual(['2023-04-13', 'GUANGZHOU', 'Xinhua']);
    expect(d.datelines.map((p) => text.slice(p.start, p.end))).toEqual([
      'GUANGZHOU, April 12 (Xinhua) --',
    ]);
  });

  it('records an agency dateline city as the dateline place', () => {
    const text = 'GUIYANG, June 2 (Xinhua) -- Text.';
    expect(readDateline(text, { date: '2025-06-05' }).place?.text).toBe('GUIYANG');
  });

  it.each([
    { text: 'No date here.', options: {}, code: 'no-date' },
    {
      text: 'BEIJING, April 13 (Xinhua) -- Text.',
      options: {},
      code: 'no-date',
      dateline: 'BEIJING, April 13 (Xinhua) --',
    },
    { text: 'date 2025-02-30\nTitle', options: {}, code: 'bad-date' },
    { text: 'Text.', options: { date: '2025-13-01' }, code: 'bad-date' },
    { text: 'Text.', options: { date: 'yesterday' }, code: 'bad-date' },
  ] as { text: string; options: { date?: string }; code: string; dateline?: string }[])(
    'refuses $code: $text',
    ({ text, options, code, dateline }) => {
      try {
        readDateline(text, options);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(DraftInputError);
        expect((error as DraftInputError).code).toBe(code);
        // A dateline without a year is named, for the editor to say which one.
        expect((error as DraftInputError).dateline).toBe(dateline);
        expect((error as Error).message).not.toContain('\n');
      }
    },
  );
});

describe('the publication date from the head, when the dateline gives no year', () => {
  const body =
    "KUNMING, March 18 (Xinhua) -- Premier Wen Jiabao visited a reservoir in Qujing, southwest China's Yunnan Province, on Saturday.";

  it.each([
    ['Yunnan Daily, March 19, 2012', '2012-03-19'],
    ['March 19, 2012', '2012-03-19'],
    ['Updated: 2012-03-19 11:39', '2012-03-19'],
  ])('dates the article by a head line "%s"', (line, date) => {
    const draft = draftArticle(`Premier in Yunnan\n\n${line}\n\n${body}`);
    expect(draft.collection.articles[0]?.date).toBe(date);
    // The dateline's day, March 18, is the reference for "on Saturday".
    expect(draft.collection.features[0]?.properties.visit.date).toBe('2012-03-17');
  });

  it('still asks for the date when the head states none', () => {
    expect(() => draftArticle(`Premier in Yunnan\n\n${body}`)).toThrow(/has no year/);
  });

  it('never overrides a date given', () => {
    const draft = draftArticle(`Premier in Yunnan\n\nMarch 19, 2012\n\n${body}`, {
      date: '2012-03-20',
    });
    expect(draft.collection.articles[0]?.date).toBe('2012-03-20');
  });
});

describe('a publication date on a line of its own is the dateline', () => {
  const text =
    'Premier tours a grain depot\nMarch 19, 2012\nPremier Wen Jiabao visited a grain depot in Xuchang, Henan Province, on Saturday.';
  const line = { start: 28, end: 42, text: 'March 19, 2012' };

  it.each([
    ['given as the publication date', { date: '2012-03-19' }],
    ['read from the head', {}],
  ])('records its passage when it is %s', (_, options) => {
    const draft = draftArticle(text, options);
    const article = draft.collection.articles[0];
    expect(text.slice(line.start, line.end)).toBe(line.text);
    expect(article?.dateline).toEqual(line);
    expect(article?.title).toBe('Premier tours a grain depot');
    expect(draft.spans.filter((s) => s.kind === 'dateline')).toEqual([
      { kind: 'dateline', ...line, item: article?.id },
    ]);
    expect(draft.collection.features[0]?.properties.visit.date).toBe('2012-03-17');
  });

  it('is no title when it opens the text, and another day given leaves it unmarked', () => {
    const first = draftArticle(`March 19, 2012\nPremier tours a grain depot\n${text.slice(43)}`);
    expect(first.collection.articles[0]?.dateline?.text).toBe('March 19, 2012');
    expect(first.collection.articles[0]?.title).not.toBe('March 19, 2012');
    const other = draftArticle(text, { date: '2012-03-20' });
    expect(other.collection.articles[0]?.dateline).toBeNull();
  });
});
