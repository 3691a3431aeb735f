/**
 * A text box's value bound to what is stored from it (the typed text, trimmed): while the box
 * has the focus it keeps what is being typed, and once it has not, it shows what is stored
 * (also when that changed elsewhere: an undo, a choice from a list).
 *
 * Without it a redraw that comes between two keystrokes set the box to the stored value: to the
 * typed text trimmed ("the " became "the", and "the official" was saved as "theofficial"), or
 * to a value from before the last keystroke when the redraw was of an earlier state. Redraws run
 * in tasks of their own, so either can come between two keystrokes.
 *
 * @module
 */
import { noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType, type PropertyPart } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

class TypedValue extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('typedValue is for `.value=` bindings');
  }

  render(value: string): string {
    return value;
  }

  override update(part: PropertyPart, [value]: [string]): string | typeof noChange {
    const box = part.element as HTMLInputElement;
    if (box.value === value || box.matches(':focus')) return noChange;
    // Compared with the box itself, not with the value set last: set it whenever they differ.
    setCommittedValue(part);
    return value;
  }
}

/** `.value=${typedValue(stored)}`: see the module's description. */
export const typedValue = directive(TypedValue);
