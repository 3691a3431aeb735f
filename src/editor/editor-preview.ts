/**
 * The live preview: `<inspection-map>` with the accepted visits, as readers will see them,
 * redrawn as the editor works.
 *
 * @module
 */
import { html, nothing } from 'lit';
import type { EditorContext } from './context.js';
import { PanelElement } from './light-element.js';
import { collectionOf } from './publish.js';

export class EditorPreview extends PanelElement {
  static override properties = { ctx: { attribute: false } };
  declare ctx: EditorContext;
  private lastJson = '';
  private data: unknown;

  protected override render() {
    const { session: s, t, check } = this.ctx;
    if (!s.draft) return nothing;
    const accepted = collectionOf(s, 'accepted');
    const problems = check.blocking.length;
    // A new object only when the accepted visits changed: the map keeps its view otherwise.
    // Visits with problems are not given to the map (it would speak of earlier visits): the
    // preview says what is wrong and points to the problems instead.
    const json = JSON.stringify(accepted);
    if (!problems && json !== this.lastJson) {
      this.lastJson = json;
      this.data = accepted;
    }
    return html`<section class="panel preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t.preview}</h2>
      ${
        problems
          ? html`<p class="problem" role="status">
            ${t.previewProblems(problems)} <a href="#publish-status">${t.seeProblems}</a>
          </p>`
          : nothing
      }
      <inspection-map .data=${this.data} lang=${t.lang}></inspection-map>
    </section>`;
  }
}
