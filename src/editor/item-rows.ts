/**
 * One quote or one figure in the review panel: its words and where they stand in the article,
 * the fields a person may edit, the visit it belongs to (chosen from a list, which moves it),
 * its decision, notes and problems.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Quote, Statistic } from '../model/schema.js';
import {
  editFigure,
  editQuote,
  type Holder,
  holderOf,
  moveFigure,
  moveQuote,
  openVisits,
} from './actions.js';
import type { EditorContext } from './context.js';
import type { EditorArticle } from './editor-article.js';
import { textField } from './fields.js';
import { decisionButtons, itemProblems, reviewNotes, speakerAsked } from './item-parts.js';
import { followWords } from './passages.js';
import { itemKey } from './session.js';

const inputValue = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** The select that names the visit an item belongs to; choosing another moves it there. */
function holderSelect(
  ctx: EditorContext,
  current: Holder,
  label: string,
  move: (to: Holder) => void,
) {
  // A rejected visit is offered to no item; the one an item still sits in stays as its value.
  const visits = (ctx.session.draft?.features ?? []).filter(
    (f) => f.id === current || openVisits(ctx.session).includes(f),
  );
  return html`<label class="field inline"
    >${label}
    <select class="move" @change=${(e: Event) => move(inputValue(e) === '' ? null : inputValue(e))}>
      ${visits.map((f) => html`<option value=${f.id} .selected=${live(current === f.id)}>${f.properties.name.en}</option>`)}
      <option value="" .selected=${live(current === null)}>${ctx.t.unattached}</option>
    </select></label
  >`;
}

export function quoteRow(ctx: EditorContext, q: Quote): TemplateResult {
  const { t } = ctx;
  const key = itemKey('quote', q.id);
  const d = ctx.session.draft;
  const holder = d ? holderOf(d, 'quote', q.id) : null;
  // A quote split by "he said" shows every part, as the reader's card does.
  const parts = q.parts?.length ? q.parts : [q];
  const short = q.text.length > 60 ? `${q.text.slice(0, 60)}…` : q.text;
  const speaker = (q as { speaker: string | null }).speaker;
  const edit = (change: (x: Quote) => void) => ctx.update((s) => editQuote(s, q.id, change));
  return html`<li class="item quote" data-item=${key}>
    <blockquote lang=${q.lang}>${parts.map((p, i) => html`<p>${i > 0 ? `… ${p.text}` : p.text}</p>`)}</blockquote>
    <p class="where">${parts.map((p) => t.characters(p.start, p.end)).join('; ')}</p>
    <div class="row">
      <label class="field inline"
        >${t.kind}
        <select @change=${(e: Event) => edit((x) => (x.kind = inputValue(e) as Quote['kind']))}>
          <option value="direct" .selected=${live(q.kind === 'direct')}>${t.direct}</option>
          <option value="reported" .selected=${live(q.kind === 'reported')}>${t.reported}</option>
        </select></label
      >
      ${textField(ctx, {
        label: t.speaker,
        value: speaker ?? '',
        inline: true,
        lang: 'en',
        invalid: (ctx.check.byItem.get(key) ?? []).some(speakerAsked),
        key: `${key}:speaker`,
        set: (v) => (s) =>
          editQuote(s, q.id, (x) => {
            (x as { speaker: string | null }).speaker = v || null;
          }),
      })}
      ${holderSelect(ctx, holder, `${t.moveTo}`, (to) => ctx.update((s) => moveQuote(s, q.id, to)))}
      <button type="button" class="use-selection" aria-label=${`${t.useSelection}: ${t.kinds.quote} “${short}”`}
        @click=${() => document.querySelector<EditorArticle>('editor-article')?.useSelectionFor(q.id)}>${t.useSelection}</button>
    </div>
    ${reviewNotes(ctx, key, q)} ${itemProblems(ctx, key)} ${decisionButtons(ctx, key, `${t.kinds.quote} “${short}”`)}
  </li>`;
}

export function figureRow(ctx: EditorContext, f: Statistic): TemplateResult {
  const { t } = ctx;
  const key = itemKey('figure', f.id);
  const d = ctx.session.draft;
  const holder = d ? holderOf(d, 'figure', f.id) : null;
  const edit = (change: (x: Statistic) => void) => ctx.update((s) => editFigure(s, f.id, change));
  // A figure added by hand is known by its place among those added (its id follows its words).
  const hand = ctx.session.handFigures?.indexOf(f.id) ?? -1;
  const fieldKey = hand >= 0 ? `figure#${hand}` : key;
  const text = (
    label: string,
    name: string,
    value: string,
    set: (x: Statistic, v: string) => void,
  ) =>
    textField(ctx, {
      label,
      value,
      inline: true,
      key: `${fieldKey}:${name}`,
      set: (v) => (s) => {
        // The id now: keystrokes can come before the redraw that follows a rename.
        const id = hand >= 0 ? (s.handFigures?.[hand] ?? f.id) : f.id;
        return followWords(
          editFigure(s, id, (x) => set(x, v)),
          'figure',
          id,
        );
      },
    });
  const scopes = ['site', 'county', 'city', 'province', 'national'];
  return html`<li class="item figure" data-item=${key}>
    <p class="figure-words"><strong lang="en">${f.figure}</strong> <span lang="en">${f.passage.text}</span></p>
    <p class="where">${t.characters(f.passage.start, f.passage.end)}</p>
    <div class="row">
      ${text(t.figureWords, 'figure', f.figure, (x, v) => (x.figure = v))}
      ${text(t.measure, 'measure', f.measure, (x, v) => (x.measure = v))}
      ${text(t.value, 'value', f.value === null ? '' : String(f.value), (x, v) => {
        x.value = v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
      })}
      ${text(t.unit, 'unit', f.unit ?? '', (x, v) => (x.unit = v || null))}
      <label class="field inline"
        >${t.scope}
        <select @change=${(e: Event) => edit((x) => (x.scope = inputValue(e) as Statistic['scope']))}>
          ${scopes.map((sc) => html`<option value=${sc} .selected=${live(f.scope === sc)}>${t.scopes[sc] ?? sc}</option>`)}
        </select></label
      >
      <editor-area .ctx=${ctx} .figure=${f}></editor-area>
      ${text(t.industries, 'industries', f.industries.join(', '), (x, v) => {
        x.industries = v
          .split(',')
          .map((i) => i.trim())
          .filter(Boolean);
      })}
      ${text(t.period, 'period', f.period ?? '', (x, v) => (x.period = v || null))}
      ${text(t.periodWording, 'periodWording', f.periodWording ?? '', (x, v) => (x.periodWording = v || null))}
      ${holderSelect(ctx, holder, t.moveTo, (to) => ctx.update((s) => moveFigure(s, f.id, to)))}
    </div>
    ${reviewNotes(ctx, key, f)} ${itemProblems(ctx, key)} ${decisionButtons(ctx, key, `${t.kinds.figure} “${f.figure}”`)}
  </li>`;
}
