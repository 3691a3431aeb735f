/**
 * The filters: a select per facet (year, leader when the data has more than one, province,
 * industry), each value with how many visits choosing it would show; "Clear filters" while
 * any is chosen; in a small box, folded behind a "Filters" button that says how many are
 * chosen. And the note that says when the filters hide the open visit.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Facet, FacetValue } from '../model/filters.js';
import type { VisitFeature } from '../model/schema.js';
import { filterStringsFor } from './filter-strings.js';
import { localName } from './visit-card.js';

/** What the filters show and whom they tell. */
export interface FilterBarContext {
  lang: string;
  /** Each facet's values with their counts under the other filters, and all values' count. */
  facets: { values: Record<Facet, FacetValue[]>; totals: Record<Facet, number> } | undefined;
  /** The chosen value of each facet. */
  chosen: Record<Facet, string | null>;
  /** How a value reads. */
  label: (facet: Facet, value: FacetValue) => string;
  choose: (facet: Facet, key: string | null) => void;
  clear: () => void;
  /** Whether the folded filters are open (in a small box). */
  unfolded: boolean;
  toggle: () => void;
}

/** Facets shown: the leader only when the data has more than one value. */
const SHOWN: Facet[] = ['year', 'leader', 'province', 'industry'];

function renderSelect(facet: Facet, ctx: FilterBarContext): TemplateResult | typeof nothing {
  const values = ctx.facets?.values[facet] ?? [];
  if (facet === 'leader' && values.length < 2) return nothing;
  const t = filterStringsFor(ctx.lang);
  const chosen = ctx.chosen[facet];
  // The year's label keeps its class: pages style and test it by it.
  return html`<label class=${`filter filter--${facet}${facet === 'year' ? ' year' : ''}`}>
    <span class="visually-hidden">${t.label[facet]}</span>
    <select
      ?disabled=${!ctx.facets}
      @change=${(e: Event) => {
        const value = (e.target as HTMLSelectElement).value;
        ctx.choose(facet, value === '' ? null : value);
      }}
    >
      <option value="" ?selected=${chosen === null}>${t.all[facet](ctx.facets?.totals[facet] ?? 0)}</option>
      ${values.map(
        (v) => html`<option value=${v.key} ?selected=${chosen === v.key}
          ?disabled=${v.count === 0 && chosen !== v.key}>
          ${t.option(ctx.label(facet, v), v.count)}
        </option>`,
      )}
    </select>
  </label>`;
}

/** The filters, foldable. */
export function renderFilterBar(ctx: FilterBarContext): TemplateResult {
  const t = filterStringsFor(ctx.lang);
  const n = SHOWN.filter((f) => ctx.chosen[f] !== null).length;
  return html`<div class=${ctx.unfolded ? 'filters filters--open' : 'filters'}>
    <button type="button" class="filters-toggle" aria-expanded=${ctx.unfolded ? 'true' : 'false'}
      aria-controls="filter-controls" @click=${ctx.toggle}>
      ${t.filtersButton(n)}
    </button>
    <div id="filter-controls" class="filter-controls" role="group" aria-label=${t.filters}>
      ${SHOWN.map((f) => renderSelect(f, ctx))}
      ${n ? html`<button type="button" class="filters-clear" @click=${ctx.clear}>${t.clear}</button>` : nothing}
    </div>
  </div>`;
}

/** What the note needs: the hidden visit, and why. */
export interface HiddenNoteContext {
  lang: string;
  visit: VisitFeature;
  /** The filters that hide it, with their chosen values as they read. */
  reasons: { facet: Facet; value: string }[];
  /** Clears the filters that hide it. */
  show: () => void;
}

/** "Rizhao Port is not from 2025, so the filter hides it. [Show all years]" */
export function renderHiddenNote(ctx: HiddenNoteContext): TemplateResult {
  const t = filterStringsFor(ctx.lang);
  const onlyYear = ctx.reasons.length === 1 && ctx.reasons[0]?.facet === 'year';
  return html`<p class="filter-note" role="status">
    ${t.hidden(
      localName(ctx.visit.properties.name, ctx.lang),
      ctx.reasons.map((r) => t.reason[r.facet](r.value)),
    )}
    <button type="button" @click=${ctx.show}>${onlyYear ? t.showAllYears : t.clearThese}</button>
  </p>`;
}
