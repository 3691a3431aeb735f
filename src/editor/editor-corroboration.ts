/**
 * A visit's corroborating reports: the list (each with a button to remove it) and a small form
 * to add one (outlet, publication date, optional title and http(s) link, and optionally the
 * visit's day as the report gives it). With a report, the visit's date may be more precise than
 * the article gives (the model's rule), and its resolution sentence says which report gives it.
 *
 * @module
 */
import { html, nothing } from 'lit';
import { editVisit, findVisit } from './actions.js';
import type { EditorContext } from './context.js';
import { addReport, readReport, removeReport } from './corroboration.js';
import { LightElement } from './light-element.js';

type Field = 'outlet' | 'date' | 'title' | 'url' | 'day';

export class EditorCorroboration extends LightElement {
  static override properties = {
    ctx: { attribute: false },
    visit: { attribute: false },
    label: { attribute: false },
    ask: { attribute: false },
    open: { state: true },
    problem: { state: true },
  };
  declare ctx: EditorContext;
  /** The id of the visit whose reports these are. */
  declare visit: string;
  /** The visit's name, for accessible names. */
  declare label: string;
  /**
   * True while the visit's date is more precise than the article gives and no report backs it:
   * the form is open, asking in plain words which report gives the day.
   */
  declare ask: boolean;
  declare open: boolean;
  declare problem: string;

  constructor() {
    super();
    this.ask = false;
    this.open = false;
    this.problem = '';
  }

  private value(name: Field): string {
    return this.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.value ?? '';
  }

  private add(): void {
    const t = this.ctx.t.corroboration;
    const report = readReport({
      outlet: this.value('outlet'),
      date: this.value('date'),
      title: this.value('title'),
      url: this.value('url'),
    });
    if (typeof report === 'string') {
      this.problem = t.invalid[report];
      return;
    }
    const day = this.value('day').trim();
    this.ctx.update((s) =>
      editVisit(s, this.visit, (f) => {
        if (day) {
          f.properties.visit.date = day;
          f.properties.visit.precision = 'day';
        }
        addReport(f, report);
      }),
    );
    this.problem = '';
    this.open = false;
    this.updateComplete.then(() =>
      this.querySelector<HTMLButtonElement>('button.disclose')?.focus(),
    );
  }

  private removeAt(index: number): void {
    this.ctx.update((s) => editVisit(s, this.visit, (f) => removeReport(f, index)));
  }

  protected override render() {
    const t = this.ctx.t.corroboration;
    const f = this.ctx.session.draft ? findVisit(this.ctx.session.draft, this.visit) : undefined;
    if (!f) return nothing;
    const reports = f.properties.visit.corroboration;
    const open = this.open || this.ask;
    const field = (name: Field, label: string, type = 'text', required = false, value = '') =>
      html`<label class="field"
        >${label}<input name=${name} type=${type} ?required=${required} autocomplete="off" .value=${value}
      /></label>`;
    const day = this.ask ? f.properties.visit.date : '';
    return html`<div class="corroboration">
      ${
        reports.length
          ? html`<h4>${t.heading}</h4>
            <ul class="items">
              ${reports.map(
                (r, i) => html`<li class="report" lang="en">
                  ${r.outlet}, ${r.date}${r.title ? html`, <cite>${r.title}</cite>` : nothing}
                  ${r.url ? html`<a href=${r.url} rel="noopener noreferrer">${r.url}</a>` : nothing}
                  <button type="button" aria-label=${t.remove(r.outlet, this.label)} @click=${() => this.removeAt(i)}>
                    ${t.removeShort}
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      <button
        type="button"
        class="disclose"
        aria-expanded=${open ? 'true' : 'false'}
        aria-label=${t.addFor(this.label)}
        @click=${() => {
          this.open = !this.open;
          this.problem = '';
        }}
      >
        ${t.add}
      </button>
      ${
        this.ask
          ? html`<p class="ask problem" role="alert">${this.ctx.t.dayNotInArticle}</p>
            <p class="hint">${this.ctx.t.dayFromArticle}</p>`
          : nothing
      }
      ${
        open
          ? html`<div class="fields" role="group" aria-label=${t.addFor(this.label)}>
            ${field('outlet', t.outlet, 'text', true)} ${field('date', t.date, 'date', true)}
            ${field('title', t.title)} ${field('url', t.url, 'url')} ${field('day', t.day, 'date', false, day)}
            <button type="button" class="primary" @click=${this.add}>${t.save}</button>
            ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
          </div>`
          : nothing
      }
    </div>`;
  }
}
