import { css } from 'lit';

/** The list of visits beside or below the map. */
export const listStyles = css`
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
    overflow-wrap: anywhere;
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
`;
