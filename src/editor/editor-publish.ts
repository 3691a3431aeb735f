/**
 * Publishing: the article's file and a visits file to download (or an existing visits file
 * opened first, and downloaded with the new visits merged in). Blocked, with the reason shown,
 * while an accepted item has a problem.
 *
 * @module
 */
import { html, nothing } from 'lit';
import type { EditorContext } from './context.js';
import { chosenFile, download } from './files.js';
import { LightElement } from './light-element.js';
import {
  articleFileName,
  collectionOf,
  MergeError,
  mergeInto,
  toJson,
  VISITS_FILE,
} from './publish.js';

export class EditorPublish extends LightElement {
  static override properties = { ctx: { attribute: false }, error: { state: true } };
  declare ctx: EditorContext;
  declare error: string;

  constructor() {
    super();
    this.error = '';
  }

  private async openExisting(event: Event): Promise<void> {
    const file = await chosenFile(event);
    if (!file) return;
    const { text } = file;
    const added = collectionOf(this.ctx.session, 'accepted');
    try {
      if (added) mergeInto(text, added);
      this.error = '';
      this.ctx.update((s) => ({ ...s, merge: { name: file.name, text }, published: false }));
    } catch (e) {
      if (!(e instanceof MergeError)) throw e;
      this.error = this.ctx.t.mergeError[e.message] ?? e.message;
    }
  }

  private downloadVisits(): void {
    const s = this.ctx.session;
    const added = collectionOf(s, 'accepted');
    if (!added) return;
    try {
      const out = s.merge ? mergeInto(s.merge.text, added) : added;
      // Always the dataset's own name, whatever the opened file was called.
      download(VISITS_FILE, toJson(out), 'application/geo+json');
      this.error = '';
      this.ctx.update((x) => ({ ...x, published: true }));
    } catch (e) {
      if (!(e instanceof MergeError)) throw e;
      this.error = this.ctx.t.mergeError[e.message] ?? e.message;
    }
  }

  protected override render() {
    const { session: s, check, t } = this.ctx;
    if (!s.draft) return nothing;
    const accepted = collectionOf(s, 'accepted')?.features.length ?? 0;
    const blocked = check.blocking.length;
    const canPublish = accepted > 0 && blocked === 0;
    const existing = s.merge
      ? ((JSON.parse(s.merge.text) as { features?: unknown[] }).features?.length ?? 0)
      : 0;
    const status = blocked
      ? t.blocked(blocked)
      : accepted
        ? s.published
          ? t.published
          : t.ready(accepted)
        : t.nothingAccepted;
    return html`<section class="panel publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">${t.publish}</h2>
      <p id="publish-status" class=${blocked ? 'problem' : 'status'} role="status">${status}</p>
      ${
        blocked
          ? html`<ul class="problems">
            ${check.blocking.map((p) => html`<li lang="en">${p.message}</li>`)}
          </ul>`
          : nothing
      }
      <div class="row">
        <label class="file-button"
          ><input type="file" accept=".geojson,.json,application/geo+json,application/json" @change=${this.openExisting} /><span
            >${t.openExisting}</span
          ></label
        >
        ${
          s.merge
            ? html`<span class="status">${t.merging(s.merge.name, existing)}</span>
              <button type="button" @click=${() => this.ctx.update((x) => ({ ...x, merge: null }))}>${t.stopMerge}</button>`
            : nothing
        }
      </div>
      <div class="row">
        <button type="button" class="primary" ?disabled=${!canPublish} aria-describedby="publish-status"
          @click=${this.downloadVisits}>${t.downloadVisits}</button>
        <button type="button" @click=${() => download(articleFileName(s), s.text, 'text/plain;charset=utf-8')}>
          ${t.downloadArticle}
        </button>
      </div>
      ${this.error ? html`<p class="problem" role="alert">${this.error}</p>` : nothing}
    </section>`;
  }
}
