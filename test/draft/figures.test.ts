import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/draft/dates.js';
import { findFigures } from '../../src/draft/figures.js';
import { draftArticle } from '../../src/draft/index.js';
import { sentences } from '../../src/draft/sentences.js';
import { draftFixture } from './helpers.js';

const figures = (text: string) =>
  findFigures(sentences(text), findDates(text, '2025-05-22'), '2025-05-22');

describe('findFigures', () => {
  it.each([
    {
      text: 'Today, the value added of traditional industries, including steel, machines and textiles, represents almost 80% of the total.',
      expected: {
        text: 'almost 80%',
        value: 80,
        unit: '%',
        approximation: 'almost',
        direction: null,
        measure: 'value added of traditional industries',
        period: 'Today',
      },
    },
    {
      text: 'In 2024, investments in upgrades increased by 8% over a year, exceeding the rest.',
      expected: {
        text: 'increased by 8% over a year',
        value: 8,
        unit: '%',
        approximation: null,
        direction: 'up',
        comparison: 'over a year',
        measure: 'growth in investments in upgrades',
        period: 'In 2024',
      },
    },
    {
      text: 'In the main industries such as chemicals, steel and metals, energy consumption per unit fell in 2024 compared to the previous year.',
      expected: {
        text: 'fell',
        value: null,
        unit: null,
        direction: 'down',
        comparison: 'compared to the previous year',
        measure: 'energy consumption per unit',
        period: 'in 2024',
      },
    },
    {
      text: 'High-end bearings now represent 70% of its total output value.',
      expected: { text: '70%', value: 70, unit: '%', measure: 'High-end bearings', period: 'now' },
    },
    {
      text: 'Throughput rose 12.5 percent in 2024 to 1,350 million TEUs.',
      expected: {
        text: 'rose 12.5 percent',
        value: 12.5,
        unit: '%',
        direction: 'up',
        period: 'in 2024',
      },
    },
  ])('$expected.text', ({ text, expected }) => {
    const [first] = figures(text);
    expect(first).toBeDefined();
    expect(first).toMatchObject({
      ...expected,
      period: expected.period ? expect.objectContaining({ text: expected.period }) : null,
    });
    expect(text.slice(first?.start, first?.end)).toBe(first?.text);
  });

  it('gives a figure after "now" the present, and one before it the year the sentence names', () => {
    const text =
      'In 1998 the weaver was paid 600 yuan (US$75) a month, and now she is paid 2,100 yuan.';
    const found = figures(text);
    expect(found.map((f) => [f.text, f.period?.text, f.period?.date])).toEqual([
      ['600 yuan (US$75) a month', 'In 1998', '1998'],
      ['2,100 yuan', 'now', ''],
    ]);
  });

  it.each([
    'During the 14th Five-Year Plan period, the port built 5G networks.',
    'The No. 1 central document and the 20th CPC Central Committee set the direction.',
    'At 3 p.m. the delegation left Gate 2 for the 2025 forum.',
    'She has picked tea in three villages since she was a girl.',
    'Five years ago, the two counties had nine poor villages.',
    'She has picked tea for thirty years, her neighbour said.',
    'Prices of tea fell out of favour as a topic.',
    // How often, not a multiple.
    'He bowed three times before the monument.',
    'The premier has been to the county four times since 2013.',
  ])('no figure in "%s"', (text) => {
    expect(figures(text).filter((f) => f.value !== null)).toEqual([]);
  });

  it('keeps a number with thousands separators whole, and counts after qualifying words', () => {
    const all = figures(
      'The plant built 312,000 vehicles last year, up 18 percent. Anhui produced about 1.7 million new energy vehicles in 2024.',
    );
    expect(all.map((f) => [f.text, f.value, f.unit, f.measure])).toEqual([
      ['312,000 vehicles', 312000, 'vehicles', 'vehicles built'],
      ['18 percent', 18, '%', 'vehicles built growth'],
      [
        'about 1.7 million new energy vehicles',
        1.7,
        'million vehicles',
        'new energy vehicles produced',
      ],
    ]);
  });

  it('reads the level after "to" as no direction', () => {
    const all = figures('Throughput rose 12 percent in 2024 to 35 million TEUs.');
    expect(all.map((f) => [f.text, f.unit, f.direction])).toEqual([
      ['rose 12 percent', '%', 'up'],
      ['35 million TEUs', 'million TEUs', null],
    ]);
  });
});

describe('figure scope and period in a draft', () => {
  // Published 2024-07-20: "this year" is 2024, "last year" 2023.
  const { collection } = draftFixture('figure-scopes.txt');
  const rows = collection.statistics.map((s) => ({
    figure: s.figure,
    scope: s.scope,
    area: s.area?.en ?? null,
    period: s.period,
    periodWording: s.periodWording,
    periodNote: (s.review ?? []).some((r) => r.startsWith('period')),
  }));
  it.each([
    {
      figure: '12.7 million tonnes',
      scope: 'province',
      area: 'Gansu',
      period: '2023',
      periodWording: 'in 2023',
    },
    {
      figure: 'grew 9 percent year on year',
      scope: 'province',
      area: 'Gansu',
      period: '2024',
      periodWording: 'In the first half of this year',
    },
    {
      figure: 'rose 4.5 percent',
      scope: 'national',
      area: null,
      period: '2024',
      periodWording: 'in the first quarter',
    },
    {
      figure: 'fell 8 percent',
      scope: 'national',
      area: null,
      period: '2023',
      periodWording: 'In the first half of last year',
    },
  ])('$figure: $scope $area, $period ("$periodWording")', (row) => {
    expect(rows).toContainEqual({ ...row, periodNote: false });
  });
});

describe('figures of a visited plant', () => {
  // "The plant built …" points back at the site visited in the paragraph before.
  const { collection } = draftFixture('plant-figures.txt');
  it('puts the plant figures on its visit and the province figure apart', () => {
    const [visit] = collection.features;
    expect(visit?.properties.name.en).toBe('Hefei Qingyun New Energy Vehicle Co.');
    expect(visit?.properties.statistics.map((s) => [s.figure, s.scope, s.period])).toEqual([
      ['312,000 vehicles', 'site', '2024'],
      ['18 percent from a year earlier', 'site', '2024'],
    ]);
    expect(collection.statistics.map((s) => [s.figure, s.scope, s.area?.en, s.period])).toEqual([
      ['about 1.7 million new energy vehicles', 'province', 'Anhui', '2024'],
    ]);
  });
});

/**
 * Each figure of a drafted collection as [figure, measure, scope, area, visit]: the visit's name
 * for a figure on a visit (area null), the area for one on none (visit null).
 */
function placedRows(collection: ReturnType<typeof draftFixture>['collection']) {
  return [
    ...collection.features.flatMap((f) =>
      f.properties.statistics.map((s) => [
        s.figure,
        s.measure,
        s.scope,
        null,
        f.properties.name.en,
      ]),
    ),
    ...collection.statistics.map((s) => [s.figure, s.measure, s.scope, s.area?.en ?? null, null]),
  ];
}

/** Each figure of a drafted test article as [figure, measure, scope, area]. */
const scopedRows = (name: string) =>
  placedRows(draftFixture(name).collection).map(([figure, measure, scope, area]) => [
    figure,
    measure,
    scope,
    area,
  ]);

describe('whose figure it is', () => {
  // A village visit, then figures of the village, a county named by its possessive, the
  // province ("The province covers"), a figure pointing back ("The figure") and the country.
  const { collection } = draftFixture('figure-owners.txt');
  const rows = placedRows(collection);
  it.each([
    ['1,340 residents', 'population', 'site', null, 'Dali Village'],
    ['260 of them', 'people registered as poor', 'site', null, 'Dali Village'],
    ['about 40 minutes', 'length of stay', 'site', null, 'Dali Village'],
    ['More than 60 percent', 'share of Dong people', 'county', 'Liping', null],
    ['520,000 people', 'population', 'county', 'Liping', null],
    ['176,000 square kilometers', 'land area', 'province', 'Guizhou', null],
    ['grew by 5.3 percent', 'economic (GDP) growth', 'province', 'Guizhou', null],
    ['4.9 percent', 'economic (GDP) growth', 'province', 'Guizhou', null],
    ['12 provinces', 'provinces set up similar tea cooperatives', 'national', null, null],
  ])('%s: %s, %s %s on %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe('figures placed by their clause', () => {
  // What the clause is about owns the figure: the site its visit tells, a quote said there, the
  // place the sentence before is about ("Lankao is ... Its ..."); the country only when the words
  // say so ("across the country", and the sentence right after it).
  const { collection } = draftFixture('figure-clauses.txt');
  const rows = placedRows(collection);
  it('gives a figure whose sentence states no period none: no year the text does not give', () => {
    const farmland = collection.features
      .flatMap((f) => f.properties.statistics)
      .find((s) => s.figure === '4,200 mu');
    expect(farmland).toMatchObject({
      id: 'farmland-area-village',
      period: null,
      periodWording: null,
      review: ['period not stated'],
    });
    const sales = collection.statistics.find((s) => s.figure === 'rose 4 percent');
    expect([sales?.period, sales?.periodWording]).toEqual(['2024-05', 'in May']);
  });
  it.each([
    ['4,200 mu', 'farmland area of the village', 'site', null, 'Zhangzhuang Village'],
    ['600 mu', 'area of peach trees planted', 'site', null, 'Zhangzhuang Village'],
    ['about 300 residents', 'residents he shook hands with', 'site', null, 'Zhangzhuang Village'],
    [
      'more than 30,000 yuan a year',
      'household annual income',
      'site',
      null,
      'Zhangzhuang Village',
    ],
    ['about 9,000 yuan', 'per capita income', 'county', 'Lankao', null],
    ['1,200 people', 'population', 'site', null, 'Liuzhuang Village'],
    ['300 households', 'households', 'site', null, 'Liuzhuang Village'],
    ['rose 4 percent', 'Retail sales growth', 'national', null, null],
    ['fell 6 percent', 'grain imports decline', 'national', null, null],
    ['about 4.5 million people', 'population', 'city', 'Kashgar', null],
  ])('%s: %s, %s %s on %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe('figures of an event', () => {
  // A quake's magnitude and toll, a battle's dead: the place the event struck (named in the
  // sentence, "near the county", else the province told last), never the site visited. A
  // distance "from Beijing" is the figure of "Yunnan Province", named before it; a drive "to"
  // a place, that place's.
  const { collection } = draftFixture('figure-events.txt');
  const rows = placedRows(collection);
  it.each([
    ['about 2,600 km', 'distance from Beijing', 'province', 'Yunnan', null],
    ['6.5-magnitude', 'earthquake magnitude', 'county', 'Ludian', null],
    ['more than 600 people', 'earthquake death toll', 'county', 'Ludian', null],
    ['6.5', 'earthquake magnitude', 'province', 'Yunnan', null],
    ['420 pupils', 'number of pupils', 'site', null, 'Baihe Village'],
    ['about 3,000', 'soldiers died', 'county', 'Ludian', null],
    ['30,000 soldiers', 'number of soldiers', 'county', 'Ludian', null],
    // A drive is the figure of the place driven to, timed from where the plane landed.
    ['three and a half hours', 'travel time from Kunming', 'county', 'Huize', null],
  ])('%s: %s, %s %s on %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe('figures of a site told by its own name', () => {
  // "<Name>, with N residents" after a caption that named "<Name> Village"; "went to <site>, a
  // village in <X> county, where N people live": the county only locates the site.
  const rows = scopedRows('figure-sites.txt');
  it.each([
    ['about 1,100 residents', 'population', 'site', null],
    ['some 900 meters', 'altitude above sea level', 'site', null],
    ['1,460 people', 'population', 'site', null],
    ['380 households', 'households', 'site', null],
    // "<Site> of <County>, where": the county only locates the site named before "of".
    ['86 villages', 'number of villages', 'site', null],
  ])('%s: %s, %s %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe('whose figure it is, by the words around it', () => {
  // A place doing what the figure counts ("that Shanxi cut"), "its" after a sentence opening on
  // "The county", the poverty line (the country's), and "China's part of the island" (the
  // island's, not the country's).
  const rows = placedRows(draftFixture('figure-whose.txt').collection);
  it.each([
    ['12.6 million tonnes', 'coal capacity cut', 'province', 'Shanxi', null],
    ['one in three', 'share of residents living below the poverty line', 'county', 'Lingshi', null],
    ['2,300 yuan a year', 'poverty line', 'national', null, null],
    ['about 160 square kilometers', 'land area', 'site', null, 'Dahei Island'],
    // A paragraph of its own on the country ("a priority for China"), not the visit before.
    ['More than 30,000 forest rangers', 'forest rangers must be trained', 'national', null, null],
  ])('%s: %s, %s %s on %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe('figures of an autonomous prefecture', () => {
  // "the Qiandongnan Miao and Dong autonomous prefecture, which Xi visited and where 320,000
  // people live in poverty" is the prefecture's; "a Miao village" names no village "Miao".
  const rows = placedRows(draftFixture('figure-prefecture.txt').collection);
  it.each([
    ['320,000 people', 'people living in poverty', 'city', 'Qiandongnan', null],
    ['1,200 people', 'people living', 'site', null, 'Langde'],
    ['700 meters', 'average altitude', 'site', null, 'Kaili'],
  ])('%s: %s, %s %s on %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe('figures of "the area" after a new area', () => {
  // "The area lies ... west of Guiyang and will cover ...": the new area named before, not the
  // city beside it nor the site visited in it.
  const rows = scopedRows('figure-new-area.txt');
  it.each([
    ['about 30 kilometers', 'distance from Guiyang', 'city', "Gui'an"],
    ['about 1,800 square kilometers', 'planned area', 'city', "Gui'an"],
  ])('%s: %s, %s %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe("the tour's own figures", () => {
  // A distance travelled with no end of its own is the tour's, scoped to the place toured; one
  // that ends somewhere ("to the embankment") is a distance travelled.
  const rows = scopedRows('figure-tours.txt');
  it.each([
    ['more than 1,200 kilometers', 'distance travelled on the tour', 'province', 'Hunan'],
    ['about 30 kilometers', 'distance travelled', 'county', 'Taoyuan'],
  ])('%s: %s, %s %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe('figures of places under a name', () => {
  // A township, a village or a person named like a county or a city elsewhere ("Dongxing
  // township", "Nanshan Village") never scopes a figure: a quake is placed by the province the
  // article names, a battle "in the county" by the county told. A share in a plan is no figure.
  const rows = scopedRows('figure-names.txt');
  it.each([
    ['5.2', 'earthquake magnitude', 'province', 'Anhui'],
    ['600-year-old', 'age of the village', 'site', null],
    ['about 35,000 yuan', "family's flood losses", 'site', null],
    ['more than 6,000', 'New Fourth Army troops died', 'county', 'Feixi'],
    ['9,000 troops', 'New Fourth Army troops', 'county', 'Feixi'],
  ])('%s: %s, %s %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
  it('never scopes a figure by a mountain named like a place', () => {
    const text =
      'Xi visited a border post on Mount Sanjiao in Hinggan League, Inner Mongolia, on Sunday.\nIt was bitterly cold on Mount Sanjiao, where the thermometer read about -30 C.';
    const { collection } = draftArticle(text, { date: '2014-01-27' });
    const cold = [
      ...collection.features.flatMap((f) => f.properties.statistics),
      ...collection.statistics,
    ];
    expect(cold.map((st) => [st.figure, st.scope, st.area?.en ?? null])).not.toContainEqual([
      '-30 C',
      'city',
      'Sanjiao',
    ]);
    expect(cold.map((st) => st.figure)).toContain('-30 C');
  });
  it('drafts no figure for a share in the plan', () => {
    expect(rows.map(([figure]) => figure)).not.toContain('30 percent');
    expect(rows).toHaveLength(5);
  });
});

describe('figures of a history told before the visit', () => {
  // A campaign's troops told before any visit are the region's the article names, not the site's
  // of the visit told after them; the county's own figures ("in the county", "Xishui is home
  // to") are the county's, with what the clause says of them.
  const rows = scopedRows('figure-history.txt');
  it.each([
    [
      'about 30,000 Red Army troops',
      'Red Army troops crossed the river four times',
      'province',
      'Guizhou',
    ],
    ['More than 3,000', 'Red Army troops killed', 'province', 'Guizhou'],
    ['30,000 troops', 'Red Army troops', 'province', 'Guizhou'],
    ['3,800 square meters', 'memorial hall area', 'site', null],
    ['about 2,500 hectares', 'area of soy destroyed', 'county', 'Xishui'],
    ['nearly 8 million yuan', "villagers' hail losses", 'county', 'Xishui'],
    ['90 percent', 'share of those living in rural areas', 'county', 'Xishui'],
  ])('%s: %s, %s %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});

describe('figures of a home visited', () => {
  // "<Surname>'s family lost N yuan" after a visit to "the home of villager <Surname> <Given>"
  // is that home's loss, named by the flood the sentences before tell; counted people with
  // their modifiers are those people, not the population.
  const rows = scopedRows('figure-homes.txt');
  it.each([
    ['about 40,000 yuan', "family's flood losses", 'site', null],
    ['1,800 residents', 'population', 'site', null],
    ['560 registered poor people', 'registered poor people', 'site', null],
    ['3.2 billion yuan', 'investment in road building', 'county', 'Shangzhi'],
  ])('%s: %s, %s %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
  it('puts the loss on the village visit the home is part of', () => {
    const { collection } = draftFixture('figure-homes.txt');
    expect(collection.features.map((f) => f.properties.name.en)).toEqual(['Longwangmiao Village']);
    const village = collection.features[0];
    expect(village?.properties.statistics.map((s) => s.figure)).toEqual([
      'about 40,000 yuan',
      '1,800 residents',
      '560 registered poor people',
    ]);
  });
});

describe("a port's berths with the ships they take", () => {
  it.each([
    [
      'The new terminal has five berths for bulk carriers of 100,000 tonnes or more.',
      'five berths for bulk carriers of 100,000 tonnes or more',
      5,
      'berths for bulk carriers of 100,000 tonnes or more',
    ],
    [
      'The harbour now has 14 berths for 50,000-tonne ships.',
      '14 berths for 50,000-tonne ships',
      14,
      'berths for 50,000-tonne ships',
    ],
  ])('%s', (text, wording, value, measure) => {
    const found = figures(text);
    expect(found.map((f) => [f.text, f.value, f.measure])).toEqual([[wording, value, measure]]);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe(wording);
  });
  it('leaves "three berths" without the ships they take as no figure', () => {
    expect(figures('The port added three berths last year.')).toEqual([]);
  });
});

describe('temperatures below zero in words', () => {
  it('keeps "minus" in the wording and the sign in the value', () => {
    const text = 'Braving weather of around minus 12 degrees Celsius, he walked to the post.';
    const [cold] = figures(text);
    expect(cold?.text).toBe('minus 12 degrees Celsius');
    expect(cold?.value).toBe(-12);
    expect(cold?.measure).toBe('temperature');
    expect(text.slice(cold?.start, cold?.end)).toBe('minus 12 degrees Celsius');
  });
});

describe('figures of the place the sentence before is about', () => {
  // "Shizhu is among the poorest counties. It has an income of ...": the county's.
  const text = [
    'date 2019-04-16 News',
    'Xi visits Chongqing',
    "CHONGQING, April 16 (Xinhua) -- Chinese President Xi Jinping visited Huaxi Village in Shizhu County, southwest China's Chongqing Municipality, on Monday.",
    'Shizhu is among the poorest counties in Chongqing. It has an annual net per capita income of 3,100 yuan ($460).',
  ].join('\n');
  const rows = placedRows(draftArticle(text).collection);
  it('scopes "It has" to the place the sentence before is about', () => {
    expect(rows).toContainEqual([
      '3,100 yuan ($460)',
      'annual net per capita income',
      'county',
      'Shizhu',
      null,
    ]);
  });
});

describe('figures of the site a sentence places', () => {
  // "in <City>'s <Name> District, where": the district locates the site told before it; a
  // thing's size or building time is the site's, not the city's it lies off; a share of the
  // national average is the figure's it compares, placed as that figure is.
  const text = [
    'date 2023-07-12 News',
    'Xi inspects Gansu',
    "LANZHOU, July 12 (Xinhua) -- Chinese President Xi Jinping inspected Lanzhou, capital of northwest China's Gansu Province, on Tuesday.",
    "On Tuesday morning, Xi walked into the community of Yanbeilu in Lanzhou's Chengguan District, where people of ethnic minority groups make up about 40 percent of the residents.",
    'He then went to the Yellow River waterfront, looking out over the 12-kilometer (7-mile) promenade off Lanzhou.',
    'The promenade, which took five years to build, links three districts.',
    'Xi also visited Shuangfeng Village in Yuzhong County on Wednesday.',
    "The village's per capita net income was 1,500 yuan in 2012, about one fifth of the national rural average that year.",
  ].join('\n');
  const rows = placedRows(draftArticle(text).collection);
  it.each([
    [
      'about 40 percent',
      'people of ethnic minority groups share of residents',
      'site',
      null,
      'community of Yanbeilu',
    ],
    ['12-kilometer (7-mile)', 'length of the promenade', 'site', null, 'Yellow River waterfront'],
    ['five years', 'construction time', 'site', null, 'Yellow River waterfront'],
    ['1,500 yuan', 'per capita net income', 'site', null, 'Shuangfeng Village'],
    [
      'about one fifth',
      'per capita net income relative to the national rural average',
      'site',
      null,
      'Shuangfeng Village',
    ],
  ])('%s: %s, %s %s on %s', (...row) => {
    expect(rows).toContainEqual(row);
  });
});
