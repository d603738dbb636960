import { css } from 'lit';

export const briefStyles = css`
  section {
    display: grid;
    gap: var(--_space);
    padding: var(--_space) 0;
  }
  section + section {
    border-top: 1px solid var(--_outline-subtle);
  }
  .head {
    display: flex;
    gap: var(--_space);
    align-items: center;
    flex-wrap: wrap;
  }
  h2 {
    font-size: 1rem;
    font-weight: 600;
    margin: 0;
    margin-inline-end: auto;
  }
  h3 {
    font-size: var(--_font-size);
    font-weight: 600;
    margin: 0;
  }
  .facts,
  .answers {
    display: grid;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
  }
  /* Facts flow into as many columns as fit; a narrow frame shows them one under another. */
  .facts {
    grid-template-columns: repeat(auto-fill, minmax(min(9rem, 100%), 1fr));
  }
  dt {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .answer dt {
    font-weight: 600;
    color: var(--_on-surface);
    font-size: var(--_font-size);
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
    gap: calc(var(--_space) / 2);
  }
  .chip {
    border: 1px solid var(--_outline-subtle);
    background: var(--_surface-muted);
    border-radius: 999px;
    padding: 0 var(--_space);
  }
  .state-line {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: baseline;
    margin: 0;
  }
  [part~='state'] {
    border: 1px solid var(--_outline);
    border-radius: 999px;
    padding: 0 var(--_space);
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
    gap: var(--_space);
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
    padding: calc(var(--_space) / 2) var(--_space);
    border-radius: var(--_radius);
  }
  .needs {
    border: 1px solid var(--_outline-subtle);
  }
  .unmet ul,
  .needs ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-left: 1.25rem;
  }
  .moves,
  .actions,
  .form-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
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
    gap: calc(var(--_space) / 2);
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
    padding: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_outline-subtle);
  }
  .kr-list > li:last-child {
    border-bottom: 0;
  }
  .kr {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
  }
  .kr-name {
    font-weight: 600;
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
    gap: var(--_space);
    align-items: start;
    padding: var(--_space);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
  }
  .brief-form {
    grid-template-columns: minmax(0, 1fr);
  }
  fieldset {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: var(--_space);
    margin: 0;
    min-inline-size: 0;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.15rem;
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
    padding: calc(var(--_space) / 2);
    resize: vertical;
  }
  .form-buttons {
    grid-column: 1 / -1;
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .undo {
    display: flex;
    gap: var(--_space);
    align-items: center;
    margin: var(--_space) 0;
  }
  .learnings {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-top: var(--_space);
  }
  .learnings-list {
    margin: 0;
    padding-left: 1.25rem;
  }
  .learnings-form {
    max-width: 40rem;
  }
`;
