import { css } from 'lit';

export const blockerLogStyles = css`
  :host {
    --row-height: 2.75rem;
    --max-height: 24rem;
    --columns: minmax(14rem, 2fr) minmax(8rem, 1fr) 6.5rem 5.5rem minmax(9rem, 1fr) minmax(9rem, 1fr) 6.5rem 6.5rem minmax(12rem, 1.5fr) 4.5rem 6rem 7.5rem;
  }
  .toolbar,
  .add fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }
  .toolbar {
    margin-bottom: var(--_space);
  }
  .toolbar label,
  .field {
    display: grid;
    gap: 0.125rem;
    font-size: var(--_font-size-small);
    color: var(--_on-surface-muted);
  }
  .toolbar select,
  .toolbar input,
  .field input,
  .field select {
    color: var(--_on-surface);
    font-size: var(--_font-size);
  }
  .jump {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: end;
  }
  .jump input {
    width: 8rem;
  }
  #jump-message {
    color: var(--_blocked);
    font-size: var(--_font-size-small);
  }
  .count {
    margin: 0 0 calc(var(--_space) / 2);
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .table {
    overflow-x: auto;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [role='grid'] {
    min-width: 100rem;
  }
  .row {
    display: grid;
    grid-template-columns: var(--columns);
    align-items: center;
    width: 100%;
    height: var(--row-height);
    border-bottom: 1px solid var(--_outline-subtle);
  }
  .row > * {
    padding: 0 calc(var(--_space) / 2);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-height: var(--_target);
    line-height: var(--_target);
  }
  .header {
    background: var(--_surface-muted);
    font-weight: 600;
  }
  .sortable {
    cursor: pointer;
    text-decoration: underline dotted;
  }
  .sortable[aria-sort='ascending']::after {
    content: ' ▲';
  }
  .sortable[aria-sort='descending']::after {
    content: ' ▼';
  }
  .body {
    max-height: var(--max-height);
    overflow-y: auto;
    /* A scrollbar appearing must not resize the rows the virtualizer measures. */
    scrollbar-gutter: stable;
  }
  .row[data-status='resolved'] .title {
    color: var(--_on-surface-muted);
    text-decoration: line-through;
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
  .missing {
    color: var(--_blocked);
    font-style: italic;
  }
  .severity {
    text-transform: capitalize;
  }
  .severity[data-severity='critical'] {
    color: var(--_blocked);
    font-weight: 600;
  }
  .row[data-overdue='true'] [part~='escalation'] {
    color: var(--_blocked);
    font-weight: 600;
  }
  .empty {
    margin: 0;
    padding: var(--_space);
    color: var(--_on-surface-muted);
  }
  .add {
    margin-top: var(--_space);
  }
  .add fieldset {
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  .field-error {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-small);
  }
  [aria-invalid='true'] {
    border-color: var(--_blocked);
    border-width: 2px;
  }
  .form-problems {
    color: var(--_blocked);
  }
  [part~='editor'] {
    background: var(--_surface);
    color: var(--_on-surface);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-width: min(24rem, 90vw);
  }
  [part~='editor']::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  [part~='editor'] form {
    display: grid;
    gap: var(--_space);
  }
  .editor-heading {
    font-size: var(--_font-size);
    margin: 0;
  }
  .editor-actions {
    display: flex;
    gap: var(--_space);
  }
`;
