/**
 * The list of visits: the way to the same content without the map. Each entry is the same
 * card the popup shows, and a button that opens it on the map.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VisitFeature } from '../model/schema.js';
import { formatInteger } from './format.js';
import type { Strings } from './strings.js';
import { type CardContext, renderVisitCard, visitLabel } from './visit-card.js';

/** What the list needs besides the visits. */
export interface ListContext {
  strings: Strings;
  lang: string;
  /** Id of the selected visit, marked `aria-current`. */
  selected: string | null;
  context: (visit: VisitFeature) => CardContext;
  showOnMap: (id: string) => void;
  /** How many entries to render; the rest wait behind a "show more" button. */
  limit: number;
  showMore: () => void;
  /**
   * Whether the reader opened the list's disclosure: in a small box it sits below the map,
   * folded, until opened (see `host.styles.ts`). Default false.
   */
  open?: boolean;
}

/** Entries rendered at first and added per "show more": a long list stays cheap to draw. */
export const LIST_PAGE = 50;

/** The list section: heading with the count, then one entry per visit in the order given. */
export function renderVisitList(visits: readonly VisitFeature[], ctx: ListContext): TemplateResult {
  return html`<section id="visit-list" class=${ctx.open ? 'list list--open' : 'list'} part="list"
    aria-labelledby="list-heading">
    <h2 id="list-heading">${ctx.strings.listHeading} <span class="count">· ${formatInteger(visits.length, ctx.lang)}</span></h2>
    <ol>
      ${visits.slice(0, ctx.limit).map(
        (visit) => html`<li class="list-item" part="list-item" data-list-id=${visit.id}
          aria-current=${ctx.selected === visit.id ? 'true' : 'false'}>
          <article aria-labelledby=${`list-title-${visit.id}`}>
            ${renderVisitCard(visit, ctx.context(visit), `list-title-${visit.id}`)}
            <button class="show-on-map" type="button" @click=${() => ctx.showOnMap(visit.id)}>
              ${ctx.strings.showOnMap}<span class="visually-hidden">: ${visitLabel(visit, ctx.lang)}</span>
            </button>
          </article>
        </li>`,
      )}
    </ol>
    ${
      visits.length > ctx.limit
        ? html`<button class="show-more" type="button" @click=${ctx.showMore}>
          ${ctx.strings.showMore(Math.min(LIST_PAGE, visits.length - ctx.limit), visits.length - ctx.limit)}
        </button>`
        : nothing
    }
  </section>`;
}
