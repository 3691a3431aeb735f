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
  ])('$text', ({ text, expected }) => {
    const list = sentences(text);
    expect(list.map((s) => s.text)).toEqual(expected);
    for (const s of list) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('numbers paragraphs by line and skips blank ones', () => {
    const text = 'Ay.\n\n  Bee. Cee.\n';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Ay.', 'Bee. Cee.']);
    expect(sentences(text).map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });
});
