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
    shape:
      'a county-level city named under its city beats a province named in passing; a county GB/T 2260 lists twice',
    published: '2015-08-20',
    text: [
      'Party chief on tour',
      'Zhou, tipped for a post in Beijing next year, said his visit to Dongshan, a village in Lufeng, a county-level city under Shanwei, on Tuesday was long planned.',
      'On Thursday he visited a clinic in Xunyang county, Shaanxi Province.',
    ],
    visits: [
      ['Dongshan', 'Lufeng City', 'Shanwei', 'Guangdong', '2015-08-18'],
      ['clinic', 'Xunyang County', 'Ankang', 'Shaanxi', '2015-08-20'],
    ],
  },
  {
    shape:
      'a town named like a city elsewhere, beside a district of the frame’s municipality; a banner by its Mongolian name',
    published: '2021-06-12',
    text: [
      'District delegation visits companies',
      'SHANGHAI, June 11 -- A delegation from Pudong New Area visited a chip factory in Pudong on Tuesday.',
      'The delegation, led by the Party secretary of Pudong New Area, visited a battery plant in Zhangjiang on Wednesday.',
      'On Friday a vice governor visited a dairy farm in Jarud Banner in Inner Mongolia.',
    ],
    visits: [
      ['chip factory', 'Pudong New Area', 'Shanghai', 'Shanghai', '2021-06-08'],
      ['battery plant', 'Pudong New Area', 'Shanghai', 'Shanghai', '2021-06-09'],
      ['dairy farm', 'Zhalute Banner', 'Tongliao', 'Inner Mongolia', '2021-06-11'],
    ],
  },
  {
    shape:
      'an autonomous county named with its people in lower case; a township named like a town GeoNames holds, in the county of the tour',
    published: '2019-04-20',
    text: [
      'Xi on tour',
      'CHONGQING, April 19 -- Xi visited a clinic in Shizhu Tujia autonomous county on Monday.',
      'At a school in Zhongyi township, Xi asked about lunches.',
    ],
    visits: [
      ['clinic', 'Shizhu Autonomous County', 'Chongqing', 'Chongqing', '2019-04-15'],
      ['school', 'Shizhu Autonomous County', 'Chongqing', 'Chongqing', '2019-04-15'],
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
      '"<X>, a natural village of <county>": the village’s name, not a city of that name elsewhere',
    published: '2019-05-22',
    text: [
      'Xi in Jiangxi',
      'NANCHANG, May 21 -- Xi Jinping inspected Jiangxi Province on Monday.',
      'In Ganzhou, Xi walked through Shimen, a natural village of Ruijin city, and talked with farmers.',
    ],
    visits: [['Shimen', 'Ruijin City', 'Ganzhou', 'Jiangxi', '2019-05-20']],
  },
  {
    shape:
      'an autonomous prefecture in lower case after its county, then its short name; a county of it inspected as a whole frames the site after it',
    published: '2024-06-05',
    text: [
      'Vice premier in Sichuan',
      "CHENGDU, June 4 -- Vice Premier Hu Chunhua visited Butuo county of Liangshan Yi autonomous prefecture in southwest China's Sichuan Province on Monday.",
      'At a resettlement community in Butuo, Hu talked with relocated families.',
      'On Tuesday he went to a potato cooperative in Xide county, Liangshan, where he learned about local industries.',
    ],
    visits: [
      ['resettlement community', 'Butuo County', 'Liangshan', 'Sichuan', '2024-06-03'],
      ['potato cooperative', 'Xide County', 'Liangshan', 'Sichuan', '2024-06-04'],
    ],
  },
  {
    shape:
      'autonomous prefectures inspected, named in full with their peoples, then short: the frame of the county-level places named in them',
    published: '2024-07-27',
    text: [
      'Xi in Jilin and Guizhou',
      "GUIYANG, July 26 -- Xi Jinping inspected Yanbian Korean Autonomous Prefecture in northeast China's Jilin Province on Tuesday.",
      'In Yanbian, Xi visited a rice field in Helong city and a folk village in Longjing, Yanbian.',
      "On Thursday he inspected the Qiandongnan Miao and Dong Autonomous Prefecture in southwest China's Guizhou Province.",
      'Xi visited a silver workshop in Leishan county, where he learned about local crafts.',
    ],
    visits: [
      ['rice field', 'Helong City', 'Yanbian', 'Jilin', '2024-07-23'],
      ['folk village', 'Longjing City', 'Yanbian', 'Jilin', '2024-07-23'],
      ['silver workshop', 'Leishan County', 'Qiandongnan', 'Guizhou', '2024-07-25'],
    ],
  },
  {
    shape:
      'a county, its autonomous prefecture and its province in a row after the site: one visit; the prefecture alone later places the next',
    published: '2023-11-06',
    text: [
      'Xi in Hunan',
      "CHANGSHA, Nov 5 -- Xi Jinping visited a Miao village in Huayuan county, Xiangxi Tujia and Miao Autonomous Prefecture, central China's Hunan Province, on Tuesday.",
      'He also went to a tea garden in Xiangxi.',
    ],
    visits: [
      ['Miao village', 'Huayuan County', 'Xiangxi', 'Hunan', '2023-10-31'],
      ['tea garden', '-', 'Xiangxi', 'Hunan', '2023-10-31'],
    ],
  },
  {
    shape: 'a county-level city of an autonomous prefecture ("<X> City of <Y> ... Prefecture")',
    published: '2021-08-24',
    text: [
      'Xi in Qinghai',
      'XINING, Aug. 23 -- Xi Jinping arrived in Delingha City of Haixi Mongolian and Tibetan Autonomous Prefecture on Sunday and visited a solar power station.',
    ],
    visits: [['solar power station', 'Delingha City', 'Haixi', 'Qinghai', '2021-08-22']],
  },
  {
    shape:
      'a river or lake named like a province or county ("the Xinjiang River", "Taihu Lake") is not that place',
    published: '2023-09-10',
    text: [
      'Premier in Jiangxi and Zhejiang',
      'NANCHANG, Sept 9 -- Premier Li Qiang visited a wetland park on the Xinjiang River in Yujiang district on Friday.',
      'He then inspected a flood control project by Taihu Lake in Huzhou.',
    ],
    visits: [
      [
        'wetland park on the Xinjiang River',
        'Yujiang District',
        'Yingtan',
        'Jiangxi',
        '2023-09-08',
      ],
      ['flood control project by Taihu Lake', '-', 'Huzhou', 'Zhejiang', '2023-09-08'],
    ],
  },
  {
    shape:
      'a villager’s home the sentence opens at, named by the villager (whose given name is no city), in the county-level city told before',
    published: '2024-02-13',
    text: [
      'Xi visits villagers before Spring Festival',
      "HAIKOU, Feb 12 -- Xi Jinping visited villagers in Qionghai city, south China's Hainan Province, on Wednesday.",
      'At the home of villager Wang Guangming in Tanmen town, Xi sat down with the family and asked about their income.',
      "Xi then went to Chen's home, where he watched the family make rice cakes.",
    ],
    visits: [
      ['home of villager Wang Guangming', 'Qionghai City', 'Qionghai', 'Hainan', '2024-02-07'],
      ["Chen's home", 'Qionghai City', 'Qionghai', 'Hainan', '2024-02-07'],
    ],
  },
  {
    shape:
      '"<Name>, a village in <county>", "<Name>, a town in <city>": one visit, named by the village or town, in the appositive’s county',
    published: '2023-11-03',
    text: [
      'A village ten years on',
      'CHANGSHA, Nov. 2 -- Ten years ago, Xi Jinping came to Baishuitang, a village in Huayuan county of Xiangxi Tujia and Miao Autonomous Prefecture.',
      'On Wednesday, Vice Premier Hu Chunhua went to Longwangmiao, a town in Shangzhi city, where he checked the repair of a bridge.',
      'He then visited Xinglong, a small mountain village in Wuchang, Heilongjiang, and talked with farmers.',
    ],
    visits: [
      ['Baishuitang', 'Huayuan County', 'Xiangxi', 'Hunan', '2013'],
      ['Longwangmiao', 'Shangzhi City', "Ha'erbin", 'Heilongjiang', '2023-11-01'],
      ['Xinglong', 'Wuchang City', "Ha'erbin", 'Heilongjiang', '2023-11-01'],
    ],
  },
  {
    shape:
      'a county-level city’s name as the first word of a site’s name ("the Puning Temple" in a Hebei city) is no visit to that county-level city in another province',
    published: '2024-05-17',
    text: [
      'Premier in Chengde',
      'Premier Li Qiang inspected Chengde in north China’s Hebei Province on Thursday.',
      'Li went to the Puning Temple and a vocational school, where he talked with teachers.',
    ],
    visits: [
      ['Puning Temple', '-', 'Chengde', 'Hebei', '2024-05-16'],
      ['vocational school', '-', 'Chengde', 'Hebei', '2024-05-16'],
    ],
  },
  {
    shape:
      'a clause opening with a bare title or a leader’s surname after the site ("and Premier checked ...") is no site; "during his stay in <county>" is a county visit',
    published: '2022-09-09',
    text: [
      'Premier in Sichuan',
      "CHENGDU, Sept. 8 -- Premier Li Qiang visited Shimian Port in Ya'an, southwest China's Sichuan Province, on Wednesday, and Premier checked the loading of relief goods.",
      'He inspected a grain depot, and Li learned about the supply of rice there.',
      'During his stay in Hanyuan county, Li urged officials to restore power and water supplies.',
    ],
    visits: [
      ['Shimian Port', '-', "Ya'an", 'Sichuan', '2022-09-07'],
      ['grain depot', '-', "Ya'an", 'Sichuan', '2022-09-07'],
      ['Hanyuan', 'Hanyuan County', "Ya'an", 'Sichuan', '2022-09-07'],
    ],
  },
  {
    shape:
      'a feature recalling a visit: "<Name>, a village in <county>" then "when he came to the village in <month year>"; "quake-hit <county>"; a villager’s home by name ("Inside <Name>’s home"); ", the road was" ends the visit’s object',
    published: '2023-11-03',
    text: [
      'A village ten years on',
      "CHANGSHA, Nov. 2 -- Shuanghe, a village tucked in the mountains of Fenghuang county in central China's Hunan Province, has changed beyond recognition.",
      'When Xi Jinping came to the village in November 2013, the road was still unpaved.',
      'On Wednesday, Premier Li Qiang visited quake-hit Lushan county in Sichuan Province.',
      'Inside Yang Deshan’s home, Li checked the new stove.',
    ],
    visits: [
      ['Shuanghe', 'Fenghuang County', 'Xiangxi', 'Hunan', '2013-11'],
      ['Yang Deshan’s home', 'Lushan County', "Ya'an", 'Sichuan', '2023-11-01'],
    ],
  },
  {
    shape:
      'a county of an autonomous prefecture of two peoples in lower case ("Miao and Dong autonomous prefecture") inspected, then "In the county": the site is in that county, and no people’s name is a place',
    published: '2021-06-09',
    text: [
      'Xi in Guizhou',
      'GUIYANG, June 9 -- Chinese President Xi Jinping inspected Danzhai county in the Qiandongnan Miao and Dong autonomous prefecture on Tuesday.',
      'In the county, Xi listened to a briefing on relocation and visited a local embroidery workshop.',
      'Xi then inspected Yuping Dong Autonomous County in Tongren on Wednesday.',
    ],
    visits: [
      ['local embroidery workshop', 'Danzhai County', 'Qiandongnan', 'Guizhou', '2021-06-08'],
      ['Yuping', 'Yuping Autonomous County', 'Tongren', 'Guizhou', '2021-06-09'],
    ],
  },
  {
    shape:
      '"In <X> county, Xi talked with ..." (no visit verb) is a county visit; "In <X> county, he chaired a meeting" is none',
    published: '2023-09-08',
    text: [
      'Xi in Heilongjiang',
      'HARBIN, Sept. 8 -- Xi Jinping inspected Heilongjiang Province on Wednesday.',
      'In Fangzheng county, Xi talked with farmers in a soybean field.',
      'In Yanshou County, he chaired a meeting on flood relief.',
    ],
    visits: [['Fangzheng', 'Fangzheng County', "Ha'erbin", 'Heilongjiang', '2023-09-06']],
  },
  {
    shape:
      '"<Name>, a Miao village in <county>", "<Name>, a village of the <X> people in <city>": one visit each (the homes called at in the village are part of its visit); "the Yi people", "Party members" and "the old revolutionary base area of <mountains>" are no sites',
    published: '2019-04-18',
    text: [
      'Premier in Hunan',
      'CHANGSHA, April 17 -- Premier Li Keqiang went to the old revolutionary base area of the Wuling Mountains in Hunan Province on Tuesday.',
      'Li visited Paibi, a Miao village in Huayuan county, where he met Party members.',
      'He then visited Dehang, a village of the Tujia people in Jishou, and called at the homes of farmers and Party members.',
      '"I have long wanted to visit the Miao people," Li said.',
    ],
    visits: [
      ['Paibi', 'Huayuan County', 'Xiangxi', 'Hunan', '2019-04-16'],
      ['Dehang', 'Jishou City', 'Xiangxi', 'Hunan', '2019-04-16'],
    ],
  },
  {
    shape:
      'a party secretary\'s tour of two counties: "At <Name> Township of <county>," is a visit to the township; a site "in <Name> Village" is in the county the sentence opens in, never a namesake city the gazetteer holds',
    published: '2025-11-13',
    text: [
      'Party chief inspects the countryside',
      'On November 12, Wang Hua, secretary of the Huaihua Municipal Party Committee, went on an inspection trip to Tongdao and Jingzhou counties.',
      'At Huangtu Township of Tongdao County, Wang heard how the township seat is being rebuilt.',
      'In Jingzhou County, Wang visited a tea cooperative in Luojiu Village, where he asked about prices.',
    ],
    visits: [
      ['Huangtu Township', 'Tongdao Autonomous County', 'Huaihua', 'Hunan', '2025-11-12'],
      ['tea cooperative', 'Jingzhou Autonomous County', 'Huaihua', 'Hunan', '2025-11-12'],
    ],
  },
  {
    shape:
      'a caption\'s home "in <village>, <town>, <county>, <city> in <province>": one visit, in that county (the town was a second site)',
    published: '2017-01-25',
    text: [
      'Xi visits villagers',
      "ZHANGJIAKOU, Jan. 25 -- Chinese President Xi Jinping visits the home of villager Wang Fu in Xinsheng Village, Dahe town, Kangbao county, Zhangjiakou city in north China's Hebei Province, on January 24, 2017.",
    ],
    visits: [['home of villager Wang Fu', 'Kangbao County', 'Zhangjiakou', 'Hebei', '2017-01-24']],
  },
];

describe('places below the city', () => {
  it.each(SHAPES)('$shape', ({ published, text, visits }) => {
    expect(draftedVisits(text, published)).toEqual(visits);
  });
});
