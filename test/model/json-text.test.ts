/**
 * What `JSON.parse` does not tell about a visits file's text: numbers JavaScript cannot read
 * exactly, named by record and path; a member written twice; and where each member stands.
 */
import { describe, expect, it } from 'vitest';
import { textProblems } from '../../src/model/check.js';
import { scanJson } from '../../src/model/json-text.js';
import { fixtureJson } from '../helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests reach into JSON of any shape on purpose.
type Json = any;

const problemsOf = (text: string) => textProblems(JSON.parse(text), scanJson(text));

describe('numbers JavaScript cannot read exactly', () => {
  it('are named by record and path, with what they read as', () => {
    const d = structuredClone(fixtureJson()) as Json;
    d.features[2].properties.statistics = [];
    const text = JSON.stringify(d)
      .replace('"coordinates":[119.52908,35.41414]', '"coordinates":[1e309,35.41414]')
      .replace(/"start":(\d+)/, '"start":12345678901234567890')
      .replace(
        '"type":"FeatureCollection"',
        '"type":"FeatureCollection","bbox":[1e-400,0.1,1.0,2.5e-5]',
      );
    expect(problemsOf(text).map((p) => p.message)).toEqual([
      'file: bbox.0: expected a number JavaScript reads exactly (at most 15 significant digits), got 1e-400 (it reads as 0)',
      '000_dd285a5d4eecb2d0: titlePassage.start: expected a number JavaScript reads exactly (at most 15 significant digits), got 12345678901234567890 (it reads as 12345678901234567000)',
      'rizhao-port-2024-05-22: geometry.coordinates.0: expected a number JavaScript reads exactly (at most 15 significant digits), got 1e309 (it reads as Infinity)',
    ]);
  });

  it('are none in a file whose numbers read as written, however they are spelled', () => {
    expect(problemsOf('{"a":[0.1,1.0,1e2,-0,2.5E-5,9007199254740991,112.454]}')).toEqual([]);
  });
});

describe('the layout of a visits file', () => {
  it('says where each member stands, how many items its array has and how they are indented', () => {
    const text =
      '{\n  "type": "FeatureCollection",\n  "features": [\n    {"id": "a"},\n    {"id": "b"}\n  ],\n  "quotes": []\n}\n';
    const layout = scanJson(text);
    const features = layout.members.get('features');
    expect(features).toEqual({
      key: text.indexOf('"features"'),
      start: text.indexOf('['),
      end: text.indexOf(']') + 1,
      items: 2,
      lastEnd: text.indexOf('{"id": "b"}') + '{"id": "b"}'.length,
      itemIndent: '    ',
    });
    expect(layout.members.get('quotes')).toMatchObject({ items: 0, lastEnd: -1 });
    expect(text.slice(layout.members.get('type')?.start, layout.members.get('type')?.end)).toBe(
      '"FeatureCollection"',
    );
    expect(layout.close).toBe(text.lastIndexOf('}'));
    expect([...layout.members.keys()]).toEqual(['type', 'features', 'quotes']);
  });

  it('names a member written twice', () => {
    const text = '{"type":"FeatureCollection","features":[],"features":[{"id":"x"}]}';
    expect(problemsOf(text).map((p) => p.message)).toEqual([
      'file: features: expected each member once, got "\\"features\\" again" (only the last one counts)',
    ]);
  });
});
