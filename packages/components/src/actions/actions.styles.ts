import { css } from 'lit';
import { findingStyles } from '../shared/findings.js';
import { popoverStyles } from '../shared/popover.js';
import { recordStyles } from '../shared/record-styles.js';

const layout = css`
  .heading {
    font-size: var(--_font-size-md);
    font-weight: var(--_font-weight-semibold);
    margin: 0;
  }
  .thresholds {
    display: grid;
    gap: var(--_space-1);
    margin-bottom: var(--_space-2);
  }
  .thresholds ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
  }
  /* A crossed threshold with no answer is amber with a word; an answered one is quiet. */
  .thresholds li {
    display: grid;
    gap: var(--_space-half);
    justify-items: start;
    padding: var(--_space-2);
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
    font-weight: var(--_font-weight-semibold);
  }
  .threshold-message,
  .answered,
  .unanswered {
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  .record-for {
    margin-top: var(--_space-1);
  }
  .summary strong {
    color: var(--_at-risk);
  }
  ul.actions-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .action {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2);
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
  .state[data-state='overdue'] {
    border-color: var(--_at-risk);
    background: var(--_at-risk-container);
  }
  .state[data-state='done'] {
    border-color: var(--_ready);
    background: var(--_ready-container);
  }
  .row-actions {
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
  }
  /* What the action says it changes takes the whole line of its form. */
  .form .field:has(#new-action) {
    grid-column: 1 / -1;
  }
  .measures {
    display: grid;
    gap: var(--_space-1);
    margin-top: var(--_space-4);
  }
  .measures-head {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  dl.figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(8.5rem, 100%), 1fr));
    gap: var(--_space-2);
    margin: 0;
  }
  .figures div {
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  .figures dt {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  .figures dd {
    margin: 0;
    font-weight: var(--_font-weight-semibold);
  }
  .missing {
    font-weight: var(--_font-weight-regular);
    color: var(--_on-surface-muted);
    font-style: italic;
  }
`;

export const actionsStyles = [popoverStyles, findingStyles, recordStyles, layout];
