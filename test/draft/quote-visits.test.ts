import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';

/** Each quote's visit by site name (null: on no visit), in text order. */
function quoteVisits(text: string) {
  const { collection } = draftArticle(text, { id: 'quote-visits', date: '2024-05-10' });
  const placed = collection.features.flatMap((f) =>
    f.properties.quotes.map((q) => [q.start, q.text, f.properties.name.en] as const),
  );
  const loose = collection.quotes.map((q) => [q.start, q.text, null] as const);
  return [...placed, ...loose]
    .sort((a, b) => a[0] - b[0])
    .map(([, quote, visit]) => [quote, visit]);
}

/** A two-day tour, then an event that ends the narrative frame. */
const TOUR = [
  'President Xi Jinping made an inspection tour of Guizhou Province from Monday to Tuesday.',
  '',
  'On Monday, Xi visited the Loushan Pass Memorial in Zunyi.',
  '',
  'On Tuesday, he went to the Huaxi Tea Garden in Anshun.',
  '',
  'Speaking at a symposium in Guiyang on Tuesday, Xi called for better rural roads.',
  '',
];

describe("a quote's visit when the narrative frame gives none", () => {
  it('is the visit in the city its own sentence names', () => {
    const text = [
      ...TOUR,
      'Earlier, Xi urged the staff of the memorial in Zunyi to "keep the stories of the Red Army alive".',
      '',
      'Xi had told the growers in Anshun that "good tea needs clean hills and patient hands".',
    ].join('\n');
    expect(quoteVisits(text)).toEqual([
      ['better rural roads', null],
      [
        'the staff of the memorial in Zunyi to "keep the stories of the Red Army alive"',
        'Loushan Pass Memorial',
      ],
      ['keep the stories of the Red Army alive', 'Loushan Pass Memorial'],
      ['good tea needs clean hills and patient hands', 'Huaxi Tea Garden'],
    ]);
  });

  it('is the visit a witness tells of ("He sat in our yard"); an analyst\'s words and the leader\'s own stay on none', () => {
    const text = [
      'President Xi Jinping made an inspection tour of Guizhou Province on Monday.',
      '',
      'Xi visited Shimen Village in Anshun on Monday.',
      '',
      'Speaking at a symposium in Guiyang later, Xi called for better rural roads.',
      '',
      '"He sat in our yard and asked how much rice we grew," said Long Mei, a villager.',
      '',
      '"Words are cheap; we will see in a year whether he meant it," said Zhou Ke, an economist.',
      '',
      '"Roads must reach every village," Xi said.',
    ].join('\n');
    expect(quoteVisits(text)).toEqual([
      ['better rural roads', null],
      ['He sat in our yard and asked how much rice we grew', 'Shimen Village'],
      ['Words are cheap; we will see in a year whether he meant it', null],
      ['Roads must reach every village', null],
    ]);
  });

  it('is the visit told last for a witness recalling the day, in a feature', () => {
    const text = [
      'Ten years ago, Xi Jinping came to Luoping Village in Fuping County, Hebei Province.',
      '',
      'Speaking at a symposium in Shijiazhuang later, Xi called for better roads.',
      '',
      '"It was snowing hard, but everyone came out to meet him," recalled Tang Min, a farmer.',
    ].join('\n');
    expect(quoteVisits(text)).toEqual([
      ['better roads', null],
      ['It was snowing hard, but everyone came out to meet him', 'Luoping Village'],
    ]);
  });

  it('is the visit told last when the sentence opens "During the visit,"', () => {
    const text = [
      'Xi Jinping inspected Gansu Province from Tuesday to Thursday.',
      '',
      'On Tuesday, Xi went to the Mogao Research Institute in Dunhuang City.',
      '',
      'In 2023, the grottoes drew more than two million visitors.',
      '',
      'During the visit, Xi said the murals are "a treasure shared with the world".',
    ].join('\n');
    expect(quoteVisits(text)).toEqual([
      ['the murals are "a treasure shared with the world"', 'Mogao Research Institute'],
      ['a treasure shared with the world', 'Mogao Research Institute'],
    ]);
  });
});

describe("a quote's visit when the frame gives one", () => {
  const VILLAGE = [
    'Xi Jinping visited Bajiazi Village in Zhangye, Gansu Province, on Wednesday.',
    '',
    "In the courtyard of villager Zhao Yun, Xi asked about the family's income.",
    '',
  ];

  it('is none for a person of another site speaking of their own work, not of the visit', () => {
    const text = [
      ...VILLAGE,
      '"He asked how many sheep we keep," Zhao said.',
      '',
      'Li Ping, a teacher at the village school, said: "Our pupils learn painting on tablets now."',
      '',
      '"We now roll steel for high-speed rail," said Ma Lin, a worker at a steel mill in Jiuquan.',
      '',
      'He Jun, an engineer at Jiuquan Wind Power, said, "Our turbines turn all winter."',
      '',
      '"I told the general secretary our mill hires villagers," said Gao Lan, a worker at a steel mill.',
    ].join('\n');
    expect(quoteVisits(text)).toEqual([
      ['He asked how many sheep we keep', 'Bajiazi Village'],
      ['Our pupils learn painting on tablets now.', 'Bajiazi Village'],
      ['We now roll steel for high-speed rail', null],
      ['Our turbines turn all winter.', null],
      ['I told the general secretary our mill hires villagers', 'Bajiazi Village'],
    ]);
  });

  it("is the visit to the speaker's home: their own words wherever the frame stands, a relative's where it holds none", () => {
    const text = [
      'Xi Jinping visited the home of villager Guo Lanying in Qiaotou Village, Jiexiu City, Shanxi Province, on Wednesday.',
      '',
      'On Thursday, Xi went to the Dongshan Coal Mine in Jinzhong.',
      '',
      '"He touched the new quilt and asked whether the room was warm," said Guo Lanying.',
      '',
      'Last year, incomes in the county rose by a tenth.',
      '',
      '"Now we have two floors and a warm kitchen," said Guo Ping, her son.',
    ].join('\n');
    expect(quoteVisits(text)).toEqual([
      [
        'He touched the new quilt and asked whether the room was warm',
        'home of villager Guo Lanying',
      ],
      ['Now we have two floors and a warm kitchen', 'home of villager Guo Lanying'],
    ]);
  });

  it("is none for a commentator's view of the visit", () => {
    const text = [
      ...VILLAGE,
      '"Visits like this tell officials where the money must go," said Zhou Ke, a professor at Lanzhou University.',
    ].join('\n');
    expect(quoteVisits(text)).toEqual([
      ['Visits like this tell officials where the money must go', null],
    ]);
  });

  it('is none for a commentator named so in the sentence before ("“...,” he said")', () => {
    const text = [
      ...VILLAGE,
      'Zhou Ke, a researcher at the Gansu Academy of Social Sciences, said the visit mattered. "Visits like this tell officials where the money must go," he said.',
    ].join('\n');
    expect(quoteVisits(text)).toEqual([
      ['Visits like this tell officials where the money must go', null],
    ]);
  });
});
