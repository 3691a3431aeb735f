/**
 * One drafted visit in the review panel: its names, place, date (precision, part of the day),
 * who made it, the passage that reports it, its review notes and problems, its decision, and
 * its quotes and figures. Every field is saved as it is typed.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { VisitFeature } from '../model/schema.js';
import { attachUnattached, unattachedCounts } from './actions.js';
import type { EditorContext } from './context.js';
import { needsReport } from './corroboration.js';
import { decisionButtons, itemProblems, reviewNotes } from './item-parts.js';
import { figureRow, quoteRow } from './item-rows.js';
import { itemKey } from './session.js';
import { SITE_NAME, visitDate, visitNames } from './visit-fields.js';
import { visitIndustries } from './visit-industries.js';
import { visitPeople } from './visit-people.js';

/**
 * The name a card goes by while its site's name is typed, by visit id: the name it had when the
 * field took the focus. The card's heading, and so its accessible name, and the names of its
 * buttons change when the field loses the focus, not at each keystroke (a screen reader would
 * announce each; a script would lose the card).
 */
const heldNames = new Map<string, string>();

const isSiteName = (e: Event) => (e.target as Element).classList?.contains(SITE_NAME);

export function visitCard(ctx: EditorContext, f: VisitFeature, index: number): TemplateResult {
  const { t } = ctx;
  const p = f.properties;
  const key = itemKey('visit', f.id);
  const visit = p.visit;
  const headingId = `visit-${index}-name`;
  // Names in the interface's language where the data has them (the gazetteer gives provinces
  // in Chinese too), else in English.
  const local = (n: { en: string; zh?: string | undefined }) =>
    (t.lang === 'zh-Hans' && n.zh) || n.en;
  const where = [p.place.county, p.place.city, p.place.province]
    .filter((n, i, all) => n && all.findIndex((m) => m?.en === n.en) === i)
    .map((n) => local(n as { en: string }))
    .join(', ');
  const decision = ctx.session.decisions[key] ?? 'pending';
  const { quotes, figures } = unattachedCounts(ctx.session);
  const unattached = quotes + figures;
  const name = heldNames.get(f.id) ?? p.name.en;
  const hold = (e: FocusEvent) => {
    if (isSiteName(e)) heldNames.set(f.id, p.name.en);
  };
  const release = (e: FocusEvent) => {
    if (!isSiteName(e)) return;
    const was = heldNames.get(f.id);
    heldNames.delete(f.id);
    // Drawn again under the new name, as one step with the typing (no step of its own to undo).
    if (was !== undefined && was !== p.name.en)
      ctx.update((s) => ({ ...s }), { typing: `${f.id}:name.en` });
  };
  return html`<article class="visit" data-item=${key} data-decision=${decision} aria-labelledby=${headingId}
    @focusin=${hold} @focusout=${release}>
    <h3 id=${headingId}>${name}</h3>
    ${decisionButtons(ctx, key, name)} ${reviewNotes(ctx, key, p)} ${itemProblems(ctx, key)}
    ${visitNames(ctx, f)} ${visitIndustries(ctx, f)}
    <div class="place">
      <span class="label">${t.place}</span>
      <span class="place-name">${where}</span>
      <span class="precision">(${t.locationPrecision[p.location.precision] ?? p.location.precision})</span>
      <editor-place .ctx=${ctx} .visit=${f.id} .label=${name}></editor-place>
    </div>
    ${visitDate(ctx, f)}
    <p class="resolution" lang="en">${visit.resolution}</p>
    <editor-corroboration .ctx=${ctx} .visit=${f.id} .label=${name} .ask=${needsReport(visit)}></editor-corroboration>
    ${visitPeople(ctx, f)}
    <p class="mention" lang="en">${p.mention.text} <span class="where">${t.characters(p.mention.start, p.mention.end)}</span></p>
    ${
      unattached
        ? html`<button type="button" class="attach-all" aria-label=${`${t.attachUnattached(unattached)}: ${name}`}
          @click=${() => ctx.update((s) => attachUnattached(s, f.id))}>${t.attachUnattached(unattached)}</button>`
        : nothing
    }
    ${
      p.quotes.length
        ? html`<h4>${t.quotes}</h4>
          <ul class="items">${p.quotes.map((q) => quoteRow(ctx, q))}</ul>`
        : nothing
    }
    ${
      p.statistics.length
        ? html`<h4>${t.figures}</h4>
          <ul class="items">${p.statistics.map((s) => figureRow(ctx, s))}</ul>`
        : nothing
    }
  </article>`;
}
