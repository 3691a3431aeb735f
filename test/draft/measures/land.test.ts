import { describe, expect, it } from 'vitest';
import { landArea } from '../../../src/draft/measures/land.js';
import { figureIn } from './helpers.js';

describe('land pass', () => {
  it.each([
    [
      'The co-op has planted 800 mu of walnut trees.',
      '800 mu',
      'mu',
      'area of walnut trees planted',
    ],
    [
      'Some 900 hectares of maize were destroyed by hail.',
      '900 hectares',
      'hectares',
      'area of maize destroyed',
    ],
    [
      'About 300 hectares of farmland in the Huaibei flood storage basin were submerged.',
      'About 300 hectares',
      'hectares',
      'area of farmland submerged',
    ],
    ['The village covers 3,100 mu of farmland.', '3,100 mu', 'mu', 'farmland area of the village'],
    ['Its tea gardens now cover 95 hectares.', '95 hectares', 'hectares', 'tea garden area'],
    [
      'The county spans 2,400 square kilometers.',
      '2,400 square kilometers',
      'square kilometers',
      'land area',
    ],
    [
      'They heard of a plan for a new logistics park covering 16 square kilometers.',
      '16 square kilometers',
      'square kilometers',
      'planned area of the new logistics park',
    ],
    [
      'He saw the wetland reserve spanning 430 hectares.',
      '430 hectares',
      'hectares',
      'area of the wetland reserve',
    ],
    [
      'His family lived in a shack measuring 24 square meters.',
      '24 square meters',
      'square meters',
      'area of the shack',
    ],
  ] as const)('%s (%s): %s', (text, wording, unit, expected) => {
    const f = figureIn(text, wording, 'amount', { unit });
    expect(landArea(f, text.slice(Math.max(0, f.start - 80), f.start), text.slice(f.end))).toBe(
      expected,
    );
  });
});
