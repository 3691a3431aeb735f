/**
 * A text box's value bound to what is stored from it, when what is stored is the typed text
 * trimmed: the box keeps what is being typed ("the " stays "the ", never set back to "the")
 * while the stored value equals the box's, trimmed. A change made elsewhere (undo, a choice
 * from a list) still reaches the box.
 *
 * Without it a redraw that comes after a space is typed, and before the next letter, sets the
 * box to the trimmed value and the space is lost ("theofficial"); redraws run in tasks of their
 * own, so that can happen between two keystrokes.
 *
 * @module
 */
import { noChange } from 'lit';
import { Directive, directive, type PartInfo, PartType, type PropertyPart } from 'lit/directive.js';

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
    return box.value === value || box.value.trim() === value ? noChange : value;
  }
}

/** `.value=${typedValue(stored)}`: see the module's description. */
export const typedValue = directive(TypedValue);
