/**
 * Parts every reviewed item shows: its decision (accept, reject, undo) and, beside it, its
 * review notes and the live check's problems in the checker's own words.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Problem } from '../model/problems.js';
import { decide, holderOf } from './actions.js';
import type { EditorContext } from './context.js';
import { readNote } from './notes.js';
import { type ItemKey, SPEAKER_ASKED } from './session.js';
import type { EditorStrings } from './strings.js';
import { noteWords } from './strings-notes.js';

/** The decision buttons of one item; `name` makes each button's accessible name unique. */
export function decisionButtons(ctx: EditorContext, key: ItemKey, name: string): TemplateResult {
  const { t } = ctx;
  const decision = ctx.session.decisions[key];
  const set = (d: 'accepted' | 'rejected' | null) => ctx.update((s) => decide(s, key, d));
  return html`<div class="decision" data-decision=${decision ?? 'pending'}>
    <span class="badge badge-${decision ?? 'pending'}">${t.status[decision ?? 'pending']}</span>
    ${
      decision
        ? html`<button type="button" aria-label=${`${t.undo}: ${name}`} @click=${() => set(null)}>${t.undo}</button>`
        : html`<button type="button" class="accept" aria-label=${`${t.accept}: ${name}`} @click=${() => set('accepted')}>
            ${t.accept}</button
          ><button type="button" class="reject" aria-label=${`${t.reject}: ${name}`} @click=${() => set('rejected')}>
            ${t.reject}
          </button>`
    }
  </div>`;
}

/** Review notes in the interface's language, unless a person settled them by accepting the item. */
export function reviewNotes(
  ctx: EditorContext,
  key: ItemKey,
  item: unknown,
): TemplateResult | typeof nothing {
  const notes = (item as { review?: unknown }).review;
  if (!Array.isArray(notes) || !notes.length || ctx.session.decisions[key] === 'accepted')
    return nothing;
  const draft = ctx.session.draft;
  const visits = draft?.features.length ?? 0;
  // "Put with <visit>" names the visit the item is with now, by its name now (renamed since).
  const [kind, id] = key.split(/:(.*)/) as [string, string];
  const holder =
    draft && (kind === 'quote' || kind === 'figure') ? holderOf(draft, kind, id) : null;
  const holderName = draft?.features.find((f) => f.id === holder)?.properties.name.en;
  return html`<div class="notes">
    <span class="label">${ctx.t.notes}</span>
    <ul>
      ${notes.map((n) => {
        const note = readNote(n);
        if (note.code === 'attached' && holderName)
          note.params = { ...note.params, visit: holderName };
        const words = noteWords(note, ctx.t.lang, visits);
        return html`<li lang=${words.lang}>${words.text}</li>`;
      })}
    </ul>
  </div>`;
}

/** A visit's day finer than its article gives, without the report that gives it. */
const dayWithoutReport = (p: Problem) => p.path === 'properties.visit.corroboration';

/** A quote added by hand that names no speaker yet. */
export const speakerAsked = (p: Problem): boolean => p.expected === SPEAKER_ASKED;

/** The article's title missing (the text has no line that reads as one, and none was given). */
export const noTitle = (p: Problem): boolean => p.path === 'title';

/**
 * A problem of the live check for people: the checker's sentence, except where the editor asks
 * in plain words (a day not in the article: which report gives it? no title: give it).
 */
export function problemWords(
  t: EditorStrings,
  p: Problem,
  visit?: string,
): { text: string; lang: string } {
  if (noTitle(p)) return { text: t.giveTitle, lang: t.lang };
  if (speakerAsked(p)) return { text: t.whoSaidThis, lang: t.lang };
  if (!dayWithoutReport(p)) return { text: p.message, lang: 'en' };
  return { text: visit ? `${visit}: ${t.dayNotInArticle}` : t.dayNotInArticle, lang: t.lang };
}

/**
 * The live check's problems with this item (review notes are shown by {@link reviewNotes}; a
 * day without its report is asked for by the visit's report form, not repeated here).
 */
export function itemProblems(ctx: EditorContext, key: ItemKey): TemplateResult | typeof nothing {
  const problems = (ctx.check.byItem.get(key) ?? []).filter(
    (p) => !/\breview$/.test(p.path) && !dayWithoutReport(p),
  );
  if (!problems.length) return nothing;
  return html`<div class="problems" role="group" aria-label=${ctx.t.problems}>
    <ul>${problems.map((p) => {
      const words = problemWords(ctx.t, p);
      return html`<li lang=${words.lang}>${words.text}</li>`;
    })}</ul>
  </div>`;
}
