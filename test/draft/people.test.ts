import { describe, expect, it } from 'vitest';
import { findPeople, namedAsObject, resolve } from '../../src/draft/people.js';
import { findQuotes } from '../../src/draft/quotes.js';
import { paragraphs, sentences } from '../../src/draft/sentences.js';

/** Each quote or statement: [kind, its first words, speaker]. */
const said = (text: string) =>
  findQuotes(text, sentences(text), paragraphs(text)).map((q) => [
    q.kind,
    q.text.split(' ').slice(0, 4).join(' '),
    q.speaker,
  ]);

describe('people: a surname stands for the full name given before', () => {
  it.each([
    {
      shape: 'villager introduced after a title-like word, quoted by surname',
      text: 'Xi walked into the home of villager Zhu Xiaohong.\n\n"We now earn more from the orchard," Zhu told Xi.',
      expected: [['direct', 'We now earn more', 'Zhu Xiaohong']],
    },
    {
      shape: 'a resident with an age, quoted by surname',
      text: 'Local resident Deng Liqun, 61, has run a homestay since 2018.\n\n"Business has never been this good," Deng said.',
      expected: [['direct', 'Business has never been', 'Deng Liqun']],
    },
    {
      shape: '"said <Surname>" after the quote',
      text: 'Tang Yaming runs the village cooperative.\n\n"More young people are coming back," said Tang.',
      expected: [['direct', 'More young people are', 'Tang Yaming']],
    },
    {
      shape: 'a name in the Western order before an apposition',
      text: 'Xiaohong Lu, a grower in the valley, met the visitors.\n\n"The rain came early," Lu said.',
      expected: [['direct', 'The rain came early', 'Xiaohong Lu']],
    },
    {
      shape: 'a place named like the surname is no full name',
      text: 'Workers at Gao Village cheered.\n\n"Our road is finished," Gao said.',
      expected: [['direct', 'Our road is finished', 'Gao']],
    },
  ])('$shape', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('people: "he" is the last person named as a subject', () => {
  const TOUR = [
    'Vice Premier Liu Guozhong inspected flood-hit areas in Jiangxi Province on Sunday.',
    '',
    'He called for the full implementation of the instructions of General Secretary Xi Jinping on flood control.',
    '',
    'He said dikes must be repaired before the next storm.',
    '',
    "Following Xi Jinping's instructions, he stressed that lives must come first.",
  ].join('\n');

  it("a vice premier's tour that cites Xi's instructions: the statements are the vice premier's", () => {
    expect(said(TOUR)).toEqual([
      ['reported', 'the full implementation of', 'Liu Guozhong'],
      ['reported', 'dikes must be repaired', 'Liu Guozhong'],
      ['reported', 'lives must come first', 'Liu Guozhong'],
    ]);
  });

  it('"in line with Xi\'s important instructions", then "He said": the vice premier speaks', () => {
    const text = [
      'Vice Premier Hu Chunhua inspected farms in Hunan Province on Monday.',
      '',
      "Hu urged local officials to act in line with Xi's important instructions on grain security.",
      '',
      'He said the province must keep its farmland for growing grain.',
    ].join('\n');
    expect(said(text).map((q) => q[2])).toEqual(['Hu Chunhua', 'Hu Chunhua']);
  });

  it.each([
    ['the instructions of General Secretary Xi Jinping on', 'Xi Jinping', true],
    ['Following Xi Jinping and his team', 'Xi Jinping', true],
    ['to study Xi Jinping Thought', 'Xi Jinping', true],
    ["Xi Jinping's first visit", 'Xi Jinping', false],
    ["in line with Xi Jinping's important instructions", 'Xi Jinping', true],
    ["studied Xi Jinping's speech", 'Xi Jinping', true],
    ['Xi Jinping visited the port', 'Xi Jinping', false],
    ['Li, accompanied by Vice Premier Ma Kai, flew to Hefei', 'Ma Kai', true],
    ['Li, together with Governor Wang Qing, went to the dam', 'Wang Qing', true],
  ])('namedAsObject(%j) of %s is %s', (text, name, expected) => {
    const start = text.indexOf(name);
    expect(namedAsObject(text, start, start + name.length)).toBe(expected);
  });

  it('a headline in title case adds no word to a Chinese name', () => {
    const text =
      'Mayor Wang Lixin Visits Flood-Hit Farms in Hua County\n\nMayor Wang stressed that drainage comes first.';
    const names = findPeople(text).map((p) => p.name);
    expect(names).toContain('Wang Lixin');
    expect(names).not.toContain('Wang Lixin Visits');
    expect(resolve('Mayor Wang', text.indexOf('Mayor Wang stressed'), findPeople(text))).toBe(
      'Wang Lixin',
    );
  });

  it('"he" is the leader, not the official accompanying him', () => {
    const text =
      'Premier Li Qiang, accompanied by Vice Premier Ma Kai, flew to Hefei on Sunday. He asked officials to keep the dikes safe.';
    expect(resolve('He', text.indexOf('He asked'), findPeople(text))).toBe('Li Qiang');
  });

  it('"he" after a leader named as an object alone is still that leader', () => {
    const text = 'The village follows the instructions of Xi Jinping. He said the road matters.';
    expect(resolve('He', text.indexOf('He said'), findPeople(text))).toBe('Xi Jinping');
  });
});

describe('people: the speaker named after a quote', () => {
  it.each([
    {
      shape: '"said <Name>, a <role> of ..."',
      text: '"Our clinic opened last month," said Wang Hongmei, a 45-year-old resident of the village.',
      expected: [['direct', 'Our clinic opened last', 'Wang Hongmei']],
    },
    {
      shape: '"<Name>, a <role>, said" after the quote',
      text: 'Xi Jinping visited the village.\n\n"The road changed everything," Guo Ping, a truck driver, said.',
      expected: [['direct', 'The road changed everything', 'Guo Ping']],
    },
    {
      shape: '"said villager <Name>": the role is no part of the name',
      text: 'Xi Jinping visited the village.\n\n"Life is good," said villager Sun Yu.',
      expected: [['direct', 'Life is good', 'Sun Yu']],
    },
    {
      shape: '"Villager <Name> said:" before the quote',
      text: 'Villager Sun Yu said: "Life is better than ever."',
      expected: [['direct', 'Life is better than', 'Sun Yu']],
    },
    {
      shape: '"..., recalled <Name>, a <role>, adding that ...": no leader\'s statement',
      text: 'Xi Jinping visited the forest farm.\n\n"Xi told us to keep the hills green," recalled Zhao Ming, a forest ranger, adding that the hills were bare in 2000.',
      expected: [['direct', 'Xi told us to', 'Zhao Ming']],
    },
    {
      shape: '"...," Xi said, adding that ...: the leader\'s statement goes on',
      text: '"Keep the hills green," Xi Jinping said, adding that the forest is a treasure.',
      expected: [
        ['direct', 'Keep the hills green', 'Xi Jinping'],
        ['reported', 'the forest is a', 'Xi Jinping'],
      ],
    },
  ])('$shape', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });
});

describe('people: "he said" after a sentence a person other than a leader opens', () => {
  it.each([
    {
      shape: '"<Kin>, <Name>, said ...", then "“...,” he said": the kin speaks both',
      text: 'Xi Jinping visited the home of villager Zhou Lanfang in Pingshan County on Sunday.\n\nHer grandson, Zhou Ming, said the family now sells walnuts online. "We never thought the general secretary would sit in our kitchen," he said.',
      expected: [['direct', 'We never thought the', 'Zhou Ming']],
    },
    {
      shape: '"<Name>, a <age> <role> from ..., <verb>", then a paragraph "“...,” she said"',
      text: 'Xi Jinping met villagers in Tayuan on Thursday.\n\nHe Lianying, a 61-year-old grower from the village, could hardly believe it.\n\n"I never expected to shake his hand," she said.',
      expected: [['direct', 'I never expected to', 'He Lianying']],
    },
    {
      shape: '"<Name>, a <role> at ..., said ...", then "“...,” he said"',
      text: 'Xi Jinping toured the port on Monday.\n\nDing Rui, a researcher at the Academy of Ports, said the visit mattered. "It sends a signal to every harbour," he said.',
      expected: [['direct', 'It sends a signal', 'Ding Rui']],
    },
    {
      shape:
        '"<age> <role> <Name>" named in the sentence before, then "“...,” she told <outlet>. “...”"',
      text: 'Xi Jinping\'s visit surprised 48-year-old farmer Lu Meifang, who met the president at a village shop.\n\n"He asked what our rice costs," she told the Hebei Daily. "I told him it is cheap."',
      expected: [['direct', 'He asked what our', 'Lu Meifang']],
    },
    {
      shape: '"“...,” <Surname> recalls" after "<Surname> <Given>\'s house": the full name',
      text: 'Tourists come to Yan Dawei\'s house since Xi Jinping visited it.\n\n"He sat on our bench and tasted the tea," Yan recalls.',
      expected: [['direct', 'He sat on our', 'Yan Dawei']],
    },
    {
      shape: '"she said" with only a leader reports call "he" before: no speaker named',
      text: 'Xi Jinping visited the clinic on Monday.\n\n"The doctors work hard here," she said.',
      expected: [['direct', 'The doctors work hard', null]],
    },
    {
      shape: '"she said" after a leader reports call "she": that leader',
      text: 'Vice Premier Sun Chunlan visited the hospital on Monday.\n\n"Protect the medical staff," she said.',
      expected: [['direct', 'Protect the medical staff', 'Sun Chunlan']],
    },
    {
      shape: 'a leader opening the sentence before: "he" stays the leader',
      text: 'Her grandson, Zhou Ming, said the family now sells walnuts online.\n\nXi Jinping smiled. "Life will get better," he said.',
      expected: [['direct', 'Life will get better', 'Xi Jinping']],
    },
  ])('$shape', ({ text, expected }) => {
    expect(said(text)).toEqual(expected);
  });

  it('finds the person of the apposition, never a place ("Dunhuang City, part of Jiuquan, ...")', () => {
    const text =
      'Her grandson, Zhou Ming, said so. Dunhuang City, part of Jiuquan, is old. Mogao Village, a village of herders, is older.';
    expect(findPeople(text).map((p) => [p.name, p.start, p.role])).toEqual([
      ['Zhou Ming', text.indexOf('Zhou Ming'), true],
    ]);
  });
});

describe('people: a person named, then described ("the 41-year-old said")', () => {
  const STATION = [
    'Xi Jinping visited a police station in Kashgar on Monday.',
    '',
    'Mamat Tursun, head of the station, told China Daily that Xi asked about their training.',
    '',
    '"He asked whether we speak both languages, and we showed him our drills," the 41-year-old Uygur said. "He was very kind to us."',
    '',
    '"We will do better," the station head said.',
  ].join('\n');

  it('is the person named before (never the outlet told), and "the 41-year-old said" joins the parts', () => {
    const quotes = findQuotes(STATION, sentences(STATION), paragraphs(STATION));
    expect(quotes.map((q) => [q.speaker, q.parts?.map((p) => p.text) ?? [q.text]])).toEqual([
      [
        'Mamat Tursun',
        [
          'He asked whether we speak both languages, and we showed him our drills',
          'He was very kind to us.',
        ],
      ],
      ['Mamat Tursun', ['We will do better']],
    ]);
  });

  it('with no person named before, the description stays unnamed', () => {
    expect(said('"We will do better," the station head said.')).toEqual([
      ['direct', 'We will do better', null],
    ]);
  });
});
