/**
 * Which figures go with a visit: its own article's figures about its city or province, and
 * national figures matched on industry.
 */
import { describe, expect, it } from 'vitest';
import { parseVisits } from '../../src/model/load.js';
import { areaContext, nationalContext } from '../../src/model/match.js';
import type { LocalName, Statistic } from '../../src/model/schema.js';
import { ARTICLE, collection, makeStatistic, makeVisit } from './make-visits.js';

/** A top-level figure of `scope` about `area`. */
const about = (
  id: string,
  scope: Statistic['scope'],
  area: LocalName,
  article = ARTICLE.id,
): Statistic => ({ ...makeStatistic(id, scope), area, article });

const HENAN = { en: 'Henan', zh: '河南省' };
const LUOYANG = { en: 'Luoyang', zh: '洛阳市' };

describe('areaContext', () => {
  const visit = makeVisit('v1', '2025-05-19');

  it("gives the article's figures about the visit's city, then its province", () => {
    const statistics = [
      about('henan-output', 'province', HENAN),
      about('luoyang-output', 'city', LUOYANG),
      about('henan-exports', 'province', { en: 'Henan' }),
    ];
    expect(areaContext(visit, statistics).map((s) => s.id)).toEqual([
      'luoyang-output',
      'henan-output',
      'henan-exports',
    ]);
  });

  it('leaves out other places, other articles and other scopes', () => {
    const statistics = [
      about('anhui-output', 'province', { en: 'Anhui', zh: '安徽省' }),
      // A city figure whose area is the visit's province, and the reverse: the scope must agree.
      about('henan-as-city', 'city', HENAN),
      about('luoyang-as-province', 'province', LUOYANG),
      about('other-article', 'province', HENAN, 'a2'),
      makeStatistic('national', 'national'),
      makeStatistic('site', 'site'),
    ];
    expect(areaContext(visit, statistics)).toEqual([]);
  });

  it('finds nothing where the article has no such figure', () => {
    expect(areaContext(visit, [])).toEqual([]);
  });

  it('works on a loaded file, beside the national context', () => {
    const r = parseVisits(
      collection([visit], {
        statistics: [
          about('henan-steel-output', 'province', HENAN),
          makeStatistic('national-steel', 'national'),
        ],
      }),
    );
    expect(r.problems).toEqual([]);
    const [loaded] = r.visits;
    if (!loaded) throw new Error('no visit');
    expect(areaContext(loaded, r.statistics).map((s) => [s.id, s.area?.zh])).toEqual([
      ['henan-steel-output', '河南省'],
    ]);
    // The national figure stays national context, matched on the site's industry.
    expect(nationalContext(loaded, r.statistics).map((m) => [m.statistic.id, m.matchedOn])).toEqual(
      [['national-steel', ['steel']]],
    );
  });
});
