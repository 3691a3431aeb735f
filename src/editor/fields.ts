/**
 * The editor's form fields for drafted items: every keystroke is saved at once (nothing typed
 * is lost on a reload, even with the focus still in the box), as one step for undo per field;
 * what is stored has no white space at either end (the format's rule), while the box keeps
 * what is being typed.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { EditorContext } from './context.js';
import type { Session } from './session.js';
import { typedValue } from './typed-value.js';

type Change = (s: Session) => Session;

export interface TextField {
  label: string;
  value: string;
  /** The change a typed value makes (given trimmed). */
  set: (value: string) => Change;
  /** The field's identity, for undo: one step per field typed into. */
  key: string;
  inline?: boolean;
  className?: string;
  /** The language of the value (names and words from the article are English). */
  lang?: string;
  type?: 'text' | 'date' | 'number';
  /** True while the live check finds a problem with the value. */
  invalid?: boolean;
}

/** A labelled text box saved as typed. */
export function textField(ctx: EditorContext, f: TextField): TemplateResult {
  return html`<label class=${f.inline ? 'field inline' : 'field'}
    >${f.label}
    <input
      type=${f.type ?? 'text'}
      class=${f.className ?? nothing}
      lang=${f.lang ?? nothing}
      aria-invalid=${f.invalid ? 'true' : nothing}
      .value=${typedValue(f.value)}
      @input=${(e: Event) =>
        ctx.update(f.set((e.target as HTMLInputElement).value.trim()), { typing: f.key })}
  /></label>`;
}

/** A labelled list of choices, `[value, label]` each. */
export function selectField(
  ctx: EditorContext,
  f: { label: string; value: string; choices: readonly (readonly [string, string])[] } & Pick<
    TextField,
    'set' | 'inline' | 'className'
  >,
): TemplateResult {
  return html`<label class=${f.inline === false ? 'field' : 'field inline'}
    >${f.label}
    <select class=${f.className ?? nothing} @change=${(e: Event) => ctx.update(f.set((e.target as HTMLSelectElement).value))}>
      ${f.choices.map(([value, label]) => html`<option value=${value} .selected=${live(value === f.value)}>${label}</option>`)}
    </select></label
  >`;
}

/** A name in English and, optionally, Simplified Chinese. */
export interface Name {
  en: string;
  zh?: string | undefined;
}

/** A name with its Chinese form: `zh` left out when empty. */
export const withZh = (name: Name, zh: string): Name => {
  const out: Name = { en: name.en };
  if (zh) out.zh = zh;
  return out;
};
