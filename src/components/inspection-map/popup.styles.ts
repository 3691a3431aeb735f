import { css } from 'lit';

/** The popup around a visit's card on the map. */
export const popupStyles = css`
  /* Popup */
  .leaflet-container {
    font: inherit;
  }
  .leaflet-popup-content-wrapper {
    border-radius: 8px;
  }
  .leaflet-popup-content {
    margin: 6px 8px;
    font-size: 0.875rem;
    line-height: 1.45;
  }
  .card {
    position: relative;
    /* A long word or link wraps: a card never scrolls sideways. */
    overflow-wrap: anywhere;
  }
  /* Inside the popup's scroll box an outside ring would be clipped: draw it inside, in a
     padding of its own, clear of the text. */
  .leaflet-popup-content .card,
  .im-sheet .card {
    padding: 6px;
  }
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
    inset-inline-end: 0;
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

  /* A narrow map: the open visit in a sheet over the bottom of the map, at most half of it. */
  .im-sheet {
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    z-index: 1001;
    display: flex;
    max-height: 50%;
    border-top: 1px solid var(--_border);
    border-radius: 10px 10px 0 0;
    background: var(--_bg);
    box-shadow: 0 -2px 12px rgb(0 0 0 / 18%);
    font-size: 0.875rem;
    line-height: 1.45;
    cursor: auto;
  }
  .im-sheet-body {
    flex: 1;
    min-width: 0;
    padding: 6px 8px;
    overflow: auto;
    overscroll-behavior: contain;
  }
  .im-sheet .card p {
    margin: 0.3rem 0 0;
  }
`;
