/**
 * The live preview: `<inspection-map>` with the accepted visits, as readers will see them,
 * redrawn as the editor works.
 *
 * @module
 */
import { html, LitElement, nothing } from 'lit';
import type { EditorContext } from './context.js';
import { collectionOf } from './publish.js';

export class EditorPreview extends LitElement {
  static override properties = { ctx: { attribute: false } };
  declare ctx: EditorContext;
  private lastJson = '';
  private data: unknown;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    const { session: s, t } = this.ctx;
    if (!s.draft) return nothing;
    const accepted = collectionOf(s, 'accepted');
    // A new object only when the accepted visits changed: the map keeps its view otherwise.
    const json = JSON.stringify(accepted);
    if (json !== this.lastJson) {
      this.lastJson = json;
      this.data = accepted;
    }
    return html`<section class="panel preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t.preview}</h2>
      <inspection-map .data=${this.data} lang=${t.lang}></inspection-map>
    </section>`;
  }
}
