import { css } from 'lit';
import { stateStyles } from '../shared/tokens.js';

export const raciStyles = css`
  :host {
    --cell-size: 2.25rem;
    --header-width: 14rem;
    --column-width: 6.5rem;
    --verdict-width: 9rem;
    --max-height: none;
  }
  /* In a narrow frame (a Notion column, a phone) the sticky step and verdict columns leave room for roles. */
  @media (max-width: 40rem) {
    :host {
      --header-width: 9rem;
      --verdict-width: 7.5rem;
    }
  }
  .toolbar,
  .editor fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .toolbar {
    justify-content: space-between;
    margin-bottom: var(--_space-2);
  }
  .legend {
    margin: 0;
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  .scroller {
    overflow: auto;
    max-height: var(--max-height);
    /* A focused cell scrolled into view stays clear of the sticky header row and columns. */
    scroll-padding: var(--cell-size) var(--verdict-width) 0 var(--header-width);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /*
   * Rows are flex lines, not table rows, so that each body row can skip style, layout and
   * paint while it is off screen (content-visibility does not apply to table rows). Every
   * column therefore has a fixed width; the roles (ARIA grid) keep the table semantics.
   */
  table {
    display: block;
    width: max-content;
    min-width: 100%;
  }
  thead,
  tbody {
    display: block;
  }
  thead {
    position: sticky;
    top: 0;
    z-index: 3;
  }
  tr {
    display: flex;
  }
  tbody tr {
    content-visibility: auto;
    contain-intrinsic-size: auto var(--cell-size);
  }
  th,
  td {
    flex: none;
    display: flex;
    align-items: center;
    box-sizing: border-box;
    border-bottom: 1px solid var(--_outline-subtle);
    padding: 0;
    min-height: var(--cell-size);
  }
  thead th {
    /* A block, not a flex box, so long role names wrap between words inside the column. */
    display: block;
    align-content: center;
    background: var(--_surface-muted);
    font-weight: var(--_font-weight-semibold);
    padding: var(--_space-1);
    text-align: center;
    overflow-wrap: break-word;
  }
  th[scope='row'],
  thead th:first-child {
    position: sticky;
    left: 0;
    z-index: 2;
    justify-content: flex-start;
    text-align: start;
    width: var(--header-width);
    padding: 0 var(--_space-2);
  }
  th[scope='row'] {
    display: block;
    line-height: calc(var(--cell-size) - 1px);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    background: var(--_surface);
    font-weight: var(--_font-weight-medium);
  }
  thead th:first-child {
    z-index: 3;
  }
  thead th,
  .cell {
    width: var(--column-width);
  }
  thead th:last-child,
  td.verdict {
    width: var(--verdict-width);
  }
  .cell {
    justify-content: center;
    font-weight: var(--_font-weight-bold);
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
    margin-inline-start: var(--_space-1);
  }
  td.verdict {
    padding: 0 var(--_space-2);
    white-space: nowrap;
  }
  /* The verdict stays in sight at the right edge when many roles make the grid scroll sideways. */
  thead th:last-child,
  td.verdict {
    position: sticky;
    right: 0;
    z-index: 2;
    border-inline-start: 1px solid var(--_outline-subtle);
  }
  td.verdict {
    background: var(--_surface);
  }
  thead th:last-child {
    z-index: 3;
  }
  .verdict button {
    border-radius: var(--_radius-pill);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
    background: var(--_state-container);
    border-color: var(--_state);
  }
  ${stateStyles}
  .editor {
    display: grid;
    gap: var(--_space-2);
    margin-top: var(--_space-2);
  }
  .editor fieldset {
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    margin: 0;
  }
  .editor legend {
    font-weight: var(--_font-weight-semibold);
  }
  .editor label {
    display: inline-flex;
    gap: var(--_space-1);
    align-items: center;
  }
  /* Who holds the role, under its name in the column header. */
  .holder {
    display: block;
    font-weight: var(--_font-weight-regular);
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
  }
  .add-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .field-problem,
  .field-error {
    margin: 0;
    flex-basis: 100%;
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
  }
  .editor [aria-invalid='true'] {
    border-color: var(--_blocked);
    border-width: 2px;
  }
  .checks {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .checks li[data-ok='false'] {
    font-weight: var(--_font-weight-semibold);
  }
  [part~='notice'] {
    border: 1px solid var(--_blocked);
    background: var(--_blocked-container);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    margin: var(--_space-2) 0 0;
  }
  [part~='undo'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    margin: var(--_space-2) 0 0;
  }
`;
