import { css } from 'lit';

/** The map: base map fills, visit pins, zoom buttons and credits. */
export const mapStyles = css`
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
  .im-zoom-button--disabled,
  .im-zoom-button--disabled:hover {
    background: #f4f4f4;
    color: #8a8a8a;
    cursor: default;
  }
  /* Credits: one line, or folded behind a round button on a narrow map (see credits.ts). */
  .leaflet-control-attribution.im-credits {
    display: flex;
    flex-direction: row-reverse;
    align-items: flex-end;
    gap: 4px;
    overflow: hidden;
    font-size: 0.75rem;
    line-height: 1.5;
    color: var(--_text);
    background: rgb(255 255 255 / 85%);
    padding: 0 6px;
  }
  .im-credits-list {
    display: flex;
    min-width: 0;
    white-space: nowrap;
  }
  .im-credits-list > * {
    flex: none;
  }
  .im-credits-list > .im-credits-sep {
    white-space: pre;
  }
  .im-credits-list > .im-credit--shorten {
    flex: 0 1 auto;
    min-width: 6em;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .im-credits-toggle {
    display: none;
  }
  .im-credits.im-credits--compact {
    margin: 0 6px 6px 0;
    padding: 0;
    border-radius: 12px;
    background: #fff;
  }
  .im-credits--compact .im-credits-toggle {
    display: block;
    flex: none;
    width: 24px;
    height: 24px;
    padding: 2px;
    color: var(--_text);
    background: none;
    border: 0;
    border-radius: 50%;
    cursor: pointer;
  }
  .im-credits-toggle svg {
    display: block;
    width: 20px;
    height: 20px;
    fill: currentColor;
  }
  .im-credits--compact .im-credits-list {
    display: none;
  }
  .im-credits--compact.im-credits--open {
    padding-inline-start: 8px;
  }
  .im-credits--compact.im-credits--open .im-credits-list {
    display: block;
    padding: 2px 0;
    white-space: normal;
  }
  .im-credits--compact.im-credits--open .im-credit--shorten {
    overflow: visible;
  }
  .im-credits a {
    white-space: nowrap;
    color: #0b4fa8;
    text-decoration: underline;
  }
`;
