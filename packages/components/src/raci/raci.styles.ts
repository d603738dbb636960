import { css } from 'lit';

export const raciStyles = css`
  :host {
    --cell-size: 2.25rem;
    --header-width: 14rem;
    --max-height: none;
  }
  .toolbar,
  .editor fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .toolbar {
    justify-content: space-between;
    margin-bottom: var(--_space);
  }
  .legend {
    margin: 0;
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .scroller {
    overflow: auto;
    max-height: var(--max-height);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    width: max-content;
  }
  th,
  td {
    border-bottom: 1px solid var(--_outline-subtle);
    padding: 0;
    height: var(--cell-size);
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface-muted);
    font-weight: 600;
    padding: 0 var(--_space);
    text-align: center;
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    position: sticky;
    left: 0;
    z-index: 2;
    text-align: start;
    min-width: var(--header-width);
    max-width: var(--header-width);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 0 var(--_space);
  }
  th[scope='row'] {
    background: var(--_surface);
    font-weight: 500;
  }
  thead th:first-child {
    z-index: 3;
  }
  .cell {
    width: var(--cell-size);
    min-width: var(--cell-size);
    text-align: center;
    font-weight: 700;
    cursor: pointer;
    user-select: none;
  }
  :host([readonly]) .cell {
    cursor: default;
  }
  .cell[data-l='A'] {
    background: var(--_primary-container);
  }
  .cell:focus-visible,
  th:focus-visible {
    outline-offset: -3px;
  }
  .marker {
    color: var(--_at-risk);
    margin-inline-start: 0.25rem;
  }
  td.verdict {
    padding: 0 var(--_space);
    white-space: nowrap;
  }
  .verdict button {
    border-radius: 999px;
    font-size: var(--_font-size-small);
    font-weight: 600;
    background: var(--_ready-container);
    border-color: var(--_ready);
  }
  .verdict button[data-state='blocked'] {
    background: var(--_blocked-container);
    border-color: var(--_blocked);
  }
  .verdict button[data-state='at-risk'] {
    background: var(--_at-risk-container);
    border-color: var(--_at-risk);
  }
  .editor {
    display: grid;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  .editor fieldset {
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    margin: 0;
  }
  .editor legend {
    font-weight: 600;
  }
  .editor label {
    display: inline-flex;
    gap: 0.25rem;
    align-items: center;
  }
  .checks {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .checks li[data-ok='false'] {
    font-weight: 600;
  }
  [part~='notice'] {
    border: 1px solid var(--_blocked);
    background: var(--_blocked-container);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: var(--_space) 0 0;
  }
`;
