import { css } from 'lit';

/** A visit's card, the same in the popup and the list: title, place, date, quotes, figures. */
export const cardStyles = css`
  /* Each text from data sits in its own element, isolated: a direction control in one (a
     right-to-left override in a name) never turns the text beside it. */
  span,
  time,
  cite,
  .im-credits-list > * {
    unicode-bidi: isolate;
  }
  /* Card content (popup and list) */
  .card-title {
    margin: 0 2rem 0 0;
    font-size: 1.05rem;
    line-height: 1.3;
  }
  .card-subtitle,
  .card-place,
  .visit-wording,
  .precision,
  .card-source,
  .ref,
  figcaption {
    color: var(--_muted);
  }
  .card-subtitle {
    margin: 0.1rem 0 0;
  }
  .card-place,
  .visit-date,
  .visit-leader,
  .visit-accompanied,
  .visit-wording,
  .precision,
  .card-source {
    margin: 0.35rem 0 0;
  }
  .visit-wording,
  .card-officials,
  .precision,
  .card-source,
  .ref,
  figcaption {
    font-size: 0.8125rem;
  }
  .not-named {
    color: var(--_muted);
  }
  .precision-badge {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px dashed currentColor;
    border-radius: 3px;
    color: var(--_text);
    font-weight: 600;
  }
  .precision--facility .precision-badge {
    border-style: solid;
  }
  .card-section {
    margin-top: 0.75rem;
    border-top: 1px solid #e3e3e3;
    padding-top: 0.5rem;
  }
  .card-section h4 {
    margin: 0 0 0.35rem;
    font-size: 0.8125rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .card-section--national h4 {
    color: #6b4e16;
  }
  .quote {
    margin: 0 0 0.6rem;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.7rem;
    border-inline-start: 3px solid var(--_accent);
  }
  blockquote p {
    margin: 0;
    quotes: '“' '”';
  }
  blockquote p::before {
    content: open-quote;
  }
  blockquote p::after {
    content: close-quote;
  }
  .reported-text {
    margin: 0;
    padding-inline-start: 0.7rem;
    border-inline-start: 3px dotted var(--_muted);
    font-style: italic;
  }
  figcaption {
    margin-top: 0.2rem;
  }
  .quote-speaker {
    font-weight: 600;
    color: var(--_text);
  }
  .ref,
  .ref-chars {
    white-space: nowrap;
  }
  .ref--report {
    white-space: normal;
  }
  /* Numbered as quotes and figures name them ("report 2"), in the list's card too. */
  .card-reports,
  .list ol.card-reports {
    list-style: decimal;
    margin: 0;
    padding-inline-start: 1.4rem;
    font-size: 0.8125rem;
  }
  .card-report {
    margin: 0 0 0.25rem;
  }
  .stat {
    margin: 0 0 0.6rem;
  }
  .stat-scope {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .quote-speaker--unnamed {
    font-weight: 400;
    font-style: italic;
  }
  .review {
    margin: 0.25rem 0;
    padding-left: 0.5rem;
    border-left: 3px solid var(--_accent);
    font-size: 0.8125rem;
  }
  .stat-line {
    margin: 0;
  }
  .stat-value {
    font-size: 1.1rem;
    margin-inline-end: 0.25rem;
  }
  .stat-approx {
    font-size: 0.8125rem;
    font-weight: 400;
  }
  .stat-bar {
    display: inline-block;
    inline-size: 3.5rem;
    block-size: 0.5rem;
    margin-inline-end: 0.35rem;
    vertical-align: middle;
  }
  .stat-bar-track {
    fill: #e6e1d8;
  }
  .stat-bar-fill {
    fill: var(--_accent);
  }
  .stat-arrow {
    margin-inline-end: 0.25rem;
    font-size: 0.9em;
  }
  .stat-arrow {
    color: var(--_text);
  }
  .card-summary {
    margin: 0.35rem 0 0;
    font-size: 0.875rem;
    font-style: italic;
  }
  .stat-passage {
    margin: 0.2rem 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .card-provenance {
    margin-top: 0.75rem;
    border-top: 1px solid #e3e3e3;
    padding-top: 0.35rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .card-provenance summary {
    min-height: 24px;
    padding: 0.15rem 0;
    color: var(--_text);
    font-weight: 600;
    cursor: pointer;
  }
  .card-provenance .card-summary {
    margin-top: 0.25rem;
  }
  .precision-source {
    margin: 0.35rem 0 0;
  }
`;
