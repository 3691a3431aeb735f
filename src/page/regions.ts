/**
 * What the page says about its dataset, region by region, derived from the visits and the
 * collection file: rendered into the HTML at build time (so it reads before any script runs,
 * and nothing shifts) and again by the page script when the language changes.
 *
 * One article reads as a report on that article: its title, section, date and outlet head the
 * page. Several give the collection's title, the number of articles and the span of their dates,
 * and a list of sources; each visit names its own article in its popup and list entry.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate } from '../components/format.js';
import type { Visits } from '../model/load.js';
import { visitArticles } from '../model/reports.js';
import type { Article } from '../model/schema.js';
import { type Collection, localised } from './collection.js';
import { type Leaders, leadersNote, leadersOf, leadersPhrase } from './leaders.js';
import { articleCitation, renderNationalFigures } from './national.js';
import { type Counts, pageStringsFor } from './strings.js';

/** Ids of the page's elements whose content comes from the dataset. */
export const REGIONS = [
  'kicker',
  'heading',
  'intro',
  'context',
  'data-heading',
  'data-links',
  'sources-note',
  'credits',
] as const;
export type Region = (typeof REGIONS)[number];

/** The page's dataset: the valid visits and the collection file. */
export interface PageData {
  data: Visits;
  collection: Collection;
}

/** Where the build puts each article's kept text: `articles/<id>.txt` beside the page. */
export const articleHref = (article: Article) => `articles/${article.id}.txt`;
export const VISITS_HREF = 'visits.geojson';
export const CSV_HREF = 'visits.csv';

export function countsOf(data: Visits): Counts {
  return {
    visits: data.visits.length,
    sites: new Set(data.visits.map((v) => v.properties.name.en)).size,
    articles: data.articles.length,
  };
}

const leadersCache = new WeakMap<object, Leaders>();
/** Who made the visits of `visits` (counted once per list). */
function leaders(visits: Visits['visits']): Leaders {
  let found = leadersCache.get(visits);
  if (!found) {
    found = leadersOf(visits);
    leadersCache.set(visits, found);
  }
  return found;
}
/** "Xi Jinping and Li Qiang": who made the visits, `''` where none is named. */
const who = (visits: Visits['visits'], lang: string) => leadersPhrase(leaders(visits), lang);
/** The visits one article tells, as their own article or as another report of them. */
const visitsOf = (data: Visits, article: Article) =>
  data.visits.filter((v) => visitArticles(v.properties).includes(article.id));

/** The document's title: the collection's, in the page's language. */
export const pageTitle = ({ collection }: PageData, lang: string) =>
  localised(collection.title, lang).text;

/** The page's description, for its `<meta name="description">`. */
export const pageDescription = ({ data }: PageData, lang: string) =>
  pageStringsFor(lang).description(data.articles.length, who(data.visits, lang));

/** The span of the articles' dates, "22 May 2025 to 12 June 2025", or the one date. */
function dateSpan(articles: readonly Article[], lang: string): TemplateResult | typeof nothing {
  const dates = articles.map((a) => a.date).sort();
  const [first, last] = [dates[0], dates[dates.length - 1]];
  if (!first || !last) return nothing;
  const time = (d: string) => html`<time datetime=${d}>${formatDate(d, lang)}</time>`;
  return first === last
    ? time(first)
    : html`${time(first)}${pageStringsFor(lang).dateRange}${time(last)}`;
}

function heading({ data, collection }: PageData, lang: string): TemplateResult {
  const t = pageStringsFor(lang);
  const [only] = data.articles;
  const by = who(data.visits, lang);
  const visitsBy = by ? html` · <span id="page-leaders">${t.visitsBy(by)}</span>` : nothing;
  if (data.articles.length === 1 && only) {
    return html`<h1 id="page-title" lang=${only.language}>${only.title}</h1>
      <p class="dateline" id="page-meta">
        ${only.section ? html`<span lang="en">${only.section}</span> · ` : ''}<time
          datetime=${only.date}
          >${formatDate(only.date, lang)}</time
        >
        · ${only.outlet ?? t.outletUnknown}${visitsBy}
      </p>`;
  }
  const title = localised(collection.title, lang);
  return html`<h1 id="page-title" lang=${title.lang}>${title.text}</h1>
    ${
      data.articles.length
        ? html`<p class="dateline" id="page-meta">
          <a href="#sources">${t.articlesLine(data.articles.length)}</a> ·
          ${dateSpan(data.articles, lang)}${visitsBy}
        </p>`
        : nothing
    }`;
}

/** The kept text of one article, with its digest. */
function articleFile(article: Article): TemplateResult {
  return html`<a href=${articleHref(article)} download=${`${article.id}.txt`}>${article.id}.txt</a>
    (SHA-256 <code>${article.sha256.slice(0, 12)}…</code>)`;
}

function dataLinks({ data }: PageData, lang: string): TemplateResult {
  const t = pageStringsFor(lang);
  const n = data.articles.length;
  const [only] = data.articles;
  const articles =
    n === 1 && only
      ? html`<li id="sources">
          ${t.articleFile(1)}${t.colon}${articleFile(only)}${t.stop}${t.offsetsNote}
        </li>`
      : n > 1
        ? html`<li id="sources">
          ${t.articleFile(n)}${t.stop}${t.offsetsNote}
          <ol class="sources">
            ${data.articles.map((a) => {
              const by = who(visitsOf(data, a), lang);
              return html`<li>
                ${articleCitation(a, lang)}${by ? html`  · ${t.visitsBy(by)}` : nothing}${t.colon}${articleFile(a)}
              </li>`;
            })}
          </ol>
        </li>`
        : nothing;
  return html`<ul>
    ${articles}
    <li>${t.geojson}${t.colon}<a href=${VISITS_HREF} download="visits.geojson">visits.geojson</a></li>
    <li>${t.csv}${t.colon}<a href=${CSV_HREF} download="visits.csv">visits.csv</a></li>
  </ul>`;
}

/** The location sources of the visits, each once: "the GeoNames gazetteer (CC BY 4.0)". */
function locationSources(data: Visits, format: (name: string, licence: string) => string) {
  const seen = new Map<string, string>();
  for (const v of data.visits) {
    const { name, licence } = v.properties.location.source;
    seen.set(`${name}\n${licence}`, format(name, licence));
  }
  return [...seen.values()].join(' · ');
}

function sourcesNote({ data }: PageData, lang: string): string {
  const t = pageStringsFor(lang);
  const visits = data.visits;
  const city = visits.filter((v) => v.properties.location.precision === 'city').length;
  const corroborated = visits.some((v) => v.properties.visit.corroboration.length > 0);
  return [
    leadersNote(leaders(visits), data.articles.length, lang),
    visits.length ? t.locations(city, visits.length, locationSources(data, t.gazetteer)) : '',
    corroborated ? t.corroborated(data.articles.length) : '',
    t.baseMapNote,
  ]
    .filter(Boolean)
    .join(t.space);
}

function credits({ data }: PageData, lang: string): TemplateResult {
  const t = pageStringsFor(lang);
  const [only] = data.articles;
  const allCity = data.visits.every((v) => v.properties.location.precision === 'city');
  const sources = locationSources(data, (name, licence) => `${name} (${licence})`);
  const n = data.articles.length;
  const source = only
    ? html`${t.sourceCredit(n)}${t.colon}${
        n === 1 ? articleCitation(only, lang) : html`<a href="#sources">${t.articlesLine(n)}</a>`
      }${t.stop}`
    : nothing;
  const location = data.visits.length ? `${t.space}${t.locationCredit(allCity, sources)}` : '';
  return html`${source}${t.baseMapCredit}${location}${t.space}${t.codeCredit}`;
}

/** The content of one region, in the page's language. */
export function renderRegion(region: Region, page: PageData, lang: string): unknown {
  const t = pageStringsFor(lang);
  switch (region) {
    case 'kicker':
      return localised(page.collection.name, lang).text;
    case 'heading':
      return heading(page, lang);
    case 'intro':
      return `${t.counts({ ...countsOf(page.data), leaders: who(page.data.visits, lang) })}${t.space}${localised(page.collection.intro, lang).text}`;
    case 'context':
      return renderNationalFigures(page.data, lang);
    case 'data-heading':
      return t.dataHeading;
    case 'data-links':
      return dataLinks(page, lang);
    case 'sources-note':
      return sourcesNote(page, lang);
    case 'credits':
      return credits(page, lang);
  }
}
