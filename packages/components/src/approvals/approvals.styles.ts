import { css } from 'lit';
import { barStyles } from '../shared/bar.js';
import { findingStyles } from '../shared/findings.js';
import { popoverStyles } from '../shared/popover.js';
import { recordStyles } from '../shared/record-styles.js';

const layout = css`
  :host {
    --sla-bar-height: 0.5rem;
  }
  .summary strong {
    color: var(--_blocked);
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
  .step {
    font-weight: var(--_font-weight-regular);
    color: var(--_on-surface-muted);
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
  .deciders,
  .sla-paused {
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
  .decide {
    justify-self: start;
  }
  .form .choices {
    grid-column: 1 / -1;
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
  @media (prefers-reduced-motion: no-preference) {
    .bar > span {
      transition: width 0.3s ease;
    }
  }
`;

export const approvalsStyles = [popoverStyles, findingStyles, barStyles, recordStyles, layout];
