/**
 * Checks that every passage a dataset records is exactly the article's text at its offsets, and
 * when one is not, says where its text does stand.
 *
 * Offsets count UTF-16 code units, as JavaScript's `String.prototype.slice` does: "—" is one
 * unit (three bytes in the UTF-8 file), a character outside the Basic Multilingual Plane two.
 * Offsets counted in bytes are the commonest mistake, and are named as such.
 *
 * @module
 */
import type { Problem, Visits } from './load.js';
import { visitSources } from './reports.js';
import { type Passage, SPAN_RULE, type VisitProperties } from './schema.js';

/** A recorded passage and where it sits in the dataset. */
export interface PassageRef {
  record: string;
  path: string;
  article: string;
  passage: Passage;
  /** What the passage is, for messages: `quote luoyang-innovation`, `figure …`, `title`. */
  item: string;
}

/**
 * Every passage in a dataset: titles, datelines, visit wording and mentions, other reports'
 * mentions, leaders and the officials accompanying them, quotes (every part of a split one),
 * figures; each with the article its offsets count into (see {@link visitSources}).
 */
export function passagesOf(data: Visits): PassageRef[] {
  const refs: PassageRef[] = [];
  for (const a of data.articles) {
    const add = (path: string, passage: Passage | null, item: string) => {
      if (passage) refs.push({ record: a.id, path, article: a.id, passage, item });
    };
    add('titlePassage', a.titlePassage, 'the title');
    add('dateline', a.dateline, 'the dateline');
  }
  for (const s of data.statistics) {
    refs.push({
      record: s.id,
      path: 'passage',
      article: s.article,
      passage: s.passage,
      item: `figure ${s.id}`,
    });
  }
  for (const q of data.quotes) {
    refs.push({
      record: q.id,
      path: '',
      article: q.article ?? '',
      passage: q,
      item: `quote ${q.id}`,
    });
  }
  for (const f of data.visits) {
    for (const { path, article, passage } of visitSources(f.properties)) {
      const named = itemName(f.properties, path, article);
      // A passage in another report than the visit's own says which.
      const item = article === f.properties.article ? named : `${named} (article ${article})`;
      refs.push({ record: f.id, path: `properties.${path}`, article, passage, item });
    }
  }
  return refs;
}

/** What the passage at `path` of a visit is, for messages: `quote luoyang-innovation`. */
function itemName(p: VisitProperties, path: string, article: string): string {
  const [field, at = '', , part] = path.split('.');
  const i = Number(at);
  if (field === 'quotes') {
    const quote = `quote ${p.quotes[i]?.id}`;
    return part === undefined ? quote : `part ${Number(part) + 1} of ${quote}`;
  }
  if (field === 'statistics') return `figure ${p.statistics[i]?.id}`;
  if (field === 'leader') return `the leader ${p.leader?.name.en}`;
  if (field === 'accompanied') return `the official ${p.accompanied?.[i]?.name.en}`;
  if (field === 'reports') return `the mention of the visit in article ${article}`;
  return field === 'mention' ? 'the mention of the visit' : 'the wording of the date';
}

const utf8 = new TextEncoder();
const bytesBefore = (text: string, index: number) => utf8.encode(text.slice(0, index)).length;

/**
 * Where `passage.text` stands in `text`: the occurrence whose UTF-8 byte offsets are the
 * recorded ones (`bytes: true`), else the one nearest the recorded start; `undefined` when the
 * text does not occur.
 */
export function locate(
  text: string,
  passage: Passage,
): { start: number; end: number; bytes: boolean } | undefined {
  let nearest: number | undefined;
  for (let at = text.indexOf(passage.text); at >= 0; at = text.indexOf(passage.text, at + 1)) {
    const end = at + passage.text.length;
    if (bytesBefore(text, at) === passage.start && bytesBefore(text, end) === passage.end) {
      return { start: at, end, bytes: true };
    }
    if (nearest === undefined || Math.abs(at - passage.start) < Math.abs(nearest - passage.start)) {
      nearest = at;
    }
  }
  return nearest === undefined
    ? undefined
    : { start: nearest, end: nearest + passage.text.length, bytes: false };
}

const cut = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/**
 * Where a passage's text stands in its article, for a message: `; its text stands at 300–398`,
 * with `: 304–402 look like UTF-8 byte offsets` when they are, or that it does not occur.
 */
export function whereItStands(text: string, passage: Passage, article: string): string {
  const where = locate(text, passage);
  if (!where) return `; its text does not occur in article ${article}`;
  const stands = `; its text stands at ${where.start}–${where.end}`;
  return where.bytes
    ? `${stands}: ${passage.start}–${passage.end} look like UTF-8 byte offsets`
    : stands;
}

/** The problem of one passage that is not at its offsets, saying where its text stands. */
function misplaced(ref: PassageRef, text: string): Problem {
  const { record, path, passage, item } = ref;
  const found = text.slice(passage.start, passage.end);
  const at = `${passage.start}–${passage.end}`;
  const hint = whereItStands(text, passage, ref.article);
  return {
    record,
    path,
    expected: JSON.stringify(passage.text),
    received: JSON.stringify(found),
    message: `${record}: ${path ? `${path}: ` : ''}${item} is not at ${at} (offsets count UTF-16 code units, as JavaScript does): the article has ${cut(found)} there, not ${cut(passage.text)}${hint}`,
  };
}

/**
 * Compares each passage with the article's text.
 *
 * @param data - a validated dataset.
 * @param texts - article id → the article's full text (decoded UTF-8).
 * @returns one problem per passage whose offsets do not hold its text (saying where the text
 *   stands, and when the offsets look like byte offsets), or whose article text is missing from
 *   `texts`; empty when all hold.
 */
export function checkPassages(data: Visits, texts: ReadonlyMap<string, string>): Problem[] {
  return checkRefs(passagesOf(data), texts);
}

/** {@link checkPassages} for the passages given: each in its own article's text. */
export function checkRefs(
  refs: readonly PassageRef[],
  texts: ReadonlyMap<string, string>,
): Problem[] {
  return refs.flatMap((ref) => {
    const text = texts.get(ref.article);
    if (text === undefined) {
      const { record, path, article } = ref;
      return [
        {
          record,
          path,
          expected: `the text of article ${article}`,
          received: 'none',
          message: `${record}: ${path ? `${path}: ` : ''}the text of article ${article} is not available`,
        },
      ];
    }
    return text.slice(ref.passage.start, ref.passage.end) === ref.passage.text
      ? []
      : [misplaced(ref, text)];
  });
}

type Raw = Record<string, unknown>;
const isRaw = (x: unknown): x is Raw => typeof x === 'object' && x !== null;

/**
 * A passage the format refused because `end - start` is not its text's length (offsets counted
 * in bytes do that to any text with a non-ASCII character), read from the raw input: the
 * record's item at the problem's path, and the article its offsets count into (the innermost
 * `article` on the way: a quote's or figure's own, a passage's, else the visit's).
 */
function refusedPassage(
  input: unknown,
  p: Problem,
): { article: string; passage: Passage; item: string } | undefined {
  if (!isRaw(input)) return undefined;
  const lists = ['features', 'statistics', 'quotes'].map((k) => input[k]);
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    const item: unknown = list.find((x) => isRaw(x) && x.id === p.record);
    if (!isRaw(item)) continue;
    let article: unknown;
    let at: unknown = item;
    let named = '';
    for (const key of ['', ...(p.path ? p.path.split('.') : [])]) {
      if (key) at = isRaw(at) ? at[key] : undefined;
      // The innermost article on the way is the one the offsets count into.
      if (isRaw(at) && typeof at.article === 'string') article = at.article;
      // The innermost quote or figure on the way names the passage.
      if (isRaw(at) && typeof at.id === 'string' && ('kind' in at || 'scope' in at)) {
        named = `${'kind' in at ? 'quote' : 'figure'} ${at.id}: `;
      }
    }
    if (!isRaw(at) || typeof article !== 'string') return undefined;
    const { start, end, text } = at;
    if (typeof start !== 'number' || typeof end !== 'number' || typeof text !== 'string') {
      return undefined;
    }
    return { article, passage: { start, end, text }, item: named };
  }
  return undefined;
}

/**
 * Problems with the span check explained: where the refused passage's text stands in its
 * article, and whether its offsets look like UTF-8 byte offsets. Other problems are kept as
 * they are.
 */
export function explainSpans(
  problems: readonly Problem[],
  input: unknown,
  texts: ReadonlyMap<string, string>,
): Problem[] {
  return problems.map((p) => {
    if (p.expected !== SPAN_RULE) return p;
    const found = refusedPassage(input, p);
    const text = found && texts.get(found.article);
    if (!found || text === undefined) return p;
    const hint = whereItStands(text, found.passage, found.article);
    const units = 'offsets count UTF-16 code units, as JavaScript does';
    return { ...p, message: `${p.message} (${found.item}${units})${hint}` };
  });
}
