/**
 * The bar above the map: the filters (see filter-bar.ts), the search box (see
 * visit-search.ts) and the guided tour (previous, "n of N", next, back to all visits).
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VisitFeature } from '../model/schema.js';
import {
  type FilterBarContext,
  type HiddenNoteContext,
  renderFilterBar,
  renderHiddenNote,
} from './filter-bar.js';
import type { Strings } from './strings.js';
import { renderSearch, type SearchContext } from './visit-search.js';

/** What the toolbar shows and whom it tells. */
export interface ToolbarContext {
  strings: Strings;
  filters: FilterBarContext;
  search: SearchContext;
  /** The visit the filters hide while it was open, to say so; `null` for none. */
  hidden: HiddenNoteContext | null;
  /** How many visits there are, shown or not. */
  total: number;
  /** The visits shown, in date order: the tour's stops. */
  shown: readonly VisitFeature[];
  selected: string | null;
  /** Step the tour: -1 previous, +1 next. */
  step: (delta: -1 | 1) => void;
  overview: () => void;
}

/** The filter, search and tour bar. */
export function renderToolbar(ctx: ToolbarContext): TemplateResult {
  const at = ctx.shown.findIndex((v) => v.id === ctx.selected);
  const n = ctx.shown.length;
  return html`<div class="toolbar" part="toolbar">
    ${
      // Nothing to filter or find: no controls with nothing in them.
      ctx.total ? html`${renderFilterBar(ctx.filters)} ${renderSearch(ctx.search)}` : nothing
    }
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
    ${ctx.hidden ? renderHiddenNote(ctx.hidden) : nothing}
  </div>`;
}
