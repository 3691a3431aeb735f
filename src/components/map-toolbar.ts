/**
 * The bar above the map: the year filter with counts per province, and the guided tour
 * (previous, "n of N", next, back to all visits).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VisitFeature } from '../model/schema.js';
import { mergeProvinces, type YearGroup } from '../model/time.js';
import { isChinese, type Strings } from './strings.js';
import { localName } from './visit-card.js';

/** What the toolbar shows and whom it tells. */
export interface ToolbarContext {
  strings: Strings;
  lang: string;
  /** All years with visits, oldest first. */
  years: readonly YearGroup[];
  /** The chosen year, or `null` for all. */
  year: string | null;
  /** All visits loaded (for the "all years" count). */
  total: number;
  /** The visits shown, in date order: the tour's stops. */
  shown: readonly VisitFeature[];
  selected: string | null;
  /** A visit the filter hides while it was open, to say so. */
  hidden: VisitFeature | null;
  chooseYear: (year: string | null) => void;
  /** Step the tour: -1 previous, +1 next. */
  step: (delta: -1 | 1) => void;
  overview: () => void;
}

function renderProvinces(ctx: ToolbarContext): TemplateResult | typeof nothing {
  const chosen = ctx.year === null ? ctx.years : ctx.years.filter((g) => g.year === ctx.year);
  const counts = mergeProvinces(chosen);
  // No visits, no provinces: no label left standing alone.
  if (counts.length === 0) return nothing;
  const joiner = isChinese(ctx.lang) ? '、' : ' · ';
  return html`<p class="province-counts">
    <span class="label">${ctx.strings.byProvince}${ctx.strings.colon.trim()}</span>
    ${counts.map(
      (c, i) =>
        html`${i ? joiner : ''}<span class="province-count">${localName(c.province, ctx.lang)}
          ${c.count}</span>`,
    )}
  </p>`;
}

/** The filter and tour bar. */
export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const at = ctx.shown.findIndex((v) => v.id === ctx.selected);
  const n = ctx.shown.length;
  return html`<div class="toolbar" part="toolbar">
    <div class="filter">
      <label class="year">
        <span>${ctx.strings.year}</span>
        <select
          @change=${(e: Event) => {
            const value = (e.target as HTMLSelectElement).value;
            ctx.chooseYear(value === '' ? null : value);
          }}
        >
          <option value="" ?selected=${ctx.year === null}>${ctx.strings.allYears(ctx.total)}</option>
          ${ctx.years.map(
            (y) => html`<option value=${y.year} ?selected=${ctx.year === y.year}>
              ${ctx.strings.yearOption(y.year, y.count)}
            </option>`,
          )}
        </select>
      </label>
      ${renderProvinces(ctx)}
    </div>
    <div class="tour" role="group" aria-label=${ctx.strings.tourLabel}>
      <button type="button" class="tour-prev" ?disabled=${n === 0} @click=${() => ctx.step(-1)}>
        <span aria-hidden="true">‹</span> ${ctx.strings.previous}
      </button>
      <span class="tour-position">
        ${at >= 0 ? ctx.strings.position(at + 1, n) : ctx.strings.visitCount(n)}
      </span>
      <button type="button" class="tour-next" ?disabled=${n === 0} @click=${() => ctx.step(1)}>
        ${ctx.strings.next} <span aria-hidden="true">›</span>
      </button>
      <button type="button" class="tour-overview" @click=${ctx.overview}>${ctx.strings.overview}</button>
    </div>
    ${
      ctx.hidden && ctx.year
        ? html`<p class="filter-note" role="status">
          ${ctx.strings.hiddenBySelection(localName(ctx.hidden.properties.name, ctx.lang), ctx.year)}
          <button type="button" @click=${() => ctx.chooseYear(null)}>${ctx.strings.showAllYears}</button>
        </p>`
        : nothing
    }
  </div>`;
}
