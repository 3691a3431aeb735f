import { css } from 'lit';

/**
 * Styles that make `<inspection-map>` a good guest in pages it does not control.
 *
 * - The page's rules do not reach into the shadow root, but inherited properties do, and a
 *   rule on `*` also matches the element itself. So the element's own root sets every inherited
 *   text property and `box-sizing` itself: `body { letter-spacing: 2px }` or
 *   `* { box-sizing: content-box !important }` on the page change nothing inside. Colours and
 *   fonts come from the `--inspection-map-*` custom properties instead.
 * - The map lets one-finger touches scroll the page (`touch-action`); the hint says how to move
 *   the map (see `src/map/gestures.ts`).
 */
export const guestStyles = css`
  .layout {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: 1rem;
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    line-height: 1.45;
    color: var(--_text);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    hyphens: manual;
    cursor: auto;
  }

  .leaflet-container.im-cooperative {
    touch-action: pan-x pan-y !important;
  }
  .im-gesture-hint {
    position: absolute;
    inset: 0;
    z-index: 1100;
    display: grid;
    place-items: center;
    padding: 1rem;
    background: rgb(0 0 0 / 50%);
    color: #fff;
    font-size: 1.125rem;
    font-weight: 600;
    text-align: center;
    pointer-events: none;
    visibility: hidden;
    opacity: 0;
    transition:
      opacity 0.2s ease,
      visibility 0.2s;
  }
  .im-gesture-hint--visible {
    visibility: visible;
    opacity: 1;
  }
  @media (prefers-reduced-motion: reduce) {
    .im-gesture-hint {
      transition: none;
    }
  }
`;
