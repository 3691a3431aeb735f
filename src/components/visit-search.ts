/**
 * The search box: a combobox whose listbox offers the visits found (WAI-ARIA's combobox
 * pattern with list autocomplete). Focus stays in the box; the active option is named by
 * `aria-activedescendant`. The state and the keys are the search controller's.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchHit } from '../model/search.js';
import { filterStringsFor } from './filter-strings.js';
import { formatVisitDate } from './format.js';
import { localName, localNameLang, renderPlace } from './visit-card.js';

/** What the search box shows and whom it tells. */
export interface SearchContext {
  lang: string;
  query: string;
  open: boolean;
  active: number;
  hits: readonly SearchHit[];
  /** Whether to name each visit's leader (the data has more than one). */
  leaders: boolean;
  input: (value: string) => void;
  /** `true` when the key was handled. */
  keydown: (event: KeyboardEvent) => boolean;
  focus: () => void;
  blur: () => void;
  pick: (i: number) => void;
}

const OPTION = 'search-option-';

/** One visit found: its name, then where, when and (with several leaders) by whom. */
function renderOption(hit: SearchHit, i: number, ctx: SearchContext): TemplateResult {
  const p = hit.visit.properties;
  const leader = ctx.leaders && p.leader ? localName(p.leader.name, ctx.lang) : '';
  return html`<li
    id=${`${OPTION}${i}`}
    class="search-option"
    role="option"
    aria-selected=${i === ctx.active ? 'true' : 'false'}
    data-visit-id=${hit.visit.id}
    @pointerdown=${(e: Event) => e.preventDefault()}
    @click=${() => ctx.pick(i)}
  >
    <span class="search-name" lang=${localNameLang(p.name, ctx.lang)}>${localName(p.name, ctx.lang)}</span>
    <span class="search-detail">${renderPlace(hit.visit, ctx.lang)} · <span>${formatVisitDate(p.visit.date, ctx.lang)}</span>${leader ? html` · <span>${leader}</span>` : nothing}</span>
  </li>`;
}

/** The search box and its list of visits found. */
export function renderSearch(ctx: SearchContext): TemplateResult {
  const t = filterStringsFor(ctx.lang);
  const open = ctx.open && ctx.hits.length > 0;
  return html`<div class="search">
    <label class="visually-hidden" for="visit-search">${t.search}</label>
    <input
      id="visit-search"
      class="search-input"
      type="text"
      dir="auto"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="visit-search-results"
      aria-expanded=${open ? 'true' : 'false'}
      aria-activedescendant=${open && ctx.active >= 0 ? `${OPTION}${ctx.active}` : nothing}
      placeholder=${t.placeholder}
      .value=${ctx.query}
      @input=${(e: Event) => ctx.input((e.target as HTMLInputElement).value)}
      @keydown=${(e: KeyboardEvent) => {
        if (!ctx.keydown(e)) return;
        e.preventDefault();
        // The combobox's key (Escape closing the list): not the map's too.
        e.stopPropagation();
      }}
      @focus=${ctx.focus}
      @blur=${ctx.blur}
    />
    <ul id="visit-search-results" class="search-results" role="listbox" aria-label=${t.results}
      ?hidden=${!open}>
      ${open ? ctx.hits.map((hit, i) => renderOption(hit, i, ctx)) : nothing}
    </ul>
  </div>`;
}
