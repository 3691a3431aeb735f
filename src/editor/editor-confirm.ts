/**
 * Asks before work is thrown away: a modal dialog with two buttons, focus on the safe one,
 * Escape meaning "keep working".
 *
 * @module
 */
import { html } from 'lit';
import { LightElement } from './light-element.js';
import type { EditorStrings } from './strings.js';

export class EditorConfirm extends LightElement {
  static override properties = { t: { attribute: false } };
  declare t: EditorStrings;
  private settle: ((yes: boolean) => void) | undefined;

  /** Shows the question. @returns true when the person chose to discard the work. */
  ask(): Promise<boolean> {
    this.settle?.(false);
    const dialog = this.querySelector('dialog');
    if (!dialog) return Promise.resolve(false);
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    this.querySelector<HTMLButtonElement>('.keep')?.focus();
    return new Promise((resolve) => {
      this.settle = (yes) => {
        this.settle = undefined;
        if (dialog.open) dialog.close();
        opener?.focus();
        resolve(yes);
      };
    });
  }

  protected override render() {
    const t = this.t;
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-text"
      @close=${() => this.settle?.(false)}>
      <h2 id="confirm-title">${t.confirmTitle}</h2>
      <p id="confirm-text">${t.confirmText}</p>
      <div class="buttons">
        <button type="button" class="keep" @click=${() => this.settle?.(false)}>${t.confirmNo}</button>
        <button type="button" class="danger" @click=${() => this.settle?.(true)}>${t.confirmYes}</button>
      </div>
    </dialog>`;
  }
}
