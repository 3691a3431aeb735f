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
import type { ReportField, Session } from './session.js';

/** The session with the visit's half-typed report changed by `change` (dropped when empty). */
function withForm(
  s: Session,
  visit: string,
  form: Partial<Record<ReportField, string>> | undefined,
): Session {
  const { [visit]: _, ...others } = s.reportForms ?? {};
  const forms = form && Object.values(form).some(Boolean) ? { ...others, [visit]: form } : others;
  return { ...s, reportForms: forms };
}

type Field = ReportField;

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
  /** Opened or closed by the person; `undefined`: open while a report is asked for or typed. */
  declare open: boolean | undefined;
  declare problem: string;

  constructor() {
    super();
    this.ask = false;
    this.open = undefined;
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
      withForm(
        editVisit(s, this.visit, (f) => {
          if (day) {
            f.properties.visit.date = day;
            f.properties.visit.precision = 'day';
          }
          addReport(f, report);
        }),
        this.visit,
        undefined,
      ),
    );
    this.problem = '';
    this.open = undefined;
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
    const typed = this.ctx.session.reportForms?.[this.visit];
    const open = this.open ?? (this.ask || typed !== undefined);
    const day = this.ask ? f.properties.visit.date : '';
    // Each field kept as it is typed (one undo step per field).
    const field = (name: Field, label: string, type = 'text', required = false) =>
      html`<label class="field"
        >${label}<input name=${name} type=${type} ?required=${required} autocomplete="off"
          .value=${typed?.[name] ?? (name === 'day' ? day : '')}
          @input=${(e: Event) => {
            const value = (e.target as HTMLInputElement).value;
            this.ctx.update(
              (s) => withForm(s, this.visit, { ...s.reportForms?.[this.visit], [name]: value }),
              { typing: `report:${this.visit}:${name}` },
            );
          }}
      /></label>`;
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
          this.open = !open;
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
            ${field('title', t.title)} ${field('url', t.url, 'url')} ${field('day', t.day, 'date')}
            <button type="button" class="primary" @click=${this.add}>${t.save}</button>
            ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
          </div>`
          : nothing
      }
    </div>`;
  }
}
