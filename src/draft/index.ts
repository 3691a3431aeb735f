/**
 * The draft engine: an article's text in, a draft visits collection out, every drafted item
 * with its passage (UTF-16 offsets and text). A pipeline of small passes, each in its own file:
 * dateline → sentences → dates → places → visits (with a fallback visit when none is found) → leaders and officials accompanying → quotes
 * and reported statements → figures → attachment → review notes. No DOM and no Node-only API: it runs in Node and the browser.
 *
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { articleFile } from '../model/paths.js';
import { attacher } from './attach.js';
import { type Dateline, type DatelineOptions, readDateline } from './dateline.js';
import { findDates } from './dates.js';
import { fallbackVisit } from './fallback.js';
import { visitFeature } from './features.js';
import { findFigures } from './figures.js';
import { idMaker } from './ids.js';
import { checkInput, DraftInputError } from './input.js';
import { placeFigures, placeQuotes } from './items.js';
import { fillOfficials } from './officials.js';
import { findPeople } from './people.js';
import { findPlaces } from './places.js';
import { publicationDate, publicationDateLine } from './publication-date.js';
import { quoteAttacher } from './quote-visits.js';
import { findQuotes } from './quotes.js';
import { paragraphs, sentences } from './sentences.js';
import type { DraftArticleRecord, VisitsCollection } from './types.js';
import { findVisits } from './visits.js';

export { gazetteer, type Place } from './gazetteer.js';
export { type DraftInputCode, DraftInputError, MAX_ARTICLE_BYTES } from './input.js';
export { placeRecord } from './place-record.js';
export type * from './types.js';

/** What the text may lack, and how the article is recorded. */
export interface DraftOptions {
  /** `YYYY-MM-DD` publication date when the text lacks it (or the year for an agency dateline). */
  date?: string;
  /** The title, when the text has none on its own line (recorded without a passage). */
  title?: string;
  outlet?: string;
  /** Link to the original (http or https). */
  url?: string;
  /** Article id; default `article-` and the first 16 hex digits of the text's SHA-256. */
  id?: string;
  /** Path of the article's text from the repository root; default `data/articles/<id>.txt`. */
  file?: string;
}

/** One drafted span: where it stands in the text, and the id of the item it belongs to. */
export interface DraftSpan {
  kind: 'title' | 'dateline' | 'visit' | 'place' | 'date' | 'quote' | 'figure';
  start: number;
  end: number;
  text: string;
  item: string;
}

export interface Draft {
  /** The visits format: one article, its statistics, features and unattached quotes. */
  collection: VisitsCollection;
  /** Every drafted span, in text order. */
  spans: DraftSpan[];
}

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/**
 * The article's dateline; when it gives no year (or there is none) and no date is given, the
 * publication date its head states on a line of its own ("March 19, 2012", "Updated:
 * 2012-03-19 11:39"), read as the editor reads it (`publicationDate`).
 */
function datelineOf(text: string, options: DatelineOptions): Dateline {
  let read: Dateline;
  try {
    read = readDateline(text, options);
  } catch (error) {
    const head = options.date === undefined ? publicationDate(text) : null;
    if (!(error instanceof DraftInputError) || error.code !== 'no-date' || !head) throw error;
    read = readDateline(text, { ...options, date: head });
  }
  return withDateLine(text, read);
}

/**
 * A publication date line of its own ("March 19, 2012" under the title) is the article's
 * dateline when it states the publication date: its passage is recorded, and it is no visit's
 * date. A title read from that very line is no title.
 */
function withDateLine(text: string, read: Dateline): Dateline {
  if (read.passage) return read;
  const line = publicationDateLine(text);
  if (!line || line.date !== read.date) return read;
  const own = read.titlePassage;
  const titleIsDate = own !== null && own.start < line.passage.end && line.passage.start < own.end;
  return {
    ...read,
    passage: line.passage,
    ...(titleIsDate ? { titlePassage: null, title: '' } : {}),
  };
}

/**
 * Drafts the visits, quotes and figures of one article. Synchronous.
 *
 * @param text - the article as decoded from UTF-8 (offsets are UTF-16 indices into it).
 * @throws DraftInputError for empty, binary, too large or non-English text, and for a missing
 *   or impossible publication date.
 */
export function draftArticle(text: string, options: DraftOptions = {}): Draft {
  checkInput(text);
  const dateline = datelineOf(text, options);
  const digest = bytesToHex(sha256(new TextEncoder().encode(text)));
  const id = options.id && ID.test(options.id) ? options.id : `article-${digest.slice(0, 16)}`;
  const published = dateline.date;
  const paras = paragraphs(text);
  const sents = sentences(text);
  // The dateline, its city and the title are never a visit's date or place.
  const apart = [
    dateline.passage,
    dateline.place,
    dateline.titlePassage,
    ...dateline.datelines,
  ].filter((p) => p !== null);
  const outside = (m: { start: number; end: number }) =>
    !apart.some((p) => m.start < p.end && p.start < m.end);
  const dates = findDates(text, published, dateline.day).filter(outside);
  const places = findPlaces(text).filter(outside);
  const visits = findVisits({
    text,
    sentences: sents,
    paragraphs: paras,
    places,
    dates,
    published,
    apart: dateline.titlePassage ? [dateline.titlePassage] : [],
  });
  const people = findPeople(text);
  // A report of a tour yields a visit: the best-supported one, marked for review.
  if (visits.length === 0) {
    const fallback = fallbackVisit(
      { text, sentences: sents, paragraphs: paras, places, dates, published },
      people,
      outside,
    );
    if (fallback) visits.push(fallback);
  }
  const unique = idMaker();
  const features = visits.map((v) => visitFeature(text, v, id, published, unique));
  fillOfficials(text, features, sents, people);
  const attach = attacher({ text, sentences: sents, paragraphs: paras, visits, places, dates });
  const paragraphOf = (at: number) => paras.find((p) => p.start <= at && at < p.end)?.index ?? -1;
  // A headline's statement is told again below: the body's is drafted.
  const found = findQuotes(text, sents, paras).filter((q) => q.kind === 'direct' || outside(q));
  const quotes = placeQuotes(
    found,
    features,
    quoteAttacher(attach, { text, sentences: sents, visits, places, people }, found),
    id,
    paragraphOf,
    unique,
  );
  const figures = findFigures(sents, dates, published);
  const statistics = placeFigures(figures, features, attach, places, id, published, unique, sents);
  const article: DraftArticleRecord = {
    id,
    title: dateline.title,
    date: published,
    section: dateline.section,
    outlet: dateline.outlet,
    language: 'en',
    translation: null,
    file: options.file ?? articleFile(id),
    sha256: digest,
    ...(options.url && /^https?:\/\//i.test(options.url) ? { url: options.url } : {}),
    titlePassage: dateline.titlePassage,
    dateline: dateline.passage,
  };
  const spans: DraftSpan[] = [];
  if (dateline.titlePassage) spans.push({ kind: 'title', ...dateline.titlePassage, item: id });
  if (dateline.passage) spans.push({ kind: 'dateline', ...dateline.passage, item: id });
  features.forEach((f, i) => {
    const v = visits[i];
    const p = f.properties;
    spans.push({ kind: 'visit', ...p.mention, item: f.id });
    if (v?.located.mention) {
      const { start, end, text: t } = v.located.mention;
      spans.push({ kind: 'place', start, end, text: t, item: f.id });
    }
    if (v?.date) spans.push({ kind: 'date', ...p.visit.wording, item: f.id });
    for (const q of p.quotes)
      spans.push({ kind: 'quote', start: q.start, end: q.end, text: q.text, item: q.id });
    for (const s of p.statistics) spans.push({ kind: 'figure', ...s.passage, item: s.id });
  });
  for (const q of quotes)
    spans.push({ kind: 'quote', start: q.start, end: q.end, text: q.text, item: q.id });
  for (const s of statistics) spans.push({ kind: 'figure', ...s.passage, item: s.id });
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    collection: {
      type: 'FeatureCollection',
      articles: [article],
      statistics,
      features,
      quotes,
    },
    spans,
  };
}
