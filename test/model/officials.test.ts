/**
 * Who made a visit: `leader` and `accompanied` in the format, optional, each with the passage
 * that names them, checked at its offsets like every other passage.
 */
import { describe, expect, it } from 'vitest';
import { visitsToRows } from '../../src/model/csv.js';
import { parseVisits } from '../../src/model/load.js';
import { checkPassages } from '../../src/model/passages.js';
import { ARTICLE, collection, makeVisit } from './make-visits.js';

const TEXT = 'Premier Li Qiang visited the works, accompanied by Wu Zhenglong and the mayor.';
const at = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, text: words };
};
const LEADER = {
  name: { en: 'Li Qiang', zh: '李强' },
  title: { en: 'Premier', zh: '国务院总理' },
  passage: at('Premier Li Qiang'),
};
const texts = new Map([[ARTICLE.id, TEXT]]);

describe('leader and accompanying officials', () => {
  it('keeps a visit with a leader and officials, and one with neither', () => {
    const named = makeVisit('named', '2025', (p) => {
      p.mention = at('visited the works');
      p.leader = LEADER;
      p.accompanied = [{ name: { en: 'Wu Zhenglong' }, passage: at('Wu Zhenglong') }];
    });
    const unnamed = makeVisit('unnamed', '2025', (p) => {
      p.mention = at('visited the works');
    });
    const r = parseVisits(collection([named, unnamed]));
    expect(r.problems).toEqual([]);
    expect(r.visits[0]?.properties.leader?.title?.en).toBe('Premier');
    expect(r.visits[0]?.properties.accompanied?.[0]?.name.en).toBe('Wu Zhenglong');
    expect(r.visits[1]?.properties.leader).toBeUndefined();
  });

  it('reports a leader without a name, and an official whose passage does not span its text', () => {
    const noName = makeVisit('no-name', '2025', (p) => {
      p.leader = { passage: LEADER.passage } as typeof LEADER;
    });
    const badSpan = makeVisit('bad-span', '2025', (p) => {
      p.accompanied = [
        { name: { en: 'Wu Zhenglong' }, passage: { start: 51, end: 60, text: 'Wu' } },
      ];
    });
    const r = parseVisits(collection([noName, badSpan]));
    expect(r.visits).toEqual([]);
    expect(r.problems.map((p) => `${p.record} ${p.path}`)).toEqual([
      'no-name properties.leader.name',
      'bad-span properties.accompanied.0.passage',
    ]);
  });

  it('checks the passages naming them at their offsets', () => {
    const visit = makeVisit('v1', '2025', (p) => {
      p.mention = at('visited the works');
      p.leader = { ...LEADER, passage: { ...LEADER.passage, start: 1, end: 17 } };
      p.accompanied = [{ name: { en: 'Wu Zhenglong' }, passage: at('Wu Zhenglong') }];
      p.visit.wording = at('visited');
    });
    const data = parseVisits(collection([visit]));
    expect(data.problems).toEqual([]);
    const problems = checkPassages(data, texts);
    expect(problems.map((p) => p.path)).toEqual(['properties.leader.passage']);
    expect(problems[0]?.message).toContain('the leader Li Qiang is not at 1–17');
    expect(problems[0]?.message).toContain('its text stands at 0–16');
  });

  it('gives each CSV row its visit’s leader, empty where none is named', () => {
    const quote = {
      id: 'q',
      kind: 'direct' as const,
      speaker: null,
      lang: 'en',
      ...at('the works'),
    };
    const named = makeVisit('named', '2025', (p) => {
      p.leader = LEADER;
      p.quotes = [quote];
    });
    const unnamed = makeVisit('unnamed', '2025', (p) => {
      p.quotes = [{ ...quote, id: 'q2' }];
    });
    const rows = visitsToRows(parseVisits(collection([named, unnamed])));
    expect(rows.map((r) => [r.visit_id, r.leader_en, r.leader_zh])).toEqual([
      ['named', 'Li Qiang', '李强'],
      ['unnamed', null, null],
    ]);
  });
});
