/**
 * The article shown whole, every drafted span marked by colour and by a label and underline of
 * its own (colour is never the only cue); and the tools that make the selected words a quote, a
 * figure, the visit's day (the article is then the day's source: no report is needed), its
 * leader or an official who accompanied it, with their offsets computed from the selection.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import { formatVisitDate } from '../components/format.js';
import { openVisits } from './actions.js';
import type { EditorContext } from './context.js';
import type { DraftSpan } from './engine.js';
import { PanelElement } from './light-element.js';
import {
  fromTextBoxOffset,
  runsOf,
  type Segment,
  segmentsOf,
  selectIn,
  selectionIn,
} from './marks.js';
import {
  addFigure,
  addQuote,
  type Range,
  setDayFrom,
  setQuotePassage,
  trimRange,
} from './passages.js';
import { addLeader, addOfficial } from './people.js';
import { Progressive } from './progressive.js';
import { TextBox } from './text-box.js';

const KINDS = ['visit', 'place', 'date', 'quote', 'figure', 'title', 'dateline'] as const;

export class EditorArticle extends PanelElement {
  static override properties = {
    ctx: { attribute: false },
    selected: { state: true },
    target: { state: true },
    said: { state: true },
    adding: { state: true },
  };
  declare ctx: EditorContext;
  /** The words selected in the article or its text box now; `null` when none are. */
  declare selected: Range | null;
  /** The visit a quote or figure is added to; `''` for none. */
  declare target: string;
  /** What the last tool did or why it could not, announced. */
  declare said: string;
  /** The passage of the visit being added by hand, while its form is open. */
  declare adding: Range | null;

  /** The article's runs: 32 (some 128 kB of text) drawn in each task. */
  private readonly runs = new Progressive(this, 32);
  /** The runs of the text and spans last drawn (cut again only when either changes). */
  private cut: { text: string; spans: readonly DraftSpan[]; runs: Segment[][] } | undefined;

  constructor() {
    super();
    this.selected = null;
    this.target = '';
    this.said = '';
    this.adding = null;
  }

  private readonly onSelection = (): void => {
    const s = this.ctx?.session;
    if (!s?.draft) return;
    const box = this.querySelector('.article-text');
    const selection = document.getSelection();
    // The text box keeps its own selection: it counts while the box has focus, or while the
    // page's selection still lies in it (a button pressed after selecting there).
    const area = document.getElementById('article-text');
    const inBox =
      !!area &&
      (document.activeElement === area ||
        (!!selection?.anchorNode && !selection.isCollapsed && area.contains(selection.anchorNode)));
    const textBox = inBox && area ? TextBox.of(area) : null;
    let range: Range | null = null;
    if (textBox) {
      const { from: start, to: end } = textBox.state.selection.main;
      const at = (n: number) => fromTextBoxOffset(s.text, n);
      range = end > start ? { start: at(start), end: at(end) } : null;
    } else if (box) {
      range = selectionIn(box, selection);
    }
    // The line and the tools follow the live selection: none left, none to add.
    if (range?.start !== this.selected?.start || range?.end !== this.selected?.end)
      this.selected = range;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelection);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelection);
  }

  /** Waits for the whole article to be drawn (a long one is drawn a part at a time). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.runs.drawn;
    return super.getUpdateComplete();
  }

  /** The text in runs, its spans marked; the same runs while the text and spans are the same. */
  private runsOf(text: string, spans: readonly DraftSpan[]): Segment[][] {
    if (this.cut?.text !== text || this.cut.spans !== spans) {
      this.cut = { text, spans, runs: runsOf(segmentsOf(text, spans)) };
    }
    return this.cut.runs;
  }

  /** A click on a mark shows its item in the review panel. */
  private readonly onClick = (e: MouseEvent): void => {
    const id = (e.target as Element).closest('mark')?.getAttribute('data-item');
    if (!id || !document.getSelection()?.isCollapsed) return;
    const target = [...document.querySelectorAll<HTMLElement>('editor-review [data-item]')].find(
      (el) => el.dataset.item?.slice(el.dataset.item.indexOf(':') + 1) === id,
    );
    if (!target) return;
    target.scrollIntoView({
      block: 'center',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    target.classList.add('flash');
    setTimeout(() => target.classList.remove('flash'), 1500);
  };

  /** The visit chosen under "Add to"; `null` for none. */
  private visit(): string | null {
    const visits = openVisits(this.ctx.session);
    if (this.target === '-') return null;
    return (visits.find((f) => f.id === this.target) ?? visits[0])?.id ?? null;
  }

  private add(kind: 'quote' | 'figure' | 'leader' | 'official'): void {
    const range = this.selected;
    if (!range) return;
    const to = this.visit();
    if (kind === 'quote') {
      void this.addQuote(range, to);
      return;
    }
    this.ctx.update((s) => {
      if (kind === 'figure') return addFigure(s, range, to);
      if (!to) return s;
      return kind === 'leader' ? addLeader(s, range, to) : addOfficial(s, range, to);
    });
    this.selected = null;
    this.said = '';
  }

  /**
   * Adds the selected words as a quote, its speaker the one the engine finds for them (the same
   * reading the draft makes), else none: the quote then asks who said it.
   */
  private async addQuote(range: Range, to: string | null): Promise<void> {
    const { session: s, t, drafter } = this.ctx;
    const r = trimRange(s.text, range);
    if (!r) return;
    this.selected = null;
    const speaker = drafter ? await drafter.speakerOf(s.text, r.start, r.end) : null;
    if (!this.isConnected) return;
    this.ctx.update((x) => (x.text === s.text ? addQuote(x, r, to, speaker) : x));
    this.said = speaker ? t.speakerProposed(speaker) : t.speakerNotFound;
  }

  /** Makes the words last selected in the article quote `id`'s passage (its offsets exactly). */
  useSelectionFor(id: string): void {
    const range = this.selected;
    const { t } = this.ctx;
    if (!range) {
      this.said = t.noSelection;
      return;
    }
    const words = this.ctx.session.text.slice(range.start, range.end).trim();
    this.ctx.update((s) => setQuotePassage(s, id, range));
    this.selected = null;
    this.said = t.passageUsed(words);
  }

  /** Opens the form that adds a visit from the selected passage. */
  private async addVisit(): Promise<void> {
    this.adding = this.selected;
    this.said = '';
    await this.updateComplete;
    this.querySelector<HTMLInputElement>('editor-new-visit input[name="new-visit-site"]')?.focus();
  }

  /** The visit added: quotes and figures go to it next ("Add to", which takes focus, says so). */
  private onVisitAdded(e: CustomEvent<{ id: string; name: string }>): void {
    this.adding = null;
    this.target = e.detail.id;
    this.selected = null;
    this.said = this.ctx.t.visitAdded(e.detail.name);
    void this.updateComplete.then(() =>
      this.querySelector<HTMLSelectElement>('.selection-tools select')?.focus(),
    );
  }

  /**
   * The form closed without a visit: its passage selected again in the article, and focus back
   * on the button that opened it.
   */
  private closeNewVisit(): void {
    const passage = this.adding;
    this.adding = null;
    const box = this.querySelector('.article-text');
    if (passage && box) selectIn(box, passage, document.getSelection());
    this.selected = passage;
    void this.updateComplete.then(() =>
      this.querySelector<HTMLButtonElement>('button.add-visit')?.focus(),
    );
  }

  /** Makes the selected words the chosen visit's day (or days), as the engine reads them. */
  private async setDay(): Promise<void> {
    const range = this.selected;
    const visit = this.visit();
    const { session: s, t, drafter } = this.ctx;
    const published = s.draft?.articles[0]?.date;
    if (!range || !visit || !drafter || !published) return;
    const words = s.text.slice(range.start, range.end).trim();
    const day = await drafter.dayOf(words, published);
    if (!this.isConnected) return;
    if (!day) {
      this.said = t.noDayInSelection(words);
      return;
    }
    const long = (iso: string) => formatVisitDate(iso, t.lang);
    if ('apart' in day) {
      this.said = t.daysApart(words, long(day.first), long(day.last));
      return;
    }
    this.ctx.update((x) => setDayFrom(x, range, visit, day));
    this.selected = null;
    this.said =
      day.first === day.last
        ? t.dayFromSelection(words, long(day.date))
        : t.daysFromSelection(words, long(day.first), long(day.last), long(day.date));
  }

  protected override render() {
    const { session: s, t } = this.ctx;
    if (!s.draft) {
      this.runs.take([], null);
      return nothing;
    }
    const mark = (seg: Segment) => {
      if (!seg.spans.length) return seg.text;
      const kinds = [...new Set(seg.spans.map((x) => x.kind))];
      const classes = `m m-${kinds[0]} ${kinds.map((k) => `in-${k}`).join(' ')}`;
      const tag = seg.starting.map((x) => t.kinds[x.kind] ?? x.kind).join(' · ');
      return html`<mark class=${classes} data-item=${seg.spans[0]?.item ?? nothing} data-tag=${tag || nothing}
        >${seg.text}</mark
      >`;
    };
    // A long article is drawn in runs the browser lays out only near the view (`.run`), a few
    // runs in each task; a run already drawn is drawn again only when its segments change.
    const text = this.runs
      .take(this.runsOf(s.text, s.spans), s.text)
      .map((run) => guard([run, t], () => html`<div class="run">${run.map(mark)}</div>`));
    const chosen = this.selected ? s.text.slice(this.selected.start, this.selected.end) : '';
    const visits = openVisits(s);
    const toVisit = this.target !== '-' && visits.length > 0;
    return html`<section class="panel article" aria-labelledby="article-heading">
      <h2 id="article-heading">${t.articleView}</h2>
      <ul class="legend" aria-label=${t.legend}>
        ${KINDS.map((k) => html`<li><mark class="m m-${k}">${t.kinds[k] ?? k}</mark></li>`)}
      </ul>
      <div class="selection-tools" role="group" aria-label=${t.selection}>
        <p class="selected" aria-live="polite">
          ${
            chosen
              ? html`${t.selection}: <q lang="en">${chosen.length > 160 ? `${chosen.slice(0, 160)}…` : chosen}</q>`
              : t.noSelection
          }
        </p>
        <label class="field inline"
          >${t.addTo}
          <select @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}>
            ${visits.map((f) => html`<option value=${f.id} .selected=${live(f.id === this.visit())}>${f.properties.name.en}</option>`)}
            <option value="-" .selected=${live(this.target === '-')}>${t.unattached}</option>
          </select></label
        >
        <button type="button" class="add-visit" ?disabled=${!chosen} aria-expanded=${this.adding ? 'true' : 'false'} @click=${() => void this.addVisit()}>${t.addVisit}</button>
        <button type="button" ?disabled=${!chosen} @click=${() => this.add('quote')}>${t.addQuote}</button>
        <button type="button" ?disabled=${!chosen} @click=${() => this.add('figure')}>${t.addFigure}</button>
        <button type="button" ?disabled=${!chosen || !toVisit || !this.ctx.drafter} @click=${() => void this.setDay()}>${t.setDay}</button>
        <button type="button" ?disabled=${!chosen || !toVisit} @click=${() => this.add('leader')}>${t.addLeader}</button>
        <button type="button" ?disabled=${!chosen || !toVisit} @click=${() => this.add('official')}>${t.addOfficial}</button>
        <p class="said" role="status">${this.said}</p>
      </div>
      ${
        this.adding
          ? html`<editor-new-visit
            .ctx=${this.ctx}
            .range=${this.adding}
            @editor-visit-added=${this.onVisitAdded}
            @editor-visit-cancel=${() => this.closeNewVisit()}
          ></editor-new-visit>`
          : nothing
      }
      <div class="article-text" lang="en" role="region" tabindex="0" aria-label=${t.markedText} @click=${this.onClick}>${text}</div>
    </section>`;
  }
}
