/**
 * Sites: the named organisations and facilities a sentence speaks of ("Luoyang Bearing Group
 * Co.", "the Bensteel group", "the port of Rizhao", "a cold mill of the Bensteel group"), with
 * offsets. Names are kept as written; a longer form elsewhere in the article ("…Co., Ltd.")
 * becomes the display name.
 *
 * @module
 */

export interface SiteMention {
  start: number;
  end: number;
  /** The organisation's name as written at this mention. */
  text: string;
  /** The facility inside it, as written ("cold mill"), or `null`. */
  facility: { start: number; end: number; text: string } | null;
}

/** Words that end an organisation's or site's name. */
const ORG =
  'Group|Company|Industries|Holdings|Garden|Gardens|Plantation|Terminal|Wharf|Market|Mall|Corporation|Corp\\.|Co\\.(?:,? Ltd\\.?)?|Ltd\\.?|Inc\\.|Port|Factory|Plant|Mill|Works|Park|Village|School|University|Hospital|Institute|Center|Centre|Museum|Base|Zone|Mine|Farm|Station|Airport|Shipyard|Laboratory|Cooperative|Community|Wetland|Reservoir|Dam|Exhibition Hall|Memorial Hall|Pavilion|Temple';
const CAP = "\\p{Lu}[\\p{L}\\d’'&-]*";
/** "Luoyang Bearing Group Co.", "Bensteel group": capitalised words and an organisation word. */
const NAMED = new RegExp(
  `${CAP}(?: (?:of |and |for |& )?${CAP})* (?:${ORG}|${ORG.toLowerCase().replace(/\\/g, '\\')})(?![\\p{L}\\d])`,
  'gu',
);
/** "the port of Rizhao", "the village of Xiadang": a site word, "of", a capitalised name. */
const OF_NAME = new RegExp(
  `\\b(?:port|village|town|county|township|harbou?r|wharf|[Pp]ort|Museum|Academy|University|Institute|Hall|Bank|Village) of (?:the )?(${CAP}(?: (?:of (?:the )?)?${CAP})*)`,
  'gu',
);
/** "a cold mill of the Bensteel group": a facility of a named organisation. */
const FACILITY =
  /\b(?:a|an|the|its) ((?:[a-z-]+ ){0,3}(?:mill|plant|factory|workshop|production line|control cent(?:er|re)|laboratory|base|warehouse|terminal|mine|farm)) (?:of|at) (?:the )?$/;

/** Words that start a capitalised run but are not part of a name. */
const LEADING =
  /^(?:The|A|An|In|At|On|During|While|When|For|As|By|From|To|Of|And|Since|Today|President|Premier|Chinese|China's)\s+/;

/** The sites named in `text` between `from` and `to`, in order, none overlapping. */
export function findSites(text: string, from = 0, to = text.length): SiteMention[] {
  const part = text.slice(from, to);
  const found: SiteMention[] = [];
  const add = (start: number, name: string) => {
    let s = start;
    let n = name;
    for (let m = LEADING.exec(n); m; m = LEADING.exec(n)) {
      s += m[0].length;
      n = n.slice(m[0].length);
    }
    // A name is a word or more before the organisation word: "Ltd." alone names nothing.
    if (!/\s/.test(n)) return;
    const end = s + n.length;
    if (found.some((f) => f.start < end && s < f.end)) return;
    const before = text.slice(Math.max(0, s - 80), s);
    const fm = FACILITY.exec(before);
    const facility = fm?.[1]
      ? { start: s - fm[0].length + fm[0].indexOf(fm[1]), end: 0, text: fm[1] }
      : null;
    if (facility) facility.end = facility.start + facility.text.length;
    found.push({ start: s, end, text: n, facility });
  };
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(part); m; m = NAMED.exec(part)) add(from + m.index, m[0]);
  OF_NAME.lastIndex = 0;
  for (let m = OF_NAME.exec(part); m; m = OF_NAME.exec(part)) {
    // "Butuo county of Liangshan", "Huawu village of Danzhai County": the name after "of" is the
    // place the named one is in, not a site.
    const named = /\p{Lu}[\p{L}'’-]*\s$/u.test(
      text.slice(Math.max(0, from + m.index - 30), from + m.index),
    );
    if (named && /^(?:village|town|township|county) /.test(m[0])) continue;
    add(from + m.index, m[0]);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "Shuanghe, a village tucked in the mountains": a name, then what kind of place it is. */
const APPOSITIVE =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?), an? (?:[a-z-]+ ){0,3}?(village|town|township|community)\b/gu;

/**
 * Villages and towns named by an appositive ("Shuanghe, a village in ...", "Longwangmiao, a
 * small town"): the name's mention, and the kind of place it is, for a later "the village".
 */
export function findAppositiveSites(text: string): { site: SiteMention; kind: string }[] {
  return [...text.matchAll(APPOSITIVE)].map((m) => {
    const name = m[1] ?? '';
    const start = m.index ?? 0;
    return {
      site: { start, end: start + name.length, text: name, facility: null },
      kind: m[2] ?? '',
    };
  });
}

/** A site the article does not name: "a company producing carpets", "a residential community". */
const UNNAMED =
  /\b(?:visited|inspected|toured|went to|came to|stopped at|made a stop at|paid a visit to|dropped by) (an?) ((?:[a-z][a-z-]* ){0,3}?(?:company|factory|plant|community|village|market|school|hospital|farm|base|park|port|mine|steelmaker|carmaker|enterprise|cooperative|cent(?:er|re)|museum|workshop|orchard|plantation|station|terminal|mill|laboratory|university|kindergarten|nursing home|exhibition hall)(?: (?:producing|making|specializing in|specialising in)(?: [a-z-]+){1,3}?)?)(?= (?:in|at|of|on|and|where|to|that|which|run|owned)\b|[,.;]|$)/g;

/**
 * The unnamed sites between `from` and `to`, each as its words without "a" ("company producing
 * carpets"): a visit to one is drafted with a review note, never a made-up name.
 */
export function findUnnamedSites(text: string, from: number, to: number): SiteMention[] {
  const part = text.slice(from, to);
  const out: SiteMention[] = [];
  UNNAMED.lastIndex = 0;
  for (let m = UNNAMED.exec(part); m; m = UNNAMED.exec(part)) {
    const words = m[2] ?? '';
    const start = from + m.index + m[0].length - words.length;
    out.push({ start, end: start + words.length, text: words, facility: null });
  }
  return out;
}

/**
 * The fullest form of a name found in the article: "Luoyang Bearing Group Co." becomes
 * "Luoyang Bearing Group Co., Ltd." when the article writes that elsewhere.
 */
export function fullName(text: string, name: string): string {
  let best = name;
  const stem = name.replace(/\s*(?:Co\.|Ltd\.?|Inc\.)$/, '');
  if (!stem.trim()) return name;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    const tail = /^(?: Co\.,? Ltd\.|,? Ltd\.| Co\.)/.exec(text.slice(at + stem.length))?.[0] ?? '';
    const form = stem + tail;
    if (form.length > best.length) best = form;
  }
  return best;
}
