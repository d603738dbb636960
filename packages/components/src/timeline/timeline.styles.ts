import { css } from 'lit';
import { visuallyHidden } from '../shared/tokens.js';

/**
 * Wide (44rem and more, by the chart's own width): rows of a fixed height in four columns (done,
 * names, the axis, state and actions), so the dependency lines, drawn once over the axis column in
 * day-and-row units, meet the bars without measuring anything. Narrower: each row is a card with its
 * own axis, and each step names what it comes after in words instead of lines.
 */
export const timelineStyles = css`
  :host {
    --row-height: 3.25rem;
    --label-width: 13rem;
    --side-width: 12rem;
  }
  .summary {
    display: grid;
    gap: var(--_space-half);
    margin: 0 0 var(--_space-2);
    padding: var(--_space-2);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  .summary p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .summary[data-state='at-risk'] {
    border-color: var(--_at-risk);
    background: var(--_at-risk-container);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    margin: 0 0 var(--_space-2);
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
  }
  .legend > span {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .key {
    display: inline-block;
    position: relative;
  }
  .bar-key {
    width: 1.5rem;
    height: 0.75rem;
  }
  .check {
    font-weight: var(--_font-weight-bold);
    color: var(--_on-surface);
  }
  .diamond {
    margin: 0 var(--_space-half);
    width: 0.6rem;
    height: 0.6rem;
    transform: rotate(45deg);
    border: 2px solid var(--_on-surface);
  }
  .dot {
    width: 0.6rem;
    height: 0.6rem;
    border-radius: 50%;
    background: var(--_ready);
    border: 1px solid var(--_on-surface);
  }
  .today-key {
    width: 2px;
    height: 1rem;
    background: var(--_blocked);
  }
  .chart {
    container: timeline / inline-size;
  }
  /* Parts a row leaves out are hidden, whatever display their class gives them. */
  .chart [hidden] {
    display: none !important;
  }
  .rows {
    position: relative;
    list-style: none;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
  }
  .row,
  .axis {
    display: grid;
    gap: 0 var(--_space-2);
    padding: 0 var(--_space-2);
    align-items: center;
  }
  .row {
    grid-template-columns: var(--_target) var(--label-width) minmax(0, 1fr) var(--side-width);
    height: var(--row-height);
    border-bottom: 1px solid var(--_outline-subtle);
    /*
     * No content-visibility: a long plan draws its rows on screen first (RowDrawing), and skipped rows made
     * every edit's frame pay for deciding again which rows to skip (an edit to paint took 45 ms, not 18).
     */
  }
  .row:last-of-type {
    border-bottom: 0;
  }
  .axis {
    grid-template-columns: calc(var(--_target) + var(--_space-2) + var(--label-width)) minmax(0, 1fr) var(--side-width);
    margin-bottom: var(--_space-1);
  }
  .axis-label {
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
  }
  .track {
    position: relative;
    height: 100%;
    min-width: 0;
    /* Today's line on every track, from the chart's --today; the launch's, dashed, from --launch. */
    background-image:
      linear-gradient(to right, transparent calc(var(--today) - 1px), var(--_blocked) 0 calc(var(--today) + 1px), transparent 0),
      linear-gradient(to bottom, var(--_on-surface-muted) 50%, transparent 0);
    background-size:
      100% 100%,
      1px 6px;
    background-position:
      0 0,
      var(--launch, -10px) 0;
    background-repeat: no-repeat, repeat-y;
  }
  .axis-track {
    height: 3rem;
    background-image: none;
  }
  .month {
    position: absolute;
    top: 0;
    padding-left: var(--_space-1);
    border-left: 1px solid var(--_outline);
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
    white-space: nowrap;
  }
  .plan-handle {
    position: absolute;
    bottom: 0;
    transform: translateX(-50%);
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    padding: 0 var(--_space-2);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
    white-space: nowrap;
  }
  [role='slider'] {
    cursor: grab;
    touch-action: none;
  }
  .bar {
    position: absolute;
    top: calc(50% - var(--_target) / 2);
    height: var(--_target);
    min-width: var(--_target);
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: var(--_primary-container);
  }
  .bar[data-critical='true'],
  .bar-key.critical {
    border: 2px solid var(--_on-surface);
    background: var(--_primary);
  }
  .bar-key {
    border: 1px solid var(--_primary);
    background: var(--_primary-container);
    border-radius: var(--_radius-sm);
  }
  .done-mark {
    position: absolute;
    top: calc(50% - 0.5625rem);
    margin-left: -0.5625rem;
    display: grid;
    place-items: center;
    width: 1.125rem;
    height: 1.125rem;
    border-radius: 50%;
    background: var(--_surface);
    border: 1px solid var(--_on-surface);
    color: var(--_on-surface);
    font-size: var(--_font-size-xs);
    font-weight: var(--_font-weight-bold);
    pointer-events: none;
  }
  .marker {
    position: absolute;
    top: 50%;
    width: var(--_target);
    height: var(--_target);
    transform: translate(-50%, -50%);
    border-radius: var(--_radius);
  }
  .marker::before {
    content: '';
    position: absolute;
    inset: 5px;
    transform: rotate(45deg);
    background: var(--_surface);
    border: 2px solid var(--_on-surface);
  }
  .reached {
    position: absolute;
    top: 50%;
    width: 0.75rem;
    height: 0.75rem;
    transform: translate(-50%, -50%);
    border-radius: 50%;
    background: var(--_ready);
    border: 1px solid var(--_on-surface);
    pointer-events: none;
  }
  .unscheduled {
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
    line-height: var(--row-height);
  }
  [part~='checkbox'] {
    width: var(--_target);
    height: var(--_target);
    margin: 0;
    accent-color: var(--_primary);
  }
  .row-icon {
    display: grid;
    place-items: center;
    color: var(--_on-surface-muted);
  }
  .label {
    display: grid;
    min-width: 0;
  }
  .name {
    font-weight: var(--_font-weight-semibold);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [data-done='true'] .name {
    text-decoration: line-through;
    color: var(--_on-surface-muted);
  }
  .dates,
  .after {
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  /* In rows, the lines show what comes after what; a screen reader still hears it in words. */
  .after {
    ${visuallyHidden}
  }
  .side {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0 var(--_space-1);
    min-width: 0;
  }
  .state-line {
    display: flex;
    gap: var(--_space-1);
    align-items: center;
    min-width: 0;
  }
  .state {
    font-size: var(--_font-size-sm);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .done-note {
    ${visuallyHidden}
  }
  .note {
    grid-column: 1;
    font-size: var(--_font-size-xs);
    color: var(--_on-surface-muted);
  }
  .tag {
    grid-column: 1;
    justify-self: start;
    padding: 0 var(--_space-1);
    border: 1px solid var(--_on-surface);
    border-radius: var(--_radius-sm);
    font-size: var(--_font-size-xs);
    font-weight: var(--_font-weight-semibold);
  }
  [part~='edit-button'] {
    grid-column: 2;
    grid-row: 1 / span 2;
  }
  .links {
    position: absolute;
    top: 0;
    left: calc(3 * var(--_space-2) + var(--_target) + var(--label-width));
    width: calc(100% - 5 * var(--_space-2) - var(--_target) - var(--label-width) - var(--side-width));
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .link {
    fill: none;
    stroke: var(--_on-surface-muted);
    stroke-width: 1.25;
    vector-effect: non-scaling-stroke;
  }
  .critical-link {
    stroke: var(--_on-surface);
    stroke-width: 2.5;
  }
  .section-heading {
    font-size: var(--_font-size-md);
    margin: var(--_space-3) 0 var(--_space-1);
  }
  .empty {
    color: var(--_on-surface-muted);
  }
  /* A set width: a shrink-to-fit popover would rewrap as it is placed, and be measured and placed again. */
  .editor {
    display: grid;
    gap: var(--_space-2);
    width: min(17rem, calc(100vw - 3rem));
  }
  .field {
    display: grid;
    gap: var(--_space-half);
  }
  [part~='field-error'] {
    margin: 0;
    color: var(--_blocked);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-semibold);
  }
  .editor-actions {
    display: flex;
    gap: var(--_space-2);
  }
  @container timeline (width < 44rem) {
    .row {
      grid-template-columns: var(--_target) minmax(0, 1fr);
      grid-template-areas: 'check label' 'track track' 'side side';
      height: auto;
      padding: var(--_space-2);
      gap: var(--_space-1) var(--_space-2);
      contain-intrinsic-size: auto 7rem;
    }
    .row > :first-child {
      grid-area: check;
    }
    .row .label {
      grid-area: label;
    }
    .row .track {
      grid-area: track;
      height: calc(var(--_target) + 0.5rem);
    }
    .row .side {
      grid-area: side;
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-1) var(--_space-2);
    }
    .name,
    .dates,
    .state {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .after {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .axis {
      grid-template-columns: minmax(0, 1fr);
    }
    .links {
      display: none;
    }
    .unscheduled {
      line-height: inherit;
    }
  }
`;
