/**
 * The form that adds a visit by hand from the passage selected in the article: the site's name,
 * its place (the gazetteer search) and its date, filled with the date the engine reads in the
 * passage when it reads one. **Add the visit** adds it (`addVisit`) and fires
 * `editor-visit-added` with its id and name; **Cancel**, or Escape, fires `editor-visit-cancel`.
 *
 * @module
 */
import { html, type PropertyValues } from 'lit';
import { tryDateSpan } from '../model/dates.js';
import type { EditorContext } from './context.js';
import type { DayOf } from './engine-api.js';
import { LightElement } from './light-element.js';
import { addVisit } from './new-visit.js';
import type { Range } from './passages.js';
import { placeLabel } from './place.js';
import type { Place, Places } from './places.js';

export class EditorNewVisit extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    range: { attribute: false },
    name: { state: true },
    place: { state: true },
    date: { state: true },
    day: { state: true },
    places: { state: true },
  };
  declare ctx: EditorContext;
  /** The passage selected: the new visit's mention. */
  declare range: Range;
  declare name: string;
  declare place: Place | null;
  declare date: string;
  declare day: DayOf | null;
  declare places: Places | undefined;

  constructor() {
    super();
    this.name = '';
    this.place = null;
    this.date = '';
    this.day = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ctx.places().then((places) => {
      if (this.isConnected) this.places = places;
    });
  }

  /** For a new passage: the date the engine reads in it, when the date field is still empty. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('range')) void this.readDay();
  }

  private async readDay(): Promise<void> {
    const { session: s, drafter } = this.ctx;
    const published = s.draft?.articles[0]?.date;
    const range = this.range;
    if (!drafter || !published) return;
    const day = await drafter.dayOf(s.text.slice(range.start, range.end), published);
    if (!this.isConnected || range !== this.range) return;
    this.day = day && !('apart' in day) ? day : null;
    if (this.day && !this.date) this.date = this.day.date;
  }

  private add(): void {
    const places = this.places;
    const place = this.place;
    if (!places || !place) return;
    let id: string | null = null;
    const given = { name: this.name, place, date: this.date.trim(), day: this.day };
    this.ctx.update((s) => {
      const added = addVisit(s, this.range, given, places);
      id = added.id;
      return added.session;
    });
    if (id)
      this.dispatchEvent(
        new CustomEvent('editor-visit-added', { detail: { id, name: this.name.trim() } }),
      );
  }

  private readonly cancel = (): void => {
    this.dispatchEvent(new CustomEvent('editor-visit-cancel'));
  };

  protected override render() {
    const { session: s, t } = this.ctx;
    const words = s.text.slice(this.range.start, this.range.end);
    const date = this.date.trim();
    const ready = this.name.trim() !== '' && this.place !== null && !!tryDateSpan(date);
    const fromPassage = this.day !== null && this.day.date === date;
    return html`<section
      class="new-visit"
      aria-labelledby="new-visit-heading"
      @keydown=${(e: KeyboardEvent) => {
        // Escape in the place search's open list only closes the list.
        if (e.key === 'Escape' && !e.defaultPrevented) this.cancel();
      }}
    >
      <h3 id="new-visit-heading">${t.newVisit}</h3>
      <p class="mention">${t.newVisitPassage}: <q lang="en">${words.length > 200 ? `${words.slice(0, 200)}…` : words}</q></p>
      <label class="field"
        >${t.site}
        <input
          type="text"
          name="new-visit-site"
          lang="en"
          .value=${this.name}
          @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)}
      /></label>
      <editor-place-search
        .ctx=${this.ctx}
        .key=${'new-visit'}
        .places=${this.places}
        @editor-place-chosen=${(e: CustomEvent<Place>) => (this.place = e.detail)}
      ></editor-place-search>
      <p class="chosen" role="status">
        ${this.place ? t.newVisitPlace(placeLabel(this.place)) : t.newVisitNoPlace}
      </p>
      <label class="field"
        >${t.visitDate}
        <input
          type="text"
          name="new-visit-date"
          inputmode="numeric"
          aria-describedby="new-visit-date-hint"
          .value=${this.date}
          @input=${(e: Event) => (this.date = (e.target as HTMLInputElement).value)}
      /></label>
      <p class="hint" id="new-visit-date-hint">${fromPassage ? t.dateFromPassage : t.dateForm}</p>
      <div class="row">
        <button type="button" class="primary" ?disabled=${!ready} @click=${this.add}>${t.addThisVisit}</button>
        <button type="button" @click=${this.cancel}>${t.cancelVisit}</button>
      </div>
    </section>`;
  }
}
