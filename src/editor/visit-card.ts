/**
 * One drafted visit in the review panel: its site, place, date and precision, the passage that
 * reports it, its review notes and problems, its decision, and its quotes and figures.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatVisitDate } from '../components/format.js';
import { type DatePrecision, PRECISIONS, precisionOf } from '../model/dates.js';
import type { VisitFeature } from '../model/schema.js';
import { editVisit } from './actions.js';
import type { EditorContext } from './context.js';
import { resolutionWith } from './corroboration.js';
import { decisionButtons, itemProblems, reviewNotes } from './item-parts.js';
import { figureRow, quoteRow } from './item-rows.js';
import { itemKey } from './session.js';

export function visitCard(ctx: EditorContext, f: VisitFeature, index: number): TemplateResult {
  const { t } = ctx;
  const p = f.properties;
  const key = itemKey('visit', f.id);
  const visit = p.visit;
  const precision = visit.precision ?? precisionOf(visit.date) ?? 'day';
  const edit = (change: (x: VisitFeature) => void) => ctx.update((s) => editVisit(s, f.id, change));
  const headingId = `visit-${index}-name`;
  // Names in the interface's language where the data has them (the gazetteer gives provinces
  // in Chinese too), else in English.
  const local = (n: { en: string; zh?: string | undefined }) =>
    (t.lang === 'zh-Hans' && n.zh) || n.en;
  const city = local(p.place.city);
  const province = local(p.place.province);
  const decision = ctx.session.decisions[key] ?? 'pending';
  return html`<article class="visit" data-item=${key} data-decision=${decision} aria-labelledby=${headingId}>
    <h3 id=${headingId}>${p.name.en}</h3>
    ${decisionButtons(ctx, key, p.name.en)} ${reviewNotes(ctx, key, p)} ${itemProblems(ctx, key)}
    <div class="row">
      <label class="field"
        >${t.site}
        <input
          .value=${p.name.en}
          @change=${(e: Event) =>
            edit((x) => {
              x.properties.name.en = (e.target as HTMLInputElement).value.trim();
            })}
      /></label>
    </div>
    <div class="place">
      <span class="label">${t.place}</span>
      <span class="place-name"
        >${city}${province && p.place.province.en !== p.place.city.en ? `, ${province}` : ''}</span
      >
      <span class="precision">(${t.locationPrecision[p.location.precision] ?? p.location.precision})</span>
      <editor-place .ctx=${ctx} .visit=${f.id} .label=${p.name.en}></editor-place>
    </div>
    <div class="row">
      <label class="field inline"
        >${t.visitDate}
        <input
          class="date"
          .value=${visit.date}
          @change=${(e: Event) =>
            edit((x) => {
              const date = (e.target as HTMLInputElement).value.trim();
              const v = x.properties.visit;
              v.date = date;
              v.precision = precisionOf(date) ?? v.precision;
              if (v.corroboration.length) v.resolution = resolutionWith(x);
            })}
      /></label>
      <label class="field inline"
        >${t.precision}
        <select
          @change=${(e: Event) =>
            edit((x) => {
              x.properties.visit.precision = (e.target as HTMLSelectElement).value as DatePrecision;
            })}
        >
          ${PRECISIONS.map((pr) => html`<option value=${pr} ?selected=${pr === precision}>${t.precisions[pr]}</option>`)}
        </select></label
      >
      <span class="readable">${formatVisitDate(visit.date, t.lang)}</span>
    </div>
    <p class="resolution" lang="en">${visit.resolution}</p>
    <editor-corroboration .ctx=${ctx} .visit=${f.id} .label=${p.name.en}></editor-corroboration>
    <p class="mention" lang="en">${p.mention.text} <span class="where">${t.characters(p.mention.start, p.mention.end)}</span></p>
    ${
      p.quotes.length
        ? html`<h4>${t.quotes}</h4>
          <ul class="items">${p.quotes.map((q) => quoteRow(ctx, q))}</ul>`
        : nothing
    }
    ${
      p.statistics.length
        ? html`<h4>${t.figures}</h4>
          <ul class="items">${p.statistics.map((s) => figureRow(ctx, s))}</ul>`
        : nothing
    }
  </article>`;
}
