import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';

/**
 * Each visit's leader is the tour's own, in real reports' shapes (sentences of our own): a
 * provincial party secretary's or a vice premier's tour where Xi Jinping's speech or
 * instructions are mentioned is still theirs.
 */
const TOURS = [
  {
    shape: 'a party secretary’s tour; Xi’s speech named between; "He" after it is the secretary',
    published: '2021-03-05',
    text: [
      'Party chief visits villages',
      'HEFEI, March 4 -- Zhang Ming, secretary of the CPC Anhui Provincial Committee, inspected Fuyang on Thursday.',
      'Zhang called on officials to study General Secretary Xi Jinping’s speech on rural revitalization.',
      'He then visited a kindergarten in Funan county.',
    ],
    visits: [['kindergarten', 'Zhang Ming', '2021-03-04']],
  },
  {
    shape:
      'a vice premier named by her surname "Sun" (no Sunday) acting on Xi’s instructions, over a range of days',
    published: '2021-08-06',
    text: [
      'Vice premier inspects flood relief in Henan',
      'ZHENGZHOU, Aug. 5 -- Chinese Vice Premier Sun Chunlan has called for carrying out the important instructions of President Xi Jinping on flood relief.',
      'Sun made the remarks during an inspection tour in Xinxiang, central China’s Henan Province, from Tuesday to Wednesday.',
      'Acting on Xi Jinping’s instructions, Sun visited a relocation site in Weihui city.',
    ],
    visits: [['relocation site', 'Sun Chunlan', '2021-W31']],
  },
  {
    shape:
      'a city party secretary’s tour citing "the instructions given by General Secretary Xi Jinping": the district, and the sites "He" visits, are the secretary’s',
    published: '2021-06-09',
    text: [
      'Party chief inspects Haimen',
      'Wu Jianhua, secretary of the CPC Nantong Municipal Committee, urged local officials to carry out the important instructions given by General Secretary Xi Jinping during his inspection of Jiangsu, during a tour of Haimen district on Tuesday.',
      'He visited a shipyard of Nantong Ocean Shipping Co., Ltd. to learn about its orders.',
    ],
    visits: [
      ['Haimen', 'Wu Jianhua', '2021-06-08'],
      ['shipyard', 'Wu Jianhua', '2021-06-08'],
    ],
  },
  {
    shape:
      'a city party secretary named with "secretary of the <City> Municipal Party Committee", citing "general secretary Xi Jinping’s key instructions"',
    published: '2024-10-18',
    text: [
      'Party chief inspects villages of Suining county',
      'On October 16, Tan Wei, secretary of the Shaoyang Municipal Party Committee, went on an inspection trip to Suining County.',
      'He stressed carrying out general secretary Xi Jinping’s key instructions on rural work.',
      'Tan visited a bamboo weaving workshop in Tangjiafang Town, where he asked about orders.',
    ],
    visits: [['bamboo weaving workshop', 'Tan Wei', '2024-10-16']],
  },
  {
    shape:
      'a machine-translated company page: a provincial party secretary named in lower case after the title',
    published: '2008-05-20',
    text: [
      'Provincial party secretary came to visit the company',
      'On May 14, fujian provincial party secretary chen ming-hua led a research group to visit sanming.',
      'He encouraged the staff to study the speech of general secretary hu jintao.',
    ],
    visits: [['sanming', 'Chen Ming-hua', '2008-05-14']],
  },
  {
    shape:
      'a vice-governor, then "the vice-governor" after a sentence on what Xi Jinping has called for',
    published: '2021-03-05',
    text: [
      'Vice-governor visits Xuzhou',
      'Vice-governor Wang Hao visited Xuzhou Heavy Machinery Co., Ltd. in Xuzhou on Tuesday.',
      'Xi Jinping has called for high-quality development.',
      'The vice-governor then visited Pizhou Port in Pizhou.',
    ],
    visits: [
      ['Xuzhou Heavy Machinery Co., Ltd.', 'Wang Hao', '2021-03-02'],
      ['Pizhou Port', 'Wang Hao', '2021-03-02'],
    ],
  },
  {
    shape: '"the governor" after a sentence recalling Xi Jinping’s visit of years before',
    published: '2021-03-05',
    text: [
      'Governor inspects Xuzhou',
      'Governor Wu Zhenglong inspected Xuzhou Heavy Machinery Co., Ltd. in Xuzhou on Tuesday.',
      'Xi Jinping inspected the company in 2017.',
      'The governor then went to Pizhou Port in Pizhou.',
    ],
    visits: [
      ['Xuzhou Heavy Machinery Co., Ltd.', 'Wu Zhenglong', '2021-03-02'],
      ['Pizhou Port', 'Wu Zhenglong', '2021-03-02'],
    ],
  },
  {
    shape: 'a governor recalled as "X, then governor of <Province>", citing Xi’s speech',
    published: '2015-06-05',
    text: [
      'Governor visits Lishui',
      'Zhao Ming, then governor of Zhejiang Province, visited Lishui Tea Market in Lishui on Monday to implement the spirit of General Secretary Xi Jinping’s speech.',
      'He then went to Suichang Kiwifruit Base in Suichang County.',
    ],
    visits: [
      ['Lishui Tea Market', 'Zhao Ming', '2015-06-01'],
      ['Suichang Kiwifruit Base', 'Zhao Ming', '2015-06-01'],
    ],
  },
  {
    shape: 'a governor named with "Governor" before the name, citing Xi’s speech',
    published: '2022-05-12',
    text: [
      'Governor inspects Quzhou',
      'On May 10, Governor Wang Hao went to Quzhou to implement the spirit of the important speech made by General Secretary Xi Jinping.',
      'Wang inspected a paper mill of Longyou County Tianyi Paper Co., Ltd. in Longyou County.',
    ],
    visits: [['paper mill', 'Wang Hao', '2022-05-10']],
  },
  {
    shape: 'a city party secretary named with "Party secretary of <City>" after the name',
    published: '2023-04-14',
    text: [
      'Party chief visits enterprises in Doumen',
      'Liang Hong, Party secretary of Jiangmen, visited several enterprises in Jiangmen’s Xinhui district on April 12, highlighting the role of private firms.',
      'At Xinhui Citrus Peel Industrial Park, Liang learned about its sales.',
    ],
    visits: [['Xinhui Citrus Peel Industrial Park', 'Liang Hong', '2023-04-12']],
  },
];

describe('the tour’s leader on each visit', () => {
  it.each(TOURS)('$shape', ({ published, text, visits }) => {
    const body = text.join('\n');
    const { collection } = draftArticle(body, { date: published });
    expect(
      collection.features.map(({ properties: p }) => [p.name.en, p.leader?.name.en, p.visit.date]),
    ).toEqual(visits);
    for (const f of collection.features) {
      const passage = f.properties.leader?.passage;
      if (passage) expect(body.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });
});
