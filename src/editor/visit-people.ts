/**
 * Who made a visit and who accompanied them, in the review panel: each name and title saved as
 * typed, each person removable. A person is added by selecting the article's words that name
 * them ("Add selection as leader", "Add selection as accompanying official": see
 * `people.ts`), so every person keeps the passage that names them.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Official, VisitFeature } from '../model/schema.js';
import { editVisit } from './actions.js';
import type { EditorContext } from './context.js';
import { textField, withZh } from './fields.js';
import type { Session } from './session.js';

type Who = { kind: 'leader' } | { kind: 'accompanied'; index: number };

/** The official `who` names in a visit, for editing in place. */
const officialOf = (f: VisitFeature, who: Who): Official | undefined =>
  who.kind === 'leader' ? f.properties.leader : f.properties.accompanied?.[who.index];

function officialFields(
  ctx: EditorContext,
  f: VisitFeature,
  o: Official,
  who: Who,
  labels: { name: string; title: string },
): TemplateResult {
  const key = `${f.id}:${who.kind}:${who.kind === 'leader' ? '' : who.index}`;
  const edit = (change: (x: Official) => void) => (s: Session) =>
    editVisit(s, f.id, (x) => {
      const found = officialOf(x, who);
      if (found) change(found);
    });
  return html`${textField(ctx, {
    label: labels.name,
    value: o.name.en,
    lang: 'en',
    inline: true,
    key: `${key}name`,
    set: (v) =>
      edit((x) => (x.name = withZh({ ...x.name, en: v }, x.name.zh ?? '') as Official['name'])),
  })}
  ${textField(ctx, {
    label: labels.title,
    value: o.title?.en ?? '',
    lang: 'en',
    inline: true,
    key: `${key}title`,
    set: (v) =>
      edit((x) => {
        if (v) x.title = withZh({ en: v }, x.title?.zh ?? '') as NonNullable<Official['title']>;
        else delete x.title;
      }),
  })}
  <q class="where" lang="en">${o.passage.text}</q>`;
}

/** The leader and the officials who accompanied the visit. */
export function visitPeople(ctx: EditorContext, f: VisitFeature): TemplateResult {
  const { t } = ctx;
  const p = f.properties;
  const remove = (who: Who) =>
    ctx.update((s) =>
      editVisit(s, f.id, (x) => {
        if (who.kind === 'leader') delete x.properties.leader;
        else x.properties.accompanied?.splice(who.index, 1);
      }),
    );
  const accompanied = p.accompanied ?? [];
  return html`<div class="people" role="group" aria-label=${`${t.people}: ${p.name.en}`}>
    <span class="label">${t.people}</span>
    ${
      p.leader
        ? html`<div class="row">
          ${officialFields(ctx, f, p.leader, { kind: 'leader' }, { name: t.leader, title: t.leaderTitle })}
          <button type="button" aria-label=${t.removeLeader(p.name.en)} @click=${() => remove({ kind: 'leader' })}>
            ${t.corroboration.removeShort}
          </button>
        </div>`
        : html`<p class="hint">${t.noLeader}</p>`
    }
    ${
      accompanied.length
        ? html`<p class="label">${t.accompanied}</p>
          ${accompanied.map(
            (o, index) => html`<div class="row">
              ${officialFields(ctx, f, o, { kind: 'accompanied', index }, { name: t.officialName, title: t.officialTitle })}
              <button type="button" aria-label=${t.removeOfficial(o.name.en)} @click=${() => remove({ kind: 'accompanied', index })}>
                ${t.corroboration.removeShort}
              </button>
            </div>`,
          )}`
        : nothing
    }
  </div>`;
}
