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
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .heading {
    display: grid;
    gap: 2px;
    min-width: 0;
    flex: 1 1 16rem;
  }
  h2 {
    font-size: 1rem;
    font-weight: 600;
  }
  h2 .date {
    white-space: nowrap;
    color: var(--_on-surface-muted);
    font-weight: 500;
    font-variant-numeric: tabular-nums;
  }
  .purpose {
    color: var(--_on-surface);
  }
  .covers {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
  }
  button.copy {
    min-height: 2rem;
    padding: 0 calc(var(--_space) * 1.5);
    font-weight: 500;
  }
  button.copy:hover {
    background: var(--_surface-muted);
  }
  .copy-status:empty {
    ${visuallyHidden}
  }
  .copy-status {
    margin-bottom: var(--_space);
    color: var(--_ready);
    font-size: var(--_font-size-small);
  }
  .copy-fallback {
    width: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, monospace;
    font-size: var(--_font-size-small);
    padding: var(--_space);
    margin-bottom: var(--_space);
  }
  /* Sections flow down two columns where there is room, each kept whole. */
  .sections {
    columns: 2 19rem;
    column-gap: calc(var(--_space) * 3);
  }
  .section {
    break-inside: avoid;
    min-width: 0;
    padding: var(--_space) 0 calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_outline-subtle);
  }
  h3 {
    font-size: var(--_font-size);
    font-weight: 600;
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    margin-bottom: calc(var(--_space) / 2);
  }
  .count {
    min-width: 1.25rem;
    padding: 0 6px;
    border-radius: 999px;
    background: var(--_surface-muted);
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
    font-weight: 500;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .section[data-id='blocked'] .count[data-some] {
    background: var(--_blocked-container);
    color: var(--_blocked);
  }
  .nothing {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-small);
  }
  .section ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 6px;
  }
  /* A line: the kind, then the title, then what it is about below, all from the same left edge. */
  .entry {
    min-width: 0;
  }
  .entry .kind {
    display: inline-block;
    margin-inline-end: 6px;
    padding: 0 6px;
    border-radius: 4px;
    background: var(--_surface-muted);
    color: var(--_on-surface-muted);
    font-size: 0.75rem;
    font-weight: 500;
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
    font-size: var(--_font-size-small);
    overflow-wrap: anywhere;
  }
  .entry.person {
    display: flex;
    justify-content: space-between;
    gap: var(--_space);
  }
  .entry.person .meta {
    font-variant-numeric: tabular-nums;
  }
  .campaign {
    font-weight: 500;
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
    font-weight: 600;
  }
  .note.warn {
    font-weight: 500;
  }
  .flag {
    white-space: nowrap;
  }
`;
