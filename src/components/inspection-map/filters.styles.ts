import { css } from 'lit';

/**
 * The filters and the search box in the toolbar. In a box narrower than 720 px the filters
 * fold behind a "Filters" button, so that the toolbar stays one line above the map. Selects,
 * buttons and the box share the look of the toolbar's buttons (toolbar.styles.ts).
 */
export const filtersStyles = css`
  .filters {
    display: contents;
  }
  .filter-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 0.75rem;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    font-weight: 600;
  }
  .filter select {
    max-width: 14rem;
  }
  .filters-toggle,
  .filters-clear {
    white-space: nowrap;
  }
  .filters-toggle {
    display: none;
  }
  .filters-toggle::after {
    content: ' ▾';
  }
  .filters--open .filters-toggle::after {
    content: ' ▴';
  }

  .search {
    position: relative;
    flex: 1 1 12rem;
    max-width: 16rem;
  }
  .search-input {
    width: 100%;
    cursor: text;
  }
  .search-input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .search-input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .search-results {
    position: absolute;
    z-index: 1100;
    top: calc(100% + 2px);
    inset-inline: 0;
    max-height: 18rem;
    overflow-y: auto;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 4px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 18%);
  }
  .search-results[hidden] {
    display: none;
  }
  .search-option {
    display: flex;
    flex-direction: column;
    padding: 0.3rem 0.6rem;
    cursor: pointer;
    border-inline-start: 3px solid transparent;
  }
  .search-option:hover {
    background: #f4f4f4;
  }
  .search-option[aria-selected='true'] {
    background: #e8f0fe;
    border-inline-start-color: var(--_focus);
  }
  .search-name {
    font-weight: 600;
  }
  .search-detail {
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  @container (max-width: 719px) {
    .filters-toggle {
      display: inline-block;
    }
    .filter-controls {
      display: none;
    }
    .filters--open .filter-controls {
      display: flex;
      flex-basis: 100%;
      order: 1;
    }
  }
`;
