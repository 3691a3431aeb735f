/**
 * Narrative frame: the visit each sentence of an article is told at. Agency reports set a frame
 * ("Li went to the Ruijin Navel Orange Cooperative ...", "At the cooperative, ...") and carry it
 * sentence by sentence and paragraph by paragraph; the frame ends where another visit, another
 * day ("On Thursday, ...", "Last year, ..."), another place ("In Nanchang, officials ..."),
 * another event ("Speaking at a symposium, ...") or words said over time ("has repeatedly
 * stressed") start. A sentence telling several visits, or the tour of a whole province, leaves
 * no one visit in the frame. Used by the attachment pass.
 *
 * @module
 */
import type { DateMention } from './dates.js';
import type { PlaceMention } from './places.js';
import type { Paragraph, Sentence } from './sentences.js';
import type { Visit } from './visits.js';
import { alt, ORG_TAILS } from './vocabulary.js';
import { hasWord } from './words.js';

/** A company's name by its legal form ("... Co., Ltd.", "... Group"): "the company" names it. */
const COMPANY_NAME = new RegExp(`\\s${alt(ORG_TAILS)}\\s*$`, 'u');

/** A place in the article where a visit's site is told or named. */
export interface Anchor {
  start: number;
  end: number;
  visit: number;
  paragraph: number;
  /** A visit's own mention (its sentence), not just its name. */
  told: boolean;
}

/** The frame of one sentence: its visit (-1: none), the sentence that set it, and why none. */
export interface Frame {
  visit: number;
  /** Index of the sentence that set or ended the frame (-1: before any). */
  from: number;
  /** Why no visit holds the frame, as a review note says it; `null` when one does. */
  why: string | null;
}

export const HEADS =
  'company|plant|factory|port|mill|site|park|village|group|terminal|museum|base|farm|cooperative|market|community|school|mine|works|station|cent(?:er|re)|river|bridge|hall|island|lake|wetland|mall|laboratory|institute|university|college|hospital|temple|street|block|garden|reservoir|dam|workshop|shipyard|zone|troupe';
/** "the village", "this museum", "the local community": a visited site named by its head word. */
const THE_HEAD = new RegExp(
  `\\b(?:[Tt]he|[Tt]his) (?:[\\p{L}-]+ )?(${HEADS})\\b(?!['’]s? (?:own )?(?:city|county|province))`,
  'u',
);
/**
 * "At the village, ...", "At the health center, ...": a paragraph or sentence that opens at a
 * site visited before.
 */
export const AT_SITE = new RegExp(
  `^(?:(?:At|In|Inside) the|(?:During|On) (?:his|her|the) (?:visit|tour|inspection|trip) (?:to|of) the) (?:\\p{Ll}[\\p{L}-]* )?(${HEADS})\\b`,
  'iu',
);
/**
 * "At a dry port in Jinjiang, ..." with no visit of its own in the sentence: the visits pass
 * took it for a site told before (a caption's), named again by its head word.
 */
const AT_A_SITE = new RegExp(`^(?:At|In|Inside) an? (?:\\p{Ll}[\\p{L}-]* ){0,2}(${HEADS})\\b`, 'u');
/**
 * "At the home of villager Chen ...", "In the courtyard of a farmer, ...": a home inside the
 * village visited last, framed by that village's visit.
 */
const AT_HOME =
  /^(?:(?:At|In|Inside) the (?:home|house|courtyard|yard)s? of|(?:At|In|Inside) (?:an?|one) (?:villager|farmer|herder|resident|family)['’]s (?:home|house|courtyard|yard))\b/u;
/** "Speaking at a symposium, ...", "During a deliberation ...": told at another event. */
const EVENT =
  /^(?:(?:Speaking|Addressing|Presiding over|Chairing|Attending)\b[^,]{0,80}|(?:At|During|In) (?:an?|the) (?:[\w-]+ ){0,6}?(?:symposium|meeting|conference|forum|seminar|session|gathering|ceremony|briefing|event|deliberation|speech|address|discussion|talks)\b[^,]{0,80})/;
/** "..., Xi told a meeting of provincial officials": told at another event, inside the sentence. */
const EVENT_WITHIN =
  /\b(?:told|addressed|said at|speaking at|presided over|chaired) (?:an?|the) (?:[\w-]+ ){0,6}?(?:symposium|meeting|conference|forum|seminar|session|gathering|ceremony|briefing)\b/;
/** "Xi has repeatedly stressed ...": words said over time, at no one visit. */
const OVER_TIME =
  /\b(?:has|have) (?:\w+ly )?(?:stressed|said|noted|called|urged|emphasi[sz]ed|underlined|pointed out|reiterated)\b/;
/** "on a tour of", "during his inspection tour in": words before the place a tour covers. */
const TOUR_OF =
  /\b(?:on|during|in the course of) (?:an?|his|her|the|this) (?:[\w-]+ ){0,2}?(?:tour|trip) (?:of|to|in|through) (?:the )?$/u;
/** "During his trip to the region, ...": the tour of the province the article is about. */
const TOUR_OF_REGION =
  /^(?:During|On|In the course of) (?:his|her|the|this) (?:[\w-]+ ){0,2}?(?:tour|trip) (?:of|to|in|through) the (?:region|province|autonomous region)\b/iu;
/** Where the words "the region" of "During his trip to the region, ..." end, with them. */
function tourOfRegion(s: Sentence): { end: number; text: string } | undefined {
  const m = TOUR_OF_REGION.exec(s.text);
  return m ? { end: s.start + m[0].length, text: m[0].slice(m[0].lastIndexOf('the ')) } : undefined;
}
/**
 * Words before a date that open a sentence on it ("On Thursday, ...", "Last year, ...", "When
 * he went back to Liangjiahe in February 2015, ...": a clause opening the sentence).
 */
const DATE_OPENS =
  /^(?:(?:(?:On|In|During|By|Earlier|Later|Then|And|But)\s+)?(?:the\s+)?|(?:When|After|Before|While)\s[^,;]*)$/i;
/** Words before a place that open a sentence there ("In Nanchang, ..."). */
const PLACE_OPENS = /^(?:(?:Later |Earlier |Then |And )?(?:In|At)\s+)$/;

/** Whether the visit is at the place named `name` (its county, city or province). */
function placedIn(v: Visit, name: string): boolean {
  const p = v.located.place;
  const key = name.toLowerCase();
  return [p.name, p.province.en, p.county?.en, p.county?.city]
    .filter((x): x is string => !!x)
    .some((x) => x.toLowerCase().startsWith(key) || key.startsWith(x.toLowerCase()));
}

/**
 * "Xi made the remarks while touring ...": the sentence that says where the words told just
 * before it were said.
 */
const REMARKS = /^[^,.]{0,60}?\bmade the (?:remarks|comments|speech)\b/i;
/** How many sentences before "made the remarks" its words may reach back. */
const REMARKS_REACH = 3;

/** A visit to a whole province, with no site of its own: the frame of a tour, not of a visit. */
const isTour = (v: Visit | undefined) =>
  v?.located.precision === 'province' && placedIn(v, v.name.replace(/^the\s+/i, ''));

/** Whether two dates (`YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM`, `YYYY`) can be the same day. */
const sameDay = (a: string, b: string) =>
  a.startsWith(b) ||
  b.startsWith(a) ||
  (/W/.test(a + b) && a.slice(0, 4) === b.slice(0, 4) && a.length > 4 && b.length > 4);

/** The words opening a sentence or its paragraph when told at another event, else `null`. */
export function eventAt(text: string, s: Sentence, paragraphs: readonly Paragraph[]) {
  const p = paragraphs[s.paragraph] as Paragraph;
  return EVENT.exec(s.text)?.[0] ?? (EVENT.exec(text.slice(p.start, p.end))?.[0] || null);
}

/** The last anchor before `at` whose visit's site the head word ("village") names. */
export function byHead(
  head: string,
  at: number,
  anchors: readonly Anchor[],
  visits: readonly Visit[],
): Anchor | undefined {
  const word = head.replace(/centre/i, 'center');
  const company = /^company$/i.test(word);
  const named = (a: Anchor) => {
    const v = visits[a.visit];
    return (
      v !== undefined &&
      (hasWord(`${v.name} ${v.site.text}`.replace(/centre/gi, 'center'), word) ||
        (company && COMPANY_NAME.test(v.name)))
    );
  };
  return anchors.filter((a) => a.start < at && named(a)).pop();
}

/** What the attachment and frame passes read: the article and the passes before them. */
export interface Context {
  text: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  visits: readonly Visit[];
  places: readonly PlaceMention[];
  dates: readonly DateMention[];
}

export interface FrameInput extends Context {
  /** Where each visit is told or named, in text order. */
  anchors: readonly Anchor[];
}

const quoted = (words: string) => `("${words.trim().replace(/,$/, '')}")`;

/** The frame of every sentence, in order. */
export function narrativeFrames(input: FrameInput): Frame[] {
  const { text, sentences, paragraphs, visits, places, dates, anchors } = input;
  const out: Frame[] = [];
  // "In Deyang, the Premier ...": the one visit (not a tour) in the city or county it names.
  const visitIn = (p: PlaceMention) => {
    if (p.kind === 'province') return null;
    const found = visits.flatMap((v, i) => (!isTour(v) && placedIn(v, p.text) ? [i] : []));
    return found.length === 1 ? (found[0] as number) : null;
  };
  let current: Frame = { visit: -1, from: -1, why: 'no visit is told before it' };
  const inSentence = (a: Anchor, j: number) => {
    const t = sentences[j] as Sentence;
    return a.start < t.end && t.start < a.end;
  };
  sentences.forEach((s, index) => {
    const inside = (m: { start: number; end: number }) => m.start >= s.start && m.end <= s.end;
    const opening = (m: { start: number }) => s.text.slice(0, m.start - s.start);
    const here = anchors.filter((a) => a.start < s.end && s.start < a.end);
    const told = here.filter((a) => a.told);
    const last = (told.length > 0 ? told : here).at(-1);
    const visit = visits[current.visit];
    const day = dates.find(
      (d) =>
        inside(d) &&
        DATE_OPENS.test(opening(d)) &&
        !(visit?.date && sameDay(visit.date.date, d.date)),
    );
    const place = places.find(
      (p) => inside(p) && PLACE_OPENS.test(opening(p)) && !(visit && placedIn(visit, p.text)),
    );
    const event = eventAt(text, s, paragraphs);
    // "..., Xi said on a tour of the Ningxia Hui Autonomous Region": said on the tour of a
    // province, at none of its visits.
    const tour =
      places.find(
        (p) => inside(p) && p.kind === 'province' && TOUR_OF.test(text.slice(s.start, p.start)),
      ) ?? tourOfRegion(s);
    const eventWithin = EVENT_WITHIN.exec(s.text)?.[0];
    const overTime = OVER_TIME.exec(s.text)?.[0];
    // "the Mogao Grottoes, a cultural relics site under ...": an appositive is the same site.
    const appositive = (i: number) => {
      const v = visits[i];
      return (
        !!v &&
        told.some((a) => {
          const w = visits[a.visit];
          return (
            !!w &&
            a.visit !== i &&
            w.site.end <= v.site.start &&
            /^,\s+(?:an?|the)\s+$/.test(text.slice(w.site.end, v.site.start))
          );
        })
      );
    };
    const several = new Set(told.map((a) => a.visit).filter((i) => !appositive(i))).size > 1;
    const head =
      (AT_SITE.exec(s.text) ?? AT_A_SITE.exec(s.text) ?? THE_HEAD.exec(s.text))?.[1] ??
      (AT_HOME.test(s.text) ? 'village' : undefined);
    const named = head && !last ? byHead(head, s.start, anchors, visits) : undefined;
    const none = (why: string) => ({ visit: -1, from: index, why });
    if (last && (several || isTour(visits[last.visit])))
      current = none('told of the tour or of several visits, not of one');
    else if (last) {
      const own = told.filter((a) => !appositive(a.visit)).at(-1) ?? last;
      current = { visit: own.visit, from: index, why: null };
    } else if (named) current = { visit: named.visit, from: index, why: null };
    else if (tour)
      current = none(
        `told of the tour ${quoted(text.slice(s.start, tour.end).match(/\S+ (?:\S+ )?(?:tour|trip) .*$/u)?.[0] ?? tour.text)}, not of one visit`,
      );
    else if (event)
      current = none(`told at another event ${quoted(event)}, not at the visit before`);
    else if (day)
      current = none(
        `told of another day ${quoted(opening(day) + day.text)}, not of the visit before`,
      );
    else if (place && visitIn(place) !== null)
      current = { visit: visitIn(place) as number, from: index, why: null };
    else if (place)
      current = none(
        `told of another place ${quoted(opening(place) + place.text)}, not of the visit before`,
      );
    else if (eventWithin)
      current = none(`told at another event ${quoted(eventWithin)}, not at the visit before`);
    else if (overTime) current = none(`words said over time ${quoted(overTime)}, not at one visit`);
    out.push(current);
    // The words told just before "<He> made the remarks while visiting <site>" were said there.
    if (current.visit >= 0 && current.from === index && REMARKS.test(s.text))
      for (let j = index - 1; j >= Math.max(0, index - REMARKS_REACH); j--) {
        const before = out[j] as Frame;
        if (before.visit >= 0 || anchors.some((a) => a.told && inSentence(a, j))) break;
        out[j] = { visit: current.visit, from: index, why: null };
      }
  });
  return out;
}
