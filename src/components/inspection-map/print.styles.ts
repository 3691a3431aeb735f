import { css } from 'lit';

/**
 * Print and reduced motion: last, so they override the rules before them. On paper the map
 * keeps its colours (browsers drop backgrounds by default, which left the sea white), spans the
 * page's width with its credits unfolded, and the list flows on below it: a visit may break
 * across pages, its title and headings stay with what follows them.
 */
export const printStyles = css`
  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .toolbar,
    .leaflet-top,
    .show-on-map,
    .show-more,
    .card-close,
    .im-credits-toggle {
      display: none;
    }
    /* On paper the credits are never folded or shortened. */
    .im-credits-list,
    .im-credits--compact .im-credits-list {
      display: block;
      white-space: normal;
    }
    .layout {
      display: block;
    }
    .map-wrap,
    .map {
      width: 100%;
      max-width: 100%;
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
      break-inside: auto;
    }
    .list h2,
    .card-title,
    .card-section h4 {
      break-after: avoid;
    }
    blockquote,
    .stat-line {
      break-inside: avoid;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .leaflet-fade-anim .leaflet-popup,
    .leaflet-zoom-anim .leaflet-zoom-animated {
      transition: none !important;
    }
  }
`;
