/**
 * After **Open existing visits file**: each drafted visit that the file already tells (by
 * `sameVisit`'s rules, found where the file is held: `same-visits.ts`) is shown beside the
 * file's visit, with why they look the same, and two choices. **Same visit**: its quotes and
 * figures join the file's visit, each naming this article, and nothing already there changes.
 * **Separate visit**: it is added as a visit of its own, as it is until a choice is made. The
 * choices are kept with the work (`Session.joins`).
 *
 * @module
 */
import { html, nothing, type PropertyValues } from 'lit';
import { isChinese } from '../components/strings.js';
import { sameVisitWords } from '../model/merge.js';
import type { EditorContext } from './context.js';
import { LightElement } from './light-element.js';
import { collectionOf } from './publish.js';
import type { Joins, SameVisitMatch } from './same-visits.js';
import type { Session } from './session.js';

const en = {
  heading: (n: number) =>
    n === 1 ? 'Told in the file already: 1 visit' : `Told in the file already: ${n} visits`,
  explain: (file: string) =>
    `${file} holds a visit that looks like one drafted here. Same visit: its quotes and figures join that visit, each naming this article, and nothing already there changes. Separate visit: it is added as a visit of its own (until you choose, it is).`,
  drafted: 'Drafted from this article',
  inFile: (file: string) => `In ${file}`,
  counts: (quotes: number, figures: number) =>
    `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}, ${figures} ${figures === 1 ? 'figure' : 'figures'}`,
  toldBy: 'told by',
  why: 'Why',
  colon: ': ',
  same: 'Same visit',
  separate: 'Separate visit',
  choice: (name: string) => `${name}: one visit or two?`,
  chosen: { same: 'Joins the visit in the file.', separate: 'Added as a visit of its own.' },
};
const zh: typeof en = {
  heading: (n) => `文件中已有：${n}次视察`,
  explain: (file) =>
    `${file} 中有一次视察与这里起草的视察相似。同一视察：其引语和数据并入该视察，各自注明本文，原有内容不变。另一视察：作为单独的视察添加（未选择时即如此）。`,
  drafted: '从本文起草',
  inFile: (file) => `在 ${file} 中`,
  counts: (quotes, figures) => `${quotes}条引语，${figures}项数据`,
  toldBy: '报道',
  why: '理由',
  colon: '：',
  same: '同一视察',
  separate: '另一视察',
  choice: (name) => `${name}：一次视察还是两次？`,
  chosen: { same: '并入文件中的视察。', separate: '作为单独的视察添加。' },
};

/** The **Same visit** choices of a session, as the merge takes them. */
export const joinsOf = (s: Session): Joins =>
  Object.fromEntries(
    Object.entries(s.joins ?? {}).filter((e): e is [string, string] => e[1] !== false),
  );

export class EditorSameVisit extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    pairs: { state: true },
  };
  declare ctx: EditorContext;
  /** The drafted visits the file tells, for the file and draft of {@link asked}. */
  declare pairs: SameVisitMatch[];
  /** What the last question was about: the file's digest and the drafted visits. */
  private asked = '';

  constructor() {
    super();
    this.pairs = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const s = this.ctx.session;
    if (!changed.has('ctx')) return;
    const added = collectionOf(s);
    if (!s.merge || !added) {
      this.asked = '';
      this.pairs = [];
      return;
    }
    const key = JSON.stringify([s.merge.sha256, added.features]);
    if (key === this.asked) return;
    this.asked = key;
    void this.ctx.existing.sameVisits(added).then(
      (matches) => {
        if (this.asked === key) this.pairs = matches;
      },
      () => {},
    );
  }

  private choose(drafted: string, choice: string | false): void {
    this.ctx.update((s) => ({ ...s, joins: { ...s.joins, [drafted]: choice }, published: false }));
  }

  protected override render() {
    const s = this.ctx.session;
    if (!s.merge || !this.pairs.length) return nothing;
    const t = isChinese(this.ctx.t.lang) ? zh : en;
    const file = s.merge.name;
    const drafted = new Map(s.draft?.features.map((f) => [f.id, f.properties]));
    return html`<section class="same-visits" aria-labelledby="same-visits-heading">
      <h3 id="same-visits-heading">${t.heading(this.pairs.length)}</h3>
      <p>${t.explain(file)}</p>
      <ul class="same-pairs">
        ${this.pairs.map((m) => {
          const p = drafted.get(m.drafted);
          if (!p) return nothing;
          const joined = s.joins?.[m.drafted] === m.existing.id;
          const separate = s.joins?.[m.drafted] === false;
          const e = m.existing;
          return html`<li class="same-pair" data-drafted=${m.drafted} data-existing=${e.id}>
            <div class="same-sides">
              <div class="same-side">
                <h4>${t.drafted}</h4>
                <p lang="en"><strong>${p.name.en}</strong></p>
                <p>${p.visit.date} · ${t.counts(p.quotes.length, p.statistics.length)}</p>
              </div>
              <div class="same-side">
                <h4>${t.inFile(file)}</h4>
                <p lang="en"><strong>${e.name}</strong></p>
                <p>${e.date} · ${t.counts(e.quotes, e.figures)} · ${t.toldBy}
                  <span lang="en">${e.articles.map((a) => `“${a}”`).join(', ')}</span></p>
              </div>
            </div>
            <p class="same-why">${t.why}${t.colon}<span lang="en">${sameVisitWords(m.verdict)}</span></p>
            <div class="row" role="group" aria-label=${t.choice(p.name.en)}>
              <button type="button" aria-pressed=${String(joined)} @click=${() => this.choose(m.drafted, e.id)}>${t.same}</button>
              <button type="button" aria-pressed=${String(separate)} @click=${() => this.choose(m.drafted, false)}>${t.separate}</button>
              <span class="status">${joined ? t.chosen.same : separate ? t.chosen.separate : ''}</span>
            </div>
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
