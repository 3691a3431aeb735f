/**
 * "Publish to this project": shown only where the project's own server serves the editor (it
 * announces the operation: see `project.ts`). Sends the article and the accepted work; the
 * server checks it with the checker's rules, writes `data/articles/<file>` and the merged
 * `data/visits.geojson` (keeping the previous file as `visits.geojson.bak`) and rebuilds the
 * map. Then it offers "Open the map at this visit"; a refusal is worded in the interface's
 * language, with the checker's own lines under it. Before that, a visit the project's file
 * already has at the same site or in the same city on overlapping dates is shown beside the
 * new one (`overlaps.ts`), and publishing waits until the person says they are separate visits
 * (or rejects the new one). An article the project already holds (the same text) is published
 * again to fix it: the editor says so first, and the server replaces what it published before.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { formatVisitDate } from '../components/format.js';
import { ARTICLES_FOLDER } from '../model/paths.js';
import type { EditorContext } from './context.js';
import { joinsOf } from './editor-same-visit.js';
import { LightElement } from './light-element.js';
import {
  type HeldVisits,
  type Overlap,
  overlapsOf,
  projectVisits,
  type ShownVisit,
} from './overlaps.js';
import { mapAt, type PublishOutcome, publishToProject } from './project.js';
import { articleFileName, collectionOf, withCurrentIds } from './publish.js';

type Failure = Exclude<PublishOutcome, { ok: true }>;

export class EditorProject extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    endpoint: { attribute: false },
    ready: { attribute: false },
    busy: { state: true },
    failure: { state: true },
    held: { state: true },
    separate: { state: true },
    replaced: { state: true },
  };
  declare ctx: EditorContext;
  /** The operation's path, announced by the server. */
  declare endpoint: string;
  /** Whether the accepted work can be published (accepted visits, no problem, nothing pending). */
  declare ready: boolean;
  declare busy: boolean;
  /** Why the last attempt failed; `null` after a success or a new attempt. */
  declare failure: Failure | null;
  /** The project's visits file as its server serves it; `null` when it could not be read. */
  declare held: HeldVisits | null | undefined;
  /** The overlaps the person said are separate visits (their {@link signature}). */
  declare separate: string;
  /** How many visits the last publishing replaced (the same article published again). */
  declare replaced: number;

  constructor() {
    super();
    this.ready = false;
    this.busy = false;
    this.failure = null;
    this.held = undefined;
    this.separate = '';
    this.replaced = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.held === undefined) this.readProject();
  }

  /** Reads the project's visits file as its server serves it now. */
  private readProject(): void {
    projectVisits().then((held) => {
      if (this.isConnected) this.held = held;
    });
  }

  /** The project's record of this article (the same text), when it was published before. */
  private publishedBefore(): { id: string; title: string; visits: number } | undefined {
    const sha = this.ctx.session.draft?.articles[0]?.sha256;
    const a = sha ? this.held?.articles?.find((x) => x.sha256 === sha) : undefined;
    if (!a || !this.held) return undefined;
    const visits = this.held.features.filter((f) => f.properties.article === a.id).length;
    return { id: a.id, title: a.title, visits };
  }

  /** The accepted visits beside the file's visits on overlapping dates. */
  private overlaps(): Overlap[] {
    const added = collectionOf(this.ctx.session, 'accepted');
    if (!this.held || !added) return [];
    // A visit joined to one of the file's (Same visit) is not published as a visit again; the
    // visits this article published before are replaced, not overlapped.
    const held = new Set(this.held.features.map((f) => f.id));
    const joins = joinsOf(this.ctx.session);
    const before = this.publishedBefore()?.id;
    const file = before
      ? {
          ...this.held,
          features: this.held.features.filter((f) => f.properties.article !== before),
        }
      : this.held;
    return overlapsOf(
      file,
      added.features.filter((f) => !held.has(joins[f.id] as string)),
    );
  }

  private overlapsView(overlaps: Overlap[], signed: string) {
    const { t } = this.ctx;
    const visit = (v: ShownVisit) =>
      html`<span lang="en">${v.name}</span> · ${formatVisitDate(v.date, t.lang)} · <span lang="en">${v.place}</span>${
        v.article ? html` · <q lang="en">${v.article}</q>` : nothing
      }`;
    return html`<div class="overlaps" role="group" aria-labelledby="overlaps-heading">
      <p id="overlaps-heading" class="problem">${t.overlapsFound(overlaps.length)}</p>
      <ul>
        ${overlaps.map(
          (o) => html`<li>
            <strong>${t.overlapBy[o.by]}</strong>
            <dl>
              <dt>${t.overlapNew}</dt>
              <dd>${visit(o.added)}</dd>
              <dt>${t.overlapOnMap}</dt>
              <dd>${visit(o.existing)}</dd>
            </dl>
          </li>`,
        )}
      </ul>
      <p class="hint">${t.overlapHint}</p>
      <label class="check"
        ><input type="checkbox" .checked=${this.separate === signed}
          @change=${(e: Event) => (this.separate = (e.target as HTMLInputElement).checked ? signed : '')}
        />
        ${t.overlapSeparate}</label
      >
    </div>`;
  }

  private async publish(): Promise<void> {
    const s = this.ctx.session;
    const accepted = collectionOf(s, 'accepted');
    if (!accepted || this.busy) return;
    const { collection: added, joins } = withCurrentIds(
      accepted,
      joinsOf(s),
      s.publishedTo?.ids,
      new Set(s.renamedSites),
    );
    this.busy = true;
    this.failure = null;
    const out = await publishToProject(this.endpoint, s.text, added, joins);
    this.busy = false;
    const ids = out.ok ? out.visits : out.visits;
    if (ids) {
      const visits = ids.map((id, i) => ({
        id,
        name: added.features[i]?.properties.name.en ?? id,
      }));
      const total = out.ok ? out.total : 0;
      this.replaced = out.ok ? (out.replaced?.length ?? 0) : 0;
      const article = out.ok ? out.article : `${ARTICLES_FOLDER}/${articleFileName(s)}`;
      // Published, a visit keeps its id: renamed later, it is published again under it.
      const published = { ...s.publishedTo?.ids };
      for (const [i, f] of accepted.features.entries()) {
        const id = ids[i];
        if (out.ok && id) published[f.id] = id;
      }
      this.ctx.update((x) => ({
        ...x,
        published: true,
        publishedTo: { article, visits, total, ids: published },
      }));
    }
    if (!out.ok) this.failure = out;
    // The project holds the article now: publishing it again replaces what it holds.
    this.readProject();
    this.focusNext = out.ok ? 'a.open-map' : '.publish-failure';
    this.requestUpdate();
  }

  /** What takes the focus once drawn: the link to the map, or why publishing failed. */
  private focusNext = '';

  protected override updated(): void {
    // The app draws the published state from the session: the link may come a render later.
    const target = this.focusNext ? this.querySelector<HTMLElement>(this.focusNext) : null;
    if (!target) return;
    this.focusNext = '';
    target.focus();
  }

  protected override render() {
    const { session: s, t } = this.ctx;
    const done = s.publishedTo;
    const file = articleFileName(s);
    const [first, ...others] = done?.visits ?? [];
    const f = this.failure;
    const overlaps = done ? [] : this.overlaps();
    const signed = signature(overlaps);
    const waiting = overlaps.length > 0 && this.separate !== signed;
    // Published, and nothing changed since: nothing to publish again yet.
    const unchanged = !!done && s.published;
    const before = unchanged ? undefined : this.publishedBefore();
    return html`<div class="project">
      <p class="hint">${t.projectHint(file)}</p>
      ${overlaps.length ? this.overlapsView(overlaps, signed) : nothing}
      ${before ? html`<p class="republish" id="republish-note">${t.republishNote(before.title, before.visits)}</p>` : nothing}
      <div class="row">
        <button type="button" class="primary publish-project" ?disabled=${!this.ready || waiting || this.busy || unchanged}
          aria-describedby=${before ? 'publish-status republish-note' : 'publish-status'} @click=${this.publish}>${t.publishProject}</button>
        <span class="status" role="status">${this.busy ? t.publishing : ''}</span>
      </div>
      ${
        done
          ? html`<p class="done" role="status">${t.publishedProject(done.article.split('/').pop() ?? file, done.visits.length, done.total)}${
              this.replaced ? ` ${t.replacedVisits(this.replaced)}` : ''
            }</p>
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

/** Which overlaps the person answered for: a new overlap asks again. */
const signature = (overlaps: Overlap[]): string =>
  overlaps.map((o) => `${o.added.id}=${o.existing.id}`).join(' ');
