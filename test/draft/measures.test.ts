import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/draft/dates.js';
import { findFigures } from '../../src/draft/figures.js';
import {
  MEASURE_PASSES,
  type MeasurePass,
  measureOf,
  measureWith,
} from '../../src/draft/measures.js';
import { sentences } from '../../src/draft/sentences.js';

const figures = (text: string) =>
  findFigures(sentences(text), findDates(text, '2025-05-22'), '2025-05-22');

/** The figure worded `wording` in `text`, checked to sit at its offsets. */
function figure(text: string, wording: string) {
  const all = figures(text);
  const found = all.find((f) => f.text === wording);
  expect(found, `figures: ${all.map((f) => f.text).join(' | ')}`).toBeDefined();
  expect(text.slice(found?.start, found?.end)).toBe(wording);
  return found;
}

describe('figures in the shapes of agency reports', () => {
  it.each([
    // Counts of things, the first of a pair, magnitudes in words and digits.
    [
      'The prefecture is home to about 2.1 million people from 31 ethnic groups.',
      '31 ethnic groups',
      31,
      'number of ethnic groups',
    ],
    [
      'The old town welcomed nearly 3 million tourists earning some 640 million yuan over the holiday.',
      'nearly 3 million tourists',
      3,
      'tourist visits',
    ],
    [
      'The old town welcomed nearly 3 million tourists earning some 640 million yuan over the holiday.',
      'some 640 million yuan',
      640,
      'tourism revenue',
    ],
    [
      'The storm left 41 people dead, at least 9,200 injured and thousands homeless.',
      '41 people',
      41,
      'storm death toll',
    ],
    [
      'The storm left 41 people dead, at least 9,200 injured and thousands homeless.',
      'at least 9,200 injured',
      9200,
      'people injured in the storm',
    ],
    [
      'The hall was rebuilt after the magnitude 6.1 earthquake of 1998.',
      'magnitude 6.1',
      6.1,
      'earthquake magnitude',
    ],
    [
      'The school was rebuilt after the 6.4 earthquake in 2003.',
      '6.4',
      6.4,
      'earthquake magnitude',
    ],
    // Durations that say what they measure; a number in words.
    [
      'He arrived at the shelter at noon and stayed for nearly 40 minutes.',
      'nearly 40 minutes',
      40,
      'length of stay',
    ],
    [
      "The county lies about two and a half hours' drive from Kunming.",
      "about two and a half hours'",
      2.5,
      'travel time from Kunming',
    ],
    [
      'The tunnel, which took six years to build, opened in May.',
      'six years',
      6,
      'construction time',
    ],
    [
      'The pagoda, founded more than 1,200 years ago, still stands.',
      'more than 1,200 years ago',
      1200,
      'age of the pagoda',
    ],
    // Sizes, dimensions and distances.
    [
      'He walked along Binhe, a 12-km-long riverside greenway.',
      '12-km-long',
      12,
      'length of the riverside greenway',
    ],
    ['The tower is 388 meters high and 60 meters wide.', '388 meters', 388, 'height of the tower'],
    [
      'The base lies about 90 kilometers west of Lanzhou.',
      'about 90 kilometers',
      90,
      'distance from Lanzhou',
    ],
    [
      'The reserve has more than 2,400 hectares of wetland.',
      'more than 2,400 hectares',
      2400,
      'wetland area of the reserve',
    ],
    // Shares, populations and what the clause says of a count.
    [
      "About 42 percent of Yunnan's 47 million people are Yi.",
      'About 42 percent',
      42,
      'share of Yi people',
    ],
    [
      "More than half of the county's 300,000 residents live on less than 9 yuan a day.",
      'More than half',
      0.5,
      'share of residents living on less than 9 yuan a day',
    ],
    [
      'Nationwide, 98 million people still live below the poverty line.',
      '98 million people',
      98,
      'people living below the poverty line',
    ],
    [
      'The village has 2,100 people, and 700 of them were registered as poor.',
      '700 of them',
      700,
      'people registered as poor',
    ],
    [
      'The firm employs more than 3,000 migrant workers.',
      'more than 3,000 migrant workers',
      3000,
      'migrant workers employed',
    ],
    ['Hainan is home to about 10 million people.', 'about 10 million people', 10, 'population'],
    [
      'Qiandao port handled more than 400 million tonnes of cargo in 2023.',
      'more than 400 million tonnes',
      400,
      'cargo throughput',
    ],
    // Areas by what covers them, money by what it is for, shares of the country.
    ['Its tea gardens now cover 460 hectares.', '460 hectares', 460, 'tea garden area'],
    [
      'The region covers 1.6 million square kilometers.',
      '1.6 million square kilometers',
      1.6,
      'land area',
    ],
    [
      'He toured a forest of more than 2,000 hectares.',
      'more than 2,000 hectares',
      2000,
      'forest area',
    ],
    [
      'About 80 million yuan was set aside for road repairs in Anshun in 2019.',
      'About 80 million yuan',
      80,
      'funds set aside for road repairs',
    ],
    [
      'Villagers now earn about 21,000 yuan a head a year.',
      'about 21,000 yuan a head a year',
      21000,
      'per-capita annual income',
    ],
    [
      "The basin holds about one fifth of the country's water.",
      'about one fifth',
      0.2,
      'basin share of national water',
    ],
    [
      'The prefecture, at an average altitude of 3,900 meters, is cold.',
      '3,900 meters',
      3900,
      'average altitude',
    ],
    ['Each hall of the plant houses nearly 500 looms.', 'nearly 500 looms', 500, 'looms housed'],
    [
      'Jiangxi has 24 counties on the national poverty list.',
      '24 counties',
      24,
      'number of counties on the national poverty list',
    ],
    // The measure in the clause's own words: what covers, is planted, destroyed, met, died.
    ['The village covers 4,200 mu of farmland.', '4,200 mu', 4200, 'farmland area of the village'],
    [
      'Maize planting covers about 52 million mu of farmland in the province.',
      'about 52 million mu',
      52,
      'maize planting area',
    ],
    [
      'The cooperative has planted 600 mu of peach trees.',
      '600 mu',
      600,
      'area of peach trees planted',
    ],
    [
      'About 1,500 hectares of soybeans were destroyed by the storm.',
      'About 1,500 hectares',
      1500,
      'area of soybeans destroyed',
    ],
    [
      'He shook hands with about 300 residents.',
      'about 300 residents',
      300,
      'residents he shook hands with',
    ],
    ['Li chatted with 12 students at the school.', '12 students', 12, 'students Li chatted with'],
    [
      'About 12,000 villagers were hit by the floods in July.',
      'About 12,000 villagers',
      12000,
      'villagers hit by the floods',
    ],
    [
      'The hall tells how 8,000 of the army’s 20,000 troops died in the battle.',
      '8,000',
      8000,
      'troops died',
    ],
    [
      'The hall tells how 8,000 of the army’s 20,000 troops died in the battle.',
      '20,000 troops',
      20000,
      'number of troops',
    ],
    ['Xi stayed for 15 to 20 minutes at the shelter.', '15 to 20 minutes', 15, 'length of stay'],
    [
      'Pickers earn between 3,000 and 4,000 yuan a month.',
      'between 3,000 and 4,000 yuan a month',
      3000,
      'Pickers monthly income',
    ],
    ['He walked through the 500-year-old temple.', '500-year-old', 500, 'age of the temple'],
    // Money by what the words say it is.
    [
      'The town drew 300,000 tourists, bringing 9 million yuan in revenue.',
      '9 million yuan',
      9,
      'tourism revenue',
    ],
    [
      'The school was rebuilt with a 6.2 million yuan donation from the city.',
      '6.2 million yuan',
      6.2,
      'donation',
    ],
    [
      '“I sold six cattle for nearly 40,000 yuan,” he said.',
      'nearly 40,000 yuan',
      40000,
      'sales of six cattle',
    ],
    ['“We used to earn 2,000 yuan a year,” she said.', '2,000 yuan a year', 2000, 'annual income'],
    ['A guard earns 1,800 yuan a month.', '1,800 yuan a month', 1800, 'guard monthly income'],
    [
      'The two provinces grow more than 30 percent of China’s wheat.',
      'more than 30 percent',
      30,
      "two provinces share of China's wheat",
    ],
    // What the clause does to the counted people or the share: its verb stays with its noun.
    [
      'About 1,900 herders suffered from the blizzard last winter.',
      'About 1,900 herders',
      1900,
      'herders hit by the blizzard',
    ],
    [
      'The landslide damaged 64 percent of the houses in the hamlet.',
      '64 percent',
      64,
      'share of houses damaged',
    ],
    [
      '“We have repaired 90 percent of the canals,” the township head said.',
      '90 percent',
      90,
      'share of canals repaired',
    ],
    // A multiple says what is compared with what.
    [
      "The township's tea output is now four times that of 2015.",
      'four times',
      4,
      'tea output relative to 2015',
    ],
    [
      'Wages at the plant are 2.5 times the provincial average.',
      '2.5 times',
      2.5,
      'Wages at the plant relative to provincial average',
    ],
    // A share of an average says what is compared; an area "will cover" is planned.
    [
      "The county's per capita income reached 9,800 yuan in 2019, or 61 percent of the national average.",
      '61 percent',
      61,
      'per capita income relative to the national average',
    ],
    [
      'Each farmer earned 900 yuan that year, less than a third of the provincial rural average.',
      'less than a third',
      1 / 3,
      'farmer income relative to the provincial rural average',
    ],
    [
      'The new zone lies east of the port and will eventually cover 320 square kilometers.',
      '320 square kilometers',
      320,
      'planned area',
    ],
    [
      'Their average income has risen by about 11 percent a year.',
      'about 11 percent',
      11,
      'average income growth',
    ],
    // The dead of a war, and people below a line the clause gives with its number.
    [
      'About 40,000 miners and guerrillas from the county gave their lives in the war.',
      'About 40,000 miners',
      40000,
      'miners and guerrillas killed',
    ],
    [
      'Nationwide, 71 million people still lived below the poverty line of 2,800 yuan a year.',
      '71 million people',
      71,
      'people living below the poverty line',
    ],
    // What the clause does to those counted, and what a share "of whom" or an amount stored is.
    [
      'The township has lifted 18,500 people out of poverty since 2015.',
      '18,500 people',
      18500,
      'people lifted out of poverty',
    ],
    [
      'About 2,700 households were resettled from the gorge.',
      'About 2,700 households',
      2700,
      'households resettled from the gorge',
    ],
    ['The hamlet still had 38 poor households.', '38 poor households', 38, 'poor households'],
    [
      'The mill employs 900 people, 60 percent of whom are women.',
      '60 percent',
      60,
      'share of women',
    ],
    [
      'The lake can hold 2.3 billion cubic meters of water.',
      '2.3 billion cubic meters',
      2.3,
      'water storage capacity',
    ],
    [
      'The resort drew 800,000 visitors, generating revenue of 310 million yuan.',
      '310 million yuan',
      310,
      'revenue',
    ],
    // Money lost is the loser's losses; an army's troops are that army's; an age is the noun's.
    [
      'Her family suffered losses of about 52,000 yuan when the floods came.',
      'about 52,000 yuan',
      52000,
      "family's flood losses",
    ],
    [
      'One grower, Tang Li, lost nearly 80,000 yuan as the storm flattened his sheds.',
      'nearly 80,000 yuan',
      80000,
      "grower's storm losses",
    ],
    [
      'The landslide caused 3.1 million yuan in direct economic losses.',
      '3.1 million yuan',
      3.1,
      'economic landslide losses',
    ],
    [
      'Economic losses in the county amounted to 420 million yuan.',
      '420 million yuan',
      420,
      "county's economic losses",
    ],
    [
      'In 1935, about 5,000 of the Red Army’s 8,000 troops died crossing the river.',
      'about 5,000',
      5000,
      'Red Army troops died',
    ],
    [
      'In 1935, about 5,000 of the Red Army’s 8,000 troops died crossing the river.',
      '8,000 troops',
      8000,
      'Red Army troops',
    ],
    [
      'Some 12,000 soldiers of the Eighth Route Army fought in the valley.',
      'Some 12,000 soldiers',
      12000,
      'Eighth Route Army soldiers',
    ],
    [
      'He walked through Shangli, an 800-year-old village known for its bridges.',
      '800-year-old',
      800,
      'age of the village',
    ],
    [
      'The relief centre in the stadium has been home to about 1,500 people since the flood.',
      'about 1,500 people',
      1500,
      'people sheltered',
    ],
    [
      'The mill can process 300,000 tonnes of rice a year.',
      '300,000 tonnes',
      300000,
      'rice processing capacity',
    ],
    [
      'About 85 percent of the village land has been leased to the tea cooperative.',
      'About 85 percent',
      85,
      'share of village land leased to the tea cooperative',
    ],
    // A planned move, money a thing brings its owners, a share of the figure before.
    [
      'The province plans to move 1.8 million people out of areas prone to landslides.',
      '1.8 million people',
      1.8,
      'people to be relocated',
    ],
    [
      'He asked about their greenhouses, which brought each household about 30,000 yuan last year.',
      'about 30,000 yuan',
      30000,
      'household income from greenhouses',
    ],
    [
      'In 2016, the hamlet had 34 poor households, accounting for nearly 25 percent of its population.',
      'nearly 25 percent',
      25,
      'poor households share of population',
    ],
    [
      'When he was young, the boatman earned less than 400 yuan a year.',
      'less than 400 yuan a year',
      400,
      'annual income',
    ],
    [
      'With a 200-hectare wetland park, the village draws tourists.',
      '200-hectare',
      200,
      'area of the wetland park',
    ],
    [
      'Their income from the village solar plant adds up to over 8,000 yuan a year.',
      'over 8,000 yuan a year',
      8000,
      'income from the village solar plant',
    ],
    // An amount by what it is of and what was done to it; the income a line is drawn at.
    [
      'The mine was part of the 12 million metric tons of annual steel capacity that Hebei shut down.',
      '12 million metric tons',
      12,
      'annual steel capacity shut down',
    ],
    [
      'The granary stores 300,000 tonnes of grain.',
      '300,000 tonnes',
      300000,
      'grain storage capacity',
    ],
    [
      'Many families there lived on under 2,000 yuan a year.',
      'under 2,000 yuan a year',
      2000,
      'annual income threshold',
    ],
  ])('%s → "%s"', (text, wording, value, measure) => {
    const f = figure(text, wording);
    expect(f?.value).toBe(value);
    expect(f?.measure).toBe(measure);
  });

  it('points "The figure" back at the figure before, and says growth', () => {
    const text =
      'The economy of Hainan grew by 8.2 percent in 2021. The figure was lower in 2022, reaching 6 percent.';
    const [first, second] = figures(text);
    expect(first?.measure).toBe('economic (GDP) growth');
    expect(second?.measure).toBe('economic (GDP) growth');
    expect(second?.refersTo).toBe(first);
  });

  it.each([
    'It was his first trip to the county, where officials met him in 2019.',
    'A 58-year-old farmer showed him the cows.',
    'Over the past five years, the town built roads.',
    'In the first half of the year, trade grew.',
    'The 14th Five-Year Plan has 19 chapters.',
    // A share in a plan or a target rate is not a figure of the visit.
    'Under the plan, 40 percent of the land will be returned to forest.',
    'The county aims to raise the share of organic tea to 60 percent.',
    'Forest cover should reach 45 percent by 2030.',
  ])('no figure in "%s"', (text) => {
    expect(figures(text).map((f) => f.text)).toEqual(
      text.includes('19 chapters') ? ['19 chapters'] : [],
    );
  });
});

describe('the measure passes, in their declared order', () => {
  const figure = {
    text: 'The co-op grew 900 tonnes of pears.',
    start: 15,
    at: 15,
    end: 25,
    kind: 'amount' as const,
    unit: 'tonnes',
    counted: '',
    previous: null,
  };
  it('runs the first pass that answers', () => {
    expect(measureOf(figure)).toEqual({ measure: 'pears', refers: false });
  });
  it('takes a pass of a user’s own, placed before the others', () => {
    const harvest: MeasurePass = ({ figure: f }) =>
      /\bgrew\s+$/.test(f.text.slice(0, f.start)) ? { measure: 'harvest', refers: false } : null;
    expect(measureWith(figure, [harvest, ...MEASURE_PASSES])).toEqual({
      measure: 'harvest',
      refers: false,
    });
    expect(measureWith(figure, [])).toBeNull();
  });
});
