import { css } from 'lit';

/**
 * The element's box: theme tokens (CSS custom properties with fallbacks, read on `:host`, so a
 * page themes the element without reaching into it), the layout of map and list, focus rings.
 */
export const hostStyles = css`
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
    /* The container query keeps the content's width from counting where the box takes its width
       from its content (a dialog, a flex row): the element says how wide it would like to be. */
    contain-intrinsic-inline-size: 18rem;
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

  /* The list's disclosure: only below the map in a host with a definite height (below). */
  .list-toggle {
    display: none;
  }

  /*
   * A host with a definite height: toolbar, map and list share it (see HostSizeController), the
   * map first. The frame is a size container, so the map can claim 60% of the box's height
   * whatever the toolbar holds: a toolbar that grows scrolls before the map gives way. From
   * 720 px wide the list sits beside the map and scrolls on its own; narrower, it is below the
   * map, folded behind its disclosure: opened, the map keeps 60% of the box and the box's
   * content below the toolbar scrolls to the list.
   */
  .size-probe {
    float: left;
    width: 0;
    height: 100%;
  }
  .frame--sized {
    display: flex;
    flex-direction: column;
    height: 100%;
    container-type: size;
  }
  .frame--sized > .toolbar {
    flex: 0 1 auto;
    min-height: 0;
    overflow-y: auto;
  }
  .frame--sized > .layout {
    display: flex;
    flex: 1 1 0;
    flex-direction: column;
    gap: 0.5rem;
    /* The map's 60% and the disclosure under it: a toolbar wrapped on many lines scrolls. */
    min-height: min(100cqh, 60cqh + 2.75rem);
    overflow-y: auto;
  }
  .frame--sized .map-wrap {
    flex: 1 0 0;
    min-height: 60cqh;
  }
  .frame--sized .map {
    height: 100%;
    min-height: 0;
  }
  .frame--sized .list-toggle {
    display: flex;
    flex: none;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    min-height: 36px;
    padding: 0.3rem 0.6rem;
    font: inherit;
    font-size: 0.9375rem;
    font-weight: 600;
    text-align: start;
    color: var(--_text);
    background: #fff;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }
  .list-toggle::before {
    content: '';
    border: 5px solid transparent;
    border-inline-start: 7px solid currentColor;
    border-inline-end-width: 0;
  }
  .list-toggle[aria-expanded='true']::before {
    transform: rotate(90deg);
  }
  .frame--sized .list {
    flex: none;
  }
  .frame--sized .list:not(.list--open) {
    display: none;
  }
  /* The disclosure names the list: its heading stays for screen readers only. */
  .frame--sized .list h2 {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @container (min-width: 720px) {
    .frame--sized > .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(300px, 24rem);
      grid-template-rows: minmax(0, 1fr);
      gap: 1rem;
      overflow-y: visible;
    }
    .frame--sized .map-wrap {
      min-height: 0;
    }
    .frame--sized .list-toggle {
      display: none;
    }
    .frame--sized .list,
    .frame--sized .list:not(.list--open) {
      display: block;
      max-height: none;
      min-height: 0;
      overflow-y: auto;
    }
    .frame--sized .list h2 {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
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

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
