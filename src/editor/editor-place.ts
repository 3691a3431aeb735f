/**
 * Changes a visit's place: a disclosure with a gazetteer search (a list of places to choose
 * from) and a map on which a click, or Enter at the crosshair, chooses the nearest city.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { editVisit } from './actions.js';
import type { EditorContext } from './context.js';
import { LightElement } from './light-element.js';
import { applyPlace, placeLabel } from './place.js';
import type { Place, Places } from './places.js';

export class EditorPlace extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    visit: { attribute: false },
    label: { attribute: false },
    open: { state: true },
    query: { state: true },
    places: { state: true },
  };
  declare ctx: EditorContext;
  /** The id of the visit whose place this changes. */
  declare visit: string;
  /** The visit's name, for accessible names. */
  declare label: string;
  declare open: boolean;
  declare query: string;
  /** The gazetteer, once loaded (on first opening). */
  declare places: Places | undefined;

  constructor() {
    super();
    this.open = false;
    this.query = '';
  }

  private readonly toggle = (): void => {
    this.open = !this.open;
    if (!this.open) return;
    void import('./map-picker-define.js');
    void this.ctx.places().then((places) => {
      this.places = places;
    });
    // What is typed next is the search: the box takes focus as the panel opens.
    void this.updateComplete.then(() =>
      this.querySelector<HTMLInputElement>('.place-picker input[type="search"]')?.focus(),
    );
  };

  private choose(place: Place): void {
    const places = this.places;
    if (!places) return;
    this.ctx.update((s) => editVisit(s, this.visit, (f) => applyPlace(places, f, place)));
    this.open = false;
    this.query = '';
    this.updateComplete.then(() =>
      this.querySelector<HTMLButtonElement>('button.disclose')?.focus(),
    );
  }

  /** A point chosen on the map: its nearest place, once the gazetteer is in (a click made
   * while it still loads waits for it rather than being lost). */
  private async onPick(e: CustomEvent<{ lon: number; lat: number }>): Promise<void> {
    const { lon, lat } = e.detail;
    this.places ??= await this.ctx.places();
    if (this.isConnected) this.choose(this.places.gazetteer.nearest(lon, lat));
  }

  protected override render() {
    const { t } = this.ctx;
    const gazetteer = this.places?.gazetteer;
    const visit = this.ctx.session.draft?.features.find((f) => f.id === this.visit);
    const query = this.query.trim();
    const results = this.open && gazetteer && query ? gazetteer.search(query, 8) : [];
    const none = gazetteer !== undefined && query !== '' && results.length === 0;
    const id = `place-${this.visit}`;
    const point = visit?.geometry.coordinates as [number, number] | undefined;
    return html`<button
        type="button"
        class="disclose"
        aria-expanded=${String(this.open)}
        aria-controls=${id}
        aria-label=${`${t.changePlace}: ${this.label}`}
        @click=${this.toggle}
      >
        ${t.changePlace}
      </button>
      ${
        this.open
          ? html`<div class="place-picker" id=${id}>
            <label class="field"
              >${t.searchPlace}
              <input
                type="search"
                .value=${this.query}
                @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
            /></label>
            <ul class="results">
              ${results.map(
                (p) =>
                  html`<li><button type="button" @click=${() => this.choose(p)}>${placeLabel(p)}</button></li>`,
              )}
            </ul>
            <p class="hint" role="status">${none ? t.noPlace(query) : ''}</p>
            <p class="hint">${t.pickOnMap}</p>
            <editor-map-picker
              .label=${`${t.pickOnMap} (${t.pickHere}: Enter)`}
              .point=${point}
              @editor-pick=${this.onPick}
            ></editor-map-picker>
          </div>`
          : nothing
      }`;
  }
}
