/**
 * The visits format: one schema that defines both the runtime validation and the TypeScript
 * types. A visits file is a GeoJSON FeatureCollection (RFC 7946) with one Point Feature per
 * visited site, plus foreign members: `articles` (the sources), `statistics` (figures that
 * belong to no single site, such as national ones) and `quotes` (quotes that belong to no visit
 * yet, such as a draft's unattached ones).
 *
 * Offsets everywhere are half-open `[start, end)` indices into the article's text as
 * JavaScript reads it (UTF-16 code units of the UTF-8 decoded file), so
 * `text.slice(start, end)` is the passage.
 *
 * @module
 */
import * as v from 'valibot';
import { finerThan, PRECISIONS, precisionOf } from './dates.js';
import {
  ArticleFile,
  Id,
  IsoDate,
  LocalName,
  Passage,
  passageEntries,
  Review,
  spansText,
  Text,
  Url,
  VisitDay,
  VisitPassage,
} from './schema-primitives.js';

export {
  ARTICLE_FILE,
  LocalName,
  Passage,
  SPAN_RULE,
  VisitPassage,
} from './schema-primitives.js';

/** A source article, kept byte for byte in `file`. */
export const Article = v.object({
  /** The article's id: its text is kept at `data/articles/<id>.txt`. */
  id: Id,
  /** The headline as published. */
  title: Text,
  /** Publication date from the dateline, ISO 8601. */
  date: IsoDate,
  /** The section of the outlet it ran in, when known. */
  section: v.nullable(Text),
  /** `null` where the text as received names no outlet. */
  outlet: v.nullable(Text),
  /** BCP 47 language of the text as kept. */
  language: Text,
  /** How the text was translated, when it is a translation. */
  translation: v.nullable(Text),
  /** Link to the original, when there is one. */
  url: v.optional(Url),
  /**
   * Path of the article's text inside the dataset: `data/articles/<id>.txt` (relative to the
   * folder that holds `data/`). Never absolute, never with `..`: a path that could lead out of
   * `data/articles/` is refused, and its file never opened.
   */
  file: ArticleFile,
  /** SHA-256 of the file's bytes, lower-case hex: proves the text is the one the offsets fit. */
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest in lower-case hex')),
  /** Where the title stands in the text; `null` when it was given apart from the text. */
  titlePassage: v.nullable(Passage),
  /** Where the date stands in the text; `null` when it was given apart from the text. */
  dateline: v.nullable(Passage),
});

/** A quote: `direct` was in quotation marks; `reported` is reported speech. */
export const Quote = v.pipe(
  v.object({
    /** Unique among quotes. */
    id: Id,
    /** `direct` when the article puts it in quotation marks, `reported` otherwise. */
    kind: v.picklist(['direct', 'reported'], '"direct" or "reported"'),
    /** Who spoke, as the article names them; `null` when the article does not name them. */
    speaker: v.nullable(Text),
    /**
     * The article the quote's offsets count into: required outside a visit; inside one, the
     * visit's own article (`properties.article`) when absent.
     */
    article: v.optional(Id),
    /** BCP 47 language of the quote as worded in the source. */
    lang: Text,
    ...passageEntries,
    /**
     * When words such as "he said" split the quote: every part, in order, each a passage; the
     * first is the quote's own passage (`start`, `end`, `text`).
     */
    parts: v.optional(v.array(Passage, 'an array of passages')),
    /** Why the quote needs a person's review ("speaker not named"). */
    review: Review,
  }),
  spansText(),
);

/** A quote that belongs to no visit yet names its article. */
export const LooseQuote = v.pipe(
  Quote,
  v.forward(
    v.check((q) => q.article !== undefined, 'the id of the article the quote comes from'),
    ['article'],
  ),
);

/** What a figure covers: a site, a county, a city, a province or the country. */
export const SCOPES = ['site', 'county', 'city', 'province', 'national'] as const;

/**
 * A figure from the article. `value` is `null` where the article gives only a direction
 * ("fell"); such a figure is a direction, never a zero.
 */
export const Statistic = v.pipe(
  v.object({
    /** Unique among figures. */
    id: Id,
    /** What the figure covers. */
    scope: v.picklist(SCOPES, '"site", "county", "city", "province" or "national"'),
    /**
     * The county, city or province a `county`, `city` or `province` figure covers. Inside a
     * visit it defaults to the visit's county, city or province.
     */
    area: v.optional(LocalName),
    /** The article it comes from, whose text its passage's offsets count into. */
    article: Id,
    /** What is measured, in plain words. */
    measure: Text,
    /** The number; `null` when the article gives only a direction. */
    value: v.nullable(v.pipe(v.number(), v.finite('a finite number'))),
    /** Unit of `value`, for example `%`; `null` when there is no value. */
    unit: v.nullable(Text),
    /** Wording that qualifies the value, for example `almost`. */
    approximation: v.nullable(Text),
    /** Which way the figure moved, when the article says. */
    direction: v.nullable(v.picklist(['up', 'down'], '"up", "down" or null')),
    /** What the figure is compared with ("year on year"). */
    comparison: v.nullable(Text),
    /** ISO 8601 year or date the figure refers to; `null` where the article states no period. */
    period: v.nullable(
      v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO 8601 year or date')),
    ),
    /** The article's own words for the period; `null` where it states none. */
    periodWording: v.nullable(Text),
    /** Industries the figure covers; matched against a site's `industries`. */
    industries: v.pipe(v.array(Text), v.minLength(1, 'at least one industry')),
    /** The figure exactly as worded, found inside `passage`. */
    figure: Text,
    /** The passage that gives the figure. */
    passage: Passage,
    /** Why the figure needs a person's review. */
    review: Review,
  }),
  v.forward(
    v.check(
      (s) => s.value !== null || s.direction !== null,
      'a number, or a direction when the article gives no number',
    ),
    ['value'],
  ),
  v.forward(
    v.check((s) => s.passage.text.includes(s.figure), 'words that stand in passage.text'),
    ['figure'],
  ),
  v.forward(
    v.check(
      (s) => (s.period === null) === (s.periodWording === null),
      "the article's words for the period, or null for both when it states none",
    ),
    ['periodWording'],
  ),
);

const Corroboration = v.object({
  /** Outlet of the corroborating report. */
  outlet: Text,
  /** Publication date of the report. */
  date: IsoDate,
  /** Its headline. */
  title: v.optional(Text),
  /** Link to it. */
  url: v.optional(Url),
});

/** A figure outside a visit: a city or province figure names its area. */
export const LooseStatistic = v.pipe(
  Statistic,
  v.forward(
    v.check(
      (s) => s.area !== undefined || s.scope === 'site' || s.scope === 'national',
      'the county, city or province the figure covers',
    ),
    ['area'],
  ),
);

const Precision = v.picklist(PRECISIONS, '"day", "week", "month" or "year"');

/**
 * When the visit happened and how that date was resolved from the article's wording. A date
 * more precise than the article alone pins down needs a corroborating report: a day is never
 * made up.
 */
export const VisitDate = v.pipe(
  v.object({
    /** Date of the visit, as precise as the sources: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`. */
    date: VisitDay,
    /** The precision of `date`; derived from its form when absent, and must agree with it. */
    precision: v.optional(Precision),
    /** Part of the day the visit took place, when the sources say. */
    dayPart: v.nullable(
      v.picklist(['morning', 'afternoon', 'evening'], '"morning", "afternoon", "evening" or null'),
    ),
    /** What the article alone pins down. */
    articlePrecision: Precision,
    /**
     * The article's wording for the time of the visit. Its `article` is the report that gives
     * the date, when that is not the visit's own article.
     */
    wording: VisitPassage,
    /** How the date was resolved from the wording, the dateline and the corroboration. */
    resolution: Text,
    /** Reports that pin the date down further than the article; needed for a date more precise than `articlePrecision`. */
    corroboration: v.array(Corroboration),
  }),
  v.forward(
    v.check(
      (d) =>
        d.precision === undefined ||
        precisionOf(d.date) === undefined ||
        d.precision === precisionOf(d.date),
      (issue) => `the precision of the date's form (${precisionOf(issue.input.date) ?? 'none'})`,
    ),
    ['precision'],
  ),
  v.forward(
    v.check((d) => {
      const precision = precisionOf(d.date);
      return !precision || !finerThan(precision, d.articlePrecision) || d.corroboration.length > 0;
    }, 'a corroborating report for a date more precise than the article gives'),
    ['corroboration'],
  ),
);

/** Where the point comes from and how precise it is. */
export const Location = v.object({
  /** How precise the point is: the site itself, its county, its city, or its province. */
  precision: v.picklist(
    ['facility', 'county', 'city', 'province'],
    '"facility", "county", "city" or "province"',
  ),
  /** Where the point comes from. */
  source: v.object({
    /** Name of the gazetteer. */
    name: Text,
    /** How it was obtained (package and version). */
    via: Text,
    /** Licence of the gazetteer. */
    licence: Text,
    /** Link to the gazetteer. */
    url: Url,
    /** The gazetteer entry used, as the gazetteer gives it. */
    entry: v.record(v.string(), v.string()),
  }),
});

const Longitude = v.pipe(
  v.number('a number'),
  v.finite('a finite number'),
  v.minValue(-180, 'a longitude from -180 to 180'),
  v.maxValue(180, 'a longitude from -180 to 180'),
);
const Latitude = v.pipe(
  v.number('a number'),
  v.finite('a finite number'),
  v.minValue(-90, 'a latitude from -90 to 90'),
  v.maxValue(90, 'a latitude from -90 to 90'),
);

/** A GeoJSON Point, `[longitude, latitude]` in WGS 84 degrees. */
export const Point = v.object({
  /** Always `"Point"`. */
  type: v.literal('Point', '"Point"'),
  /** `[longitude, latitude]` in WGS 84 degrees. */
  coordinates: v.tuple([Longitude, Latitude], '[longitude, latitude]'),
});

/**
 * A person the article names: the leader who made a visit, or an official it says accompanied
 * them. Name and title in English as the article gives them, with the Chinese where known.
 */
export const Official = v.object({
  /** The name in English ("Xi Jinping"), and in Simplified Chinese where known ("习近平"). */
  name: LocalName,
  /** The title the article gives ("President", "Premier"), in Chinese where known ("国家主席"). */
  title: v.optional(LocalName),
  /** The passage that names them as making or accompanying the visit. */
  passage: VisitPassage,
});

/**
 * Another report that tells the visit: the article, and the passage in it that reports the
 * visit. The visit's own article (`properties.article`) and its `mention` are not repeated.
 */
export const Report = v.object({
  /** The report's article: one of `articles`, not the visit's own. */
  article: Id,
  /** The passage in that article that reports the visit. */
  mention: Passage,
});

/** What is known of one visit: site, place, date, location, quotes and figures. */
export const VisitProperties = v.object({
  /** The visit's id, equal to the Feature `id`. */
  id: Id,
  /**
   * The id of the article that reports the visit: its primary source, whose text the visit's
   * passages count into unless they name another article.
   */
  article: Id,
  /** The site's name. */
  name: LocalName,
  /** The organisation that runs the site. */
  organisation: LocalName,
  /** The facility within the site, when the article names one. */
  facility: v.nullable(LocalName),
  /** Industries of the site, the main one first; national figures match on these. */
  industries: v.pipe(v.array(Text), v.minLength(1, 'at least one industry')),
  /** Where the site is. */
  place: v.object({
    /** The city (prefecture-level). */
    city: LocalName,
    /** The county-level place (county, district or county-level city), when the article names it. */
    county: v.optional(LocalName),
    /** The province (province-level unit). */
    province: v.object({
      /** Name in English ("Henan"). */
      en: Text,
      /** Name in Simplified Chinese ("河南省"). */
      zh: v.optional(Text),
      /** GeoNames admin-1 code of the province ("09" for Henan). */
      geonamesAdmin1: v.optional(Text),
      /** `properties.id` of the province in the base map, for example `CN.HE`. */
      basemapId: Text,
    }),
    /** ISO 3166-1 alpha-2. */
    country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code')),
  }),
  /** When the visit took place. */
  visit: VisitDate,
  /** The passage that reports the visit. */
  mention: VisitPassage,
  /** Other reports of the same visit (a flash, a later feature); absent when one tells it. */
  reports: v.optional(v.array(Report, 'an array of reports')),
  /** Who made the visit; absent where the article does not name them (shown as "not named"). */
  leader: v.optional(Official),
  /** Officials the article says accompanied the visit; `[]` when it names none. */
  accompanied: v.optional(v.array(Official, 'an array of officials')),
  /** Where the point comes from and how precise it is. */
  location: Location,
  /** What was said at the site, each with its passage. */
  quotes: v.array(Quote),
  /** Figures that belong to this visit (site, city or province), each with its passage. */
  statistics: v.array(Statistic),
  /** Why the visit needs a person's review. */
  review: Review,
});

/** One visited site: a GeoJSON Point Feature whose `id` equals `properties.id`. */
export const VisitFeature = v.pipe(
  v.object({
    /** Always `"Feature"`. */
    type: v.literal('Feature', '"Feature"'),
    /** The visit's id: lower-case letters, digits and hyphens; used in links (`#visit=<id>`). */
    id: Id,
    /** The site's point. */
    geometry: Point,
    /** Everything about the visit. */
    properties: VisitProperties,
  }),
  v.forward(
    v.check((f) => f.id === f.properties.id, 'properties.id equal to the Feature id'),
    ['properties', 'id'],
  ),
);

/** The envelope, checked before the records inside it. */
export const CollectionEnvelope = v.object({
  /** The JSON Schema of the file, for editors: `./visits.schema.json` in the shipped file. */
  $schema: v.optional(v.string()),
  /** Always `"FeatureCollection"`. */
  type: v.literal('FeatureCollection', '"FeatureCollection"'),
  /** One Point Feature per visited site. */
  features: v.array(v.unknown(), 'an array of Features'),
  /** The source articles. */
  articles: v.optional(v.array(v.unknown(), 'an array of articles'), []),
  /** Figures that belong to no single visit, such as national ones. */
  statistics: v.optional(v.array(v.unknown(), 'an array of statistics'), []),
  /** Quotes that belong to no visit yet (a draft's unattached quotes). */
  quotes: v.optional(v.array(v.unknown(), 'an array of quotes'), []),
});

export type Article = v.InferOutput<typeof Article>;
export type Official = v.InferOutput<typeof Official>;
export type Quote = v.InferOutput<typeof Quote>;
export type Report = v.InferOutput<typeof Report>;
export type Statistic = v.InferOutput<typeof Statistic>;
export type VisitFeature = v.InferOutput<typeof VisitFeature>;
export type VisitProperties = v.InferOutput<typeof VisitProperties>;
