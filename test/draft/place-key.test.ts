/**
 * The scorer's place key: two spellings of one place compare equal, two places do not.
 */
import { describe, expect, it } from 'vitest';
import { placeKey } from '../../scripts/corpus-gold.js';

describe('placeKey', () => {
  it('drops the ethnic names and the level of an autonomous area', () => {
    expect(placeKey('Haixi Mongolian and Tibetan Autonomous Prefecture')).toBe('haixi');
    expect(placeKey('Guangxi Zhuang Autonomous Region')).toBe(placeKey('Guangxi'));
    expect(placeKey('Liangshan Yi autonomous prefecture')).toBe('liangshan');
  });

  it('keeps both words of Inner Mongolia', () => {
    expect(placeKey('Inner Mongolia Autonomous Region')).toBe('inner mongolia');
    expect(placeKey('Inner Mongolia')).toBe('inner mongolia');
  });

  it('drops "the city of" and a trailing level word', () => {
    expect(placeKey('the city of Luoyang')).toBe('luoyang');
    expect(placeKey('Wuyang County')).toBe('wuyang');
  });
});
