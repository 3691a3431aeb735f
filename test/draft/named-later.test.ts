import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';

/** name, city, date, dayPart, and words each review note must hold (none when empty). */
type Row = [string, string, string, string | null, string[]];

const ANHUI = [
  'date 2025-05-14 Economy',
  'Xi tours Anhui',
  'Xi Jinping on Tuesday inspected a new energy vehicle plant in Hefei, Anhui Province.',
  'At the Hefei Qingyun New Energy Vehicle Co., Xi walked along the assembly line and talked with workers.',
  'In the afternoon, he visited Wuhu Guangyao Photovoltaic Co. in Wuhu.',
].join('\n');

const CASES: { name: string; text: string; visits: Row[] }[] = [
  {
    // A generic site named in the next sentence ("At the ... Co."): one visit, the named site.
    // "In the afternoon" with no day of its own continues the day named last before it.
    // Two "Wuhu" in Anhui: the first GeoNames entry, with a note.
    name: 'site named after the visit; afternoon of the same day; two places in one province',
    text: ANHUI,
    visits: [
      ['Hefei Qingyun New Energy Vehicle Co.', 'Hefei', '2025-05-13', null, []],
      [
        'Wuhu Guangyao Photovoltaic Co.',
        'Wuhu',
        '2025-05-13',
        'afternoon',
        ['two places named Wuhu in Anhui; the first GeoNames entry is used'],
      ],
    ],
  },
  {
    // A named site of another kind is not the generic one.
    // "At the Hefei Municipal Museum, Xi talked ...": a visit of its own, not the plant's name.
    name: 'a later named site of another kind stays apart',
    text: [
      'date 2025-05-14 Economy',
      'Xi tours Hefei',
      'Xi Jinping on Tuesday inspected a new energy vehicle plant in Hefei, Anhui Province.',
      'At the Hefei Municipal Museum, Xi talked with staff.',
    ].join('\n'),
    visits: [
      ['new energy vehicle plant', 'Hefei', '2025-05-13', null, ['site not named']],
      ['Hefei Municipal Museum', 'Hefei', '2025-05-13', null, []],
    ],
  },
  {
    name: 'in the evening, after a dated visit',
    text: [
      'date 2025-05-14 Economy',
      'Xi in Hefei',
      'On Monday, Xi Jinping visited Hefei Display Plant in Hefei, Anhui Province.',
      'He met local officials.',
      'In the evening, he toured Hefei Binhu Exhibition Hall in Hefei.',
    ].join('\n'),
    visits: [
      ['Hefei Display Plant', 'Hefei', '2025-05-12', null, []],
      ['Hefei Binhu Exhibition Hall', 'Hefei', '2025-05-12', 'evening', []],
    ],
  },
];

describe('sites named after the visit, day parts, places of one name', () => {
  it.each(CASES)('$name', ({ text, visits }) => {
    const { collection, spans } = draftArticle(text);
    const got = collection.features.map((f) => {
      const p = f.properties;
      return [p.name.en, p.place.city.en, p.visit.date, p.visit.dayPart];
    });
    expect(got).toEqual(visits.map((v) => v.slice(0, 4)));
    collection.features.forEach((f, i) => {
      const notes = (visits[i]?.[4] ?? []) as string[];
      const review = (f.properties.review ?? []).filter((n) => !n.startsWith('industry'));
      if (notes.length === 0) expect(review).toEqual([]);
      for (const words of notes) expect(review.join(' | ')).toContain(words);
      const { mention } = f.properties;
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    });
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps the generic phrase passage as the visit mention', () => {
    const { collection } = draftArticle(ANHUI);
    const first = collection.features[0]?.properties;
    expect(first?.mention.text).toContain('inspected a new energy vehicle plant in Hefei');
  });
});
