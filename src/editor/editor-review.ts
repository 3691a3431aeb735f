/**
 * The review panel: every drafted visit with its quotes and figures, then the quotes and
 * figures that belong to no visit; "Accept all" accepts every item not rejected and moves focus
 * on to what comes next, publishing (the download, or the problems that block it).
 *
 * @module
 */
import { html, nothing } from 'lit';
import {
  acceptAll,
  allItemKeys,
  attachUnattached,
  openVisits,
  unattachedCounts,
} from './actions.js';
import type { EditorContext } from './context.js';
import { figureRow, quoteRow } from './item-rows.js';
import { PanelElement, whenDrawn } from './light-element.js';
import { Progressive } from './progressive.js';
import type { Session } from './session.js';
import { visitCard } from './visit-card.js';

export class EditorReview extends PanelElement {
  static override properties = { ctx: { attribute: false }, asking: { state: true } };
  declare ctx: EditorContext;
  /** True while Accept all asks what to do with the quotes and figures on no visit. */
  declare asking: boolean;

  constructor() {
    super();
    this.asking = false;
  }
  /** The visits' cards: one drawn in each task, so a long draft never holds the page. */
  private readonly cards = new Progressive(this, 1);

  /** Waits for every card to be drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.cards.drawn;
    return super.getUpdateComplete();
  }

  /**
   * Accept all: with quotes or figures on no visit it first asks whether to attach them to a
   * visit or keep them as the article's own; then accepts (with `before` applied, in one change).
   */
  private async acceptAll(before?: (s: Session) => Session): Promise<void> {
    const { quotes, figures } = unattachedCounts(this.ctx.session);
    if (!before && quotes + figures > 0) {
      this.asking = true;
      await this.updateComplete;
      this.querySelector<HTMLElement>('#unattached-ask')?.focus();
      return;
    }
    this.asking = false;
    this.ctx.update((s) => acceptAll(before ? before(s) : s));
    const app = this.closest('editor-app');
    await app?.updateComplete;
    const publish = await whenDrawn('editor-publish', app?.querySelector('editor-publish'));
    publish?.focusNext();
  }

  /**
   * Moves focus to the review once a draft is in: its heading, from which Tab reaches
   * Accept all and the first visit (the Draft button was disabled while drafting, which sent
   * focus to the page itself).
   */
  focusStart(): void {
    this.querySelector<HTMLElement>('#review-heading')?.focus();
  }

  /** The question Accept all asks about the items on no visit. */
  private ask() {
    const { session: s, t } = this.ctx;
    const { quotes, figures } = unattachedCounts(s);
    const n = quotes + figures;
    const visits = openVisits(s);
    let to = visits[0]?.id;
    return html`<div class="ask" role="group" aria-labelledby="unattached-ask">
      <p id="unattached-ask" tabindex="-1">${t.unattachedAsk(quotes, figures)}</p>
      <div class="row">
        ${
          visits.length
            ? html`<label class="field inline"
                >${t.attachTo}
                <select class="attach-to" @change=${(e: Event) => {
                  to = (e.target as HTMLSelectElement).value;
                }}>
                  ${visits.map((f) => html`<option value=${f.id}>${f.properties.name.en}</option>`)}
                </select></label
              >
              <button type="button" class="primary" @click=${() => {
                const visit = to;
                if (visit) void this.acceptAll((x) => attachUnattached(x, visit));
              }}>${t.attachUnattached(n)}</button>`
            : nothing
        }
        <button type="button" @click=${() => this.acceptAll((x) => x)}>${t.keepAsArticle(n)}</button>
        <button type="button" @click=${async () => {
          this.asking = false;
          await this.updateComplete;
          this.querySelector<HTMLButtonElement>('button.accept-all')?.focus();
        }}>${t.backToReview}</button>
      </div>
    </div>`;
  }

  protected override render() {
    const ctx = this.ctx;
    const { session: s, t } = ctx;
    const d = s.draft;
    if (!d) this.cards.take([], null);
    const keys = d ? allItemKeys(d) : [];
    const counts = { accepted: 0, rejected: 0, pending: 0 };
    for (const k of keys) counts[s.decisions[k] ?? 'pending']++;
    const cards = d ? this.cards.take(d.features, s.text) : [];
    // Items of no visit come after the last card, once it is drawn.
    const all = cards.length === d?.features.length;
    const unattachedQuotes = (all && d?.quotes) || [];
    const unattachedFigures = (all && d?.statistics) || [];
    return html`<section class="panel review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabindex="-1">${t.review}</h2>
      ${
        d
          ? html`<div class="row">
              <button type="button" class="primary accept-all" aria-expanded=${this.asking ? 'true' : 'false'}
                ?disabled=${counts.pending === 0} @click=${() => this.acceptAll()}>
                ${t.acceptAll}
              </button>
              <button type="button" ?disabled=${!ctx.undo} aria-describedby="undo-scope" @click=${() => ctx.undo?.()}>${t.undoLast}</button>
              <span class="counts" role="status"
                >${t.status.accepted} ${counts.accepted} · ${t.status.rejected} ${counts.rejected} · ${t.status.pending}
                ${counts.pending}</span
              >
            </div>
            ${this.asking && counts.pending > 0 ? this.ask() : nothing}
            <p class="hint" id="undo-scope">${t.undoScope}</p>
            ${cards.map((f, i) => visitCard(ctx, f, i))}
            ${
              unattachedQuotes.length || unattachedFigures.length
                ? html`<section class="unattached" aria-labelledby="unattached-heading">
                  <h3 id="unattached-heading">${t.unattachedHeading}</h3>
                  ${
                    unattachedQuotes.length
                      ? html`<h4>${t.quotes}</h4>
                        <ul class="items">${unattachedQuotes.map((q) => quoteRow(ctx, q))}</ul>`
                      : nothing
                  }
                  ${
                    unattachedFigures.length
                      ? html`<h4>${t.figures}</h4>
                        <ul class="items">${unattachedFigures.map((x) => figureRow(ctx, x))}</ul>`
                      : nothing
                  }
                </section>`
                : nothing
            }`
          : html`<p>${t.noDraft}</p>`
      }
    </section>`;
  }
}
