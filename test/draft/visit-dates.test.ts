import { describe, expect, it } from 'vitest';
import { draftedVisits } from './helpers.js';

/**
 * Which date wording dates a visit (`src/draft/visit-dates.ts`), in sentences of our own shaped
 * like agency reports. Each row: site name, county (or '-'), city, province, date.
 */
describe('a year gone by in words describing the site', () => {
  it('is not the visit’s date: an apposition (", a meeting in 1929")', () => {
    const rows = draftedVisits(
      [
        'Xi tours Fujian',
        'FUZHOU, Sept. 17 -- Xi Jinping arrived in Longyan, Fujian Province, on Tuesday.',
        'Xi walked through the site of the party congress, a meeting in 1929 that set the rules of the army.',
      ],
      '2020-09-17',
    );
    expect(rows.find((r) => r[0] === 'site of the party congress')?.[4]).toBe('2020-09-15');
    expect(rows.map((r) => r[4])).not.toContain('1929');
  });

  it('is not the visit’s date: a participle (", first built in 1958")', () => {
    const rows = draftedVisits(
      [
        'Premier inspects flood works',
        'HEFEI, July 9 -- Premier Li Keqiang inspected flood works in Fuyang, Anhui Province, on Wednesday morning.',
        'In the afternoon he went to Wangjiaba, the site of a sluice gate first built in 1958 and rebuilt in 2004.',
      ],
      '2020-07-09',
    );
    expect(rows.find((r) => r[0] === 'Wangjiaba')?.[4]).toBe('2020-07-08');
    expect(rows.map((r) => r[4])).not.toContain('1958');
  });
});

describe('a site named again after the day it was told on', () => {
  it('takes the day named last before that sentence, within the lead’s range', () => {
    const rows = draftedVisits(
      [
        'Xi tours Gansu',
        'LANZHOU, Aug. 21 -- Xi Jinping made an inspection tour of Gansu Province from Monday to Wednesday.',
        'Xi visited a grain cooperative in Zhangye and the Hexi Corridor Museum in Jiuquan.',
        'On Tuesday morning, Xi went first to the cooperative in Zhangye, where he asked about the harvest.',
        'He urged officials to keep grain output stable.',
        'At the museum, Xi watched a puppet show and spoke about old trade routes.',
      ],
      '2019-08-21',
    );
    expect(rows).toEqual([
      ['grain cooperative', '-', 'Zhangye', 'Gansu', '2019-08-20'],
      ['Hexi Corridor Museum', '-', 'Jiuquan', 'Gansu', '2019-08-20'],
    ]);
  });
});

describe('the day a sentence gives within its opening year', () => {
  it('dates the site by "arriving on Feb 3" after "This year," and carries it on', () => {
    const rows = draftedVisits(
      [
        'Premier visits the northwest',
        'This year, Premier Li Keqiang went to a care home in Tianshui, Gansu Province, arriving on Feb 3 to share a festival meal.',
        'Premier Li then went to a potato cooperative in Tianshui.',
      ],
      '2017-02-10',
    );
    expect(rows.map((r) => [r[0], r[4]])).toEqual([
      ['care home', '2017-02-03'],
      ['potato cooperative', '2017-02-03'],
    ]);
  });
});

describe('a span up to now', () => {
  it('is no visit’s date: "since June" before the visit in its paragraph', () => {
    const rows = draftedVisits(
      [
        'Premier on floods',
        'Premier Li Keqiang inspected Hunan Province from July 8 to 9.',
        'Storms have battered the province since June. Premier Li went to a flooded village in Yueyang.',
      ],
      '2020-07-10',
    );
    expect(rows.map((r) => [r[0], r[4]])).toEqual([['flooded village', '2020-W28']]);
  });
});

describe('the day after the day carried', () => {
  it('dates the sites after "the following day took the train to" by that day', () => {
    const rows = draftedVisits(
      [
        'Xi in the southwest',
        'Xi Jinping arrived in Lijiang, Yunnan Province, on Monday and the following day took the train to Kunming.',
        '',
        'In Kunming, Xi went to a tea market.',
      ],
      '2021-07-23',
    );
    expect(rows.find((r) => r[0] === 'tea market')?.[4]).toBe('2021-07-20');
  });
});

describe('a visit recalled by its year and a caption giving its day', () => {
  it('is one visit on the caption’s day', () => {
    const rows = draftedVisits(
      [
        'Villagers recall the Premier’s visit',
        'Premier Li Keqiang talks with residents of the village of Dongshan, Wuchuan County of the Inner Mongolia autonomous region, on April 9, 2014.[Photo by Xinhua]',
        'Officials of Wuchuan County are eager to show the changes in the village of Dongshan since the Premier’s visit last year.',
        'Premier Li visited the mountain village in Hohhot city on April 9, 2014.',
      ],
      '2015-03-03',
    );
    expect(rows.map((r) => r[4])).not.toContain('2014');
    expect(rows.find((r) => /Dongshan/.test(r[0]))?.[4]).toBe('2014-04-09');
  });
});

describe('a site in a place inspected in an earlier year', () => {
  it('takes that year when the next paragraph tells it with no date of its own', () => {
    const rows = draftedVisits(
      [
        'The Premier’s festival tours',
        'Before Spring Festival in 2013, the Premier went to poor areas in Dingxi and Longnan, two cities in Gansu province.',
        '',
        'In Hualin village of Longnan, Premier Li called on a farmer whose sons work in the south.',
        '',
        'This year, the Premier went to a care home in Guyuan, Ningxia, arriving on Feb 1.',
      ],
      '2016-02-12',
    );
    expect(rows.find((r) => r[0] === 'Hualin village')?.[4]).toBe('2013');
    expect(rows.find((r) => r[0] === 'care home')?.[4]).toBe('2016-02-01');
  });
});

describe('a site first named where the article gives no date', () => {
  it('takes the date of the visits told with its name later', () => {
    const rows = draftedVisits(
      [
        'Xi Jinping, who is also general secretary of the CPC Central Committee, tours Tianshui, Gansu province. At the Nanguo Temple, a walnut farm and the Maiji Grottoes he heard how old murals are kept.',
        '',
        'Xi inspects cities in Gansu',
        '',
        'LANZHOU, Sept 12 -- Xi Jinping has inspected the city of Tianshui in Gansu province.',
        '',
        'The tour ran from Tuesday afternoon to Wednesday morning.',
        '',
        'In Tianshui, he visited the Nanguo Temple, a walnut farm and the Maiji Grottoes, learning about the care of murals.',
      ],
      '2024-09-12',
    );
    expect(rows.find((r) => r[0] === 'Nanguo Temple')?.[4]).toBe('2024-W37');
    expect(rows.map((r) => r[4])).not.toContain('2024');
  });
});

describe('an unnamed site named later by its kind', () => {
  it('takes the day of the sentence naming "<Name> Village" after "a village" in the lead', () => {
    const rows = draftedVisits(
      [
        'Xi tours Gansu',
        'LANZHOU, Aug. 21 -- Xi Jinping made an inspection tour of Gansu Province from Monday to Wednesday.',
        'Xi visited the Hexi Corridor Museum in Jiuquan and a village in Zhangye.',
        'On Tuesday, Xi went to the Hexi Corridor Museum, where he watched a puppet show.',
        'He then talked with farmers in Shuiyuan Village about their greenhouses.',
      ],
      '2019-08-21',
    );
    expect(rows.find((r) => r[0] === 'village')?.[4]).toBe('2019-08-20');
  });
});
