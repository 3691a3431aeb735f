/**
 * Land pass: an area of land and what is on it, in the clause's own words ("has planted 600 mu
 * of peach trees": area of peach trees planted; "The village covers 4,200 mu of farmland":
 * farmland area of the village; "Its orchards now cover 110 hectares": orchard area).
 *
 * @module
 */
import type { MeasureInput } from './types.js';
import { AREA_STOP, QUALIFIED, theSubject, words } from './words.js';

/** Verbs done to land, as their past participle: "planted 600 mu of peach trees". */
const LAND_VERB =
  /\b(plant(?:ed|s|ing)?|destroy(?:ed|s|ing)?|damag(?:ed|es|ing)|flood(?:ed|s|ing)|restor(?:ed|es|ing)|reclaim(?:ed|s|ing)?|grow(?:s|ing)?|grew|grown|sow(?:ed|s|ing|n)?|harvest(?:ed|s|ing)?|afforest(?:ed|s|ing)?|irrigat(?:ed|es|ing)|transferr(?:ed|ing)|transfers?|leas(?:ed|es|ing)|rent(?:ed|s|ing)?|contract(?:ed|s|ing)?|cultivat(?:ed|es|ing)|ruin(?:ed|s|ing)?|lost|loses?|affect(?:ed|s|ing)?|inundat(?:ed|es|ing)|submerg(?:ed|es|ing)|turn(?:ed|s|ing)?\s+into|add(?:ed|s|ing)?|convert(?:ed|s|ing)?)\b/i;

/** The past participle of a land verb as the text words it: "plants" → "planted". */
function participle(verb: string): string {
  const v = verb.toLowerCase().replace(/\s+into$/, '');
  const irregular: Record<string, string> = {
    grow: 'grown',
    grows: 'grown',
    growing: 'grown',
    grew: 'grown',
    sow: 'sown',
    sows: 'sown',
    sowing: 'sown',
    lose: 'lost',
    loses: 'lost',
  };
  if (irregular[v]) return irregular[v];
  if (/(?:ed|n|lost)$/.test(v)) return v;
  const stem = v.replace(/ing$|s$/, '');
  if (
    /(?:destroy|plant|flood|reclaim|harvest|afforest|rent|contract|ruin|affect|add|convert)$/.test(
      stem,
    )
  )
    return `${stem}ed`;
  if (/transfer$/.test(stem)) return `${stem}red`;
  return /e$/.test(stem) ? `${stem}d` : `${stem}ed`;
}

/**
 * An area of land and what is on it, in the clause's own words: "covers 4,200 mu of farmland"
 * after "The village" (farmland area of the village), "has planted 600 mu of peach trees" (area
 * of peach trees planted), "1,500 hectares of soybeans were destroyed" (area of soybeans
 * destroyed), "more than 2,400 hectares of wetland" (area of wetland).
 */
export function landArea(f: MeasureInput, before: string, after: string): string {
  const of = /^\s+of\s+((?:[a-z-]+\s+){0,3}[a-z-]+)/.exec(after);
  const ofWords = words(of?.[1] ?? '');
  const stop = ofWords.findIndex((w) => AREA_STOP.test(w));
  const what = (stop < 0 ? ofWords : ofWords.slice(0, stop)).join(' ');
  if (!what) return areaOf(f, before);
  const rest = after.slice((of?.[0] ?? '').length - (of?.[1] ?? '').length + what.length);
  const bare = before.replace(new RegExp(`${QUALIFIED}$`, 'i'), '');
  const done = new RegExp(
    `${LAND_VERB.source}\\s+(?:(?:a|an|the|some|another|over)\\s+)?$`,
    'i',
  ).exec(bare)?.[1];
  if (done && !/^(?:cover|span)/i.test(done)) return `area of ${what} ${participle(done)}`;
  const passive = new RegExp(
    // "of soy in the county were destroyed": a place phrase may come before the verb.
    `^(?:\\s+(?:in|on|at|across|along|around|near)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?[\\w'’-]+)?\\s+(?:(?:was|were|had been|have been|has been|is|are|will be)\\s+)(?:\\w+ly\\s+)?${LAND_VERB.source}`,
    'i',
  ).exec(rest)?.[1];
  if (passive) return `area of ${what} ${participle(passive)}`;
  // "The village covers 4,200 mu of farmland": the farmland area of the village.
  const owner = coverer(f, before);
  if (!owner) return `area of ${what}`;
  if (/^\p{Lu}/u.test(owner) && !/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(owner))
    return `${what} area of ${owner}`;
  if (PLACE_NOUN.test(owner)) return `${what} area of the ${owner}`;
  // "Corn planting covers 52 million mu of farmland": the corn planting area.
  return `${owner.toLowerCase()} area`;
}

/** Words that name a place or a site: what an area is the area of. */
const PLACE_NOUN =
  /\b(?:village|town|township|county|city|province|region|prefecture|district|country|nation|reserve|park|zone|farm|base|estate|site|cooperative|community|campus|port|plant|factory|island|area|league|banner|municipality)s?$/i;

/** What covers or spans the area, when the words say it ("The village covers"), else `null`. */
function coverer(f: MeasureInput, before: string): string | null {
  const covers =
    /\b(?:cover(?:s|ed|ing)?|spans?|spanning|stretch(?:es)?\s+over|boasts?|has|had|owns?)\s+(?:\S+\s+){0,2}$/i.test(
      before,
    );
  if (!covers) return null;
  const head = theSubject(f)
    .replace(/^the\s+/, '')
    .replace(/(?:\s+(?:has|have|had|owns?|owned|boasts?|boasted|now|still|also))+$/i, '');
  if (!head || words(head).length > 3 || /^(?:site|it|area)$/i.test(head)) return null;
  return head;
}

/**
 * An area by what covers it: "Its orchards now cover 110 hectares" (orchard area), "The
 * province covers" or "Sichuan spans" (land area), else "area".
 */
function areaOf(f: MeasureInput, before: string): string {
  const covers =
    /\b(?:cover(?:s|ed|ing)?|spans?|spanning|measuring|stretch(?:es)?\s+over)\s+(?:\S+\s+){0,2}$/i.test(
      before,
    );
  if (!covers) return 'area';
  // "a plan for a pilot free trade zone covering 28 square kilometers": the zone's area, planned;
  // "a hut measuring 38 square meters": the hut's.
  const covering =
    /\b(plans?\s+for\s+)?(?:an?|the)\s+((?:[a-z-]+\s+){0,4}?[a-z-]+)\s+(?:covering|spanning|measuring)\s+(?:\S+\s+){0,2}$/i.exec(
      before,
    );
  if (covering?.[2] && !/^(?:area|land|region)$/i.test(covering[2]))
    return `${covering[1] ? 'planned ' : ''}area of the ${covering[2]}`;
  // "will eventually cover about 2,000 square kilometers": the area planned.
  if (
    /\b(?:will|would|is to|are to|(?:is|are) (?:planned|set|expected) to|plans? to)\s+(?:\w+ly\s+)?(?:cover|span)\s+(?:\S+\s+){0,2}$/i.test(
      before,
    )
  )
    return 'planned area';
  const head = theSubject(f).replace(/^the\s+/, '');
  if (
    /^\p{Lu}/u.test(head) ||
    /\b(?:region|province|county|city|prefecture|league|country|municipality|district|island)$/i.test(
      head,
    )
  )
    return 'land area';
  const noun = words(head).pop() ?? '';
  if (!noun || words(head).length > 3 || /^(?:site|it|area)$/i.test(noun)) return 'area';
  return `${head.replace(/(?<=[^s])s$/, '')} area`;
}
