import { css } from 'lit';

/** Print and reduced motion: last, so they override the rules before them. */
export const printStyles = css`
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
