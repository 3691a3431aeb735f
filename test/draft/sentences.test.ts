import { describe, expect, it } from 'vitest';
import { paragraphs, sentences } from '../../src/draft/sentences.js';

describe('sentences', () => {
  it.each([
    { text: 'One. Two.', expected: ['One.', 'Two.'] },
    {
      text: 'He visited Luoyang Bearing Group Co. inspection visit, Ltd. In Henan.',
      expected: ['He visited Luoyang Bearing Group Co. inspection visit, Ltd. In Henan.'],
    },
    {
      text: '“It works,” he said. “Good.” She left.',
      expected: ['“It works,” he said.', '“Good.”', 'She left.'],
    },
    {
      text: 'Mr. Wang met Dr. Li. They talked.',
      expected: ['Mr. Wang met Dr. Li.', 'They talked.'],
    },
    {
      text: 'Output rose 8.5 percent. In 2024, it fell.',
      expected: ['Output rose 8.5 percent.', 'In 2024, it fell.'],
    },
    { text: 'First line\nSecond line. Third.', expected: ['First line', 'Second line.', 'Third.'] },
    { text: 'J. Smith wrote it. Fine?', expected: ['J. Smith wrote it.', 'Fine?'] },
    {
      text: 'The premier talks with workers at a seed company in Hefei, east China,\n\non May 6, 2019. Photo by Staff\n\nAnother line of the page follows here.',
      expected: [
        'The premier talks with workers at a seed company in Hefei, east China,\n\non May 6, 2019.',
        'Photo by Staff',
        'Another line of the page follows here.',
      ],
    },
    {
      text: 'Chinese Vice Premier Liu He, who is also a member of the\n\nPolitical Bureau, visits a steel mill in Tangshan on June 2, 2020.',
      expected: [
        'Chinese Vice Premier Liu He, who is also a member of the\n\nPolitical Bureau, visits a steel mill in Tangshan on June 2, 2020.',
      ],
    },
    {
      text: 'Premier stresses\n\nsteady growth,\n\njobs first',
      expected: ['Premier stresses', 'steady growth,', 'jobs first'],
    },
  ])('$text', ({ text, expected }) => {
    const list = sentences(text);
    expect(list.map((s) => s.text)).toEqual(expected);
    for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('joins the lines of text wrapped at a fixed width, whatever the next line opens with', () => {
    const lines = [
      'Premier Wen Jiabao on Monday ended a three-day tour',
      'of the flooded counties of Henan Province.',
      'Wen visited Luohe Grain Storage Co., Ltd. of Sinograin',
      'Corporation, Zhoukou Institute of Farming of the',
      'Henan Academy, and Xiangcheng Seed Company.',
      'He asked the local officials to rebuild dikes before',
      'the next rainy season.',
    ];
    const text = lines.join('\n');
    const list = sentences(text);
    expect(list.map((s) => s.text)).toEqual([
      `${lines[0]}\n${lines[1]}`,
      `${lines[2]}\n${lines[3]}\n${lines[4]}`,
      `${lines[5]}\n${lines[6]}`,
    ]);
    expect(list.map((s) => s.paragraph)).toEqual([0, 2, 5]);
    for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
    // One line past the width: a page of paragraphs, each line its own.
    const wide = [...lines.slice(0, 6), `${lines[6]} ${'x'.repeat(90)}`].join('\n');
    expect(sentences(wide).map((s) => s.paragraph)).toEqual([0, 2, 3, 4, 5]);
  });

  it('numbers paragraphs by line and skips blank ones', () => {
    const text = 'Ay.\n\n  Bee. Cee.\n';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Ay.', 'Bee. Cee.']);
    expect(sentences(text).map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});
