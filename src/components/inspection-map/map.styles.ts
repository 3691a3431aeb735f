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
`;
