/**
 * The gazetteer search: a combobox (WAI-ARIA, list autocomplete) whose list holds the cities,
 * counties and provinces whose name starts with what is typed, each place once (`placeChoices`).
 * Down and Up move through them, Enter chooses, Escape closes the list (and, with the list
 * closed, says so to the panel around it: `editor-place-escape`). Choosing fires
 * `editor-place-chosen` with the place.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { comboKey } from './combobox.js';
import type { EditorContext } from './context.js';
import { LightElement } from './light-element.js';
import { placeChoices, placeLabel } from './place.js';
import type { Place, Places } from './places.js';

export class EditorPlaceSearch extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    key: { attribute: false },
    places: { attribute: false },
    query: { state: true },
    open: { state: true },
    active: { state: true },
  };
  declare ctx: EditorContext;
  /** Makes the list's ids unique in the page. */
  declare key: string;
  /** The gazetteer, once loaded. */
  declare places: Places | undefined;
  declare query: string;
  declare open: boolean;
  declare active: number;

  constructor() {
    super();
    this.query = '';
    this.open = false;
    this.active = -1;
  }

  private results(): Place[] {
    const q = this.query.trim();
    return this.places && q ? placeChoices(this.places, q) : [];
  }

  /** Puts focus in the search box. */
  override focus(): void {
    this.querySelector<HTMLInputElement>('input')?.focus();
  }

  private choose(place: Place): void {
    this.query = '';
    this.open = false;
    this.active = -1;
    this.dispatchEvent(new CustomEvent<Place>('editor-place-chosen', { detail: place }));
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const results = this.results();
    const was = this.open;
    const next = comboKey(e, { open: this.open, active: this.active }, results.length);
    if (!next) {
      if (e.key === 'Escape' && !was) this.dispatchEvent(new CustomEvent('editor-place-escape'));
      return;
    }
    this.open = next.open;
    this.active = next.active;
    const place = next.chosen === undefined ? undefined : results[next.chosen];
    if (place) this.choose(place);
  };

  protected override render() {
    const { t } = this.ctx;
    const results = this.results();
    const query = this.query.trim();
    const shown = this.open && results.length > 0;
    const none = this.places !== undefined && query !== '' && results.length === 0;
    const id = `places-${this.key}`;
    const option = (i: number) => `${id}-${i}`;
    return html`<label class="field"
        >${t.searchPlace}
        <input
          type="search"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls=${id}
          aria-expanded=${shown ? 'true' : 'false'}
          aria-activedescendant=${shown && this.active >= 0 ? option(this.active) : nothing}
          .value=${this.query}
          @input=${(e: Event) => {
            this.query = (e.target as HTMLInputElement).value;
            this.open = true;
            this.active = -1;
          }}
          @keydown=${this.onKey}
      /></label>
      <ul id=${id} class="place-choices" role="listbox" aria-label=${t.placesFound} ?hidden=${!shown}>
        ${results.map(
          (p, i) => html`<li
            id=${option(i)}
            role="option"
            aria-selected=${i === this.active ? 'true' : 'false'}
            @pointerdown=${(e: Event) => e.preventDefault()}
            @click=${() => this.choose(p)}
          >${placeLabel(p)}</li>`,
        )}
      </ul>
      <p class="hint" role="status">${none ? t.noPlace(query) : ''}</p>`;
  }
}
