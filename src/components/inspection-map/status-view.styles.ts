import { css } from 'lit';

/** Styles of the loading and error states and of the notices over the map. */
export const statusStyles = css`
  .status {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.5rem;
    padding: 1rem;
    text-align: center;
    background: rgb(255 255 255 / 80%);
    border-radius: 6px;
    z-index: 1000;
  }
  .status--error {
    background: rgb(255 255 255 / 94%);
    overflow: auto;
  }
  .status p {
    margin: 0;
    max-width: 36rem;
    overflow-wrap: anywhere;
  }
  .status-title {
    font-weight: 600;
  }
  .status button,
  .notice button {
    min-height: 32px;
    font: inherit;
    cursor: pointer;
  }
  .notices {
    position: absolute;
    top: 8px;
    inset-inline: 56px 8px;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 6px;
    pointer-events: none;
  }
  .notice {
    position: relative;
    max-width: 30rem;
    max-height: calc(var(--_height) - 80px);
    overflow: auto;
    padding: 0.4rem 2.4rem 0.4rem 0.6rem;
    background: #fff8e1;
    border: 1px solid #e0c36a;
    border-radius: 4px;
    font-size: 0.875rem;
    pointer-events: auto;
    overflow-wrap: anywhere;
  }
  .notice-text {
    margin: 0;
  }
  .notice .retry {
    margin-top: 0.35rem;
  }
  .notice .notice-dismiss {
    position: absolute;
    top: 2px;
    inset-inline-end: 2px;
    width: 32px;
    height: 32px;
    border: 0;
    background: transparent;
    font-size: 20px;
    line-height: 1;
    color: var(--_muted);
  }
  .notice .notice-dismiss:hover {
    color: var(--_text);
  }
  .problems {
    margin-top: 0.25rem;
    text-align: start;
  }
  .problems summary {
    cursor: pointer;
    min-height: 24px;
  }
  .problems ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
    max-height: 12rem;
    overflow: auto;
    font-size: 0.8125rem;
  }
  .problems li + li {
    margin-top: 0.2rem;
  }
`;
