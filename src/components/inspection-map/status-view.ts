/**
 * What the element says about its input: loading, the error state when nothing could be shown,
 * and the small notices over the map (records skipped, a reload that failed, tiles unavailable, a
 * visit whose details could not be loaded).
 * Every problem message is bound as text.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../../model/load.js';
import type { Strings } from '../strings.js';
import type { LoadStatus } from './visits-controller.js';

/** What the status view needs to know. */
export interface StatusContext {
  strings: Strings;
  status: LoadStatus;
  /** Problems of the input shown (records skipped). */
  problems: readonly Problem[];
  /** Why the last input failed as a whole; empty when it did not. */
  failure: readonly Problem[];
  /** Visits in the input, valid or not; and how many are shown. */
  total: number;
  shown: number;
  /** The notice about the input was dismissed. */
  dismissed: boolean;
  tilesUnavailable: boolean;
  tilesDismissed: boolean;
  /** A visit could not open: the popup's code failed to load. */
  popupUnavailable: boolean;
  /** Present when the input can be fetched again. */
  retry: (() => void) | undefined;
  dismiss: () => void;
  dismissTiles: () => void;
  dismissPopup: () => void;
}

/** The problems, one message each, behind a disclosure. */
function details(problems: readonly Problem[], s: Strings): TemplateResult {
  return html`<details class="problems">
    <summary>${s.showDetails} (${s.problemCount(problems.length)})</summary>
    <ul>
      ${problems.map((p) => html`<li>${p.message}</li>`)}
    </ul>
  </details>`;
}

function retryButton(ctx: StatusContext): TemplateResult | typeof nothing {
  return ctx.retry
    ? html`<button type="button" class="retry" @click=${ctx.retry}>${ctx.strings.retry}</button>`
    : nothing;
}

function notice(
  text: string,
  extra: TemplateResult | typeof nothing,
  dismiss: () => void,
  s: Strings,
  kind: string,
): TemplateResult {
  return html`<div class="notice notice--${kind}" role="status" part="notice">
    <p class="notice-text">${text}</p>
    ${extra}
    <button type="button" class="notice-dismiss" aria-label=${s.dismiss} title=${s.dismiss}
      @click=${dismiss}><span aria-hidden="true">×</span></button>
  </div>`;
}

/** The error state: shown over the map when an input failed and there is nothing to keep. */
export function renderError(ctx: StatusContext): TemplateResult | typeof nothing {
  if (ctx.status !== 'error') return nothing;
  const s = ctx.strings;
  const whole = ctx.failure.filter((p) => p.record === 'file');
  const cause =
    whole.length === 1 ? (whole[0]?.message ?? '') : s.noneShown(ctx.total || ctx.failure.length);
  const more = whole.length === 1 && ctx.failure.length === 1 ? nothing : details(ctx.failure, s);
  return html`<div class="status status--error" role="alert" part="error">
    <p class="status-title">${s.loadFailed}</p>
    <p class="status-cause">${cause}</p>
    ${more} ${retryButton(ctx)}
  </div>`;
}

/**
 * Loading: over the map at first; a notice when earlier visits are shown meanwhile, or while a
 * large input's markers are drawn and its records checked.
 */
export function renderLoading(ctx: StatusContext): TemplateResult | typeof nothing {
  if (ctx.status !== 'loading' && ctx.status !== 'checking') return nothing;
  return ctx.shown > 0 || ctx.status === 'checking'
    ? html`<div class="notice notice--loading" role="status"><p class="notice-text">${ctx.strings.loading}</p></div>`
    : html`<div class="status" role="status" part="status">${ctx.strings.loading}</div>`;
}

/** The notices over the map: about the input, then about the tiles, then about a popup. */
export function renderNotices(ctx: StatusContext): TemplateResult {
  const s = ctx.strings;
  let about: TemplateResult | typeof nothing = nothing;
  if (ctx.status === 'ready' && !ctx.dismissed) {
    if (ctx.failure.length > 0) {
      about = notice(
        s.staleNotice,
        html`${details(ctx.failure, s)} ${retryButton(ctx)}`,
        ctx.dismiss,
        s,
        'stale',
      );
    } else if (ctx.problems.length > 0) {
      const skipped = ctx.total - ctx.shown;
      const text =
        skipped > 0 ? s.problemsNotice(skipped, ctx.total) : s.recordsNotice(ctx.problems.length);
      about = notice(text, details(ctx.problems, s), ctx.dismiss, s, 'problems');
    } else if (ctx.total === 0) {
      about = notice(s.noVisits, nothing, ctx.dismiss, s, 'empty');
    }
  }
  const tiles =
    ctx.tilesUnavailable && !ctx.tilesDismissed
      ? notice(s.tilesUnavailable, nothing, ctx.dismissTiles, s, 'tiles')
      : nothing;
  const popup = ctx.popupUnavailable
    ? notice(s.popupUnavailable, nothing, ctx.dismissPopup, s, 'popup')
    : nothing;
  return html`<div class="notices">${renderLoading(ctx)} ${about} ${tiles} ${popup}</div>`;
}
