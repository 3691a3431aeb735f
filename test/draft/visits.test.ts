import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';
import { article, draftedVisits, draftFixture } from './helpers.js';

/** name, city, province, date, location precision, and words each review note must hold. */
type Row = [string, string, string, string, string, string[]];

const CASES: { file: string; date?: string; visits: Row[] }[] = [
  {
    file: 'agency-dateline.txt',
    date: '2025-06-13',
    visits: [['Huaxi Tea Cooperative', 'Zunyi', 'Guizhou', '2025-06-10', 'city', []]],
  },
  {
    // The dateline's day is the publication's, never the visit's, whatever its form.
    file: 'dateline-region.txt',
    date: '2025-07-10',
    visits: [
      ['Xuzhou Construction Machinery Group', 'Xuzhou', 'Jiangsu', '2025-07-08', 'city', []],
    ],
  },
  {
    file: 'dateline-after-date-line.txt',
    visits: [["Pan'an Lake Wetland Park", 'Xuzhou', 'Jiangsu', '2025-07-08', 'city', ['industry']]],
  },
  {
    // A second visit told by a reference to a site named before: "the park", "it".
    file: 'revisits.txt',
    visits: [
      ['Suzhou Industrial Park', 'Suzhou', 'Jiangsu', '2023-04-13', 'city', ['industry']],
      [
        'Suzhou Industrial Park',
        'Suzhou',
        'Jiangsu',
        '2021',
        'city',
        ['resolved from an earlier mention ("the park" = Suzhou Industrial Park)', 'year'],
      ],
      ['Wujiang Silk Factory', 'Suzhou', 'Jiangsu', '2023-04-13', 'city', ['two places']],
      [
        'Wujiang Silk Factory',
        'Suzhou',
        'Jiangsu',
        '2019-03',
        'city',
        ['resolved from an earlier mention ("it" = Wujiang Silk Factory)', 'month'],
      ],
    ],
  },
  {
    // An unnamed site told beside a named one in one sentence.
    file: 'at-the-site.txt',
    visits: [
      ['village', 'Dingxi', 'Gansu', '2024-09-11', 'city', ['site not named']],
      ['Lanzhou Petrochemical Plant', 'Lanzhou', 'Gansu', '2024-09-11', 'city', []],
    ],
  },
  {
    file: 'multi-day-tour.txt',
    visits: [
      ['Zhangzhou Tea Garden', 'Zhangzhou', 'Fujian', '2024-10-15', 'city', []],
      ['Xiamen Port Container Terminal', 'Xiamen', 'Fujian', '2024-10-16', 'city', []],
      ['Gulangyu History Museum', 'Xiamen', 'Fujian', '2024-10-16', 'city', []],
      [
        'Fuzhou Software Park',
        'Fuzhou',
        'Fujian',
        '2024-10-17',
        'city',
        ['two places named Fuzhou'],
      ],
    ],
  },
  {
    file: 'past-years.txt',
    visits: [
      ['Wuhan Iron and Steel Company', 'Wuhan', 'Hubei', '2019-03', 'city', ['month']],
      ['Hefei Display Plant', 'Hefei', 'Anhui', '2023', 'city', ['year']],
      ['Changsha Machinery Group', 'Changsha', 'Hunan', '2024-05', 'city', ['month']],
    ],
  },
  {
    file: 'one-name-two-places.txt',
    visits: [
      ['Luoyang Bearing Group', 'Luoyang', 'Henan', '2025-03-31', 'city', []],
      ['Luoyang Tea Farm', 'Luoyang', 'Henan', '2025-04-01', 'city', ['four places named Luoyang']],
    ],
  },
  {
    file: 'one-city-several-sites.txt',
    visits: [
      ['Hangzhou Robotics Park', 'Hangzhou', 'Zhejiang', '2025-09-24', 'city', []],
      ['Xixi Wetland Museum', 'Hangzhou', 'Zhejiang', '2025-09-24', 'city', []],
      ['Zhejiang Grid Control Center', 'Hangzhou', 'Zhejiang', '2025-09-24', 'city', []],
    ],
  },
  {
    file: 'workers-villagers.txt',
    visits: [
      ['Taiyuan Steel Works', 'Taiyuan', 'Shanxi', '2025-07-02', 'city', []],
      ['Xiyang Village', 'Jinzhong', 'Shanxi', '2025-07-02', 'city', []],
    ],
  },
  {
    file: 'agency-tour.txt',
    visits: [
      ['Guangzhou Display Works', 'Guangzhou', 'Guangdong', '2023-04-12', 'city', []],
      ['Aion Motors Co Ltd', 'Guangzhou', 'Guangdong', '2023-04-12', 'city', []],
      ['residential community', 'Guangzhou', 'Guangdong', '2023-04-12', 'city', ['site not named']],
    ],
  },
  {
    file: 'market-stop.txt',
    visits: [
      ['Bensteel Group', 'Benxi', 'Liaoning', '2025-01-23', 'city', []],
      ['busy food market', 'Shenyang', 'Liaoning', '2025-01-23', 'city', ['site not named']],
    ],
  },
  {
    file: 'not-figures.txt',
    visits: [['Ningbo Port', 'Ningbo', 'Zhejiang', '2025-01-13', 'city', []]],
  },
];

describe('visits', () => {
  it.each(CASES)('$file', ({ file, date, visits }) => {
    const text = article(file);
    const { collection } = draftFixture(file, date ? { date } : {});
    const got = collection.features.map((f) => {
      const p = f.properties;
      return [p.name.en, p.place.city.en, p.place.province.en, p.visit.date, p.location.precision];
    });
    expect(got).toEqual(visits.map((v) => v.slice(0, 5)));
    collection.features.forEach((f, i) => {
      const p = f.properties;
      const notes = (visits[i]?.[5] ?? []) as string[];
      for (const words of notes) expect(p.review?.join(' | ')).toContain(words);
      if (notes.length === 0) expect(p.review ?? []).toEqual([]);
      for (const passage of [p.mention, p.visit.wording])
        expect(text.slice(passage.start, passage.end)).toBe(passage.text);
      expect(p.visit.precision).toBe(p.visit.articlePrecision);
      expect(p.visit.corroboration).toEqual([]);
    });
  });

  it('never makes a visit of the dateline city or of a city named in passing', () => {
    const cities = (file: string, date?: string) =>
      draftFixture(file, date ? { date } : {}).collection.features.map(
        (f) => f.properties.place.city.en,
      );
    expect(cities('agency-dateline.txt', '2025-06-13')).not.toContain('Beijing');
    expect(cities('past-years.txt')).not.toContain('Shanghai');
  });

  it('keeps a facility apart from its organisation', () => {
    const [mill] = draftFixture('market-stop.txt').collection.features;
    expect([mill?.properties.name.en, mill?.properties.facility?.en]).toEqual([
      'Bensteel Group',
      'cold rolling mill',
    ]);
    expect(mill?.properties.industries).toEqual(['steel', 'manufacturing']);
  });

  it('keeps the day, not the part of the day, of a date carried from an earlier sentence', () => {
    const { collection } = draftFixture('agency-tour.txt');
    expect(collection.features.map((f) => f.properties.visit.dayPart)).toEqual([
      'afternoon',
      'afternoon',
      null,
    ]);
    expect(collection.features[2]?.properties.visit.resolution).toContain('same tour');
  });

  it('gives each visit of a tour its own day, with the day part', () => {
    const { collection } = draftFixture('multi-day-tour.txt');
    const parts = collection.features.map((f) => f.properties.visit.dayPart);
    expect(parts).toEqual(['afternoon', null, null, 'morning']);
  });
});

describe('a caption’s day over the lead’s week', () => {
  it('gives a site told again after "this week" the day its caption states, as one visit', () => {
    const rows = draftedVisits(
      [
        'Xi inspects Shaanxi',
        '',
        "Chinese President Xi Jinping visits a kiwi fruit orchard in Zhouzhi county, Xi'an, northwest China's Shaanxi Province, April 21, 2020.",
        '',
        "XI'AN, April 23 -- Xi Jinping inspected Shaanxi Province this week.",
        '',
        'Xi visited a kiwi fruit orchard in Zhouzhi county, where he talked with farmers.',
      ],
      '2020-04-24',
    );
    expect(rows).toEqual([
      ['kiwi fruit orchard', 'Zhouzhi County', "Xi'an", 'Shaanxi', '2020-04-21'],
    ]);
  });
});

describe('captions wrapped across lines', () => {
  it('dates a site by the caption line that goes on after it', () => {
    const rows = draftedVisits(
      [
        'Premier on jobs and housing',
        '',
        'Chinese Premier Li Keqiang, also a member of the Standing Committee of the Political',
        '',
        'Bureau of the CPC Central Committee, talks with workers at a seed company in Hefei,',
        '',
        'east China, on May 6, 2019.   Photo by Staff Reporter',
        '',
        'Premier Li Keqiang inspects a rail transit depot of the Hefei Metro in Hefei',
        '',
        'on May 6, 2019.    Photo by Staff Reporter',
        '',
        'Premier Li said during the tour in Anhui that jobs come first.',
      ],
      '2019-05-08',
    );
    expect(rows).toEqual([
      ['rail transit depot of the Hefei Metro', '-', 'Hefei', 'Anhui', '2019-05-06'],
    ]);
  });
});

describe('a date carried from visit to visit', () => {
  it('says once that the visit is told after the wording, however many visits carry it', () => {
    const text =
      'Premier tours Sichuan\nApril 20, 2021\nPremier Li Keqiang visited a farm in Deyang, Sichuan Province, on Monday.\nHe then went to a steel plant in Deyang.\nHe later visited a school in Deyang.\nHe also went to a hospital in Deyang.\n';
    const visits = draftArticle(text, { id: 'carried' }).collection.features;
    expect(visits.map((f) => f.properties.visit.date)).toEqual(Array(4).fill('2021-04-19'));
    for (const f of visits.slice(1)) {
      expect(f.properties.visit.resolution.split('as part of the same tour').length).toBe(2);
    }
  });
});
