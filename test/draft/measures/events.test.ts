import { describe, expect, it } from 'vitest';
import { casualty, eventMeasure } from '../../../src/draft/measures/events.js';
import { measured } from './helpers.js';

describe('events pass', () => {
  it.each([
    [
      'The 6.2-magnitude quake shook the valley.',
      '6.2-magnitude',
      'magnitude',
      '',
      'earthquake magnitude',
    ],
    [
      'The landslide left at least 27 missing.',
      'at least 27 missing',
      'casualties',
      'missing',
      'people missing',
    ],
    [
      'The flood left 140 injured.',
      '140 injured',
      'casualties',
      'injured',
      'people injured in the flood',
    ],
    ['The pass was at -18 C that morning.', '-18 C', 'temperature', '', 'temperature'],
  ] as const)('%s (%s): %s', (text, wording, kind, unit, expected) => {
    expect(measured(eventMeasure, text, wording, kind, { unit })).toBe(expected);
  });
  it('names a toll by the event its sentence tells', () => {
    expect(casualty('killed', 'The typhoon killed 12 people.')).toBe('typhoon death toll');
    expect(casualty('homeless', 'The storm left 300 homeless.')).toBe('people left homeless');
    expect(casualty('arrived', 'Some 300 arrived.')).toBeNull();
  });
  it('says nothing of other kinds', () => {
    expect(measured(eventMeasure, 'The hall seats 400 people.', '400 people', 'count')).toBeNull();
  });
});
