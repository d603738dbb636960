import { css } from 'lit';
import { barStyles } from '../shared/bar.js';
import { findingStyles } from '../shared/findings.js';
import { popoverStyles } from '../shared/popover.js';

const layout = css`
  :host {
    --sla-bar-height: 0.5rem;
  }
  p {
    margin: 0;
  }
  .toolbar {
    display: flex;
    gap: var(--_space-2);
    align-items: end;
    flex-wrap: wrap;
    margin-bottom: var(--_space-2);
  }
  .toolbar .note {
    flex: 1 1 100%;
  }
  .summary {
    color: var(--_on-surface-muted);
    margin: var(--_space-2) 0;
  }
  .summary strong {
    color: var(--_blocked);
  }
  .empty {
    padding: var(--_space-2);
    border: 1px dashed var(--_outline-subtle);
    border-radius: var(--_radius);
    color: var(--_on-surface-muted);
  }
  ul.reviews {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .review {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2);
    border: 1px solid var(--_outline-subtle);
    border-left: 3px solid var(--_outline);
    border-radius: var(--_radius);
    min-width: 0;
    /* Reviews off screen skip layout and paint (a long list draws what is visible), and keep their last size. */
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
  }
  .review[data-state='breached'],
  .review[data-state='rejected'] {
    border-left-color: var(--_blocked);
  }
  .review[data-state='changes-requested'] {
    border-left-color: var(--_at-risk);
  }
  .review[data-state='approved'] {
    border-left-color: var(--_ready);
  }
  .review:focus {
    outline: none;
  }
  .review:focus-visible {
    outline: var(--_focus-ring);
  }
  .head {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    flex-wrap: wrap;
  }
  .title {
    font-size: var(--_font-size-md);
    font-weight: var(--_font-weight-semibold);
    margin: 0;
    margin-inline-end: auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .step {
    font-weight: var(--_font-weight-regular);
    color: var(--_on-surface-muted);
  }
  /* A state is a word on a tinted chip with a border: never colour alone. */
  .state {
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
    padding: 0 var(--_space-2);
    border-radius: var(--_radius-pill);
    border: 1px solid var(--_outline);
    background: var(--_surface-muted);
    line-height: 1.5;
  }
  .state[data-state='breached'],
  .state[data-state='rejected'] {
    border-color: var(--_blocked);
    background: var(--_blocked-container);
  }
  .state[data-state='changes-requested'] {
    border-color: var(--_at-risk);
    background: var(--_at-risk-container);
  }
  .state[data-state='approved'] {
    border-color: var(--_ready);
    background: var(--_ready-container);
  }
  .meta,
  .deciders,
  .sla-paused,
  .as {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  .sla {
    display: grid;
    gap: var(--_space-1);
  }
  .bar {
    --_bar-height: var(--sla-bar-height);
  }
  .sla[data-state='breached'] .bar > span {
    background: var(--_blocked);
  }
  .sla[data-state='paused'] .bar > span {
    background: var(--_on-surface-muted);
  }
  .escalation {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    align-items: center;
    font-size: var(--_font-size-sm);
  }
  .escalation-line {
    flex: 1 1 16rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .ladder-heading {
    font-weight: var(--_font-weight-semibold);
  }
  button.quiet {
    text-decoration: underline;
    font-size: var(--_font-size-sm);
  }
  .escalation ol.ladder {
    flex: 1 1 100%;
  }
  ol.ladder {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-half);
    font-size: var(--_font-size-sm);
  }
  .ladder li {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
    padding: var(--_space-half) var(--_space-1);
    border-radius: var(--_radius);
  }
  .ladder li[data-status='reached'],
  .ladder li[data-status='later'] {
    color: var(--_on-surface-muted);
  }
  .ladder li[data-status='now'] {
    background: var(--_blocked-container);
    font-weight: var(--_font-weight-semibold);
  }
  .ladder li[data-status='next'] {
    background: var(--_at-risk-container);
  }
  .rung-status {
    min-width: 6.5rem;
    font-weight: var(--_font-weight-semibold);
  }
  .rung-role {
    color: inherit;
  }
  ul.history {
    margin: 0;
    padding-left: var(--_space-5);
    font-size: var(--_font-size-sm);
    display: grid;
    gap: var(--_space-half);
  }
  .history .what {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .history .who {
    color: var(--_on-surface-muted);
  }
  .decide {
    justify-self: start;
  }
  .form {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(12rem, 100%), 1fr));
    gap: var(--_space-2);
    align-items: end;
    padding: var(--_space-2);
    margin-bottom: var(--_space-2);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .form .as,
  .form .choices,
  .form .field:has(textarea),
  .form > .field-error,
  .form .actions {
    grid-column: 1 / -1;
  }
  .field {
    display: grid;
    gap: var(--_space-half);
    min-width: 0;
  }
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
    padding: var(--_space-1);
    resize: vertical;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-height: var(--_target);
  }
  .choice input {
    width: var(--_target);
    height: var(--_target);
    margin: 0;
    accent-color: var(--_primary);
  }
  .actions {
    display: flex;
    gap: var(--_space-2);
    flex-wrap: wrap;
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bar > span {
      transition: width 0.3s ease;
    }
  }
`;

export const approvalsStyles = [popoverStyles, findingStyles, barStyles, layout];
