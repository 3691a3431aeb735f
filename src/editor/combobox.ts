/**
 * The keys of a WAI-ARIA combobox with a list (list autocomplete), one rule for every such box
 * of the editor: Down and Up open the list, then move through its options (wrapping); Alt+Down
 * opens it; Enter chooses the active option; Escape closes the list. Typing goes on freely.
 * And the box and its list as drawn (`comboBox`, `comboList`), the same for every such box.
 *
 * @module
 */
import { html, nothing } from 'lit';

/** Whether the list is open, and its active option (named by `aria-activedescendant`; -1: none). */
export interface ComboState {
  open: boolean;
  active: number;
}

/**
 * What `e` does to a combobox in state `s` whose list has `count` options: the next state, with
 * `chosen` the option Enter chose; `null` for a key the combobox leaves alone. A key it uses
 * has its default prevented (and Escape its propagation stopped).
 */
export function comboKey(
  e: KeyboardEvent,
  s: ComboState,
  count: number,
): (ComboState & { chosen?: number }) | null {
  const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
  if (step) {
    e.preventDefault();
    if (!s.open || e.altKey) return { open: true, active: s.active };
    if (!count) return s;
    const from = s.active < 0 ? (step > 0 ? -1 : count) : s.active;
    return { open: true, active: (from + step + count) % count };
  }
  if (e.key === 'Enter' && s.open && s.active >= 0 && s.active < count) {
    e.preventDefault();
    return { open: false, active: -1, chosen: s.active };
  }
  if (e.key === 'Escape' && s.open) {
    e.preventDefault();
    e.stopPropagation();
    return { open: false, active: -1 };
  }
  return null;
}

/** A combobox's box and list as drawn: its options, their state, and what each does. */
export interface Combo<T> {
  /** The list's id, unique in the page; option `i` is `<id>-<i>`. */
  id: string;
  /** The list's accessible name. */
  label: string;
  /** The list's class. */
  listClass: string;
  /** The options, in order. */
  items: readonly T[];
  /** Whether the list shows (open, with options). */
  shown: boolean;
  /** The active option; -1 for none. */
  active: number;
  /** An option's content. */
  option: (item: T) => unknown;
  choose: (item: T) => void;
}

/** The box's own attributes and handlers (its value, what typing and keys do). */
export interface ComboBox {
  type: 'text' | 'search';
  value: string;
  lang?: string;
  input: (e: Event) => void;
  keydown: (e: KeyboardEvent) => void;
  focus?: () => void;
  blur?: () => void;
}

/** The text box of a combobox: its role, and the ARIA state that ties it to its list. */
export function comboBox<T>(c: Combo<T>, box: ComboBox) {
  return html`<input
    type=${box.type}
    role="combobox"
    lang=${box.lang ?? nothing}
    autocomplete="off"
    spellcheck="false"
    aria-autocomplete="list"
    aria-controls=${c.id}
    aria-expanded=${c.shown ? 'true' : 'false'}
    aria-activedescendant=${c.shown && c.active >= 0 ? `${c.id}-${c.active}` : nothing}
    .value=${box.value}
    @focus=${box.focus ?? nothing}
    @input=${box.input}
    @keydown=${box.keydown}
    @blur=${box.blur ?? nothing}
  />`;
}

/** The list of a combobox: its options, the active one selected; a click chooses (focus stays). */
export function comboList<T>(c: Combo<T>) {
  return html`<ul id=${c.id} class=${c.listClass} role="listbox" aria-label=${c.label} ?hidden=${!c.shown}>
    ${c.items.map(
      (item, i) => html`<li
        id=${`${c.id}-${i}`}
        role="option"
        aria-selected=${i === c.active ? 'true' : 'false'}
        @pointerdown=${(e: Event) => e.preventDefault()}
        @click=${() => c.choose(item)}
      >${c.option(item)}</li>`,
    )}
  </ul>`;
}
