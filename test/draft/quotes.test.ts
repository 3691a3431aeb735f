import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/draft/quotes.js';
import { paragraphs, sentences } from '../../src/draft/sentences.js';
import { article } from './helpers.js';

const quotes = (text: string) => findQuotes(text, sentences(text), paragraphs(text));

describe('findQuotes', () => {
  it.each([
    {
      text: '“China has always joined the real economy,” said President Xi Jinping during his visit.',
      expected: [['direct', 'China has always joined the real economy', 'Xi Jinping']],
    },
    {
      text: 'President Xi Jinping came. “The port has reached high-level freight flow,” he said.',
      expected: [['direct', 'The port has reached high-level freight flow', 'Xi Jinping']],
    },
    {
      text: '"Life is better than ever," a villager said.',
      // A person described, not named: no speaker (the review says so).
      expected: [['direct', 'Life is better than ever', null]],
    },
    {
      text: '‘We run three shifts now,’ said Zhang Wei, a worker at the plant.',
      expected: [['direct', 'We run three shifts now', 'Zhang Wei']],
    },
    {
      // A person named with what they do, before the quote: that person, not the one before.
      text: '"He asked about our sheep," Zhao Yun said.\n\nWang Min, chairman of the group, said with a smile, "We export to 40 countries."',
      expected: [
        ['direct', 'He asked about our sheep', 'Zhao Yun'],
        ['direct', 'We export to 40 countries.', 'Wang Min'],
      ],
    },
    {
      text: 'Xi Jinping visited. He said the sector should pursue higher standards.',
      expected: [['reported', 'the sector should pursue higher standards', 'Xi Jinping']],
    },
    {
      text: 'Xi Jinping visited. China must continue to strengthen manufacturing, noted XI during its visit to the company.',
      expected: [['reported', 'China must continue to strengthen manufacturing', 'Xi Jinping']],
    },
    {
      text: 'President Xi Jinping went to Shandong and congratulated the port of Rizhao for its transformation.',
      expected: [
        ['reported', 'congratulated the port of Rizhao for its transformation', 'Xi Jinping'],
      ],
    },
    // A reported statement is a leader's: a worker's words without marks are not drafted.
    { text: 'A worker told reporters that wages had risen every year.', expected: [] },
    {
      text: 'XI noted that the concept “does not mean neglecting or abandoning traditional industries”.',
      expected: [['direct', 'does not mean neglecting or abandoning traditional industries', 'XI']],
    },
    { text: 'The so-called “new quality” forces grew.', expected: [] },
    { text: 'The workers’ canteen and the villagers’ homes.', expected: [] },
    {
      text: 'Li Qiang came. “Small firms need credit,” the premier said. “Banks must lend more.”',
      expected: [['direct', 'Small firms need credit', 'Li Qiang']],
      parts: [['Small firms need credit', 'Banks must lend more.']],
    },
    {
      text: '“We sold every melon,” said Wang Fang, a grower in the village. “Next year we plant more.”',
      expected: [['direct', 'We sold every melon', 'Wang Fang']],
      parts: [['We sold every melon', 'Next year we plant more.']],
    },
    {
      text: 'Xi Jinping urged the county to find “practical paths” out of poverty.',
      expected: [
        ['reported', 'the county to find “practical paths” out of poverty', 'Xi Jinping'],
        ['direct', 'practical paths', 'Xi Jinping'],
      ],
    },
    { text: 'Xi Jinping visited the county listed as “extremely poor” in 2012.', expected: [] },
    {
      text: 'Xi Jinping watched villagers sing the “Song of the Green River Valley” at the hall.',
      expected: [],
    },
    {
      text: '“Is the harvest good?” Xi asked. “Very good,” Chen replied.',
      expected: [
        ['direct', 'Is the harvest good?', 'Xi Jinping'],
        ['direct', 'Very good', 'Chen'],
      ],
    },
    {
      text: '“The police must train hard,” Xi was quoted by Xinhua as telling officers at a station.',
      expected: [['direct', 'The police must train hard', 'Xi Jinping']],
    },
    {
      text: 'Vice Premier Hu Chunhua visited. He said that wheat farms need water. “Every drop counts.”',
      expected: [
        ['reported', 'wheat farms need water', 'Hu Chunhua'],
        ['direct', 'Every drop counts.', 'Hu Chunhua'],
      ],
    },
    {
      text: 'Premier Li Keqiang and President Xi Jinping were named. “Rail is cheaper,” the premier told workers.',
      expected: [['direct', 'Rail is cheaper', 'Li Keqiang']],
    },
    // Quoted words no one is said to speak: a term, a name, a slogan, a local word.
    {
      text: 'Premier Li Qiang visited. To reach a “well-off life for every household” by 2030, the county must build roads.',
      expected: [],
    },
    {
      text: 'Xi Jinping toured the valley. Floods, a “grey dragon” that has troubled farmers for ages, are now rarer.',
      expected: [],
    },
    {
      text: 'Xi Jinping saw a bronze vessel bearing the oldest written form of the word for “River.”',
      expected: [],
    },
    {
      text: 'Called “the roof of the south,” the Maling Ridge rises above the town.',
      expected: [],
    },
    // After "of", quoted words name a thing, whoever speaks in the sentence.
    {
      text: 'Premier Li Qiang stressed better care for the work of “grain, seed and soil” this spring.',
      expected: [
        ['reported', 'better care for the work of “grain, seed and soil” this spring', 'Li Qiang'],
      ],
    },
    // An agency telling what happened: its words in marks are the report's wording.
    {
      text: 'Xi Jinping went to Lhasa, where he “looked into border trade work” and heritage care, Xinhua said.',
      expected: [],
    },
    {
      text: 'Xi Jinping called for “steady steps” in heritage care, state media reported.',
      expected: [['direct', 'steady steps', 'Xi Jinping']],
    },
    // The name after the person described; the person "according to" names.
    {
      text: '“The bridge saved us two hours,” said a fisherman, Qiu Bo.',
      expected: [['direct', 'The bridge saved us two hours', 'Qiu Bo']],
    },
    {
      text: 'According to Qiu Bo, a ferryman on the river, “the bridge saved us two hours.”',
      expected: [['direct', 'the bridge saved us two hours.', 'Qiu Bo']],
    },
    // A person a verb is done to ("succeeded Hu Jintao") is not whom "him" means.
    {
      text: 'At the congress, Xi Jinping succeeded Hu Jintao, and it sent “a clear signal” on reform, the agency quoted him as saying.',
      expected: [['direct', 'a clear signal', 'Xi Jinping']],
    },
    // A news outlet is no speaker.
    {
      text: '“Herders here earn more every year,” Xinhua News Agency said.',
      expected: [['direct', 'Herders here earn more every year', null]],
    },
    // Speech a sentence tells without "said": conceded, chimed in, a colon.
    {
      text: 'Xi Jinping conceded that opening further would need “steadier nerves and patience”.',
      expected: [['direct', 'steadier nerves and patience', 'Xi Jinping']],
    },
    {
      text: 'Zhou Lan, a villager, spoke first. Her neighbour chimed in: “We earn twice what we did.”',
      expected: [['direct', 'We earn twice what we did.', null]],
    },
    {
      text: '“Ports are the gateway of openness.”',
      expected: [['direct', 'Ports are the gateway of openness.', null]],
    },
    // Curly marks of a GBK page read as Latin-1.
    {
      text: "Li Keqiang stops him and says, ¡°Let's walk on together!¡± (Photo/Xinhua)",
      expected: [['direct', "Let's walk on together!", 'Li Keqiang']],
    },
    // A quote running on into the next paragraph, which opens again: two quotes, the first of
    // two parts (the second ending where its paragraph ends); a lone mark stays no quote.
    {
      text: 'Zhou Lan, a villager, met Xi Jinping.\n\n"I was nervous," she said. "He asked about our tea and our pigs.\n\n"Then he tasted the tea."\n\nHe said "keep going.',
      expected: [
        ['direct', 'I was nervous', 'Zhou Lan'],
        ['direct', 'Then he tasted the tea.', 'Zhou Lan'],
      ],
      parts: [['I was nervous', 'He asked about our tea and our pigs.']],
    },
    // Text wrapped at a fixed width: a quote goes on over the line break to its closing mark,
    // and the words after that mark name its speaker.
    {
      text: 'Premier Li Qiang walked into the granary and asked a farmer about the price of\nher wheat. She had sold half of it.\n"We hope growers can earn more when prices rise in the\nspring. Prices are better than last year," said Li.\nLater he went to a flour mill in the county, where he met workers and asked\nabout their pay.',
      expected: [
        [
          'direct',
          'We hope growers can earn more when prices rise in the\nspring. Prices are better than last year',
          'Li Qiang',
        ],
      ],
    },
    // The speaker named in the sentence before a quote on a line of its own, and a name set
    // off by commas after what the person is: that person, not the leader.
    {
      text: 'Premier Li Qiang visited the farm.\n\nWang Hai, a retired engineer, recalled the old days.\n\n"We had no road then. Now buses come every hour."',
      expected: [['direct', 'We had no road then. Now buses come every hour.', 'Wang Hai']],
    },
    {
      text: 'Premier Li Qiang visited the farm. A grower, Zhao Mei, told the premier: "Seed is cheaper."',
      expected: [['direct', 'Seed is cheaper.', 'Zhao Mei']],
    },
    // A few capitalised words in mid-sentence: a slogan, even in a leader's sentence.
    {
      text: 'Xi Jinping visited the plant. He urged workers to make "Made in China" a mark of quality.',
      expected: [['reported', 'workers to make "Made in China" a mark of quality', 'Xi Jinping']],
    },
    // Lower-case words in marks right after "the": a thing's name, even when someone speaks.
    {
      text: 'Governor Sun Hua urged officials to finish the “last stretch of the road” of relief work.',
      expected: [
        [
          'reported',
          'officials to finish the “last stretch of the road” of relief work',
          'Sun Hua',
        ],
      ],
    },
  ])(
    '$text',
    ({ text, expected, parts }: { text: string; expected: unknown[]; parts?: string[][] }) => {
      const found = quotes(text);
      expect(found.map((q) => [q.kind, q.text, q.speaker])).toEqual(expected);
      for (const q of found) expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const p of found.flatMap((q) => q.parts ?? []))
        expect(text.slice(p.start, p.end)).toBe(p.text);
      if (parts)
        expect(found.filter((q) => q.parts).map((q) => q.parts?.map((p) => p.text))).toEqual(parts);
    },
  );

  it('finds the quotes of workers and villagers in a report', () => {
    const text = article('workers-villagers.txt');
    expect(quotes(text).map((q) => [q.kind, q.speaker])).toEqual([
      ['direct', 'Zhang Wei'],
      ['direct', null],
      ['reported', 'Xi Jinping'],
    ]);
  });
});

describe('speakers', () => {
  it('gives a surname the fullest name the article uses, whatever the order', async () => {
    const { findPeople, resolve } = await import('../../src/draft/speakers.js');
    const text =
      'Chinese President Xi Jinping called on workers to innovate. Later, President Xi made a stop at a market.';
    const people = findPeople(text);
    expect(resolve('Xi', text.length, people)).toBe('Xi Jinping');
    expect(resolve('XI', text.length, people)).toBe('Xi Jinping');
    expect(resolve('President Xi Jinping', text.length, people)).toBe('Xi Jinping');
    expect(resolve('he', text.length, people)).toBe('Xi Jinping');
  });
});
