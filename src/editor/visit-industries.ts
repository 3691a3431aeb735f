/**
 * A visit's industries in the review panel: one check box for each industry of the dataset's
 * vocabulary (`INDUSTRIES`, the words the draft engine and the map's filter use), and one for
 * each other industry the visit already names. Checked and unchecked with the keyboard (Tab,
 * Space) as with the mouse; saved at once, the main one first as checked first. With none
 * checked the visit's industry is `unspecified`, as the draft leaves it.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { INDUSTRIES } from '../draft/industries.js';
import type { VisitFeature } from '../model/schema.js';
import { editVisit } from './actions.js';
import type { EditorContext } from './context.js';

/** What the draft writes when it recognises no industry. */
const UNSPECIFIED = 'unspecified';

export function visitIndustries(ctx: EditorContext, f: VisitFeature): TemplateResult {
  const { t } = ctx;
  const chosen = f.properties.industries.filter((i) => i !== UNSPECIFIED);
  const offered = [...INDUSTRIES, ...chosen.filter((i) => !INDUSTRIES.includes(i))];
  const set = (industry: string, on: boolean) =>
    ctx.update((s) =>
      editVisit(s, f.id, (x) => {
        const kept = x.properties.industries.filter((i) => i !== UNSPECIFIED && i !== industry);
        const now = on ? [...kept, industry] : kept;
        x.properties.industries = now.length ? now : [UNSPECIFIED];
      }),
    );
  return html`<fieldset class="industries">
    <legend class="label">${t.visitIndustries}</legend>
    ${offered.map(
      (i) => html`<label class="check"
        ><input type="checkbox" .checked=${chosen.includes(i)}
          @change=${(e: Event) => set(i, (e.target as HTMLInputElement).checked)}
        /><span lang="en">${i}</span></label
      >`,
    )}
  </fieldset>`;
}
