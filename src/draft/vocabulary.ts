/**
 * The engine's word lists, in one place, as pattern sources: every pass builds its patterns from
 * these, so no two passes disagree on what a visit verb, a site word, a title or a unit is
 * (chrono-node's `locales/en/constants.ts` is the model). Lists hold regular-expression
 * fragments, longest first where one is a prefix of another.
 *
 * @module
 */

/** Joins fragments into one non-capturing alternation. */
export const alt = (list: readonly string[]) => `(?:${list.join('|')})`;

/** Verbs and phrases that tell a visit, with the words that take the site after them. */
export const VISIT_VERBS = [
  'made (?:an? )?(?:inspection|fact-finding|research) (?:tour|trip|visit)s? (?:of|to|in|at)',
  // "an inspection trip from Monday to Wednesday to the provinces of ...": the days come first.
  '(?:an? |his |her |the )?(?:inspection|fact-finding) (?:tour|trip|visit)s? (?:(?:from|between) [A-Za-z]+\\.?(?: \\d{1,2})? (?:to|and|through) [A-Za-z]+\\.?(?: \\d{1,2})? )?(?:of|to|in|at)',
  '(?:inspections?|visits?|tours?|trips?|stops?) (?:of|to|at)',
  'paid (?:a )?(?:visits?|tribute) to',
  'paid (?:a )?visit to',
  // "went on to Huopu Village", "traveled on to Xilingol League": the next stop; never "went on
  // to say" (a verb after "to" tells what was done, and a visit verb there is read on its own).
  '(?:went|goes|travell?ed|travels|moved|moves|headed|heads|pressed) on to(?! (?:say|said|stress|urge|call|note|add|ask|point|emphasi[sz]e|describe|tell|explain|express|praise|visit|inspect|learn|see|become|make|take|give|speak|talk|meet|hear|check|underline|highlight|announce|deliver|chair|preside|attend|host)\\b)',
  // "went to A in the morning and then to B": the second stop, after a time that ended the first.
  'and then (?:on )?to(?! (?:say|said|stress|urge|call|note|add|ask|point|emphasi[sz]e|describe|tell|explain|express|praise|visit|inspect|learn|see|become|make|take|give|speak|talk|meet|hear|check|underline|highlight|announce|deliver|chair|preside|attend|host)\\b)',
  '(?:went|goes|came|comes|returned|returns|travell?ed|travels|headed|heads|walked|walks|stepped|drove|drives|flew) (?:in)?to(?! (?:learn|see|inspect|check|visit|talk|meet|hear|understand)\\b)',
  '(?:walked|walks|strolled|strolls) (?:through|along|around)',
  'arriv(?:es?|ing) (?:at|in)',
  'went into',
  // "The tour took Han to the cities of ...", "took Xi, who is also ..., to the cities of":
  // the tour takes the leader to the places.
  'took (?:him|her|the (?:vice )?(?:president|premier)|Xi|Li|Han|Hu|Ding|Wang|Zhao|Cai|Zhang|Liu|Wen|Sun|Ma|He)(?:, (?:who|also) [^,]{1,160},)? to(?= the (?:cities|counties|provinces|regions|city|county|province|region) of )',
  'walked into',
  // "Premier Li began at a farm produce fair", "started his tour in Xining": the first stop.
  '(?:began|begins|started|starts)(?: (?:his|her|the) (?:tour|trip|inspection|day))? (?:at|in|with a visit to|by visiting)',
  'stopped (?:at|by)',
  'made (?:a )?stops? at',
  // "the stop he made at a military base in Huizhou": the stop told after its leader.
  'stops? (?:he|she|Xi|Li) made at',
  // "Xi had been to Shenzhen, Zhuhai, Foshan and Guangzhou".
  '(?:has|had|have) been to',
  'dropped (?:in at|in on|by|in(?= (?!to\\b)[a-z]))',
  'called at',
  // "called on Yi families in a mountain area", "called on a herdsman's family": a home visited
  // (never "called on officials to ...").
  "called on(?= (?:[\\w'’-]+ ){0,4}(?:famil(?:y|ies)|homes?|households?)\\b)",
  'paid (?:a )?(?:home )?visits? to',
  'arrived (?:at|in)',
  're-?visited',
  'inspect(?:ed|s|ing)?',
  'visit(?:ed|s|ing)?',
  'tour(?:ed|s|ing)',
  'was received (?:in|at)',
  // "Xi's first stop, in the afternoon, was a riverside district in ...": the stop is the site.
  '(?:first|second|third|next|last|final) stop(?:, [^,]{1,40},)? (?:was|were)',
  // "During his stay in Hanyuan county, Li urged ...": the place he stayed at.
  '(?:his|her) stay (?:in|at)',
] as const;

/** The visit verbs as one pattern source (word-bounded). */
export const VISIT_VERB = `\\b${alt(VISIT_VERBS)}\\b`;

/**
 * Words that end a described site ("a cultural street", "a middle school", "the homes of
 * villagers"), and with capitalised words before them a named one ("Rizhao Port").
 */
export const SITE_HEADS = [
  'exhibition hall',
  'memorial hall',
  'memorial temple',
  'grottoes',
  'service cent(?:er|re)',
  'health cent(?:er|re)',
  'innovation cent(?:er|re)',
  'control cent(?:er|re)',
  'cent(?:er|re)',
  'demonstration (?:zone|base|area|park)',
  'industrial park',
  'industry park',
  'science park',
  'nature reserve',
  'port area',
  'production line',
  'old town',
  'ancient town',
  'historic(?:al)? (?:and cultural )?(?:block|district|street|site)',
  'cultural (?:block|street)',
  'village',
  'villages',
  'community',
  'communities',
  'company',
  'companies',
  'enterprise',
  'firm',
  'group',
  'corporation',
  'factory',
  'plant',
  'mill',
  'works',
  'workshop',
  'base',
  'park',
  'zone',
  'street',
  'block',
  'lane',
  'alley',
  'hutong',
  'school',
  'university',
  'college',
  'academy',
  'kindergarten',
  'nursing home',
  'hospital',
  'clinic',
  'museum',
  'hall',
  'temple',
  'mosque',
  'site',
  'ruins',
  'port',
  'terminal',
  'wharf',
  'harbou?r',
  'market',
  'fair',
  'cooperative',
  'farm',
  'ranch',
  'orchard',
  'garden',
  'gardens',
  'plantation',
  'field',
  'fields',
  'padd(?:y|ies)',
  'station',
  'laboratory',
  'lab',
  'institute',
  'reserve',
  'wetland',
  'section',
  'homes?',
  'famil(?:y|ies)',
  'households?',
  'residence',
  'dam',
  'reservoir',
  'mine',
  'airport',
  'shipyard',
  'bank',
  'mall',
  'square',
  'hub',
  'post',
  'checkpoint',
  'barracks',
  'project',
  'area',
  'office',
  'court',
  'library',
  'stadium',
  'bridge',
  'tunnel',
  'railway',
  'road',
  'walkway',
  'greenway',
  'forest',
  'lake',
  'river',
  'island',
  'mountain',
  'valley',
  'tower',
  'gate',
  'pagoda',
  'warehouse',
  'depot',
  'granary',
  'bureau',
  'plaza',
  'grassland',
  'company limited',
] as const;

/** Words that end an organisation's name ("... Co., Ltd.", "... (Group) Corporation Ltd."). */
export const ORG_TAILS = [
  '\\(Group\\) (?:Co\\.,? ?Ltd\\.?|Corporation(?:,? Ltd\\.?)?|Co\\.)',
  'Co\\.,? ?Ltd\\.?',
  'Co\\.',
  'Co(?=[ ,.])',
  'Ltd\\.?',
  'Inc\\.',
  'Corporation(?:,? Ltd\\.?)?',
  'Corp\\.',
  'Group',
  'Company(?: Limited)?',
] as const;

/** Administrative words after a name ("Rucheng County"), the longest first, and their kind. */
export const ADMIN_WORDS: readonly (readonly [
  string,
  'province' | 'city' | 'county' | 'township' | 'village',
])[] = [
  ['Special Administrative Region', 'province'],
  ['Autonomous Region', 'province'],
  ['Municipality', 'province'],
  ['Province', 'province'],
  ['Autonomous Prefecture', 'city'],
  ['Prefecture', 'city'],
  ['League', 'city'],
  ['City', 'city'],
  ['Autonomous County', 'county'],
  ['County', 'county'],
  ['District', 'county'],
  ['New Area', 'county'],
  ['Banner', 'county'],
  ['Township', 'township'],
  ['Town', 'township'],
  ['Subdistrict', 'township'],
  ['Sub-district', 'township'],
  ['Village', 'village'],
];

/** Titles of leaders, the longest first; after them a name or "the <title>" alone. */
export const LEADER_TITLES = [
  'General Secretary of the (?:Communist Party of China|CPC) Central Committee',
  'general secretary of the (?:Communist Party of China|CPC) Central Committee',
  '(?:Chinese |Vice[- ])?President',
  '(?:Chinese |Vice[- ]|Executive Vice[- ]|First Vice[- ])?Premier',
  '[Gg]eneral [Ss]ecretary',
  'Party [Ss]ecretary',
  '[Pp]arty chief',
  'Chairman',
  'State Councill?or',
  'top legislator',
  'top political advisor',
] as const;

/**
 * Offices that end an official's title before their name ("provincial party secretary",
 * "vice governor", "mayor"), in any case; with {@link LEADER_TITLES}, what the editor splits
 * off a selected name.
 */
export const OFFICE_TITLES = [
  'secretary',
  'governor',
  'mayor',
  'chairman',
  'chairwoman',
  'director',
  'chief',
  'minister',
  'commissioner',
] as const;

/**
 * Leaders whose tours are reported, by the names English reports give them: a name in this
 * list is a person wherever it stands, and its surname alone ("Xi", "XI") stands for it.
 */
export const LEADERS = [
  'Xi Jinping',
  'Li Keqiang',
  'Li Qiang',
  'Wen Jiabao',
  'Hu Jintao',
  'Wu Bangguo',
  'Jia Qinglin',
  'Zhang Dejiang',
  'Yu Zhengsheng',
  'Liu Yunshan',
  'Wang Qishan',
  'Zhang Gaoli',
  'Li Zhanshu',
  'Wang Yang',
  'Wang Huning',
  'Zhao Leji',
  'Han Zheng',
  'Cai Qi',
  'Ding Xuexiang',
  'Li Xi',
  'Hu Chunhua',
  'Sun Chunlan',
  'Liu He',
  'He Lifeng',
  'Zhang Guoqing',
  'Liu Guozhong',
  'Wang Xiaohong',
  'Shen Yiqin',
  'Ma Kai',
  'Liu Yandong',
  'Wang Qishan',
] as const;

/** The leaders of `LEADERS` whom reports call "she": "she said" never stands for another. */
export const LEADERS_SHE = ['Sun Chunlan', 'Shen Yiqin', 'Liu Yandong'] as const;

/** Leaders' names in Simplified Chinese, for a visit's `leader` (`name.zh`). */
export const LEADER_ZH: Readonly<Record<string, string>> = {
  'Xi Jinping': '习近平',
  'Li Keqiang': '李克强',
  'Li Qiang': '李强',
  'Wen Jiabao': '温家宝',
  'Hu Jintao': '胡锦涛',
  'Han Zheng': '韩正',
  'Ding Xuexiang': '丁薛祥',
  'Hu Chunhua': '胡春华',
  'Wang Yang': '汪洋',
  'He Lifeng': '何立峰',
  'Zhang Gaoli': '张高丽',
  'Zhao Leji': '赵乐际',
  'Wang Huning': '王沪宁',
  'Cai Qi': '蔡奇',
  'Li Xi': '李希',
  'Sun Chunlan': '孙春兰',
  'Liu He': '刘鹤',
  'Zhang Guoqing': '张国清',
  'Wang Qishan': '王岐山',
  'Li Zhanshu': '栗战书',
};

/** Surnames that stand for one leader wherever they stand alone ("Xi said ..."). */
export const LEADER_BY_SURNAME: Readonly<Record<string, string>> = { Xi: 'Xi Jinping' };

/** The words a text uses for the leader without his name ("the premier", "the president"). */
export const LEADER_BY_TITLE =
  "\\b[Tt]he (?:Chinese |vice |Vice )?(?:[Pp]resident|[Pp]remier|[Gg]eneral [Ss]ecretary|[Vv]ice [Pp]remier)(?!['’]s)\\b";

/** Verbs of speech that introduce a reported statement or name a quote's speaker. */
export const SPEECH_VERBS = [
  'said',
  'says',
  'tells',
  'adds',
  'notes',
  'asks',
  'stressed',
  'stresses',
  'noted',
  'emphasi[sz]ed',
  'pointed out',
  'added',
  'underlined',
  'underscored',
  'highlighted',
  'stated',
  'remarked',
  'asked',
  'explained',
  'recalled',
  'told(?: [\\w-]+){0,3}?',
] as const;

/** Parts of the day a visit may be told in. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;

/** Paragraph openings that tell another event than the visit ("Speaking at a symposium"). */
export const EVENT_WORDS = [
  'symposium',
  'meeting',
  'conference',
  'forum',
  'seminar',
  'session',
  'gathering',
  'ceremony',
  'briefing',
  'event',
  'work report',
  'video link',
] as const;

// Reported statements (src/draft/statements.ts).

/** Verbs after a leader that report what he said: the statement follows (after "that"). */
export const STATEMENT_VERBS = [
  'said',
  'says',
  'stressed',
  'stresses',
  'noted',
  'notes',
  'emphasi[sz]ed',
  'emphasi[sz]es',
  'pointed out',
  'points out',
  'added',
  'underlined',
  'underscored',
  'highlighted',
  'insisted',
  'hoped',
  'hopes',
  'expressed (?:the |his |her )?hopes?',
  'demanded',
  'required',
  'urged',
  'urges',
  'called (?:again |also |once again )?for',
  'calls for',
  'called on',
  'calls on',
  'encouraged',
  'encourages',
  'asked',
  'asks',
  'pledged',
  'pledges',
  'vowed',
  'instructed',
  'told(?: [\\w-]+){1,4}? that',
  // "told local officials to ...": a statement only with what they are told to do.
  'told',
  'promised that',
  'congratulated',
] as const;

/** Verbs whose statement keeps the verb ("congratulated the port on ..."), as curated. */
export const STATEMENT_WITH_VERB = /^congratulated$/u;

/** Participles that continue a sentence's speaker ("..., urging ...", "Calling on ..."). */
export const STATEMENT_PARTICIPLES = [
  '[Nn]oting',
  '[Aa]dding',
  '[Ss]tressing',
  '[Uu]rging',
  '[Cc]alling (?:for|on)',
  '[Aa]sking',
  '[Ss]aying',
  '[Ee]mphasi[sz]ing',
  '[Pp]ledging',
  '[Ee]ncouraging',
  '[Ee]xpressing (?:the |his |her )?hopes?',
] as const;

/** The frame of a visit after a statement, which ends it ("during an inspection tour of"). */
export const STATEMENT_FRAME = [
  'during (?:his|her|its|their|an?|the)(?: [\\w-]+){0,3}? (?:inspection|visit|trip|tour|stop|research)',
  'while (?:visiting|inspecting|touring|on|meeting|talking|speaking|chatting)\\b',
  'when (?:visiting|inspecting|touring|meeting|talking|speaking|he|she)\\b',
  'as (?:he|she) (?:ended|wrapped up|concluded|began|started|made|was)\\b',
  '(?:on|in) (?:an?|his|her) (?:[\\w-]+ )?(?:inspection|fact-finding) (?:tour|trip|visit)',
  // "..., Xi said on a tour of the Ningxia Hui Autonomous Region that ended on Wednesday."
  'on (?:an?|his|her) (?:tour|trip|visit) (?:of|to|in)\\b',
] as const;

/**
 * Words that make an apposition describe a person ("Her son, Guo Ping, said", "Tang Xiuying, a
 * 55-year-old villager from ..., recalled"): kin, and what people do.
 */
export const PERSON_NOUNS = [
  'son',
  'daughter',
  'wife',
  'husband',
  'mother',
  'father',
  'grand(?:son|daughter|mother|father)',
  'brother',
  'sister',
  'neighbou?r',
  'villager',
  'farmer',
  'herd(?:er|sman)',
  'fisherman',
  'grower',
  'worker',
  'resident',
  'researcher',
  'professor',
  'scholar',
  'dean',
  'teacher',
  'student',
  'doctor',
  'nurse',
  'engineer',
  'technician',
  'official',
  'manager',
  'director',
  'head',
  'chief',
  'owner',
  'founder',
  'chair(?:man|woman)',
  'secretary',
  'employee',
  'entrepreneur',
  'driver',
  'soldier',
  'volunteer',
  'veteran',
  'guide',
] as const;

/**
 * Words that tell a visit, tour or stay, whatever their case: what the fallback visit looks for
 * when the visits pass drafts none (a visit verb, "inspection tour", "arrived", "came to",
 * "where he was").
 */
export const TOUR_TELLS = new RegExp(
  `${VISIT_VERB}|\\b(?:inspection|research|fact-finding|investigation) (?:tour|trip|visit)|\\b(?:arrived?|arrives|arriving)\\b|\\bcame to\\b|\\bwhere (?:he|she) was\\b`,
  'iu',
);
/** A leader's title in a sentence, whatever its case ("provincial party secretary"). */
export const TOUR_TITLE =
  /\b(?:general secretary|president|(?:vice[- ])?premier|party (?:secretary|chief)|secretary of the|(?:vice[- ])?governor|mayor|state councill?or)\b/iu;
/** "he", "she", "the president": a leader the article names, before or after. */
export const TOUR_PRONOUN = /\b(?:he|she|the (?:president|premier|general secretary))\b/iu;
/** "the company", "our factory": the site the article names elsewhere. */
export const THE_SITE =
  /\b(?:the|our|this) (?:company|factory|plant|enterprise|group|mill|base|park|port)\b/iu;
