/**
 * Changes a visit's place: a disclosure with a gazetteer search (a combobox of places to
 * choose from; Escape with its list closed closes the panel) and a map on which a click, or Enter at the crosshair, chooses the nearest city.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { editVisit } from './actions.js';
import type { EditorContext } from './context.js';
import { LightElement } from './light-element.js';
import { applyPlace } from './place.js';
import type { Place, Places } from './places.js';

export class EditorPlace extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    visit: { attribute: false },
    label: { attribute: false },
    open: { state: true },
    places: { state: true },
  };
  declare ctx: EditorContext;
  /** The id of the visit whose place this changes. */
  declare visit: string;
  /** The visit's name, for accessible names. */
  declare label: string;
  declare open: boolean;
  /** The gazetteer, once loaded (on first opening). */
  declare places: Places | undefined;

  constructor() {
    super();
    this.open = false;
  }

  private readonly toggle = (): void => {
    this.open = !this.open;
    if (!this.open) return;
    void import('./map-picker-define.js');
    void this.ctx.places().then((places) => {
      this.places = places;
    });
    // What is typed next is the search: the box takes focus as the panel opens.
    void this.updateComplete.then(async () => {
      const search = this.querySelector('editor-place-search');
      await search?.updateComplete;
      search?.focus();
    });
  };

  private choose(place: Place): void {
    const places = this.places;
    if (!places) return;
    this.ctx.update((s) => editVisit(s, this.visit, (f) => applyPlace(places, f, place)));
    this.close();
  }

  /** Closes the panel; focus goes back to the button that opens it. */
  private readonly close = (): void => {
    this.open = false;
    this.updateComplete.then(() =>
      this.querySelector<HTMLButtonElement>('button.disclose')?.focus(),
    );
  };

  /** A point chosen on the map: its nearest place, once the gazetteer is in (a click made
   * while it still loads waits for it rather than being lost). */
  private async onPick(e: CustomEvent<{ lon: number; lat: number }>): Promise<void> {
    const { lon, lat } = e.detail;
    this.places ??= await this.ctx.places();
    if (this.isConnected) this.choose(this.places.gazetteer.nearest(lon, lat));
  }

  protected override render() {
    const { t } = this.ctx;
    const visit = this.ctx.session.draft?.features.find((f) => f.id === this.visit);
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
            <editor-place-search
              .ctx=${this.ctx}
              .key=${this.visit}
              .places=${this.places}
              @editor-place-chosen=${(e: CustomEvent<Place>) => this.choose(e.detail)}
              @editor-place-escape=${this.close}
            ></editor-place-search>
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
