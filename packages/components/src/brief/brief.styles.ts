import { css } from 'lit';

export const briefStyles = css`
  section {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-2) 0;
  }
  section + section {
    border-top: 1px solid var(--_outline-subtle);
  }
  .head {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    flex-wrap: wrap;
  }
  h2 {
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-semibold);
    margin: 0;
    margin-inline-end: auto;
  }
  h3 {
    font-size: var(--_font-size-md);
    font-weight: var(--_font-weight-semibold);
    margin: 0;
  }
  .facts,
  .answers {
    display: grid;
    gap: var(--_space-2) var(--_space-4);
    margin: 0;
  }
  /* Facts flow into as many columns as fit; a narrow frame shows them one under another. */
  .facts {
    grid-template-columns: repeat(auto-fill, minmax(min(9rem, 100%), 1fr));
  }
  dt {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .answer dt {
    font-weight: var(--_font-weight-semibold);
    color: var(--_on-surface);
    font-size: var(--_font-size-md);
  }
  .text {
    white-space: pre-line;
  }
  .field-name,
  .missing,
  .definition {
    color: var(--_on-surface-muted);
  }
  .missing {
    font-style: italic;
  }
  .systems {
    display: inline-flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  .chip {
    border: 1px solid var(--_outline-subtle);
    background: var(--_surface-muted);
    border-radius: var(--_radius-pill);
    padding: 0 var(--_space-2);
  }
  .state-line {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: baseline;
    margin: 0;
  }
  [part~='state'] {
    border: 1px solid var(--_outline);
    border-radius: var(--_radius-pill);
    padding: 0 var(--_space-2);
  }
  [part~='state'][data-state='live'],
  [part~='state'][data-state='completed'] {
    border-color: var(--_ready);
    background: var(--_ready-container);
  }
  [part~='state'][data-state='paused'] {
    border-color: var(--_at-risk);
    background: var(--_at-risk-container);
  }
  .lifecycle {
    display: grid;
    gap: var(--_space-2);
  }
  .unmet,
  .brief-status[data-complete='false'] {
    border-left: 3px solid var(--_blocked);
    background: var(--_blocked-container);
  }
  .brief-status[data-complete='true'] {
    border-left: 3px solid var(--_ready);
    background: var(--_ready-container);
  }
  .unmet,
  .brief-status,
  .needs {
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius);
  }
  .needs {
    border: 1px solid var(--_outline-subtle);
  }
  .unmet ul,
  .needs ul {
    margin: var(--_space-1) 0 0;
    padding-left: var(--_space-5);
  }
  .moves,
  .actions,
  .form-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
  }
  /* The next state in the main flow and a form's Save are the primary actions; cancelling a campaign is for good. */
  [part~='move-button'][data-next],
  .form [type='submit'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  [part~='move-button'][data-to='cancelled'] {
    border-color: var(--_blocked);
    color: var(--_blocked);
  }
  .key-results {
    display: grid;
    gap: var(--_space-1);
    justify-items: start;
  }
  .kr-list {
    list-style: none;
    margin: 0;
    padding: 0;
    justify-self: stretch;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  .kr-form {
    justify-self: stretch;
  }
  .kr-list > li {
    padding: var(--_space-1) var(--_space-2);
    border-bottom: 1px solid var(--_outline-subtle);
  }
  .kr-list > li:last-child {
    border-bottom: 0;
  }
  .kr {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
  }
  .kr-name {
    font-weight: var(--_font-weight-semibold);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .kr-values {
    color: var(--_on-surface-muted);
    margin-inline-end: auto;
  }
  /* Form fields flow into as many columns as fit; long answers take the whole width. */
  .form {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: var(--_space-2);
    align-items: start;
    padding: var(--_space-2);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
  }
  .brief-form {
    grid-template-columns: minmax(0, 1fr);
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: var(--_space-2);
    margin: 0;
    min-inline-size: 0;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: var(--_font-weight-semibold);
  }
  .field {
    display: grid;
    gap: var(--_space-half);
    min-width: 0;
  }
  .field:has(textarea) {
    grid-column: 1 / -1;
  }
  .field :is(input, select, textarea) {
    width: 100%;
    min-width: 0;
  }
  textarea {
    padding: var(--_space-1);
    resize: vertical;
  }
  .form-buttons {
    grid-column: 1 / -1;
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
  }
  .undo {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    margin: var(--_space-2) 0;
  }
  .learnings {
    display: grid;
    gap: var(--_space-1);
    margin-top: var(--_space-2);
  }
  .learnings-list {
    margin: 0;
    padding-left: var(--_space-5);
  }
  .learnings-form {
    max-width: 40rem;
  }
`;
