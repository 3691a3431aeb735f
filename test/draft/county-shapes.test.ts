import { describe, expect, it } from 'vitest';
import { draftedVisits, type VisitRow } from './helpers.js';

/**
 * Places below the city in real agency reports' shapes, in sentences of our own: districts and
 * counties of the municipalities, autonomous counties named with their peoples, county-level
 * cities, English names that are not the pinyin. Each row: site name, county (or '-'), city,
 * province, date.
 */
const SHAPES: { shape: string; published: string; text: string[]; visits: VisitRow[] }[] = [
  {
    shape: 'an autonomous county named with its peoples; a municipality’s district in lower case',
    published: '2019-05-11',
    text: [
      'Vice premier in Chongqing',
      'CHONGQING, May 10 -- Vice Premier Hu Chunhua visited a tea cooperative in Shizhu Tujia Autonomous County on Thursday.',
      'On Friday he inspected a logistics park in Yubei district.',
    ],
    visits: [
      ['tea cooperative', 'Shizhu Autonomous County', 'Chongqing', 'Chongqing', '2019-05-09'],
      ['logistics park', 'Yubei District', 'Chongqing', 'Chongqing', '2019-05-10'],
    ],
  },
  {
    shape: 'a county-level city the province runs itself; a bare county name in its province',
    published: '2013-04-12',
    text: [
      'Premier in Hainan and Sichuan',
      'Premier Li visited a fishing harbour in Tanmen Township of Qionghai City, south China’s Hainan Province, on Monday.',
      'On Wednesday he visited a relief camp in Lushan, southwest China’s Sichuan Province.',
    ],
    visits: [
      ['fishing harbour', 'Qionghai City', 'Qionghai', 'Hainan', '2013-04-08'],
      ['Lushan', 'Lushan County', "Ya'an", 'Sichuan', '2013-04-10'],
    ],
  },
  {
    shape: 'English names that are not the pinyin: a prefecture stays the city',
    published: '2014-04-30',
    text: [
      'Xi in Xinjiang',
      'URUMQI, April 29 -- President Xi Jinping visited a border police station in Kashgar on Monday.',
    ],
    visits: [['border police station', '-', 'Kashgar', 'Xinjiang', '2014-04-28']],
  },
  {
    shape:
      'names whose characters read otherwise in places (闵行 Minhang, 于都 Yudu, 黄陂 Huangpi)',
    published: '2019-05-23',
    text: [
      'Xi on tour',
      'NANCHANG, May 22 -- President Xi Jinping went to Yudu county in Jiangxi Province on Monday.',
      'On Tuesday he toured a hospital in Minhang district in Shanghai.',
      'On Wednesday he visited a school in Huangpi District of Wuhan.',
    ],
    visits: [
      ['Yudu', 'Yudu County', 'Ganzhou', 'Jiangxi', '2019-05-20'],
      ['hospital', 'Minhang District', 'Shanghai', 'Shanghai', '2019-05-21'],
      ['school', 'Huangpi District', 'Wuhan', 'Hubei', '2019-05-22'],
    ],
  },
  {
    shape: 'a county under the city its sentence names beats the province named for another site',
    published: '2019-05-22',
    text: [
      'Xi on tour',
      'NANCHANG, May 21 -- Xi Jinping visited a village in Ruijin city, Ganzhou, and a factory in Pudong New Area of Shanghai on Monday.',
    ],
    visits: [
      ['village', 'Ruijin City', 'Ganzhou', 'Jiangxi', '2019-05-20'],
      ['factory', 'Pudong New Area', 'Shanghai', 'Shanghai', '2019-05-20'],
    ],
  },
  {
    shape:
      '"<X>, a natural village of <county>": a village’s name, not a city of that name elsewhere',
    published: '2019-05-22',
    text: [
      'Xi in Jiangxi',
      'NANCHANG, May 21 -- Xi Jinping inspected Jiangxi Province on Monday.',
      'In Ganzhou, Xi walked through Shimen, a natural village of Ruijin city, and talked with farmers.',
    ],
    visits: [['natural village', 'Ruijin City', 'Ganzhou', 'Jiangxi', '2019-05-20']],
  },
];

describe('places below the city', () => {
  it.each(SHAPES)('$shape', ({ published, text, visits }) => {
    expect(draftedVisits(text, published)).toEqual(visits);
  });
});
