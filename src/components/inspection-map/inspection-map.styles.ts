import { css } from 'lit';

/**
 * Styles of `<inspection-map>`. Theme tokens are CSS custom properties with fallbacks, read on
 * `:host`, so a page themes the element without reaching into it.
 */
export const styles = css`
  :host {
    --_font: var(--inspection-map-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--inspection-map-text, #1f2328);
    --_muted: var(--inspection-map-muted, #57606a);
    --_bg: var(--inspection-map-background, #ffffff);
    --_accent: var(--inspection-map-accent, #b3261e);
    --_focus: var(--inspection-map-focus, #0b57d0);
    --_sea: var(--inspection-map-sea, #dbe9f4);
    --_land: var(--inspection-map-land, #f4f1ea);
    --_neighbour: var(--inspection-map-neighbour, #e4e2dc);
    --_visited: var(--inspection-map-visited-province, #f6d9c7);
    --_border: var(--inspection-map-border, #a59e93);
    --_height: var(--inspection-map-height, 480px);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.45;
    color: var(--_text);
    background: var(--_bg);
    container-type: inline-size;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .layout {
    display: grid;
    gap: 1rem;
  }
  .list {
    position: relative;
    min-width: 0;
  }
  @container (min-width: 860px) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(300px, 24rem);
    }
    .list {
      max-height: var(--_height);
      overflow-y: auto;
    }
  }

  .map-wrap {
    position: relative;
    min-width: 0;
  }
  .map {
    height: var(--_height);
    min-height: 240px;
    width: 100%;
    border-radius: 6px;
    background: var(--_sea);
    font: inherit;
  }
  .im-leaflet {
    width: 100%;
    height: 100%;
    border-radius: inherit;
    background: var(--_sea);
  }
  .im-leaflet:focus-visible,
  .map .leaflet-marker-icon:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* Base map */
  .im-country {
    fill: var(--_neighbour);
    stroke: var(--_border);
  }
  .im-province {
    fill: var(--_land);
    stroke: var(--_border);
  }
  .im-province--visited {
    fill: var(--_visited);
  }

  /* Markers */
  .im-pin {
    background: none;
    border: 0;
    cursor: pointer;
  }
  .im-pin svg {
    display: block;
    overflow: visible;
    filter: drop-shadow(0 1px 1px rgb(0 0 0 / 35%));
  }
  .im-pin-body {
    fill: var(--_accent);
    stroke: #fff;
    stroke-width: 1.5;
  }
  .im-pin-dot {
    fill: #fff;
  }
  .im-pin-halo {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 3 2.5;
    opacity: 0.85;
  }
  .im-pin[aria-pressed='true'] .im-pin-body {
    fill: var(--_text);
  }

  /* Controls */
  .im-zoom {
    display: flex;
    flex-direction: column;
  }
  .im-zoom-button {
    width: 34px;
    height: 34px;
    font: 600 20px/1 var(--_font);
    color: var(--_text);
    background: #fff;
    border: 0;
    border-bottom: 1px solid #ccc;
    cursor: pointer;
  }
  .im-zoom-button:last-child {
    border-bottom: 0;
  }
  .im-zoom-button:hover {
    background: #f4f4f4;
  }
  .leaflet-control-attribution.im-credits {
    font-size: 0.75rem;
    line-height: 1.5;
    color: var(--_text);
    background: rgb(255 255 255 / 85%);
    padding: 0 6px;
  }
  .im-credits a {
    white-space: nowrap;
  }
  .im-credits a {
    color: #0b4fa8;
  }

  /* Popup */
  .leaflet-container {
    font: inherit;
  }
  .leaflet-popup-content-wrapper {
    border-radius: 8px;
  }
  .leaflet-popup-content {
    margin: 12px 14px;
    font-size: 0.875rem;
    line-height: 1.45;
  }
  .card {
    position: relative;
  }
  /* Inside the popup's scroll box an outside ring would be clipped: draw it inside. */
  .card:focus-visible {
    outline-offset: -3px;
  }
  /* Leaflet gives popup paragraphs wide margins; the card sets its own. */
  .leaflet-popup-content .card p {
    margin: 0.3rem 0 0;
  }
  .leaflet-popup-content .card .card-subtitle,
  .leaflet-popup-content .card blockquote p,
  .leaflet-popup-content .card .reported-text,
  .leaflet-popup-content .card .stat-line {
    margin: 0;
  }
  .card-close {
    position: absolute;
    top: -6px;
    inset-inline-end: -8px;
    width: 32px;
    height: 32px;
    border: 0;
    border-radius: 50%;
    background: transparent;
    font-size: 22px;
    line-height: 1;
    color: var(--_muted);
    cursor: pointer;
  }
  .card-close:hover {
    background: #eee;
    color: var(--_text);
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
  .visit-wording,
  .precision,
  .card-source {
    margin: 0.35rem 0 0;
  }
  .visit-wording,
  .precision,
  .card-source,
  .ref,
  figcaption {
    font-size: 0.8125rem;
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
  .ref {
    white-space: nowrap;
  }
  .stat {
    margin: 0 0 0.6rem;
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

  /* List */
  .list h2 {
    margin: 0 0 0.5rem;
    font-size: 1.15rem;
  }
  .list ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list-item {
    padding: 0.75rem 0;
    border-top: 1px solid #e3e3e3;
    font-size: 0.9375rem;
    /* Entries out of view skip layout and paint: a long list costs little to draw. */
    content-visibility: auto;
    contain-intrinsic-size: auto 16rem;
  }
  .list-item[aria-current='true'] {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: 0.6rem;
  }
  .show-on-map {
    margin-top: 0.5rem;
    min-height: 32px;
    padding: 0.25rem 0.75rem;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: #fff;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }
  .show-more {
    margin-top: 0.75rem;
    min-height: 32px;
    font: inherit;
    cursor: pointer;
  }
  .show-on-map:hover {
    background: #f4f4f4;
  }

  /* Toolbar: year filter and tour */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: 0.6rem;
    font-size: 0.9375rem;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }
  .year {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 600;
  }
  .year select,
  .tour button,
  .filter-note button {
    min-height: 32px;
    font: inherit;
    font-size: 0.875rem;
    color: var(--_text);
    background: #fff;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.2rem 0.6rem;
    cursor: pointer;
  }
  .tour button:hover:not(:disabled),
  .filter-note button:hover {
    background: #f4f4f4;
  }
  .tour button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .province-counts {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .province-counts .label {
    font-weight: 600;
  }
  .tour {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem;
  }
  .tour button {
    white-space: nowrap;
  }
  .tour-position {
    min-width: 4.5em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .filter-note {
    flex-basis: 100%;
    margin: 0;
    padding: 0.35rem 0.6rem;
    background: #fff8e1;
    border: 1px solid #e0c36a;
    border-radius: 4px;
  }
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .toolbar,
    .leaflet-control-container .leaflet-top,
    .show-on-map,
    .show-more,
    .card-close {
      display: none;
    }
    .layout {
      display: block;
    }
    .map {
      height: 12cm;
      break-inside: avoid;
    }
    .list {
      max-height: none;
      overflow: visible;
    }
    .list-item {
      break-inside: avoid;
    }
    .list h2 {
      break-after: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-fade-anim .leaflet-popup,
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none !important;
    }
  }
`;
