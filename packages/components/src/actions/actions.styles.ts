import { css } from 'lit';
import { findingStyles } from '../shared/findings.js';
import { popoverStyles } from '../shared/popover.js';

const layout = css`
  p {
    margin: 0;
  }
  .toolbar {
    display: flex;
    gap: var(--_space);
    align-items: end;
    flex-wrap: wrap;
    margin-bottom: var(--_space);
  }
  .toolbar .note {
    flex: 1 1 100%;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .heading {
    font-size: var(--_font-size);
    font-weight: 600;
    margin: 0;
  }
  .thresholds {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-bottom: var(--_space);
  }
  .thresholds ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  /* A crossed threshold with no answer is amber with a word; an answered one is quiet. */
  .thresholds li {
    display: grid;
    gap: 2px;
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_at-risk);
    border-left-width: 3px;
    border-radius: var(--_radius);
    background: var(--_at-risk-container);
  }
  .thresholds li[data-recorded='true'] {
    border-color: var(--_outline-subtle);
    border-left-color: var(--_ready);
    background: transparent;
  }
  .threshold-title {
    font-weight: 600;
  }
  .threshold-message,
  .answered,
  .unanswered {
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  .record-for {
    margin-top: calc(var(--_space) / 2);
  }
  .summary {
    color: var(--_on-surface-muted);
    margin: var(--_space) 0;
  }
  .summary strong {
    color: var(--_at-risk);
  }
  .empty {
    padding: var(--_space);
    border: 1px dashed var(--_outline-subtle);
    border-radius: var(--_radius);
    color: var(--_on-surface-muted);
  }
  ul.actions-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .action {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_outline-subtle);
    border-left: 3px solid var(--_outline);
    border-radius: var(--_radius);
    min-width: 0;
  }
  .action[data-state='overdue'] {
    border-left-color: var(--_at-risk);
  }
  .action[data-state='done'] {
    border-left-color: var(--_ready);
  }
  .action:focus {
    outline: none;
  }
  .action:focus-visible {
    outline: var(--_focus-ring);
  }
  .head {
    display: flex;
    gap: var(--_space);
    align-items: center;
    flex-wrap: wrap;
  }
  .title {
    font-size: var(--_font-size);
    font-weight: 600;
    margin: 0;
    margin-inline-end: auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* A state is a word on a tinted chip with a border: never colour alone. */
  .state {
    font-size: var(--_font-size-small);
    font-weight: 600;
    padding: 0 calc(var(--_space) * 0.75);
    border-radius: 999px;
    border: 1px solid var(--_outline);
    background: var(--_surface-muted);
    line-height: 1.5;
  }
  .state[data-state='overdue'] {
    border-color: var(--_at-risk);
    background: var(--_at-risk-container);
  }
  .state[data-state='done'] {
    border-color: var(--_ready);
    background: var(--_ready-container);
  }
  .meta,
  .as {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  ul.history {
    margin: 0;
    padding-left: 1.1rem;
    font-size: var(--_font-size-small);
    display: grid;
    gap: 2px;
  }
  .history .what {
    overflow-wrap: anywhere;
  }
  .history .who {
    color: var(--_on-surface-muted);
  }
  .row-actions,
  .form-actions {
    display: flex;
    gap: var(--_space);
    flex-wrap: wrap;
  }
  .form {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: var(--_space);
    align-items: end;
    padding: var(--_space);
    margin-bottom: var(--_space);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .form .as,
  .form .field:has(textarea),
  .form .field:has(#new-action),
  .form .form-actions {
    grid-column: 1 / -1;
  }
  .field {
    display: grid;
    gap: 0.15rem;
    min-width: 0;
  }
  .field input,
  .field select,
  .field textarea {
    width: 100%;
    min-width: 0;
  }
  .toolbar .field select {
    width: auto;
    max-width: 100%;
  }
  textarea {
    font: inherit;
    color: inherit;
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: calc(var(--_space) / 2);
    resize: vertical;
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
  .measures {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-top: calc(var(--_space) * 2);
  }
  .measures-head {
    display: flex;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  dl.figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(8.5rem, 100%), 1fr));
    gap: var(--_space);
    margin: 0;
  }
  .figures div {
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  .figures dt {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .figures dd {
    margin: 0;
    font-weight: 600;
  }
  .missing {
    font-weight: 400;
    color: var(--_on-surface-muted);
    font-style: italic;
  }
`;

export const actionsStyles = [popoverStyles, findingStyles, layout];
