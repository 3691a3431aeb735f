import { css } from 'lit';

/** The toolbar above the map: year filter and tour. */
export const toolbarStyles = css`
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
`;
