import { describe, expect, it } from 'vitest';
import { hasWord } from '../../src/draft/words.js';

describe('hasWord', () => {
  it.each([
    ['Xiadang Village', 'village', true],
    ['Xiadang Villages', 'village', false],
    ['Sanfangqixiang (Three Lanes and Seven Alleys)', 'alleys)', true],
    ['Sanfangqixiang (Three Lanes and Seven Alleys)', 'lanes', true],
    ['C++ Software Park', 'c++', true],
    ['Cplusplus Park', 'c++', false],
    ['Star* Harbour', 'star*', true],
    ['Starry Harbour', 'star*', false],
    ['A|B Group', 'a|b', true],
    ['B Group', 'a|b', false],
    ['Port [Old] Town', '[old]', true],
    ['Port O Town', '[old]', false],
  ])('%j holds %j: %s', (text, word, expected) => {
    expect(hasWord(text, word)).toBe(expected);
  });
});
