/**
 * The gazetteer search: a combobox (WAI-ARIA, list autocomplete) whose list holds the cities,
 * counties and provinces whose name starts with what is typed, each place once (`placeChoices`).
 * Down and Up move through them, Enter chooses, Escape closes the list (and, with the list
 * closed, says so to the panel around it: `editor-place-escape`). Choosing fires
 * `editor-place-chosen` with the place.
 *
 * @module
 */
import { html } from 'lit';
import { type Combo, comboBox, comboKey, comboList } from './combobox.js';
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
    const combo: Combo<Place> = {
      id: `places-${this.key}`,
      label: t.placesFound,
      listClass: 'place-choices',
      items: results,
      shown,
      active: this.active,
      option: placeLabel,
      choose: (p) => this.choose(p),
    };
    return html`<label class="field"
        >${t.searchPlace}
        ${comboBox(combo, {
          type: 'search',
          value: this.query,
          input: (e) => {
            this.query = (e.target as HTMLInputElement).value;
            this.open = true;
            this.active = -1;
          },
          keydown: this.onKey,
        })}</label
      >
      ${comboList(combo)}
      <p class="hint" role="status">${none ? t.noPlace(query) : ''}</p>`;
  }
}
