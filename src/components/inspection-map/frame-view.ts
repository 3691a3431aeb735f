/**
 * The element's frame: the toolbar (once the visits are ready), the live region, the map's box
 * with the error state and the notices over it, and the list with its disclosure.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VisitFeature } from '../../model/schema.js';
import { renderToolbar } from '../map-toolbar.js';
import { type ListContext, renderVisitList } from '../visit-list.js';
import { renderError, renderNotices, type StatusContext } from './status-view.js';
import { type ToolbarSources, toolbarContext } from './toolbar-context.js';

/** What the frame shows. */
export interface FrameContext {
  /** Whether the host has a definite height, which toolbar, map and list share. */
  sized: boolean;
  /** The toolbar's sources; none while the visits are not ready. */
  toolbar: ToolbarSources | undefined;
  /** Text for the polite live region. */
  announcement: string;
  status: StatusContext;
  /** The visits the filters let through, in date order, and how the list shows them. */
  shown: readonly VisitFeature[];
  list: ListContext;
  toggleList: () => void;
}

/** The element's whole shadow content. */
export function renderFrame(ctx: FrameContext): TemplateResult {
  const { strings } = ctx.status;
  return html`<div class="size-probe" aria-hidden="true"></div>
    <div class=${ctx.sized ? 'frame frame--sized' : 'frame'}>${
      ctx.toolbar ? renderToolbar(toolbarContext(ctx.toolbar)) : nothing
    }
    <div class="visually-hidden" role="status" aria-live="polite">${ctx.announcement}</div>
    <div class="layout">
    <div class="map-wrap">
      <div class="map" part="map" role="region" aria-label=${strings.mapLabel}></div>
      ${renderError(ctx.status)} ${renderNotices(ctx.status)}
    </div>
    <button type="button" class="list-toggle" aria-controls="visit-list"
      aria-expanded=${ctx.list.open ? 'true' : 'false'}
      @click=${ctx.toggleList}>${strings.listToggle(ctx.shown.length)}</button>
    ${renderVisitList(ctx.shown, ctx.list)}
  </div></div>`;
}
