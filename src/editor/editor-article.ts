/**
 * The article shown whole, every drafted span marked by colour and by a label and underline of
 * its own (colour is never the only cue); and the tools that add the selected words as a quote
 * or a figure, with their offsets computed from the selection.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { openVisits } from './actions.js';
import type { EditorContext } from './context.js';
import { LightElement } from './light-element.js';
import { fromTextBoxOffset, segmentsOf, selectionIn } from './marks.js';
import { addFigure, addQuote, type Range } from './passages.js';

const KINDS = ['visit', 'place', 'date', 'quote', 'figure', 'title', 'dateline'] as const;

export class EditorArticle extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    selected: { state: true },
    target: { state: true },
  };
  declare ctx: EditorContext;
  /** The last words selected in the article or its text box. */
  declare selected: Range | null;
  /** The visit a quote or figure is added to; `''` for none. */
  declare target: string;

  constructor() {
    super();
    this.selected = null;
    this.target = '';
  }

  private readonly onSelection = (): void => {
    const s = this.ctx?.session;
    if (!s?.draft) return;
    const box = this.querySelector('.article-text');
    const area = document.activeElement;
    let range: Range | null = null;
    if (area instanceof HTMLTextAreaElement && area.id === 'article-text') {
      const { selectionStart: start, selectionEnd: end } = area;
      const at = (n: number) => fromTextBoxOffset(s.text, n);
      range = end > start ? { start: at(start), end: at(end) } : null;
    } else if (box) {
      range = selectionIn(box, document.getSelection());
    }
    if (range) this.selected = range;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelection);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelection);
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

  private add(kind: 'quote' | 'figure'): void {
    const range = this.selected;
    if (!range) return;
    const visits = openVisits(this.ctx.session);
    const to =
      this.target === '-'
        ? null
        : ((visits.find((f) => f.id === this.target) ?? visits[0])?.id ?? null);
    this.ctx.update((s) => (kind === 'quote' ? addQuote(s, range, to) : addFigure(s, range, to)));
    this.selected = null;
  }

  protected override render() {
    const { session: s, t } = this.ctx;
    if (!s.draft) return nothing;
    const segments = segmentsOf(s.text, s.spans);
    const text = segments.map((seg) => {
      if (!seg.spans.length) return seg.text;
      const kinds = [...new Set(seg.spans.map((x) => x.kind))];
      const classes = `m m-${kinds[0]} ${kinds.map((k) => `in-${k}`).join(' ')}`;
      const tag = seg.starting.map((x) => t.kinds[x.kind] ?? x.kind).join(' · ');
      return html`<mark class=${classes} data-item=${seg.spans[0]?.item ?? nothing} data-tag=${tag || nothing}
        >${seg.text}</mark
      >`;
    });
    const chosen = this.selected ? s.text.slice(this.selected.start, this.selected.end) : '';
    const visits = openVisits(s);
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
            ${visits.map((f, i) => html`<option value=${i === 0 ? '' : f.id} ?selected=${this.target === (i === 0 ? '' : f.id)}>${f.properties.name.en}</option>`)}
            <option value="-" ?selected=${this.target === '-'}>${t.unattached}</option>
          </select></label
        >
        <button type="button" ?disabled=${!chosen} @click=${() => this.add('quote')}>${t.addQuote}</button>
        <button type="button" ?disabled=${!chosen} @click=${() => this.add('figure')}>${t.addFigure}</button>
      </div>
      <div class="article-text" lang="en" role="region" tabindex="0" aria-label=${t.articleView} @click=${this.onClick}>${text}</div>
    </section>`;
  }
}
