import { css } from 'lit';
import { visuallyHidden } from '../shared/tokens.js';

export const agendaStyles = css`
  h2,
  h3,
  p {
    margin: 0;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-2);
    margin-bottom: var(--_space-3);
  }
  .heading {
    display: grid;
    gap: var(--_space-half);
    min-width: 0;
    flex: 1 1 16rem;
  }
  h2 {
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-semibold);
  }
  h2 .date {
    white-space: nowrap;
    color: var(--_on-surface-muted);
    font-weight: var(--_font-weight-medium);
    font-variant-numeric: tabular-nums;
  }
  .purpose {
    color: var(--_on-surface);
  }
  .covers {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  button.copy {
    min-height: 2rem;
    padding: 0 var(--_space-3);
    font-weight: var(--_font-weight-medium);
  }
  button.copy:hover {
    background: var(--_surface-muted);
  }
  .copy-status:empty {
    ${visuallyHidden}
  }
  .copy-status {
    margin-bottom: var(--_space-2);
    color: var(--_ready);
    font-size: var(--_font-size-sm);
  }
  .copy-fallback {
    width: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: var(--_font-size-sm);
    padding: var(--_space-2);
    margin-bottom: var(--_space-2);
  }
  /* Sections flow down two columns where there is room, each kept whole. */
  .sections {
    columns: 2 19rem;
    column-gap: var(--_space-6);
  }
  .section {
    break-inside: avoid;
    min-width: 0;
    padding: var(--_space-2) 0 var(--_space-3);
    border-top: 1px solid var(--_outline-subtle);
  }
  h3 {
    font-size: var(--_font-size-md);
    font-weight: var(--_font-weight-semibold);
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    margin-bottom: var(--_space-1);
  }
  .count {
    min-width: 1.25rem;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius-pill);
    background: var(--_surface-muted);
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-medium);
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .section[data-id='blocked'] .count[data-some] {
    background: var(--_blocked-container);
    color: var(--_blocked);
  }
  .nothing {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  .section ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-2);
  }
  /* A line: the kind, then the title, then what it is about below, all from the same left edge. */
  .entry {
    min-width: 0;
  }
  .entry .kind {
    display: inline-block;
    margin-inline-end: var(--_space-1);
    padding: 0 var(--_space-1);
    border-radius: var(--_radius-sm);
    background: var(--_surface-muted);
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-xs);
    font-weight: var(--_font-weight-medium);
    line-height: 1.25rem;
    vertical-align: 1px;
    white-space: nowrap;
  }
  .entry .title {
    overflow-wrap: anywhere;
  }
  .entry .meta {
    display: block;
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  .entry.person {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .entry.person .meta {
    font-variant-numeric: tabular-nums;
  }
  .campaign {
    font-weight: var(--_font-weight-medium);
  }
  time {
    white-space: nowrap;
  }
  .severity {
    text-transform: capitalize;
  }
  .blocked[data-severity='critical'] .severity,
  .blocked[data-severity='high'] .severity {
    background: var(--_blocked-container);
    color: var(--_blocked);
  }
  .blocked[data-severity='medium'] .severity {
    background: var(--_at-risk-container);
    color: var(--_at-risk);
  }
  .flag,
  .note.warn {
    color: var(--_blocked);
    font-weight: var(--_font-weight-semibold);
  }
  .note.warn {
    font-weight: var(--_font-weight-medium);
  }
  .flag {
    white-space: nowrap;
  }
`;
