/**
 * "Publish to this project": shown only where the project's own server serves the editor (it
 * announces the operation: see `project.ts`). Sends the article and the accepted work; the
 * server checks it with the checker's rules, writes `data/articles/<file>` and the merged
 * `data/visits.geojson` (keeping the previous file as `visits.geojson.bak`) and rebuilds the
 * map. Then it offers "Open the map at this visit"; a refusal is worded in the interface's
 * language, with the checker's own lines under it.
 *
 * @module
 */
import { html, nothing } from 'lit';
import type { EditorContext } from './context.js';
import { LightElement } from './light-element.js';
import { mapAt, type PublishOutcome, publishToProject } from './project.js';
import { articleFileName, collectionOf } from './publish.js';

type Failure = Exclude<PublishOutcome, { ok: true }>;

export class EditorProject extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    endpoint: { attribute: false },
    ready: { attribute: false },
    busy: { state: true },
    failure: { state: true },
  };
  declare ctx: EditorContext;
  /** The operation's path, announced by the server. */
  declare endpoint: string;
  /** Whether the accepted work can be published (accepted visits, no problem, nothing pending). */
  declare ready: boolean;
  declare busy: boolean;
  /** Why the last attempt failed; `null` after a success or a new attempt. */
  declare failure: Failure | null;

  constructor() {
    super();
    this.ready = false;
    this.busy = false;
    this.failure = null;
  }

  private async publish(): Promise<void> {
    const s = this.ctx.session;
    const added = collectionOf(s, 'accepted');
    if (!added || this.busy) return;
    this.busy = true;
    this.failure = null;
    const out = await publishToProject(this.endpoint, s.text, added);
    this.busy = false;
    const ids = out.ok ? out.visits : out.visits;
    if (ids) {
      const visits = ids.map((id, i) => ({
        id,
        name: added.features[i]?.properties.name.en ?? id,
      }));
      const total = out.ok ? out.total : 0;
      const article = out.ok ? out.article : `data/articles/${articleFileName(s)}`;
      this.ctx.update((x) => ({ ...x, published: true, publishedTo: { article, visits, total } }));
    }
    if (!out.ok) this.failure = out;
    await this.updateComplete;
    this.querySelector<HTMLElement>(out.ok ? 'a.open-map' : '.publish-failure')?.focus();
  }

  protected override render() {
    const { session: s, t } = this.ctx;
    const done = s.publishedTo;
    const file = articleFileName(s);
    const [first, ...others] = done?.visits ?? [];
    const f = this.failure;
    return html`<div class="project">
      <p class="hint">${t.projectHint(file)}</p>
      <div class="row">
        <button type="button" class="primary publish-project" ?disabled=${!this.ready || this.busy || !!done}
          aria-describedby="publish-status" @click=${this.publish}>${t.publishProject}</button>
        <span class="status" role="status">${this.busy ? t.publishing : ''}</span>
      </div>
      ${
        done
          ? html`<p class="done" role="status">${t.publishedProject(done.article.split('/').pop() ?? file, done.visits.length, done.total)}</p>
            ${first ? html`<p><a class="open-map" href=${mapAt(first.id)}>${t.openMap}</a> <span lang="en">(${first.name})</span></p>` : nothing}
            ${
              others.length
                ? html`<p>${t.otherVisits}</p>
                  <ul>${others.map((v) => html`<li><a href=${mapAt(v.id)} lang="en">${v.name}</a></li>`)}</ul>`
                : nothing
            }
            <p class="hint">${t.afterPublish}</p>`
          : nothing
      }
      ${
        f
          ? html`<div class="publish-failure" tabindex="-1" role="alert">
            <p class="problem">${t.publishFailed[f.code]}</p>
            <p class="hint" lang="en">${f.error}</p>
            ${f.problems?.length ? html`<ul class="problems" aria-label=${t.problems}>${f.problems.map((p) => html`<li lang="en">${p}</li>`)}</ul>` : nothing}
          </div>`
          : nothing
      }
    </div>`;
  }
}
