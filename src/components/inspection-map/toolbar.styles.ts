import { css } from 'lit';

/** The toolbar above the map: the filters (see filters.styles.ts), the search box and the tour. */
export const toolbarStyles = css`
  /* Toolbar: filters, search and tour */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-bottom: 0.6rem;
    font-size: 0.9375rem;
  }
  .tour button,
  .filter-note button,
  .filter select,
  .filters-toggle,
  .filters-clear,
  .search-input {
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
  .filter-note button:hover,
  .filters-toggle:hover,
  .filters-clear:hover {
    background: #f4f4f4;
  }
  .tour button:disabled {
    cursor: default;
    opacity: 0.6;
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
`;
