/**
 * Publishing: the article's file and a visits file to download. With an existing visits file
 * opened (checked with the checker's rules, and kept for the work in progress, or refused with
 * the reason), the visits download is that file with the new visits appended, named
 * `visits.geojson`; without one it holds the new visits alone and is named
 * `visits-<id>.geojson`. Blocked, with the reason shown, while an accepted item has a problem,
 * while the existing file is being read, or when it already holds the article.
 *
 * The existing file itself lives in the merge worker (`existing.ts`); the session keeps only its
 * summary, so nothing here parses it.
 *
 * @module
 */

import { html, nothing, type PropertyValues } from 'lit';
import { withFreeArticleId } from './article-id.js';
import type { EditorContext } from './context.js';
import { joinsOf } from './editor-same-visit.js';
import { heldArticle } from './existing-file.js';
import { download } from './files.js';
import { problemWords } from './item-parts.js';
import { PanelElement } from './light-element.js';
import type { KeepOutcome } from './merge-api.js';
import {
  articleFileName,
  collectionOf,
  toJson,
  VISITS_FILE,
  visitsFileName,
  withCurrentIds,
} from './publish.js';

export class EditorPublish extends PanelElement {
  static override properties = {
    ctx: { attribute: false },
    error: { state: true },
    problems: { state: true },
    busy: { state: true },
  };
  declare ctx: EditorContext;
  /** Why the last action failed, in words. */
  declare error: string;
  /** The problems that kept a file from being kept (at most 20 shown). */
  declare problems: string[];
  /** What is under way with the existing file ("Checking visits.geojson…"), or `''`. */
  declare busy: string;
  /** The digest of the existing file the merge worker holds now. */
  private held: string | undefined;

  constructor() {
    super();
    this.error = '';
    this.problems = [];
    this.busy = '';
  }

  /** After a reload, or a change in another tab, the worker reads the kept file again. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const merge = this.ctx.session.merge;
    if (!changed.has('ctx') || !merge || merge.sha256 === this.held || this.busy) return;
    this.busy = this.ctx.t.restoringExisting(merge.name);
    void this.ctx.existing.restore(merge.sha256).then((outcome) => {
      this.busy = '';
      if (outcome.ok) this.held = outcome.summary.sha256;
      else this.refuse(merge.name, outcome);
    });
  }

  /** Says why a file was not kept, and stops merging into it. */
  private refuse(name: string, outcome: Exclude<KeepOutcome, { ok: true }>): void {
    const { t } = this.ctx;
    this.held = undefined;
    this.problems = [];
    if ('missing' in outcome) this.error = t.missingExisting(name);
    else if ('refused' in outcome) this.error = t.refusedExisting(name, outcome.refused);
    else {
      this.error = t.notKept(name, outcome.total);
      this.problems = outcome.problems.map((p) => p.message);
      if (outcome.total > outcome.problems.length)
        this.problems.push(t.moreProblems(outcome.total - outcome.problems.length));
    }
    if (this.ctx.session.merge) this.ctx.update((s) => ({ ...s, merge: null }));
  }

  private async openExisting(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.error = '';
    this.problems = [];
    this.busy = this.ctx.t.checkingExisting(file.name);
    const outcome = await this.ctx.existing.open(file, file.name);
    this.busy = '';
    if (!outcome.ok) return this.refuse(file.name, outcome);
    this.held = outcome.summary.sha256;
    this.ctx.update((s) => withFreeArticleId({ ...s, merge: outcome.summary, published: false }));
  }

  private async downloadVisits(): Promise<void> {
    const s = this.ctx.session;
    const accepted = collectionOf(s, 'accepted');
    if (!accepted) return;
    const { collection: added, joins } = withCurrentIds(
      accepted,
      joinsOf(s),
      s.publishedTo?.ids,
      new Set(s.renamedSites),
    );
    if (!s.merge) {
      download(visitsFileName(s), toJson(added), 'application/geo+json');
    } else {
      const merged = await this.ctx.existing.merge(added, joins);
      if (!merged.ok) return;
      download(VISITS_FILE, merged.file, 'application/geo+json');
    }
    this.error = '';
    this.ctx.update((x) => ({ ...x, published: true }));
  }

  private async stopMerge(): Promise<void> {
    this.held = undefined;
    await this.ctx.existing.forget();
    this.ctx.update((x) => ({ ...x, merge: null }));
  }

  /**
   * Moves focus to what comes after reviewing: publishing to the project (else the download),
   * or the reason it is blocked.
   */
  focusNext(): void {
    const button = this.querySelector<HTMLButtonElement>(
      'button.publish-project, button.download-visits',
    );
    if (button && !button.disabled) button.focus();
    else this.querySelector<HTMLElement>('#publish-status')?.focus();
  }

  protected override render() {
    const { session: s, check, t } = this.ctx;
    if (!s.draft) return nothing;
    const accepted = collectionOf(s, 'accepted')?.features.length ?? 0;
    const blocked = check.blocking.length;
    const held = s.merge ? heldArticle(s.merge.articles, s.draft) : undefined;
    const waiting = this.busy !== '' || (s.merge !== null && s.merge.sha256 !== this.held);
    const canPublish = accepted > 0 && blocked === 0 && !held && !waiting;
    const status = blocked
      ? t.blocked(blocked)
      : accepted
        ? s.published
          ? s.publishedTo
            ? t.publishedHere(accepted)
            : t.downloaded(articleFileName(s), visitsFileName(s), s.merge !== null)
          : t.ready(accepted)
        : t.nothingAccepted;
    return html`<section class="panel publish" aria-labelledby="publish-heading">
      <h2 id="publish-heading">${t.publish}</h2>
      <p id="publish-status" class=${blocked ? 'problem' : 'status'} role="status" tabindex="-1">${status}</p>
      ${
        blocked
          ? html`<ul class="problems">
            ${check.blocking.map((p) => {
              const visit = s.draft?.features.find((f) => f.id === p.record)?.properties.name.en;
              const words = problemWords(t, p, visit);
              return html`<li lang=${words.lang}>${words.text}</li>`;
            })}
          </ul>`
          : nothing
      }
      ${
        this.ctx.project
          ? html`<editor-project .ctx=${this.ctx} .endpoint=${this.ctx.project} .ready=${canPublish}></editor-project>`
          : nothing
      }
      <div class="row">
        <label class="file-button"
          ><input type="file" accept=".geojson,.json,application/geo+json,application/json" ?disabled=${this.busy !== ''} @change=${this.openExisting} /><span
            >${t.openExisting}</span
          ></label
        >
        ${
          s.merge
            ? html`<span class="status">${t.merging(s.merge.name, s.merge.visits)}</span>
              <button type="button" @click=${this.stopMerge}>${t.stopMerge}</button>`
            : nothing
        }
      </div>
      <p class="status" role="status">${this.busy || (s.merge ? '' : t.alone(visitsFileName(s)))}</p>
      <editor-same-visit .ctx=${this.ctx}></editor-same-visit>
      ${held && s.merge ? html`<p class="problem" role="alert">${t.alreadyHeld(s.merge.name, held.id, held.title)}</p>` : nothing}
      <div class="row">
        <button type="button" class=${this.ctx.project ? 'download-visits' : 'primary download-visits'} ?disabled=${!canPublish} aria-describedby="publish-status"
          @click=${this.downloadVisits}>${t.downloadVisits}</button>
        <button type="button" @click=${() => download(articleFileName(s), s.text, 'text/plain;charset=utf-8')}>
          ${t.downloadArticle}
        </button>
      </div>
      ${this.error ? html`<p class="problem" role="alert">${this.error}</p>` : nothing}
      ${
        this.problems.length
          ? html`<ul class="problems" aria-label=${t.problems}>${this.problems.map((p) => html`<li lang="en">${p}</li>`)}</ul>`
          : nothing
      }
    </section>`;
  }
}
