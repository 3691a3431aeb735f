import { describe, expect, it } from 'vitest';
import { draftArticle } from '../../src/draft/index.js';

/** Each drafted visit: [site, leader (en, zh, title), officials accompanying]. */
function officials(text: string) {
  const { collection } = draftArticle(text, { id: 'officials', date: '2024-05-10' });
  return collection.features.map((f) => {
    const p = f.properties;
    for (const o of [...(p.leader ? [p.leader] : []), ...(p.accompanied ?? [])])
      expect(text.slice(o.passage.start, o.passage.end)).toBe(o.passage.text);
    return [
      p.name.en,
      p.leader ? [p.leader.name.en, p.leader.name.zh ?? null, p.leader.title?.en ?? null] : null,
      (p.accompanied ?? []).map((o) => o.name.en),
    ];
  });
}

describe('leaders and officials accompanying', () => {
  it('a tour framed with its officials: the premier leads every visit, they go on each', () => {
    const text = [
      'Premier Li Qiang made an inspection tour of Yunnan Province from Monday to Tuesday, accompanied by provincial Party secretary Zhou Ning and Governor Sun Ping.',
      '',
      'Li visited the Kunming Tea Research Institute in Kunming on Monday.',
      '',
      'He then went to Dali Port in Dali on Tuesday.',
    ].join('\n');
    expect(officials(text)).toEqual([
      [
        'Kunming Tea Research Institute',
        ['Li Qiang', '李强', 'Premier'],
        ['Zhou Ning', 'Sun Ping'],
      ],
      ['Dali Port', ['Li Qiang', '李强', 'Premier'], ['Zhou Ning', 'Sun Ping']],
    ]);
  });

  it('officials named in one visit\'s sentence go on that visit only; "he" is the leader', () => {
    const text = [
      'President Xi Jinping made an inspection tour of Anhui Province on Thursday and Friday.',
      '',
      'Xi visited the Hefei Science Institute in Hefei on Thursday, accompanied by Gao Feng, secretary of the CPC Anhui Provincial Committee.',
      '',
      'He then went to Wuhu Port in Wuhu on Friday.',
    ].join('\n');
    expect(officials(text)).toEqual([
      ['Hefei Science Institute', ['Xi Jinping', '习近平', 'President'], ['Gao Feng']],
      ['Wuhu Port', ['Xi Jinping', '习近平', 'President'], []],
    ]);
  });

  it('a city party secretary’s tour: "Mayor A and Vice Mayor B accompanied the inspection"', () => {
    const text = [
      'On May 8, Zhou Bin, secretary of the Jiangmen Municipal Party Committee, visited Jiangmen Steel Co., Ltd. in Jiangmen, Guangdong Province.',
      'Mayor Liu Chang and Vice Mayor He Ping accompanied the inspection.',
    ].join('\n');
    expect(officials(text)).toEqual([
      [
        'Jiangmen Steel Co., Ltd.',
        ['Zhou Bin', null, 'Secretary of the Jiangmen Municipal Party Committee'],
        ['Liu Chang', 'He Ping'],
      ],
    ]);
  });

  it('a machine translation in lower case: the secretary and the officials "accompanied by" him', () => {
    const text = [
      'Provincial party secretary came to visit the company',
      'On the afternoon of May 8, zhou was accompanied by liu chang, secretary of sanming municipal party committee, and he ping, mayor of sanming, and visited Sanming Steel Co., Ltd. in Sanming, Fujian Province.',
      'fujian provincial party secretary zhou bin encouraged the staff.',
    ].join('\n');
    expect(officials(text)).toEqual([
      ['Sanming Steel Co., Ltd.', ['Zhou Bin', null, 'Party secretary'], ['Liu Chang', 'He Ping']],
    ]);
  });

  it('"X, a member of ..., accompanied Xi on the trip" names an official of every visit', () => {
    const text = [
      'President Xi Jinping made an inspection tour of Gansu Province on Wednesday.',
      '',
      'Xi visited the Lanzhou Research Institute in Lanzhou on Wednesday.',
      '',
      'Ma Lin, a member of the Political Bureau of the CPC Central Committee, accompanied Xi on the trip.',
    ].join('\n');
    expect(officials(text)).toEqual([
      ['Lanzhou Research Institute', ['Xi Jinping', '习近平', 'President'], ['Ma Lin']],
    ]);
  });

  it('"accompanied by provincial leaders" names nobody; a place is never a leader', () => {
    const text = [
      'Vice Premier Ding Xuexiang made an inspection tour of Heilongjiang Province on Monday.',
      '',
      'Accompanied by provincial leaders, Ding visited the Harbin Grain Research Institute in Harbin on Monday.',
    ].join('\n');
    expect(officials(text)).toEqual([
      ['Harbin Grain Research Institute', ['Ding Xuexiang', '丁薛祥', 'Vice Premier'], []],
    ]);
  });
  it('a list of "<Name>, <long title>" before "accompanied Xi on the inspection tour"', () => {
    const text = [
      'President Xi Jinping made an inspection tour of Qinghai Province from Tuesday to Wednesday.',
      '',
      'Xi visited the Xining Salt Lake Institute in Xining on Tuesday.',
      '',
      'He then went to Haidong Port in Haidong on Wednesday.',
      '',
      'Zhao Minghai, a member of the Standing Committee of the Political Bureau of the CPC Central Committee and director of the General Office of the CPC Central Committee, Qian Dewen, a member of the Political Bureau of the CPC Central Committee and vice premier, and Luo Shan, secretary of the CPC Qinghai Provincial Committee, accompanied Xi on the inspection tour.',
    ].join('\n');
    const names = ['Zhao Minghai', 'Qian Dewen', 'Luo Shan'];
    expect(officials(text)).toEqual([
      ['Xining Salt Lake Institute', ['Xi Jinping', '习近平', 'President'], names],
      ['Haidong Port', ['Xi Jinping', '习近平', 'President'], names],
    ]);
  });

  it('"Provincial leaders A, B and C accompanied" names all three', () => {
    const text = [
      'Vice Premier Ding Xuexiang made an inspection tour of Hubei Province on Monday.',
      '',
      'Ding visited the Wuhan Grain Institute in Wuhan on Monday.',
      '',
      'Provincial leaders Feng Wei, Tan Jun and Gu Lan accompanied Ding on the tour.',
    ].join('\n');
    expect(officials(text)).toEqual([
      [
        'Wuhan Grain Institute',
        ['Ding Xuexiang', '丁薛祥', 'Vice Premier'],
        ['Feng Wei', 'Tan Jun', 'Gu Lan'],
      ],
    ]);
  });

  it('"Accompanying Li were <Title> A and <Title> B", "officials including C and D were also present"', () => {
    const text = [
      'Premier Li Qiang made an inspection tour of Guangxi on Friday.',
      '',
      'Li visited the Nanning Bamboo Works in Nanning on Friday.',
      '',
      'Accompanying Li were Guangxi Party Secretary Bai Ming and Chairman Qu Hua.',
      '',
      'Officials including Sun Bo and Meng Tao were also present.',
    ].join('\n');
    expect(officials(text)).toEqual([
      [
        'Nanning Bamboo Works',
        ['Li Qiang', '李强', 'Premier'],
        ['Bai Ming', 'Qu Hua', 'Sun Bo', 'Meng Tao'],
      ],
    ]);
  });
  it("a vice premier's tour citing Xi's instructions: the vice premier leads the visit", () => {
    const text = [
      'Vice Premier Liu Guozhong made an inspection tour of Jiangxi Province on Sunday.',
      '',
      'He called for the full implementation of the instructions of General Secretary Xi Jinping on flood control.',
      '',
      'A visit to the Jiujiang Flood Control Station in Jiujiang followed.',
    ].join('\n');
    expect(officials(text)).toEqual([
      ['Jiujiang Flood Control Station', ['Liu Guozhong', null, 'Vice Premier'], []],
    ]);
  });
  it('"Those accompanying Li on the tour included", "Also present were", "also attended the inspection"', () => {
    const text = [
      'Premier Li Qiang made an inspection tour of Guangxi on Friday.',
      '',
      'Li visited the Nanning Bamboo Works in Nanning on Friday.',
      '',
      'Those accompanying Li on the tour included Bai Ming, Party secretary of Guangxi, and Qu Hua, chairman of the regional government.',
      '',
      'Also present were Sun Bo and Meng Tao.',
      '',
      'Feng Wei, a vice minister, also attended the inspection.',
    ].join('\n');
    expect(officials(text)).toEqual([
      [
        'Nanning Bamboo Works',
        ['Li Qiang', '李强', 'Premier'],
        ['Bai Ming', 'Qu Hua', 'Sun Bo', 'Meng Tao', 'Feng Wei'],
      ],
    ]);
  });

  it.each([
    'Tan Yu, Member of the Standing Committee of the Provincial Party Committee and Secretary of the Guilin Municipal Party Committee; Lu Fei, Vice Governor; and Ke Ran, Secretary-General of the Provincial Government, participated in the inspection.',
    'Provincial leaders Tan Yu, Lu Fei and Ke Ran also attended.',
    'Present at the inspection were Tan Yu, Lu Fei and Ke Ran.',
    'Attending the activities were Tan Yu, Lu Fei and Ke Ran.',
    'Municipal Party Secretary Tan Yu, Mayor Lu Fei, Deputy Mayor Ke Ran and other city leaders took part in the inspection.',
  ])("a regional paper's list of officials: %s", (list) => {
    const text = [
      'Premier Li Qiang made an inspection tour of Guangxi on Friday.',
      '',
      'Li visited the Nanning Bamboo Works in Nanning on Friday.',
      '',
      list,
    ].join('\n');
    expect(officials(text)).toEqual([
      ['Nanning Bamboo Works', ['Li Qiang', '李强', 'Premier'], ['Tan Yu', 'Lu Fei', 'Ke Ran']],
    ]);
  });

  it('the leader who attended an event is no official of his own visit', () => {
    const text = [
      'President Xi Jinping made an inspection tour of Guangxi on Friday.',
      '',
      'Xi visited the Nanning Bamboo Works in Nanning on Friday.',
      '',
      'President Xi Jinping attended the meeting of the works council.',
    ].join('\n');
    expect(officials(text)).toEqual([
      ['Nanning Bamboo Works', ['Xi Jinping', '习近平', 'President'], []],
    ]);
  });
});
