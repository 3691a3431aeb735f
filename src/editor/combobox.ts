/**
 * The keys of a WAI-ARIA combobox with a list (list autocomplete), one rule for every such box
 * of the editor: Down and Up open the list, then move through its options (wrapping); Alt+Down
 * opens it; Enter chooses the active option; Escape closes the list. Typing goes on freely.
 *
 * @module
 */

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
