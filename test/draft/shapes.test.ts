import { describe, expect, it } from 'vitest';
import { draftedVisits, type VisitRow } from './helpers.js';

/**
 * Visit shapes of real agency reports, in sentences of our own: each row drafts a short article
 * and lists the visits it must give (name, county or '-', city, province, date), in order.
 */
const SHAPES: { shape: string; published: string; text: string[]; visits: VisitRow[] }[] = [
  {
    shape: 'a list whose middle items have no article',
    published: '2021-05-13',
    text: [
      'Xi visits villages in Guizhou',
      'Xi Jinping continued his inspection tour of Northwest China’s Shaanxi Province on Tuesday.',
      'During his inspection of Ziyang County, Ankang City, Xi visited the old town, day care center, middle school and a pear orchard to learn about rural revitalization.',
    ],
    visits: [
      ['old town', 'Ziyang County', 'Ankang', 'Shaanxi', '2021-05-11'],
      ['day care center', 'Ziyang County', 'Ankang', 'Shaanxi', '2021-05-11'],
      ['middle school', 'Ziyang County', 'Ankang', 'Shaanxi', '2021-05-11'],
      ['pear orchard', 'Ziyang County', 'Ankang', 'Shaanxi', '2021-05-11'],
    ],
  },
  {
    shape: '"At <site> in <province>\'s <city> City, Xi learned"',
    published: '2019-06-14',
    text: [
      'Xi calls for wider opening up in Shandong',
      'Shandong should open wider to the sea, Xi said during a visit to the province from Tuesday to Thursday.',
      "At Longkou Port in Shandong's Yantai City, Xi learned about shipping routes to Japan and the Republic of Korea.",
    ],
    visits: [['Longkou Port', '-', 'Yantai', 'Shandong', '2019-W24']],
  },
  {
    shape: 'landmarks of a city, "including" its sites',
    published: '2022-03-09',
    text: [
      'Xi tours porcelain city',
      'Xi Jinping on Monday arrived in east China’s Jiangxi Province for an inspection tour.',
      'Xi visited old buildings in the city of Jingdezhen, including a kiln site, an old wharf and a lane of porcelain shops, to see how the city keeps its crafts alive.',
    ],
    visits: [
      ['kiln site', '-', 'Jingdezhen', 'Jiangxi', '2022-03-07'],
      ['old wharf', '-', 'Jingdezhen', 'Jiangxi', '2022-03-07'],
      ['lane of porcelain shops', '-', 'Jingdezhen', 'Jiangxi', '2022-03-07'],
    ],
  },
  {
    shape: 'a title-case headline and a direction before "China\'s" are no sites',
    published: '2020-08-20',
    text: [
      'Anhui News',
      'Page header',
      '',
      'Vice Premier Inspects Flood Relief in Anhui',
      '',
      'The vice premier continued his inspection tour of East China’s Anhui Province on Wednesday, visiting the Wangjiaba Sluice in Funan County.',
    ],
    visits: [['Wangjiaba Sluice', 'Funan County', 'Fuyang', 'Anhui', '2020-08-19']],
  },
  {
    shape: 'a caption date is no site; a site name does not run into "urging ..."',
    published: '2018-11-08',
    text: [
      'Xi in Shanghai',
      'President Xi Jinping talks with workers as he visits a container terminal in Shanghai, Nov. 6, 2018.',
      '',
      'Xi visited the Lingang Special Area of the Shanghai Pilot Free Trade Zone, urging local authorities to open wider.',
    ],
    visits: [
      ['container terminal', '-', 'Shanghai', 'Shanghai', '2018-11-06'],
      [
        'Lingang Special Area of the Shanghai Pilot Free Trade Zone',
        '-',
        'Shanghai',
        'Shanghai',
        '2018-11-06',
      ],
    ],
  },
  {
    shape: 'a visit from years before dates only itself; a city named later is not the frame',
    published: '2023-07-07',
    text: [
      'Xi revisits Pingtan',
      'On Wednesday morning, Xi inspected Pingtan County in the city of Fuzhou, and talked with fishermen at a local wharf.',
      '',
      'Xi, who visited the wharf 18 years ago, said he was glad to see the changes.',
      '',
      'He then paid a visit to the Pingtan lighthouse museum. Xi visited a software park in Xiamen, urging firms to innovate.',
    ],
    visits: [
      ['wharf', 'Pingtan County', 'Fuzhou', 'Fujian', '2005'],
      ['Pingtan lighthouse museum', 'Pingtan County', 'Fuzhou', 'Fujian', '2023-07-05'],
      ['software park', '-', 'Xiamen', 'Fujian', '2023-07-05'],
    ],
  },
  {
    shape: '"<Institute> of A and B under ..." is one name; ", Premier Li was glad" is no site',
    published: '2017-04-21',
    text: [
      'Premier in Qingdao',
      'Premier Li Keqiang made an inspection tour of Qingdao in Shandong Province on Wednesday.',
      'Visiting the Institute of Oceanology and Limnology under the Chinese Academy of Sciences, Li said research must serve the sea economy.',
      'During his visit to Shazikou village in Laoshan, Premier Li was glad to see new homes.',
    ],
    visits: [
      [
        'Institute of Oceanology and Limnology under the Chinese Academy of Sciences',
        '-',
        'Qingdao',
        'Shandong',
        '2017-04-19',
      ],
      ['Shazikou village', 'Laoshan District', 'Qingdao', 'Shandong', '2017-04-19'],
    ],
  },
  {
    shape: 'cities in a list: the one with no site told is a visit of its own',
    published: '2019-05-05',
    text: [
      'Guangdong tour',
      "GUANGZHOU, May 5 (Xinhua) -- Chinese Vice Premier Han Zheng has called for greener cities during an inspection tour of south China's Guangdong Province.",
      'The two-day tour, from Friday to Saturday, took Han to the cities of Foshan, Zhaoqing and Yunfu, where he visited Foshan Ceramics Museum and a bamboo market in Yunfu.',
    ],
    visits: [
      ['Zhaoqing', '-', 'Zhaoqing', 'Guangdong', '2019-W18'],
      ['Foshan Ceramics Museum', '-', 'Foshan', 'Guangdong', '2019-W18'],
      ['bamboo market', '-', 'Yunfu', 'Guangdong', '2019-W18'],
    ],
  },
  {
    shape: 'a trip to two provinces whose sites are placed in neither',
    published: '2019-06-14',
    text: [
      'Liu in the southwest',
      "KUNMING, June 14 (Xinhua) -- Vice Premier Liu He made the remarks during a fact-finding trip from Tuesday to Thursday to the country's southwestern provinces of Yunnan and Guizhou.",
      'Liu visited a seed bank, a hydropower station and a county hospital to learn about spending on public services.',
    ],
    visits: [
      ['Yunnan', '-', 'Yunnan', 'Yunnan', '2019-W24'],
      ['Guizhou', '-', 'Guizhou', 'Guizhou', '2019-W24'],
    ],
  },
  {
    shape: 'a district inspected beside villages of a county',
    published: '2019-06-14',
    text: [
      'Wang in Hunan',
      'Wang Yang, a member of the Standing Committee, inspected Tianxin District in Changsha and the mountain villages of Sangzhi County in Zhangjiajie on Thursday, to see how relocated families live.',
    ],
    visits: [
      ['Tianxin', 'Tianxin District', 'Changsha', 'Hunan', '2019-06-13'],
      ['mountain villages', 'Sangzhi County', 'Zhangjiajie', 'Hunan', '2019-06-13'],
    ],
  },
  {
    shape:
      "a site named after its county; dates of a quake and of a rebuilding are not the visit's; a town in a municipality's site name",
    published: '2014-09-18',
    text: [
      'Xi visits quake towns',
      "President Xi Jinping on Tuesday made a surprise trip to southwest China's Yunnan Province.",
      'It was his first visit to Ludian county in Zhaotong, the epicentre of the August 3 quake that left hundreds dead.',
      'Xi arrived at the Ludian County Stadium at 3.15pm and talked with families sheltering there.',
      'He then went to a primary school in Longtoushan township, which was rebuilt after floods in 2012.',
      'Premier Li Keqiang visited Chongqing Jiangbei Airport and Chongqing Light Rail Line 3 on the same day.',
    ],
    visits: [
      ['Ludian County Stadium', 'Ludian County', 'Zhaotong', 'Yunnan', '2014-09-16'],
      [
        'primary school in Longtoushan township',
        'Ludian County',
        'Zhaotong',
        'Yunnan',
        '2014-09-16',
      ],
      ['Chongqing Jiangbei Airport', '-', 'Chongqing', 'Chongqing', '2014-09-16'],
      ['Chongqing Light Rail Line 3', '-', 'Chongqing', 'Chongqing', '2014-09-16'],
    ],
  },
  {
    shape: 'the work of a district inspected: a visit to the district',
    published: '2024-03-05',
    text: [
      'Party chief in Nanjing',
      'NANJING, March 5 -- The provincial Party chief inspected the restoration of Jiangning District in Nanjing on Monday, and visited a robot maker in Qixia District.',
    ],
    visits: [
      ['Jiangning', 'Jiangning District', 'Nanjing', 'Jiangsu', '2024-03-04'],
      ['Qixia', 'Qixia District', 'Nanjing', 'Jiangsu', '2024-03-04'],
    ],
  },
  {
    shape: 'a range of days with a year: the week that holds it, never its first day',
    published: '2013-01-03',
    text: [
      'Premier in Hebei',
      'Premier Wen Jiabao inspected a steel mill and a grain depot in Tangshan, north China’s Hebei Province, from Dec. 29 to 30, 2012.',
    ],
    visits: [
      ['steel mill', '-', 'Tangshan', 'Hebei', '2012-W52'],
      ['grain depot', '-', 'Tangshan', 'Hebei', '2012-W52'],
    ],
  },
  {
    shape: '"on Saturday and Sunday": one range, not two days',
    published: '2021-03-29',
    text: [
      'Vice premier in Anhui',
      'HEFEI, March 29 -- Vice Premier Hu Chunhua visited a seed company and a rice cooperative in Chuzhou, east China’s Anhui Province, on Saturday and Sunday.',
    ],
    visits: [
      ['seed company', '-', 'Chuzhou', 'Anhui', '2021-W12'],
      ['rice cooperative', '-', 'Chuzhou', 'Anhui', '2021-W12'],
    ],
  },
  {
    shape: 'a range in the lead, then each site on its own day (told, or in a caption)',
    published: '2023-06-10',
    text: [
      'Premier tours Shandong',
      'Premier Li Qiang talks with workers at Weifang Diesel Works in Weifang, east China’s Shandong Province, June 8, 2023.',
      '',
      'JINAN, June 9 -- Premier Li Qiang made an inspection tour of Shandong Province from Wednesday to Friday.',
      'Li visited Weifang Diesel Works, a vegetable market in Shouguang and Qingdao Port.',
      'On Wednesday, Li went to the vegetable market in Shouguang, a county-level city of Weifang.',
      'At Qingdao Port on Friday morning, Li watched cranes load containers.',
    ],
    visits: [
      ['Weifang Diesel Works', '-', 'Weifang', 'Shandong', '2023-06-08'],
      ['vegetable market', 'Shouguang City', 'Weifang', 'Shandong', '2023-06-07'],
      ['Qingdao Port', '-', 'Qingdao', 'Shandong', '2023-06-09'],
    ],
  },
  {
    shape:
      'a weekend tour of a province, then "In the village of <V> in <W> County, the premier ..."',
    published: '2012-03-19',
    text: [
      'Premier inspects drought areas',
      'KUNMING, March 19 -- Premier Wen Jiabao inspected drought-hit areas in southwest China’s Yunnan Province at the weekend, urging local officials to secure drinking water.',
      'In the village of Hongqi in Shizong County, the premier asked farmers about their wheat.',
    ],
    visits: [['village of Hongqi', 'Shizong County', 'Qujing', 'Yunnan', '2012-W11']],
  },
  {
    shape:
      'a village the gazetteer lacks, its namesake a city elsewhere: the province the article names',
    published: '2012-03-19',
    text: [
      'Premier inspects drought areas',
      'KUNMING, March 19 -- Premier Wen Jiabao inspected drought-hit areas in southwest China’s Yunnan Province at the weekend.',
      'In Baiyun village, Wen learned that the wells had dried up.',
    ],
    visits: [['Baiyun village', '-', 'Yunnan', 'Yunnan', '2012-W11']],
  },
  {
    shape: 'a village that frames the sites its sentence lists is not one of them',
    published: '2020-09-18',
    text: [
      'Xi in Hunan',
      'CHANGSHA, Sept. 17 -- Xi Jinping inspected Hunan Province on Wednesday.',
      'In the village of Hongqi, Rucheng County, Xi visited a clinic and a primary school.',
    ],
    visits: [
      ['clinic', 'Rucheng County', 'Chenzhou', 'Hunan', '2020-09-16'],
      ['primary school', 'Rucheng County', 'Chenzhou', 'Hunan', '2020-09-16'],
    ],
  },
  {
    shape: 'a range carried over to a later paragraph: the day named since, inside the range',
    published: '2023-06-10',
    text: [
      'Premier tours Shandong',
      'JINAN, June 9 -- Premier Li Qiang made an inspection tour of Shandong Province from Wednesday to Friday.',
      'Li reached Shouguang, a county-level city of Weifang, on Thursday afternoon after a long drive.',
      '',
      'Li visited a vegetable market and asked traders about prices.',
    ],
    visits: [['vegetable market', '-', 'Shandong', 'Shandong', '2023-06-08']],
  },
  {
    shape: 'an object ends before "accompanied by", "as part of" and ", Xinhua reported"',
    published: '2015-02-15',
    text: [
      'Xi in Shaanxi',
      'He went to a cooperative in Yan’an on Friday, accompanied by provincial Party chief Zhao Lei.',
      'On Saturday he visited a primary school in Yanchuan county, Xinhua reported.',
      'He also visited a nursing home in Yanchang county as part of a tour to extend greetings.',
    ],
    visits: [
      // The city's GeoNames name, with its typographic apostrophe.
      ['cooperative', '-', 'Yan’an', 'Shaanxi', '2015-02-13'],
      ['primary school', 'Yanchuan County', "Yan'an", 'Shaanxi', '2015-02-14'],
      ['nursing home', 'Yanchang County', "Yan'an", 'Shaanxi', '2015-02-14'],
    ],
  },
  {
    shape: '"went on to", "moved on to" the next stop; never "went on to say"',
    published: '2024-06-20',
    text: [
      'Xi tours Hubei',
      'Xi Jinping began an inspection tour of Hubei Province on Monday.',
      'Later, Xi went on to Liangshui Village in Yunxi County, where farmers grow tea.',
      'The next morning he went on to say that farmers must get richer.',
      'On Tuesday he moved on to a canal museum in Xiangyang to hear about its history.',
    ],
    visits: [
      ['Liangshui Village', 'Yunxi County', 'Shiyan', 'Hubei', '2024-06-17'],
      ['canal museum', '-', 'Xiangyang', 'Hubei', '2024-06-18'],
    ],
  },
  {
    shape:
      '"Arriving in <county>, Xi visited"; "At a <described site> in the county, Xi said"; never "At a group discussion"',
    published: '2024-05-22',
    text: [
      'Xi tours Jiangxi',
      'Xi Jinping made an inspection tour of Ganzhou City, Jiangxi Province, from Monday to Wednesday.',
      'Arriving in Xingguo County on Monday afternoon, Xi visited a memorial hall for local soldiers.',
      'At a tea farm in the county, Xi said farmers must get richer.',
      'At a group discussion with county officials, Xi said reform must go on.',
    ],
    visits: [
      ['memorial hall for local soldiers', 'Xingguo County', 'Ganzhou', 'Jiangxi', '2024-05-20'],
      ['tea farm', 'Xingguo County', 'Ganzhou', 'Jiangxi', '2024-05-20'],
    ],
  },
  {
    shape:
      '"At a busy market" after a caption\'s "visits a market" is the same site; "At an elderly care center" a new one',
    published: '2024-01-30',
    text: [
      'Li visits Shaanxi',
      'Premier Li visits a market in Hanzhong, Shaanxi province, on Jan 28.',
      'Premier Li Qiang visited Hanzhong in Shaanxi Province over the weekend.',
      'At a busy market, the Premier chatted with stallholders.',
      'At an elderly care center, the Premier asked about meals.',
    ],
    visits: [
      ['market', '-', 'Hanzhong', 'Shaanxi', '2024-01-28'],
      ['elderly care center', '-', 'Hanzhong', 'Shaanxi', '2024-W04'],
    ],
  },
  {
    shape: '"<site> in the <Name> District" ends the name before its place words',
    published: '2024-05-22',
    text: [
      'Xi tours Guangdong',
      'Xi Jinping inspected Guangzhou, Guangdong Province, on Monday.',
      'Xi visited Sanyuan historical and cultural community in the Yuexiu District.',
      'He then went to a riverside park in the Haizhu District.',
    ],
    visits: [
      [
        'Sanyuan historical and cultural community',
        'Yuexiu District',
        'Guangzhou',
        'Guangdong',
        '2024-05-20',
      ],
      ['riverside park', 'Haizhu District', 'Guangzhou', 'Guangdong', '2024-05-20'],
    ],
  },
  {
    shape:
      'a local word in quotation marks names the site (\'a "lusheng ground," an open square\'), and no item ends inside quotation marks',
    published: '2021-02-04',
    text: [
      'Xi in Guizhou',
      'GUIYANG, Feb. 4 -- Xi Jinping visited Huawu village in Danzhai county, Guizhou Province, on Wednesday.',
      'Xi then went to a "lusheng ground," an open square where villagers dance during festivals.',
      'He also visited a "wind and rain bridge," a covered wooden bridge in the village.',
      'On Thursday he visited the "Belt and Road" exhibition hall in Guiyang.',
    ],
    visits: [
      ['Huawu village', 'Danzhai County', 'Qiandongnan', 'Guizhou', '2021-02-03'],
      ['lusheng ground', 'Danzhai County', 'Qiandongnan', 'Guizhou', '2021-02-03'],
      ['wind and rain bridge', 'Danzhai County', 'Qiandongnan', 'Guizhou', '2021-02-03'],
      ['"Belt and Road" exhibition hall', '-', 'Guiyang', 'Guizhou', '2021-02-04'],
    ],
  },
  {
    shape:
      '"<leader>\'s first stop, in the morning, was <site>"; "the village of <Name>" (a county of that name in another province is not it); "and then to <site>, <appositive> ... and ..."; "At the <Name> Grottoes,"',
    published: '2022-09-22',
    text: [
      'Xi in Zhejiang',
      "HANGZHOU, Sept. 21 -- Xi Jinping inspected the city of Jinhua in east China's Zhejiang Province on Wednesday.",
      "Xi's first stop, in the morning, was a riverside district in the city of Jinhua, where he learned about flood control.",
      'He went to the village of Yongfeng in the afternoon and then to Hongyan Hall, a memorial temple on the site of the old home of Li Ming and his brothers Li Hua and Li Fan, poets of the Ming Dynasty.',
      'At the Shuanglong Grottoes, a cave temple more than 800 years old, Xi stressed protecting relics.',
    ],
    visits: [
      ['riverside district', '-', 'Jinhua', 'Zhejiang', '2022-09-21'],
      ['village of Yongfeng', '-', 'Jinhua', 'Zhejiang', '2022-09-21'],
      ['Hongyan Hall', '-', 'Jinhua', 'Zhejiang', '2022-09-21'],
      ['Shuanglong Grottoes', '-', 'Jinhua', 'Zhejiang', '2022-09-21'],
    ],
  },
  {
    shape:
      'a photo caption\'s "<leader> talks with <people> at <site> in <city>, <date>."; a mosque is a site; "In <Name> Village of <X> Township, <Y> County," is in that county, not the one told before',
    published: '2024-06-13',
    text: [
      'Premier in Gansu',
      "Chinese Premier Li Qiang, also a member of the Standing Committee of the Political Bureau of the CPC Central Committee, talks with students at Hezheng Middle School in Linxia, northwest China's Gansu Province, June 12, 2024. (Xinhua/Wang Ye)",
      'Li Qiang chats with local Muslims at Nanguan Mosque in Linxia, June 12, 2024.',
      'LANZHOU, June 13 -- Chinese Premier Li Qiang inspected Gansu Province on Wednesday and Thursday.',
      'On Thursday, Li went to Bulengou, a village in Kangle County, where he saw new homes.',
      'In Chenjia Village of Xinying Township, Guanghe County, he asked farmers about their income.',
    ],
    visits: [
      ['Hezheng Middle School', '-', 'Linxia', 'Gansu', '2024-06-12'],
      ['Nanguan Mosque', '-', 'Linxia', 'Gansu', '2024-06-12'],
      ['Bulengou', 'Kangle County', 'Linxia', 'Gansu', '2024-06-13'],
      ['Chenjia Village', 'Guanghe County', 'Linxia', 'Gansu', '2024-06-13'],
    ],
  },
  {
    shape:
      '"took Xi, who is also ..., to the cities of A and B" (B with no site told is a visit to B); "<Village>, where families moved ... last year" keeps the tour\'s day; "<Name>, a historical and cultural street in <city>" is one site; a recalled site\'s own month after its place words',
    published: '2024-05-24',
    text: [
      'Xi in Shandong',
      'JINAN, May 24 -- The trip from Wednesday to Friday took Xi, who is also general secretary of the CPC Central Committee, to the cities of Weihai and Zibo.',
      'On Wednesday, Xi visited a shipyard in Weihai.',
      'Later, Xi went on to Dongdao Village in Rongcheng, where families moved into new homes last year.',
      'His first stop, on Thursday, was Furong Street, a historical and cultural street in Jinan.',
      'Xi has visited many ports since 2013, including the Yangluo container port in Wuhan in July 2013.',
    ],
    visits: [
      ['Zibo', '-', 'Zibo', 'Shandong', '2024-W21'],
      ['shipyard', '-', 'Weihai', 'Shandong', '2024-05-22'],
      ['Dongdao Village', 'Rongcheng City', 'Weihai', 'Shandong', '2024-05-22'],
      ['Furong Street', '-', 'Jinan', 'Shandong', '2024-05-23'],
      ['Yangluo container port', '-', 'Wuhan', 'Hubei', '2013-07'],
    ],
  },
  {
    shape:
      'a time line: "<Mon> <d>, <city>" on a line, then a site a line (title case, an appositive, "where ...", a district) until a line of prose',
    published: '2014-05-12',
    text: [
      'Premier in Fujian',
      'Time line',
      'May 8, Xiamen',
      'Xiamen Software Industry Innovation Park',
      'Gulangyu Piano Museum, where a collection of old pianos is shown',
      'May 9, Fuzhou',
      'A tea cooperative in Minhou county',
      'Mawei Shipyard, one of the oldest in the country',
      'Li Keqiang told workers at the shipyard that the country needs their skills.',
      'Dec 9, Beijing is a line of prose.',
    ],
    visits: [
      ['Xiamen Software Industry Innovation Park', '-', 'Xiamen', 'Fujian', '2014-05-08'],
      ['Gulangyu Piano Museum', '-', 'Xiamen', 'Fujian', '2014-05-08'],
      ['tea cooperative', 'Minhou County', 'Fuzhou', 'Fujian', '2014-05-09'],
      ['Mawei Shipyard', '-', 'Fuzhou', 'Fujian', '2014-05-09'],
    ],
  },
  {
    shape:
      '"Xi had been to A, B and C on <day>, but made no mention of the stop he made at <site> in <city> on <day>": each city and the site, each on its own day',
    published: '2012-12-12',
    text: [
      "Xi's first tour",
      'HONG KONG, Dec. 12 -- Xi Jinping ended a five-day tour of Fujian on Tuesday.',
      'The broadcast said Xi had been to Xiamen, Quanzhou and Fuzhou on Saturday, but made no mention of the stop he made at a naval base in Ningde on Monday.',
    ],
    visits: [
      ['Xiamen', '-', 'Xiamen', 'Fujian', '2012-12-08'],
      ['Quanzhou', '-', 'Quanzhou', 'Fujian', '2012-12-08'],
      ['Fuzhou', '-', 'Fuzhou', 'Fujian', '2012-12-08'],
      ['naval base', '-', 'Ningde', 'Fujian', '2012-12-10'],
    ],
  },
  {
    shape:
      'a summary by kinds ("went to villages, enterprises, a monastery and an ecological protection station") gives no visits of its own; the sites told one by one do',
    published: '2016-08-25',
    text: [
      'Xi in Qinghai',
      'XINING, Aug. 25 -- Xi Jinping made an inspection tour of Qinghai Province from Monday to Wednesday.',
      'He went to villages, enterprises, a monastery and an ecological protection station to see how poverty relief was going.',
      'On Monday, Xi visited a dairy cooperative in Huangzhong District of Xining.',
    ],
    visits: [['dairy cooperative', 'Huangzhong District', 'Xining', 'Qinghai', '2016-08-22']],
  },
  {
    shape:
      'a site ends where its name ends: "began at", a ranking appositive, a participle, a new verb, "and later to", "the Premier said", "and other places"; a person described, a kind of place and a leader\'s own "first" are no sites',
    published: '2019-05-24',
    text: [
      'Li inspects Fujian',
      'Premier Li Keqiang made an inspection tour of Longyan, a city in Southeast China’s Fujian Province, on Wednesday.',
      'Premier Li began at a tea market, where he talked with growers.',
      'Li then went to the Longyan Cable Plant and to Caixi Port, the largest inland port in the province, and later to a water project in Shanghang County.',
      'While visiting Longyan People’s Hospital, the Premier said doctors must be well paid.',
      'It is not the first time Li has inspected a mountain city, and Li’s first since the floods.',
      'Li also visited the home of Chen Fu, a 70-year-old farmer in the village of Caixi, Shanghang County, who served in the army.',
      'Afterwards Li visits the site of the Caixi Meeting, held by the Red Army, and looks at the photos.',
      'During the tour, Li went to a tea farm, a bamboo cooperative and other places.',
    ],
    visits: [
      ['tea market', '-', 'Longyan', 'Fujian', '2019-05-22'],
      ['Longyan Cable Plant', 'Shanghang County', 'Longyan', 'Fujian', '2019-05-22'],
      ['Caixi Port', 'Shanghang County', 'Longyan', 'Fujian', '2019-05-22'],
      ['water project', 'Shanghang County', 'Longyan', 'Fujian', '2019-05-22'],
      ['Longyan People’s Hospital', '-', 'Longyan', 'Fujian', '2019-05-22'],
      ['home of Chen Fu', 'Shanghang County', 'Longyan', 'Fujian', '2019-05-22'],
      ['site of the Caixi Meeting', 'Shanghang County', 'Longyan', 'Fujian', '2019-05-22'],
      ['tea farm', 'Shanghang County', 'Longyan', 'Fujian', '2019-05-22'],
      ['bamboo cooperative', 'Shanghang County', 'Longyan', 'Fujian', '2019-05-22'],
    ],
  },
  {
    shape:
      'a home called on in the village visited that day is that visit; a family "called on" in a village no visit names is a visit; "called on officials to" is none',
    published: '2019-05-17',
    text: [
      'Xi visits Gansu villages',
      'Xi Jinping visited Hongshan, a village in Huining County of northwest China’s Gansu Province, on Tuesday.',
      'He then went to the home of villager Ma Lin, where he asked about the family’s income.',
      'On Wednesday, Xi called on the family of herdsman Zhao Ping in Baishui Village, Huining County.',
      'Xi also called on local officials to do more for the poor.',
      'In Baishui, Xi visited a clinic.',
    ],
    visits: [
      ['Hongshan', 'Huining County', 'Baiyin', 'Gansu', '2019-05-14'],
      ['family of herdsman Zhao Ping', 'Huining County', 'Baiyin', 'Gansu', '2019-05-15'],
      ['clinic', 'Huining County', 'Baiyin', 'Gansu', '2019-05-15'],
    ],
  },
  {
    shape:
      "a home told by its host's surname is where the article introduces the host; a recalled trip's date carries to its next stop when the article tells no tour of its own",
    published: '2019-07-10',
    text: [
      'Xi recalls a visit',
      'Wang Lin, a retired miner in Hegang, Heilongjiang Province, moved into a new flat last year.',
      '',
      'On a cold day in January 2015, President Xi Jinping came to Wang’s home, a hut of 30 square meters.',
      '',
      'The president also called on a herdsman’s family in Qiqihar.',
    ],
    visits: [
      ['Wang’s home', '-', 'Hegang', 'Heilongjiang', '2015-01'],
      ['herdsman’s family', '-', 'Qiqihar', 'Heilongjiang', '2015-01'],
    ],
  },
  {
    shape:
      '"dropped in <kinds>, including <site>, <site> and carmaker <Name>": the sites listed, the company by its name; "toured <province> Jan. 8-11" is no site',
    published: '2008-01-15',
    text: [
      'Hu tours Jiangxi',
      'Chinese President Hu Jintao on Monday concluded his inspection tour of Jiangxi Province.',
      'Hu made an inspection tour to Jiangxi Jan. 8-11.',
      'He dropped in research institutes and enterprises, including the Nanchang Institute of Optics, a local tractor factory and carmaker Jiangling.',
    ],
    visits: [
      ['Nanchang Institute of Optics', '-', 'Nanchang', 'Jiangxi', '2008-W02'],
      ['local tractor factory', '-', 'Nanchang', 'Jiangxi', '2008-W02'],
      ['Jiangling', '-', 'Nanchang', 'Jiangxi', '2008-W02'],
    ],
  },
  {
    shape:
      'photo captions: "lays a wreath at the tomb of <Name> in <county>", "talks with villagers in <Name> village of <township>, <county>", each dated by its caption',
    published: '2015-05-21',
    text: [
      'Xi honors a hero',
      '(Xinhua) Updated: 2015-05-21 10:02',
      'President Xi Jinping lays a wreath at the tomb of Yang Jingyu in Jingyu county, Northeast China’s Jilin province, May 20, 2015. [Photo/Xinhua]',
      '',
      'President Xi Jinping talks with villagers in Dongshan village of Mengjiang township, Jingyu county, May 20, 2015. The village has 860 people. [Photo/Xinhua]',
    ],
    visits: [
      ['tomb of Yang Jingyu', 'Jingyu County', 'Baishan', 'Jilin', '2015-05-20'],
      ['Dongshan village', 'Jingyu County', 'Baishan', 'Jilin', '2015-05-20'],
    ],
  },
  {
    shape:
      '"places including <site>, a village service center and the homes of villagers": the homes are a site, a village service center no village; "At a farmer\'s home," is a visit',
    published: '2019-08-23',
    text: [
      'Xi in Gansu',
      'Xi Jinping inspected northwest China’s Gansu Province on Wednesday.',
      'In the village of Baihe, Kangle County, Xi visited places including a revolution-themed exhibition hall, a village service center and the homes of villagers.',
      'On Thursday, Xi went to Yongjing County.',
      'At a farmer’s home, Xi asked about the harvest.',
    ],
    visits: [
      ['revolution-themed exhibition hall', 'Kangle County', 'Linxia', 'Gansu', '2019-08-21'],
      ['village service center', 'Kangle County', 'Linxia', 'Gansu', '2019-08-21'],
      ['homes of villagers', 'Kangle County', 'Linxia', 'Gansu', '2019-08-21'],
      ['farmer’s home', 'Yongjing County', 'Linxia', 'Gansu', '2019-08-22'],
    ],
  },
  {
    shape:
      '"ahead of a visit to <city> to mark ...": a visit still to come is none, and the sites that follow stay in the city inspected',
    published: '2020-10-13',
    text: [
      'Xi in Guangdong',
      'Xi Jinping inspected the city of Chaozhou in south China’s Guangdong Province on Monday, ahead of a visit to Shenzhen to mark the 40th anniversary of the special economic zone.',
      'Xi went to the Guangji Bridge to learn about the protection of the old city.',
    ],
    visits: [['Guangji Bridge', '-', 'Chaozhou', 'Guangdong', '2020-10-12']],
  },
];

describe('visit shapes of real reports', () => {
  it.each(SHAPES)('$shape', ({ published, text, visits }) => {
    expect(draftedVisits(text, published)).toEqual(visits);
  });
});
