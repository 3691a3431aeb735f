/**
 * A figure's "Area it covers": a text box saved as typed, with a list of places to choose from
 * (WAI-ARIA's combobox with list autocomplete: Down and Up move through the places, Enter
 * chooses, Escape closes the list, typing goes on freely). Choosing records the place's
 * English and Chinese names and makes the figure's scope that kind of place (`area.ts`).
 *
 * @module
 */
import { html, nothing } from 'lit';
import type { Statistic } from '../model/schema.js';
import { editFigure, holderOf } from './actions.js';
import { type AreaChoice, areaChoices, chooseArea, typeArea } from './area.js';
import { type Combo, comboBox, comboKey, comboList } from './combobox.js';
import type { EditorContext } from './context.js';
import { LightElement } from './light-element.js';
import type { Places } from './places.js';

export class EditorArea extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    figure: { attribute: false },
    open: { state: true },
    active: { state: true },
    places: { state: true },
  };
  declare ctx: EditorContext;
  declare figure: Statistic;
  declare open: boolean;
  /** The option named by `aria-activedescendant`; -1 for none. */
  declare active: number;
  /** The gazetteer, once loaded (on first focus). */
  declare places: Places | undefined;
  /** What the box holds as typed (the stored value has no space at either end). */
  private typed: string | undefined;

  constructor() {
    super();
    this.open = false;
    this.active = -1;
  }

  private choices(): AreaChoice[] {
    const d = this.ctx.session.draft;
    if (!d) return [];
    const query = this.typed ?? this.figure.area?.en ?? '';
    const found = this.places?.divisionsNamed(query, 12) ?? [];
    return areaChoices(query, d.features, holderOf(d, 'figure', this.figure.id), found);
  }

  private readonly load = (): void => {
    if (this.places) return;
    void this.ctx.places().then((places) => {
      if (this.isConnected) this.places = places;
    });
  };

  private choose(choice: AreaChoice): void {
    this.ctx.update((s) => editFigure(s, this.figure.id, (x) => chooseArea(x, choice)));
    this.typed = undefined;
    this.open = false;
    this.active = -1;
  }

  private onInput(e: Event): void {
    const value = (e.target as HTMLInputElement).value;
    this.typed = value;
    this.open = true;
    this.active = -1;
    const key = `figure:${this.figure.id}:area`;
    this.ctx.update((s) => editFigure(s, this.figure.id, (x) => typeArea(x, value.trim())), {
      typing: key,
    });
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') this.load();
    // Counted now: the gazetteer may have come in since the list was drawn.
    const count = this.open ? this.choices().length : 0;
    const next = comboKey(e, { open: this.open, active: this.active }, count);
    if (!next) return;
    this.open = next.open;
    this.active = next.active;
    const choice = next.chosen === undefined ? undefined : this.choices()[next.chosen];
    if (choice) this.choose(choice);
  };

  protected override render() {
    const { t } = this.ctx;
    const choices = this.open ? this.choices() : [];
    const shown = this.open && choices.length > 0;
    const combo: Combo<AreaChoice> = {
      id: `area-${this.figure.id}`,
      label: t.areaChoices,
      listClass: 'area-choices',
      items: choices,
      shown,
      active: this.active,
      option: (c) =>
        html`<span lang="en">${c.area.en}</span>${c.area.zh ? html` <span lang="zh-Hans">${c.area.zh}</span>` : nothing}
          <span class="within">${t.areaKind(c.kind, c.within, c.visit)}</span>`,
      choose: (c) => this.choose(c),
    };
    return html`<label class="field inline area-field"
        >${t.area}
        ${comboBox(combo, {
          type: 'text',
          lang: 'en',
          value: this.typed ?? this.figure.area?.en ?? '',
          focus: this.load,
          input: (e) => this.onInput(e),
          keydown: this.onKey,
          blur: () => {
            this.open = false;
            this.active = -1;
            this.typed = undefined;
          },
        })}</label
      >
      ${comboList(combo)}`;
  }
}
