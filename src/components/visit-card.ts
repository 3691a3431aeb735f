/**
 * Render functions for a visit's content, shared by the popup and the list so both always
 * say the same thing. Lit templates only: every value from data is bound as text.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { precisionOf } from '../model/dates.js';
import { areaOf, type NationalContext } from '../model/match.js';
import type { LocalName, Official, Quote, Statistic, VisitFeature } from '../model/schema.js';
import {
  figureConversions,
  formatDate,
  formatList,
  formatValue,
  formatVisitDate,
  formatWeekday,
  quoted,
} from './format.js';
import { isChinese } from './strings.js';
import {
  articleTitle,
  passageRef,
  type ReportsContext,
  renderReportMentions,
  renderReports,
  reportLabel,
} from './visit-reports.js';

export { passageRef };

/**
 * What a card needs besides the visit: the strings, language and articles of
 * {@link ReportsContext} (with more than one report, the card lists them and each quote,
 * figure and passage names its own), and the context figures.
 */
export interface CardContext extends ReportsContext {
  /** Figures of the visit's article about its own city or province. */
  area: readonly Statistic[];
  /** National figures matched to this visit. */
  national: readonly NationalContext[];
}

/** A name in the interface language, falling back to English. */
export function localName(name: LocalName, lang: string): string {
  return isChinese(lang) && name.zh ? name.zh : name.en;
}

/** The language a {@link localName} result is in, for its `lang` attribute. */
export function localNameLang(name: LocalName, lang: string): string {
  return isChinese(lang) && name.zh ? 'zh-Hans' : 'en';
}

const sep = (lang: string) => (isChinese(lang) ? '，' : ', ');

/**
 * The place's names in the interface language: city and province ("Luoyang", "Henan"), or the
 * province alone where the city is the province (a municipality, or a visit to a province as a
 * whole: "Beijing").
 */
function placeNames(visit: VisitFeature, lang: string): string[] {
  const { city, province } = visit.properties.place;
  const c = localName(city, lang);
  const p = localName(province, lang);
  return c === p ? [p] : [c, p];
}

/**
 * "Luoyang, Henan" (or "洛阳市，河南省") in the interface language, each name in its own span so
 * that neither's text direction spills onto the other (the element's spans isolate).
 */
export const renderPlace = (visit: VisitFeature, lang: string): TemplateResult[] =>
  placeNames(visit, lang).map((n, i) => html`${i ? sep(lang) : ''}<span>${n}</span>`);

/** The accessible name of a visit's marker: site, place and date. */
export function visitLabel(visit: VisitFeature, lang: string): string {
  const p = visit.properties;
  return [
    localName(p.name, lang),
    ...placeNames(visit, lang),
    formatVisitDate(p.visit.date, lang),
  ].join(sep(lang));
}

/** An item's review notes ("Marked for review: speaker not named"), or nothing. */
export function renderReview(
  notes: readonly string[] | undefined,
  ctx: CardContext,
): TemplateResult | typeof nothing {
  if (!notes?.length) return nothing;
  return html`<p class="review">
    ${ctx.strings.forReview}${ctx.strings.colon}<span lang="en">${notes.join('; ')}</span>
  </p>`;
}

/** A direct quote as a quotation, or a reported statement set apart from quotes. */
export function renderQuote(quote: Quote, ctx: CardContext): TemplateResult {
  const label = quote.kind === 'direct' ? ctx.strings.direct : ctx.strings.reported;
  // A quote split by "he said" is shown whole: every part, each with its passage.
  const parts = quote.parts?.length ? quote.parts : [quote];
  const words = parts.map((p, i) => (i > 0 ? `… ${p.text}` : p.text));
  const body =
    quote.kind === 'direct'
      ? html`<blockquote lang=${quote.lang}>${words.map((w) => html`<p>${w}</p>`)}</blockquote>`
      : html`<p class="reported-text" lang=${quote.lang}>${words.join(' ')}</p>`;
  return html`<figure class="quote quote--${quote.kind}" data-quote-id=${quote.id}>
    ${body}
    <figcaption>
      ${
        quote.speaker === null
          ? html`<span class="quote-speaker quote-speaker--unnamed">${ctx.strings.unnamedSpeaker}</span>`
          : html`<span class="quote-speaker">${quote.speaker}</span>`
      }${ctx.strings.comma}<span class="quote-kind">${label}</span>${ctx.strings.stop}
      ${parts.map((p, i) => html`${i ? ctx.strings.semicolon : ''}${passageRef(p.start, p.end, ctx, quote.article)}`)}
    </figcaption>
    ${renderReview(quote.review, ctx)}
  </figure>`;
}

/**
 * A small picture of a figure, hidden from assistive technology because the exact number and
 * its words stand beside it: a bar for a share of a whole (a percentage with no direction), an
 * arrow for a change.
 */
export function renderStatVisual(s: Statistic): TemplateResult | typeof nothing {
  if (s.direction) {
    return html`<span class="stat-arrow stat-arrow--${s.direction}" aria-hidden="true"
      >${s.direction === 'down' ? '▼' : '▲'}</span
    >`;
  }
  if (s.value === null || s.unit !== '%') return nothing;
  const share = Math.max(0, Math.min(100, s.value));
  // An SVG bar sized by attributes, not inline styles: it needs no 'unsafe-inline' style policy
  // and draws the same when prerendered into the page's HTML.
  return html`<svg class="stat-bar" viewBox="0 0 100 8" preserveAspectRatio="none"
    aria-hidden="true" focusable="false">
    <rect class="stat-bar-track" x="0" y="0" width="100" height="8"></rect>
    <rect class="stat-bar-fill" x="0" y="0" width=${share} height="8"></rect>
  </svg>`;
}

/** What a figure covers: "Site figure", "Luoyang city figure", "National figure". */
export function scopeLabel(s: Statistic, ctx: CardContext, visit?: VisitFeature): string {
  const area = areaOf(s, visit);
  return ctx.strings.scopeLabel(s.scope, area ? localName(area, ctx.lang) : '');
}

/**
 * A figure: what it covers, the number (or direction), what it measures, its period and its
 * passage.
 *
 * @param visit - the visit the figure belongs to, whose city or province a city or province
 *   figure covers when it names no area of its own.
 */
export function renderStatistic(
  s: Statistic,
  ctx: CardContext,
  visit?: VisitFeature,
): TemplateResult {
  const value =
    s.value !== null
      ? html`${s.approximation ? html`<span class="stat-approx" lang="en">${s.approximation}</span> ` : nothing}${formatValue(s.value, s.unit, ctx.lang)}`
      : ctx.strings.direction[s.direction ?? 'up'];
  // The figure as worded: a conversion it carries ("700 yuan (US$100)") is shown with it.
  const conversions = s.value !== null && figureConversions(s.figure);
  return html`<div class="stat" data-statistic-id=${s.id}>
    <p class="stat-scope stat-scope--${s.scope}">${scopeLabel(s, ctx, visit)}</p>
    <p class="stat-line">
      ${renderStatVisual(s)}
      <strong class="stat-value">${value}${
        conversions
          ? html` <span lang=${ctx.article?.language ?? 'en'}>${conversions}</span>`
          : nothing
      }</strong>
      <span class="stat-measure" lang="en">${s.measure}</span>
      ${
        s.period !== null
          ? html`<span class="stat-period">(${s.period}${s.comparison ? html`, <span lang="en">${s.comparison}</span>` : ''})</span>`
          : s.comparison
            ? html`<span class="stat-period">(<span lang="en">${s.comparison}</span>)</span>`
            : nothing
      }
    </p>
    <p class="stat-passage" lang=${ctx.article?.language ?? 'en'}>${quoted(s.passage.text)}</p>
    ${passageRef(s.passage.start, s.passage.end, ctx, s.article)} ${renderReview(s.review, ctx)}
  </div>`;
}

/**
 * "President Xi Jinping" (title and name), or in Chinese 国家主席习近平 where the name is known
 * in Chinese (its title too, where that is).
 */
export function officialLabel({ name, title }: Official, lang: string): string {
  if (isChinese(lang) && name.zh) return `${title?.zh ?? ''}${name.zh}`;
  return title ? `${title.en} ${name.en}` : name.en;
}

const named = (o: Official, lang: string) =>
  html`<span lang=${localNameLang(o.name, lang)}>${officialLabel(o, lang)}</span>`;

/** "Visit by: President Xi Jinping" (or "not named"), then "Accompanied by: …" when any. */
export function renderOfficials(visit: VisitFeature, ctx: CardContext): TemplateResult {
  const { leader, accompanied = [] } = visit.properties;
  const t = ctx.strings;
  return html`<p class="visit-leader">
      ${t.leaderLabel}${t.colon}${
        leader ? named(leader, ctx.lang) : html`<span class="not-named">${t.leaderNotNamed}</span>`
      }
    </p>
    ${
      accompanied.length
        ? html`<p class="visit-accompanied">
          ${t.accompaniedBy}${t.colon}${formatList(
            accompanied.map((o) => named(o, ctx.lang)),
            ctx.lang,
          )}
        </p>`
        : nothing
    }`;
}

/** The passages that name the leader and the officials, with where they stand. */
export function renderOfficialsProvenance(
  visit: VisitFeature,
  ctx: CardContext,
): TemplateResult | typeof nothing {
  const { leader, accompanied = [] } = visit.properties;
  const all = leader ? [leader, ...accompanied] : accompanied;
  if (all.length === 0) return nothing;
  const language = ctx.article?.language ?? 'en';
  return html`<p class="card-officials">
    ${ctx.strings.officialsNamed}${ctx.strings.colon}${all.map(
      (o, i) =>
        html`${i ? '; ' : ''}“<span lang=${language}>${o.passage.text}</span>”${ctx.strings.comma}${passageRef(o.passage.start, o.passage.end, ctx, o.passage.article)}`,
    )}${ctx.strings.stop}
  </p>`;
}

function renderDate(visit: VisitFeature, ctx: CardContext): TemplateResult {
  const d = visit.properties.visit;
  const day = precisionOf(d.date) === 'day';
  const when = [
    day ? formatWeekday(d.date, ctx.lang) : '',
    formatVisitDate(d.date, ctx.lang),
    d.dayPart ? ctx.strings.dayPart[d.dayPart] : '',
  ]
    .filter(Boolean)
    .join(sep(ctx.lang));
  return html`<p class="visit-date">
    ${ctx.strings.visited}${ctx.strings.colon}<time datetime=${d.date}>${when}</time>
  </p>`;
}

/** How the date was read from the article, and who corroborates it. */
function renderDateResolution(visit: VisitFeature, ctx: CardContext): TemplateResult {
  const d = visit.properties.visit;
  const report = reportLabel(ctx, d.wording.article);
  return html`<p class="visit-wording">
      ${ctx.strings.articleWording}${ctx.strings.colon}“<span lang=${ctx.article?.language ?? 'en'}>${d.wording.text}</span>”${report ? `${ctx.strings.comma}${report}` : ''}${ctx.strings.stop}
      <span lang="en">${d.resolution}</span>
      ${
        d.corroboration.length
          ? html`${ctx.strings.corroboratedBy}${ctx.strings.colon}
            ${d.corroboration.map(
              (c, i) =>
                html`${i ? '; ' : ''}<span>${c.outlet}</span>${ctx.strings.comma}<time datetime=${c.date}>${formatDate(c.date, ctx.lang)}</time>`,
            )}${ctx.strings.stop}`
          : nothing
      }
    </p>`;
}

function renderPrecision(visit: VisitFeature, ctx: CardContext): TemplateResult {
  const loc = visit.properties.location;
  return html`<p class="precision precision--${loc.precision}">
    <span class="precision-badge">${ctx.strings.precision[loc.precision]}</span>
    ${ctx.strings.precisionNote[loc.precision]}
  </p>`;
}

/** Where the point comes from: the gazetteer, its entry and licence. */
function renderLocationSource(visit: VisitFeature): TemplateResult {
  const { source } = visit.properties.location;
  const entry = source.entry.name;
  return html`<p class="precision-source">
    <span>${source.name}</span>${entry ? html`: <span>${entry}</span>` : ''}, <span>${source.licence}</span>
  </p>`;
}

/**
 * An opened disclosure brings what it shows into the box that scrolls around it (a popup, the
 * bottom sheet, a list inside a sized host), as far as it can with its summary still in sight.
 * Only that box scrolls, never the page.
 */
function revealOpened(event: Event): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (!details.open) return;
  let box = details.parentElement;
  while (box && !scrolls(box)) box = box.parentElement;
  if (!box) return;
  const shown = details.getBoundingClientRect();
  const frame = box.getBoundingClientRect();
  const below = shown.bottom - (frame.top + box.clientTop + box.clientHeight);
  if (below > 0) box.scrollTop += Math.min(below, shown.top - frame.top - box.clientTop);
}

const scrolls = (el: Element): boolean =>
  el.scrollHeight > el.clientHeight && /auto|scroll/.test(getComputedStyle(el).overflowY);

/**
 * How we know: the passage reporting the visit, how its date was resolved and corroborated,
 * where the point comes from, and the source article. Closed at first, so that the card leads
 * with what was said and the figures.
 */
function renderProvenance(visit: VisitFeature, ctx: CardContext): TemplateResult {
  const p = visit.properties;
  const several = (ctx.reports?.length ?? 0) > 1;
  return html`<details class="card-provenance" @toggle=${revealOpened}>
    <summary>${ctx.strings.howWeKnow}</summary>
    ${
      several
        ? renderReportMentions(visit, ctx)
        : html`<p class="card-summary" lang=${ctx.article?.language ?? 'en'}>${quoted(p.mention.text)}</p>`
    }
    ${renderOfficialsProvenance(visit, ctx)} ${renderDateResolution(visit, ctx)}
    ${renderLocationSource(visit)}
    ${
      ctx.article && !several
        ? html`<p class="card-source">
          ${ctx.strings.source}${ctx.strings.colon}“${articleTitle(ctx.article)}”${ctx.article.outlet ? html`${ctx.strings.comma}<span>${ctx.article.outlet}</span>` : ''}${ctx.strings.comma}<time
            datetime=${ctx.article.date}
          >${formatDate(ctx.article.date, ctx.lang)}</time>${ctx.strings.comma}<span
            class="ref" data-start=${p.mention.start} data-end=${p.mention.end}
          ><span class="ref-chars">${ctx.strings.characters(p.mention.start, p.mention.end)}</span></span>.
        </p>`
        : nothing
    }
  </details>`;
}

/**
 * The whole content of one visit: site, place, date, who made the visit (and who accompanied
 * them) and location precision; then what was said
 * there and the figures (the site's, then its city's and province's, then the matched national
 * context), each with its passage;
 * then, under a disclosure, how we know (see {@link renderProvenance}).
 *
 * @param headingId - id for the heading, so a container can be labelled by it.
 */
export function renderVisitCard(
  visit: VisitFeature,
  ctx: CardContext,
  headingId: string,
): TemplateResult {
  const p = visit.properties;
  const zh = isChinese(ctx.lang);
  const otherName = zh ? p.name.en : p.name.zh;
  const title = localName(p.name, ctx.lang);
  return html`<h3 class="card-title" id=${headingId} lang=${localNameLang(p.name, ctx.lang)}>${title}</h3>
    ${
      otherName && otherName !== localName(p.name, ctx.lang)
        ? html`<p class="card-subtitle" lang=${zh ? 'en' : 'zh-Hans'}>${otherName}</p>`
        : nothing
    }
    <p class="card-place">
      ${renderPlace(visit, ctx.lang)}${
        p.facility
          ? html` · <span lang=${localNameLang(p.facility, ctx.lang)}>${localName(p.facility, ctx.lang)}</span>`
          : nothing
      }
      · <span>${ctx.strings.industry(p.industries[0] ?? '')}</span>
    </p>
    ${renderReview(p.review, ctx)} ${renderDate(visit, ctx)} ${renderOfficials(visit, ctx)}
    ${renderPrecision(visit, ctx)}
    ${
      p.quotes.length
        ? html`<section class="card-section">
          <h4>${ctx.strings.saidThere}</h4>
          ${p.quotes.map((q) => renderQuote(q, ctx))}
        </section>`
        : nothing
    }
    ${
      p.statistics.length
        ? html`<section class="card-section">
          <h4>${
            p.statistics.every((s) => s.scope === 'site')
              ? ctx.strings.siteFigures
              : ctx.strings.visitFigures
          }</h4>
          ${p.statistics.map((s) => renderStatistic(s, ctx, visit))}
        </section>`
        : nothing
    }
    ${
      ctx.area.length
        ? html`<section class="card-section card-section--area">
          <h4>${ctx.strings.areaContext}</h4>
          ${ctx.area.map((s) => renderStatistic(s, ctx))}
        </section>`
        : nothing
    }
    ${
      ctx.national.length
        ? html`<section class="card-section card-section--national">
          <h4>
            ${ctx.strings.nationalContext(
              [...new Set(ctx.national.flatMap((n) => n.matchedOn))]
                .map((i) => ctx.strings.industry(i))
                .join(isChinese(ctx.lang) ? '、' : ', '),
            )}
          </h4>
          ${ctx.national.map((n) => renderStatistic(n.statistic, ctx))}
        </section>`
        : nothing
    }
    ${renderReports(ctx)} ${renderProvenance(visit, ctx)}`;
}
