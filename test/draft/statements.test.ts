import { describe, expect, it } from 'vitest';
import { findPeople } from '../../src/draft/people.js';
import { sentences } from '../../src/draft/sentences.js';
import { findStatements } from '../../src/draft/statements.js';

const statements = (text: string) => {
  const found = findStatements(text, sentences(text), findPeople(text));
  for (const q of found) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    for (const p of q.parts ?? []) expect(text.slice(p.start, p.end)).toBe(p.text);
  }
  return found.map((q) =>
    q.parts ? [q.parts.map((p) => p.text), q.speaker] : [q.text, q.speaker],
  );
};

describe('findStatements', () => {
  it.each([
    {
      shape: '"she" after a leader reports call "he": no statement of the leader',
      text: 'Premier Li Qiang asked a farmer about her wheat. She said she would wait to sell it.',
      expected: [],
    },
    {
      shape: 'a verb and its object: the statement starts after the verb',
      text: 'Vice Premier Wang Yang has urged closer ties between farms and markets.',
      expected: [['closer ties between farms and markets', 'Wang Yang']],
    },
    {
      shape: 'a vice premier\'s tour: Xi\'s words over time, then "he" is the vice premier',
      text: 'Vice Premier Zhang Guoqing inspected Zhuozhou. Xi Jinping has called for all-out efforts to rescue the missing. He said local authorities must repair the roads first.',
      expected: [
        ['all-out efforts to rescue the missing', 'Xi Jinping'],
        ['local authorities must repair the roads first', 'Zhang Guoqing'],
      ],
    },
    {
      shape: "a party secretary cites Xi's words: the whole clause is the secretary's",
      text: 'Xin Changxing, secretary of the CPC Jiangsu Provincial Committee, inspected Xuzhou. Xi Jinping has urged Jiangsu to lead in modernization, Xin noted, adding that Xuzhou should do more.',
      expected: [
        ['Xi Jinping has urged Jiangsu to lead in modernization', 'Xin Changxing'],
        ['Xuzhou should do more', 'Xin Changxing'],
      ],
    },
    {
      shape: 'a party secretary named by office ("The provincial Party chief"), then "he"',
      text: 'Xin Changxing, secretary of the CPC Jiangsu Provincial Committee, inspected a crane plant in Xuzhou. Xi Jinping visited the plant in 2017. The provincial Party chief praised the plant for following the instructions of the General Secretary. He hoped that the plant would aim higher.',
      expected: [['the plant would aim higher', 'Xin Changxing']],
    },
    {
      shape: '"emphasized that": after "that"',
      text: 'President Xi Jinping came. He emphasized that the river must be kept clean.',
      expected: [['the river must be kept clean', 'Xi Jinping']],
    },
    {
      shape: '"expressed hope that"',
      text: 'Premier Li Qiang arrived. The premier expressed hope that the valley would draw more visitors.',
      expected: [['the valley would draw more visitors', 'Li Qiang']],
    },
    {
      shape: '"pledged to": the "to" belongs to the statement',
      text: 'Li Keqiang toured the mill. Li pledged to rebuild the old quarter within two years.',
      expected: [['to rebuild the old quarter within two years', 'Li Keqiang']],
    },
    {
      shape: 'two verbs in one sentence, each its statement',
      text: 'Xi Jinping asked officials to keep grain prices stable, and encouraged growers to try new seeds.',
      expected: [
        ['officials to keep grain prices stable', 'Xi Jinping'],
        ['growers to try new seeds', 'Xi Jinping'],
      ],
    },
    {
      shape: 'a participle continues the speaker',
      text: 'President Xi Jinping visited. The president stressed the value of wetlands, urging careful management of the lake shore.',
      expected: [
        ['the value of wetlands', 'Xi Jinping'],
        ['careful management of the lake shore', 'Xi Jinping'],
      ],
    },
    {
      shape: 'a trailing frame ends the statement',
      text: 'Vice Premier Han Zheng has called for faster repairs to mountain roads during an inspection tour of Yunnan.',
      expected: [['faster repairs to mountain roads', 'Han Zheng']],
    },
    {
      shape: 'statement first, then "X said during a trip to ..."',
      text: 'Li Keqiang came. Small firms deserve cheaper loans, Premier Li said during a trip to Hubei.',
      expected: [['Small firms deserve cheaper loans', 'Li Keqiang']],
    },
    {
      shape: '"It is necessary to ..., the vice premier said"',
      text: 'Vice Premier Ding Xuexiang visited. It is necessary to train more nurses for rural clinics, the vice premier said.',
      expected: [['It is necessary to train more nurses for rural clinics', 'Ding Xuexiang']],
    },
    {
      shape: '"..., according to the premier"',
      text: 'Premier Li Keqiang visited. Exports will find new buyers in Africa, according to the premier.',
      expected: [['Exports will find new buyers in Africa', 'Li Keqiang']],
    },
    {
      shape: '"A, he said, B": one statement in two parts',
      text: 'Xi Jinping visited. Tea farming, he said, can lift the whole valley out of poverty.',
      expected: [[['Tea farming', 'can lift the whole valley out of poverty'], 'Xi Jinping']],
    },
    {
      shape: '"A, he said, noting B": two statements',
      text: 'Xi Jinping visited. Rail links matter to the border towns, he said, noting that freight costs have halved.',
      expected: [
        ['Rail links matter to the border towns', 'Xi Jinping'],
        ['freight costs have halved', 'Xi Jinping'],
      ],
    },
    {
      shape: 'a party secretary introduced by his office is a leader',
      text: 'Zhou Ming, secretary of the CPC Anhui Provincial Committee, urged the city to protect its canals. He hoped that tourism would grow.',
      expected: [
        ['the city to protect its canals', 'Zhou Ming'],
        ['tourism would grow', 'Zhou Ming'],
      ],
    },
    {
      shape: '"asked" about something is a question, not a statement',
      text: 'Xi Jinping asked villagers how much they earned from their orchards.',
      expected: [],
    },
    {
      shape: 'a city or an official who is no leader says nothing here',
      text: 'Beijing has stressed the plan. Officials said the bridge would open in May.',
      expected: [],
    },
    {
      shape:
        '"called on <people>" with nothing to do is a visit, no statement; "called on <people> to ..." is one',
      text: "Xi Jinping called on 68-year-old Ma Fulin, a retired miner whose family lives in a small flat. He also called on a herder's family in Xilin Gol League. Xi called on officials to repair the old flats.",
      expected: [['officials to repair the old flats', 'Xi Jinping']],
    },
    {
      shape: '"adding up the figures" is no statement',
      text: 'Xi Jinping sat down with the family and went through its income, adding up the figures as they talked.',
      expected: [],
    },
    {
      shape:
        'an agency dateline before "CLAUSE, <leader> said on a tour of <region> that ended ..."',
      text: 'LHASA, Aug. 21 (Xinhua) -- Every herder must share in the gains of growth, President Xi Jinping said on a tour of the Tibet Autonomous Region that ended on Friday.',
      expected: [['Every herder must share in the gains of growth', 'Xi Jinping']],
    },
    {
      shape:
        '"<leader> said on a tour of <province> that ended ..." after a quote: "that" tells of the tour',
      text: '“Old kilns must keep burning,” Xi Jinping said on a tour of Jiangxi Province that ended on Thursday.',
      expected: [],
    },
    {
      shape:
        '"told <people> to ...": whom, and what to do; "told residents he ..." and "told reporters" are none',
      text: 'Premier Li Qiang told county officials and engineers to repair the dykes before the rains. He told residents he cares about their homes. Li told reporters about the floods.',
      expected: [
        ['county officials and engineers to repair the dykes before the rains', 'Li Qiang'],
      ],
    },
    {
      shape: '"called again for ..."',
      text: 'During his trip to the region, Xi Jinping called again for a system that protects its rivers.',
      expected: [['a system that protects its rivers', 'Xi Jinping']],
    },
    {
      shape: '"promised that ..."',
      text: 'Premier Li Qiang promised that the state would rebuild the school.',
      expected: [['the state would rebuild the school', 'Li Qiang']],
    },
  ])('$shape', ({ text, expected }) => {
    expect(statements(text)).toEqual(expected);
  });
});
