import { css } from 'lit';

/** Styles of cluster markers: a disc with the number of visits it holds. */
export const clusterStyles = css`
  .im-cluster {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_accent);
    color: #fff;
    border: 2px solid #fff;
    box-shadow:
      0 0 0 3px rgb(179 38 30 / 30%),
      0 1px 2px rgb(0 0 0 / 35%);
    font: 700 0.8125rem/1 var(--_font);
    cursor: pointer;
  }
  .im-cluster:hover {
    background: var(--_text);
  }
`;
