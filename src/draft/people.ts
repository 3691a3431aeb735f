/**
 * People pass: the persons an article names, for resolving who spoke and who made a visit.
 * A person is named by full name ("Xi Jinping"), with a title ("Premier Li Qiang"), by a
 * surname ("Xi"), a title alone ("the premier"), or "he"; each resolves to the fullest name
 * given before. A leader is a name in the vocabulary's `LEADERS`, or one the article introduces
 * with a leader's title ("Party chief", "secretary of the CPC ... Committee", "Premier").
 * Never a place: a city, country or village is no person.
 *
 * @module
 */
import {
  ADMIN_WORDS,
  alt,
  LEADER_BY_SURNAME,
  LEADERS,
  PERSON_NOUNS,
  SITE_HEADS,
} from './vocabulary.js';

export const TITLES =
  '(?:(?:(?:Chinese |Vice |Deputy |Executive Vice )?(?:President|Premier|Chairman|Secretary|Minister|Governor|Mayor|General Secretary|Director|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)|Vice-(?:[Gg]overnor|[Mm]ayor|[Pp]remier|[Pp]resident))\\s+)';
/** A personal name: two or three capitalised words, or one ("Xi"). */
export const NAME = "\\p{Lu}[\\p{L}’'-]*(?: \\p{Lu}[\\p{L}’'-]*){0,2}";
/** What a person described is ("villager", "local resident"), before or instead of a name. */
export const ROLE_NOUN =
  '(?:(?:local|young|senior|veteran|retired|female|male)\\s+)?(?:villager|worker|farmer|resident|engineer|technician|official|manager|employee|grower|driver|teacher|student|doctor|nurse|herder|fisherman|shop owner|entrepreneur|spokesperson|spokesman|spokeswoman)';
/** A person described, not named: "a villager", "one worker", "officials". */
export const ROLE = `(?:(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Tt]he)\\s+${ROLE_NOUN}|[Oo]fficials|[Ww]orkers|[Vv]illagers|[Rr]esidents|[Ee]xperts|[Aa]nalysts)`;

/**
 * A person named before and described now ("the 43-year-old Uygur", "the station head"): the
 * last person other than a leader named shortly before.
 */
export const DESCRIBED =
  '[Tt]he (?:\\d{1,3}-year-old(?: \\p{L}[\\p{L}-]*){0,2}?|(?:[\\p{Ll}-]+ )?(?:head|chief|director|owner|manager|founder|chairwoman))(?=\\s|$)';
const DESCRIBED_ONLY = new RegExp(`^${DESCRIBED}$`, 'u');

/** A news outlet, no person ("told China Daily", "Xinhua News Agency said"). */
export const OUTLET =
  /\b(?:Daily|Times|News|Agency|Post|Television|TV|Radio|Press|Online|Network|Xinhua|Journal|Herald|Magazine|Reuters)\b/u;

/** People named in the article, for resolving "he" and surnames: offsets and full names. */
export interface Person {
  start: number;
  name: string;
  /** Introduced by a role ("Zhang Wei, a worker"): not whom a later "he" means. */
  role: boolean;
  /** A leader: known by name, or introduced with a leader's title ("Party chief"). */
  leader?: boolean;
  /** The title next to this mention ("Premier", "general secretary"), when there is one. */
  title?: string;
  /** Where the mention ends (after the name as the text gives it: "Xi", "Premier Li"). */
  end?: number;
  /**
   * Named as no subject ("the instructions of General Secretary Xi Jinping", "Xi Jinping
   * Thought"): not whom a later "he" means.
   */
  object?: boolean;
}

/**
 * Words before a name (its title aside) that make it no subject: "instructions of", "following",
 * a verb done to the person ("succeeded Hu Jintao", "met Li", "thanked Wang"), the author of
 * what is cited ("the instructions given by General Secretary Xi Jinping").
 */
const OBJECT_BEFORE =
  /\b(?:of|from|following|Following|under|succeeded|replaced|met|greeted|thanked|praised|received|congratulated|(?:made|given|delivered|issued|set out|laid out|put forward|accompanied|joined) by|(?:along|together) with)\s+(?:the\s+)?$/u;
const OBJECT_AFTER =
  /^(?:\s+Thought\b|['’]s\s+(?:[\w-]+\s+){0,2}?(?:instructions?|speech(?:es)?|directives?|requirements?|remarks|thoughts?|principles|letter|reply|guidance|words)\b)/u;

/**
 * "Xi has called for ...", "Xi has repeatedly stressed ...": words said over time, told as the
 * background of another leader's tour; a later "he" is not this person but the one before.
 */
const OVER_TIME_AFTER =
  /^\s+(?:has|have)\s+(?:\w+ly\s+)?(?:called|stressed|said|urged|emphasi[sz]ed|instructed|demanded|asked|pointed out|noted|required|underlined|reiterated)\b/u;

/**
 * Whether the name at `start`..`end` of `text` is named as no subject: after "of", "from",
 * "following" or "under" (a title between aside), before "Thought", or before "'s
 * (important) instructions", "'s speech", "'s letter". Another possessive ("Xi's first visit")
 * is often the sentence's topic: it stays a subject.
 */
export function namedAsObject(text: string, start: number, end: number): boolean {
  const before = text
    .slice(Math.max(0, start - 120), start)
    .replace(/(?:(?!(?:Following|Under|From)\s)\p{Lu}[\p{L}’'.-]*\s+)+$/u, '');
  return OBJECT_BEFORE.test(before) || OBJECT_AFTER.test(text.slice(end, end + 60));
}

const TITLE_NEAR =
  /\b(?:(?:Chinese |Executive )?[Vv]ice[- ][Pp]remier|[Pp]remier|[Vv]ice[- ][Pp]resident|[Pp]resident|[Gg]eneral [Ss]ecretary|[Pp]arty (?:[Ss]ecretary|chief)|[Ss]ecretary of the (?:CPC|Communist Party)[^,.]{0,60}?Committee|[Ss]ecretary of the [^,.]{0,60}?(?:Party|CPC) Committee|(?:[Vv]ice[- ])?[Gg]overnor|[Mm]ayor)\b/gu;

const TITLE_BEFORE = new RegExp(`(${TITLE_NEAR.source})\\s+$`, 'u');

/** The title nearest a mention: just before the name, or in the words after its comma. */
function titleNear(text: string, start: number, name: string): string | undefined {
  const at = text.indexOf(name, start);
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
  if (before?.[1]) return before[1];
  const after = /^,\s+(?:also\s+)?(?:the\s+)?([^,.]{3,120})/u.exec(text.slice(at + name.length));
  return after?.[1] ? [...after[1].matchAll(TITLE_NEAR)][0]?.[0] : undefined;
}

/** Titles that make a person a leader whose visits and statements are reported. */
const LEADER_TITLE =
  /^(?:(?:Chinese |Vice |Executive Vice )?(?:President|Premier|General Secretary|Chairman)|Party (?:[Ss]ecretary|chief)|(?:Vice |Acting )?Governor|Vice-[Gg]overnor|Mayor)\s/u;
/** Descriptions after a name that make a leader ("Lou Qinjian, secretary of the CPC ..."). */
const LEADER_AFTER =
  /^,\s+(?:(?:also|then)\s+)?(?:the\s+)?(?:general secretary|president|premier|vice premier|vice-premier|(?:Party |CPC )?(?:secretary|chief) of the (?:CPC|Communist Party|Party)|(?:Party |CPC )?(?:secretary|chief) of the (?:[\p{L}-]+ ){1,3}(?:CPC |Communist )?(?:Party )?Committee|Party (?:secretary|chief)|(?:vice[- ]|acting )?governor of|mayor of|a member of the (?:Standing Committee|Political Bureau))/iu;

/** Whether `name` is a leader's: known, or introduced as one in the article. */
export function isLeader(name: string, people: readonly Person[]): boolean {
  return (
    (LEADERS as readonly string[]).includes(name) || people.some((p) => p.leader && p.name === name)
  );
}

const ACTS =
  '(?:visited|inspected|toured|went|came|said|noted|stressed|urged|called|met|arrived|presided|chaired|attended|delivered|spoke|has|had|was|is)';

/**
 * People: names after a title ("President Xi Jinping"), before a comma and a role ("Zhang Wei,
 * a worker"), or as the subject of a visit or speech verb ("Xi Jinping on Tuesday inspected").
 */
export function findPeople(text: string): Person[] {
  const re = new RegExp(
    `(${TITLES}|Party (?:[Ss]ecretary|chief)\\s+)(${NAME})|(${NAME}),\\s+${ROLE}\\b|(${NAME}),\\s+(?:(?:also|then)\\s+)?(?:general secretary|president|premier|chairman|vice|head|secretary|minister|governor|mayor|(?:CPC |Communist )?[Pp]arty (?:[Ss]ecretary|chief))\\b|(${NAME})\\s+(?:on \\p{Lu}\\p{Ll}+(?: \\p{Ll}+)? |(?:has |had |also |then )?)${ACTS}\\b|\\b(?:said|says|quoted|quoting|told)\\s+(?:\\d{1,3}-year-old\\s+)?(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+)\\b`,
    'gu',
  );
  const out: Person[] = [];
  const surnames: Person[] = [];
  // Leaders known by name, wherever they stand.
  for (const name of LEADERS) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (!/\p{L}/u.test(text[at + name.length] ?? ''))
        out.push({ start: at, name, role: false, leader: true, end: at + name.length });
  }
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "But Tang said": the conjunction is no part of the name.
    const name = (m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '')
      .trim()
      .replace(
        /^(?:But|And|Then|So|Yet|When|While|As|After|Before|Now|Here|There)\s+(?=\p{Lu})/u,
        '',
      );
    if (!name || OUTLET.test(name)) continue;
    // "Mayor Zhao Hongyu Inspects ...": a headline's next word is no part of a Chinese name.
    const trimmed = pinyinName(name);
    if (trimmed !== name) {
      out.push({
        start: m.index,
        name: trimmed,
        role: false,
        leader: LEADER_TITLE.test(m[1] ?? ''),
      });
      continue;
    }
    if ((m[4] || m[5]) && !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(name)) {
      // "Tang said": a surname alone, a person when the article gave the full name before.
      if (/^\p{Lu}\p{Ll}+$/u.test(name))
        surnames.push({
          start: m.index,
          name,
          role: false,
          end: m.index + m[0].indexOf(name) + name.length,
        });
      continue;
    }
    const leader =
      (m[1] !== undefined && LEADER_TITLE.test(m[1])) ||
      (m[4] !== undefined && LEADER_AFTER.test(text.slice(m.index + name.length)));
    const end = m.index + m[0].indexOf(name) + name.length;
    out.push({ start: m.index, name, role: m[3] !== undefined, leader, end });
  }
  out.push(...lowerCaseNames(text, out));
  out.push(...fullNamesOfSurnames(text, out));
  out.push(...appositives(text, out));
  for (const p of surnames) {
    const full = out.find((q) => q.start < p.start && q.name.split(' ')[0] === p.name);
    if (full) out.push({ ...p, name: full.name, leader: full.leader ?? false });
  }
  // "Xi" alone is the leader the vocabulary knows by that surname.
  for (const [surname, name] of Object.entries(LEADER_BY_SURNAME)) {
    const re = new RegExp(`\\b${surname}\\b(?! \\p{Lu})`, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text))
      out.push({ start: m.index, name, role: false, leader: true, end: m.index + surname.length });
  }
  for (const p of out) {
    const title = titleNear(text, p.start, p.name);
    if (title) p.title = title;
  }
  out.push(...byTitle(text, out));
  for (const p of out) {
    const title = p.title ?? titleNear(text, p.start, p.name);
    if (title) p.title = title;
    const end = p.end ?? p.start + p.name.length;
    if (namedAsObject(text, p.start, end) || OVER_TIME_AFTER.test(text.slice(end, end + 60)))
      p.object = true;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whether a word is pinyin ("Hongyu", "Jinping"), case aside. */
const isPinyin = (word: string) => new RegExp(`^(?:${SYLLABLE})+$`, 'i').test(word);

/**
 * A three-word name whose first two words are a Chinese name in pinyin and whose third is not
 * ("Zhao Hongyu Inspects" of a headline in title case): the first two; else the name.
 */
function pinyinName(name: string): string {
  const w = name.split(' ');
  return w.length === 3 && w.slice(0, 2).every(isPinyin) && !isPinyin(w[2] ?? '')
    ? w.slice(0, 2).join(' ')
    : name;
}

/** One pinyin syllable ("lu", "zhong", "gong", "qiang"). */
export const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)';
/**
 * A name in lower case after a local leader's title, as machine translation writes it
 * ("provincial party secretary lu zhong-gong", "governor wang hao"): a one-syllable surname
 * and a given name of one or two pinyin syllables, with or without a hyphen.
 */
const LOWER_TITLED = new RegExp(
  `\\b(?<!general )((?:party )?secretary|party chief|(?:vice[- ])?governor|mayor) (${SYLLABLE} (?:${SYLLABLE}){1,2}|${SYLLABLE} ${SYLLABLE}-${SYLLABLE})\\b(?![-'’])`,
  'gu',
);

/**
 * Leaders named in lower case after their title (machine-translated company news): a person
 * named with each word capitalised ("Lu Zhong-gong"), a leader when the title is a party
 * secretary's, a governor's or a mayor's; the mention keeps the text's own offsets.
 */
function lowerCaseNames(text: string, known: readonly Person[]): Person[] {
  const out: Person[] = [];
  for (const m of text.matchAll(LOWER_TITLED)) {
    const written = m[2] ?? '';
    const start = (m.index ?? 0) + m[0].length - written.length;
    if (known.some((p) => p.start <= start && start < (p.end ?? p.start + p.name.length))) continue;
    const name = written.replace(/(^|[ -])(\p{Ll})/gu, (_, sep: string, c: string) =>
      sep === '-' ? `-${c}` : `${sep}${c.toUpperCase()}`,
    );
    out.push({
      start,
      name,
      role: false,
      leader: true,
      end: start + written.length,
      title: m[1] ?? '',
    });
  }
  return out;
}

/**
 * A leader named by their office alone as a subject ("The CPC provincial chief spoke highly of
 * ...", "the vice premier"): the office words, and what the leader's own title must hold.
 */
const OFFICE =
  /\b[Tt]he (?:(?:CPC|[Pp]rovincial|[Mm]unicipal|[Cc]ity|[Rr]egional) )*(?:(?:[Pp]arty )?(?:chief|[Ss]ecretary)|[Vv]ice[- ][Pp]remier|(?:[Vv]ice[- ])?[Gg]overnor|[Mm]ayor)\b(?! (?:of|general)\b)/gu;

/** Each office named alone, as the leader named last before with that title. */
function byTitle(text: string, people: readonly Person[]): Person[] {
  const out: Person[] = [];
  for (const m of text.matchAll(OFFICE)) {
    // The office the holder's title must hold: "the vice premier", "the governor", "the mayor",
    // else a Party secretary's.
    const office = /premier/i.test(m[0])
      ? /vice[- ]premier/i
      : /governor/i.test(m[0])
        ? new RegExp(`${/vice/i.test(m[0]) ? 'vice[- ]' : ''}governor`, 'i')
        : /mayor/i.test(m[0])
          ? /mayor/i
          : /secretary|chief/i;
    const holder = people
      .filter((p) => p.start < m.index && p.leader && p.title)
      .filter((p) => office.test(p.title ?? ''))
      .filter((p) => !/general secretary/i.test(p.title ?? ''))
      .pop();
    if (holder)
      out.push({
        start: m.index,
        name: holder.name,
        role: false,
        leader: true,
        end: m.index + m[0].length,
      });
  }
  return out;
}

/** Words that end a place's or a site's name, never a given name ("Zhu Village", "Tang Road"). */
const NOT_GIVEN = new RegExp(
  `^(?:${[...ADMIN_WORDS.map(([w]) => w), ...SITE_HEADS, 'Mountains?', 'Province', 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'].join('|')})$`,
  'iu',
);
/** Words before a speech verb that are no surname. */
const NOT_SURNAME =
  /^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here|Xinhua|Reports?|Officials|Villagers|Residents|Workers|Experts|Others|Some|Many|Most|Everyone|Nobody|Someone)$/u;
/** A surname alone, speaking: "Zhu said", "Zhu told Xi", "said Zhu." */
const SURNAME_SPEAKS =
  /(?<!\p{Lu}[\p{L}’'-]*\s)\b(\p{Lu}\p{Ll}{1,9})(?:\s+(?:also|then|later|once))?\s+(?:said|says|told|tells|added|adds|replied|answered|recalled|recalls|remembered|remembers|explained|noted|asked|continued|smiled|laughed)\b|\b(?:said|says|added|replied|asked|recalled|recalls|explained)\s+(\p{Lu}\p{Ll}{1,9})\b(?![\s-]*\p{Lu})/gu;

/**
 * Ordinary people (villagers, workers, residents) introduced by full name and then quoted by
 * surname ("villager Zhu Xiaohong ..." then "“...,” Zhu said"): the full name the text gives
 * last before the surname, in the Chinese order ("Zhu Xiaohong") or, when an apposition
 * follows it, the Western one ("Xiaohong Zhu, a grower"). Each is a person with a role.
 */
function fullNamesOfSurnames(text: string, known: readonly Person[]): Person[] {
  const out: Person[] = [];
  const done = new Set<string>();
  for (const m of text.matchAll(SURNAME_SPEAKS)) {
    const surname = m[1] ?? m[2] ?? '';
    if (done.has(surname) || NOT_SURNAME.test(surname)) continue;
    if (known.some((p) => p.name.split(' ').includes(surname))) continue;
    done.add(surname);
    const before = text.slice(0, m.index);
    const chinese = new RegExp(
      `\\b${surname}\\s+(\\p{Lu}[\\p{Ll}’'-]+)\\b(?![\\s-]*\\p{Lu})`,
      'gu',
    );
    const western = new RegExp(
      `\\b(\\p{Lu}[\\p{Ll}’'-]+)\\s+${surname}(?=,\\s+(?:a|an|the|\\d{1,3}|who|whose|head|chief|director|secretary|owner|manager|deputy)\\b)`,
      'gu',
    );
    const found = [...before.matchAll(chinese), ...before.matchAll(western)]
      .filter((f) => !NOT_GIVEN.test(f[1] ?? '') && !NOT_SURNAME.test(f[1] ?? ''))
      .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
      .pop();
    if (!found) continue;
    const start = found.index ?? 0;
    // "Li Fashun's house": the possessive is no part of the name.
    const name = found[0].replace(/['’]s$/u, '');
    out.push({ start, name, role: true, end: start + name.length });
  }
  return out;
}

/**
 * A person's full name of two or three words ("Guo Ping", "Tang Xiuying", "Chen Hou'e"; not a
 * possessive's "'s").
 */
const FULL_NAME = "\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+(?:['’](?!s\\b)\\p{Ll}+)?){1,2}";
const PERSON_NOUN = alt(PERSON_NOUNS);
/** Where a sentence opens: the text's start, a new line, or after a full stop. */
const OPENS = '(?:^|(?<=\\n\\s*)|(?<=[.!?]["”’]?\\s+))';
/**
 * A person opening a sentence with an apposition: "Her son, Guo Ping, said ...", "A villager,
 * Wang Min, recalled ...", "Tang Xiuying, a 55-year-old villager from ..., could not ...".
 */
const APPOSITIVE = new RegExp(
  `${OPENS}(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|An?|One|Another)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${PERSON_NOUN}s?,\\s+(${FULL_NAME}),|(${FULL_NAME}),\\s+(?:an?|the|\\d{1,3}-year-old)\\s+[^,.“”"]{0,80}?\\b(?:${PERSON_NOUN}|\\d{1,3}-year-old)\\b[^,.“”"]{0,80},)\\s+(?=\\p{Ll})`,
  'gu',
);

/** A person named after what they are: "villager Rong Xiaoyan", "54-year-old farmer Li Ming". */
const ROLE_NAMED = new RegExp(
  `\\b(?:\\d{1,3}-year-old\\s+)?${PERSON_NOUN}\\s+(${FULL_NAME})\\b(?!['’]s)`,
  'gu',
);

/**
 * The people an apposition introduces at a sentence's opening, or a word of what they are
 * before their name (each with a role: not whom a later "he" in the narrative means).
 */
function appositives(text: string, known: readonly Person[]): Person[] {
  const out: Person[] = [];
  for (const m of [...text.matchAll(APPOSITIVE), ...text.matchAll(ROLE_NAMED)]) {
    const name = m[1] ?? m[2] ?? '';
    if ((LEADERS as readonly string[]).includes(name)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    const last = name.split(' ').at(-1) ?? '';
    const seen = [...known, ...out].some((p) => p.name === name && Math.abs(p.start - start) < 40);
    if (NOT_GIVEN.test(last) || OUTLET.test(name) || seen) continue;
    out.push({ start, name, role: true, end: start + name.length });
  }
  return out;
}

const ROLE_ONLY = new RegExp(`^${ROLE}$`, 'u');

/** The fullest earlier name that `word` ("Xi", "XI", "he") stands for, or `word` itself. */
export function resolve(word: string, at: number, people: readonly Person[]): string | null {
  const before = people.filter((p) => p.start < at);
  if (/^(?:he|she|him|her)$/i.test(word)) {
    // The last person named as a subject ("Liu ... implement the instructions of Xi Jinping.
    // He said": Liu), else the last one named.
    // A possessive ("Xi Jinping's speech") names no subject either.
    const last = (
      before.filter((p) => !p.role && !p.object && !/['’]s$/u.test(p.name)).pop() ??
      before.filter((p) => !p.role).pop()
    )?.name;
    return last ? resolve(last, at, people) : null;
  }
  if (ROLE_ONLY.test(word)) return word.replace(/^\p{Lu}(?=\p{Ll}* )/u, (c) => c.toLowerCase());
  if (DESCRIBED_ONLY.test(word)) {
    const last = before.filter((p) => p.start > at - 800 && !isLeader(p.name, people)).pop();
    return last ? last.name : word.replace(/^The\b/u, 'the');
  }
  // "the premier", "the General Secretary": the leader named last before.
  if (/^the\s/i.test(word)) {
    const title = word
      .replace(/^the\s+/i, '')
      .toLowerCase()
      .replace('-', ' ');
    const leaders = before.filter(
      (p) => p.leader || (LEADERS as readonly string[]).includes(p.name),
    );
    const titled = leaders.filter((p) => p.title?.toLowerCase().replace('-', ' ').endsWith(title));
    const found = titled.pop() ?? leaders.pop();
    return found ? resolve(found.name, at, people) : null;
  }
  const bare = word
    .replace(/^(?:But|And|Then|So|Yet)\s+/, '')
    .replace(/['’]s\b.*$/, '')
    .replace(new RegExp(`^${TITLES}+`, 'u'), '');
  const lower = bare.toLowerCase();
  // The fullest name the word is part of: "Xi" and "XI" are "Xi Jinping".
  let best: string | undefined;
  // A surname of a known leader: the one named last before (Li Keqiang or Li Qiang).
  const leader = before
    .filter(
      (p) =>
        (LEADERS as readonly string[]).includes(p.name) &&
        p.name.toLowerCase().split(' ')[0] === lower,
    )
    .pop();
  if (leader) return leader.name;
  for (const p of people) {
    const name = p.name.toLowerCase();
    if (name === lower || name.split(' ').includes(lower) || lower.includes(name))
      if (!best || p.name.length > best.length) best = p.name;
  }
  return best ?? bare;
}
