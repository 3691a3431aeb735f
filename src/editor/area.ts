/**
 * The places offered for a figure's "Area it covers": first the ones the visits already have
 * (the figure's own visit first: its county, city and province), then the gazetteer's
 * provinces, prefecture-level cities and county-level places whose name starts with what is
 * typed. Each choice carries its Chinese name where known, which tells apart places sharing an
 * English name (Taizhou 泰州 in Jiangsu, 台州 in Zhejiang), and says where it is. No DOM.
 *
 * @module
 */
import type { Division } from '../draft/gazetteer.js';
import type { Statistic, VisitFeature } from '../model/schema.js';

/** One place offered. */
export interface AreaChoice {
  kind: 'province' | 'city' | 'county';
  /** What is recorded as the figure's `area`. */
  area: { en: string; zh?: string };
  /** Where it is, for the list: the county's city and province, a city's province. */
  within: string[];
  /** A visit's place (else the gazetteer's). */
  visit: boolean;
}

const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’']/g, '').toLowerCase().trim();

/** The county, city and province of a visit, as choices. */
function visitChoices(f: VisitFeature): AreaChoice[] {
  const { county, city, province } = f.properties.place;
  const name = (n: { en: string; zh?: string | undefined }) =>
    n.zh ? { en: n.en, zh: n.zh } : { en: n.en };
  return [
    ...(county
      ? [
          {
            kind: 'county' as const,
            area: name(county),
            within: [city.en, province.en],
            visit: true,
          },
        ]
      : []),
    ...(city.en !== province.en
      ? [{ kind: 'city' as const, area: name(city), within: [province.en], visit: true }]
      : []),
    { kind: 'province' as const, area: name(province), within: [], visit: true },
  ];
}

const fromDivision = (d: Division): AreaChoice => ({
  kind: d.kind,
  area: { en: d.en, zh: d.zh },
  within:
    d.kind === 'county'
      ? [d.city ?? '', d.province.en].filter(Boolean)
      : d.kind === 'city'
        ? [d.province.en]
        : [],
  visit: false,
});

/** Whether `query` (folded) begins the choice's English or Chinese name, or its first word. */
const matches = (c: AreaChoice, q: string) =>
  !q || fold(c.area.en).startsWith(q) || (c.area.zh ?? '').startsWith(q);

/** The same place: kind, English name and, where both have it, Chinese name. */
const same = (a: AreaChoice, b: AreaChoice) =>
  a.kind === b.kind &&
  fold(a.area.en) === fold(b.area.en) &&
  (!a.area.zh ||
    !b.area.zh ||
    a.area.zh.replace(/[省市]$/u, '') === b.area.zh.replace(/[省市]$/u, '')) &&
  (a.within.at(-1) ?? a.area.en) === (b.within.at(-1) ?? b.area.en);

/**
 * The choices for `query`: the visits' places that match (the figure's own visit first, each
 * once), then `found` (the gazetteer's, see `divisionsNamed`) that are not among them.
 *
 * @param visits - the draft's visits; `own` the id of the one holding the figure, if any.
 */
export function areaChoices(
  query: string,
  visits: readonly VisitFeature[],
  own: string | null,
  found: readonly Division[],
  limit = 8,
): AreaChoice[] {
  const q = fold(query);
  const ordered = [...visits].sort((a, b) => Number(b.id === own) - Number(a.id === own));
  const out: AreaChoice[] = [];
  const add = (c: AreaChoice) => {
    if (matches(c, q) && !out.some((o) => same(o, c))) out.push(c);
  };
  for (const f of ordered) for (const c of visitChoices(f)) add(c);
  for (const d of found) add(fromDivision(d));
  return out.slice(0, limit);
}

/** The figure with `choice` as its area; its scope follows the kind of place chosen. */
export function chooseArea(x: Statistic, choice: AreaChoice): void {
  x.area = choice.area as NonNullable<Statistic['area']>;
  x.scope = choice.kind;
}

/** The figure's area typed as free text: the Chinese name kept only while the name is the same. */
export function typeArea(x: Statistic, value: string): void {
  if (!value) delete x.area;
  else
    x.area = (
      x.area?.zh && x.area.en === value ? { en: value, zh: x.area.zh } : { en: value }
    ) as NonNullable<Statistic['area']>;
}
