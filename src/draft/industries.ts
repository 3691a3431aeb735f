/**
 * Industries named by a site's name or a figure's sentence, in the dataset's words: "steel",
 * "machinery", "ports and logistics". National figures are matched to sites on these.
 *
 * @module
 */

/** Pattern → industry, the more specific first. */
const TABLE: [RegExp, string][] = [
  [/\bsteel|\bironworks?\b|cold (?:rolling )?mill|rolling mill/i, 'steel'],
  [/\bnon[ -]*ferrous/i, 'non-ferrous metals'],
  [
    /\bbearings?\b|\bmachiner(?:y|ies)\b|\bmachines?\b|\bmachine tools?\b|\bequipment\b/i,
    'machinery',
  ],
  [/\btextiles?\b|\bsilk\b|\bgarments?\b|\bcarpets?\b|\brugs?\b/i, 'textiles'],
  [/\bchemicals?\b|\bpetrochemical/i, 'chemicals'],
  [/\bbuilding materials\b|\bcement\b|\bglass\b/i, 'building materials'],
  [
    /\bports?\b|\bharbou?rs?\b|\bwharf\b|\bterminals?\b|\blogistics\b|\bshipping\b|\bfreight\b/i,
    'ports and logistics',
  ],
  [/\bcoal\b|\bmines?\b|\bmining\b/i, 'mining'],
  [/\bpower\b|\benergy\b|\belectricity\b|\bsolar\b|\bwind farm/i, 'energy'],
  [/\bauto(?:mobile|motive)?s?\b|\bcars?\b|\bvehicles?\b/i, 'automotive'],
  [/\bsemiconductors?\b|\bchips?\b|electronic|\bdisplays?\b/i, 'electronics'],
  [/\bsoftware\b|\binternet\b|\bdigital\b|\bdata cent/i, 'information technology'],
  [/\bgrid\b/i, 'energy'],
  [/\brobot(?:s|ics)?\b/i, 'robotics'],
  [
    /\bfarms?\b|\bagricultur|\bgrain\b|\btea\b|\bpotato(?:es)?\b|\bcrops?\b|\bvillage\b/i,
    'agriculture',
  ],
  [/\bvillage\b|\bcommunity\b|\bneighbou?rhood\b/i, 'community'],
  [/\bretail\b|\b(?:food |farmers' )?markets?\b|\bshops?\b|\bsupermarkets?\b|\bmall\b/i, 'retail'],
  [/\bmuseum\b|\bheritage\b|\btemple\b|\bmemorial\b/i, 'culture'],
  [/\bschool\b|\buniversity\b|\bcollege\b/i, 'education'],
  [/\bhospital\b|\bclinic\b|\bmedical\b/i, 'health'],
];

const MANUFACTURING = new Set([
  'steel',
  'machinery',
  'textiles',
  'chemicals',
  'automotive',
  'electronics',
  'robotics',
]);

/** The dataset's industries, as the engine names them (the editor offers these). */
export const INDUSTRIES: readonly string[] = [
  ...new Set([...TABLE.map(([, name]) => name), 'manufacturing']),
];

/** Industries named in `text`, in table order. */
export function industriesIn(text: string): string[] {
  return TABLE.filter(([re]) => re.test(text))
    .map(([, name]) => name)
    .filter((n, i, a) => a.indexOf(n) === i);
}

/**
 * A site's industries: those its name and facility name, else those its sentence names, plus
 * "manufacturing" for a maker of goods; `[]` when nothing is recognised.
 */
export function siteIndustries(name: string, sentence: string): string[] {
  let found = industriesIn(name);
  if (found.length === 0) found = industriesIn(sentence).slice(0, 1);
  if (found.some((f) => MANUFACTURING.has(f)) || /\bmanufactur/i.test(name))
    found.push('manufacturing');
  return [...new Set(found)];
}
