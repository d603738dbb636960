import { css } from 'lit';

export const metricsStyles = css`
  :host {
    --chart-bar: var(--_primary);
    --chart-line: var(--_at-risk);
  }
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-semibold);
  }
  h3 {
    font-size: var(--_font-size-md);
    font-weight: var(--_font-weight-semibold);
  }
  .muted,
  .scope {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-regular);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space-1) var(--_space-2);
    margin-bottom: var(--_space-3);
  }
  .empty {
    margin-bottom: var(--_space-3);
  }
  .figures {
    list-style: none;
    margin: 0 0 var(--_space-4);
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8.75rem), 1fr));
    gap: var(--_space-2);
  }
  .figure {
    display: grid;
    align-content: start;
    gap: var(--_space-half);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    min-width: 0;
  }
  .figure-title {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-medium);
  }
  .figure-value {
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-semibold);
    line-height: var(--_line-height-tight);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .figure[data-empty='true'] .figure-value {
    color: var(--_on-surface-muted);
  }
  .figure-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: var(--_space-2);
  }
  .figure-p90 {
    font-size: var(--_font-size-sm);
    font-variant-numeric: tabular-nums;
    color: var(--_on-surface-muted);
  }
  .killers h3 {
    font-weight: var(--_font-weight-medium);
  }
  .killer-top {
    font-weight: var(--_font-weight-semibold);
  }
  .figure-basis {
    color: var(--_on-surface-muted);
    font-size: var(--_font-size-sm);
  }
  .killers {
    margin-bottom: var(--_space-4);
  }
  .killers ul {
    max-width: 44rem;
    list-style: none;
    margin: var(--_space-2) 0 0;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
  }
  .killers li {
    display: grid;
    grid-template-columns: minmax(7rem, 12rem) 1fr 2.5rem;
    align-items: center;
    gap: var(--_space-2);
  }
  .killers li.top .killer-name,
  .killers li.top .killer-count {
    font-weight: var(--_font-weight-semibold);
  }
  .killer-bar {
    height: 0.5rem;
    border-radius: var(--_radius-pill);
    background: var(--_surface-muted);
    overflow: hidden;
  }
  .killer-bar > span {
    display: block;
    height: 100%;
    background: var(--chart-bar);
  }
  .killers li.top .killer-bar > span {
    background: var(--chart-line);
  }
  .killer-count {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(var(--columns, 1), minmax(0, 1fr));
    gap: var(--_space-4);
  }
  .chart:last-child:nth-child(odd) {
    grid-column: 1 / -1;
  }
  .chart {
    margin: 0;
    padding: var(--_space-3);
    border: 1px solid var(--_outline-subtle);
    border-radius: var(--_radius);
    min-width: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .chart figcaption {
    display: grid;
    gap: var(--_space-half);
  }
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    font-size: var(--_font-size-sm);
    color: var(--_on-surface-muted);
  }
  .legend li::before {
    content: '';
    display: inline-block;
    width: 0.75rem;
    margin-inline-end: var(--_space-1);
    vertical-align: middle;
  }
  .legend li.bar::before {
    height: 0.625rem;
    border-radius: var(--_radius-sm);
    background: var(--chart-bar);
  }
  .legend li.line::before {
    height: 0;
    border-top: 2px solid var(--chart-line);
  }
  .plot {
    display: block;
    max-width: 100%;
    overflow: visible;
  }
  .plot.loading {
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .plot .grid line {
    stroke: var(--_outline-subtle);
    stroke-dasharray: 2 3;
  }
  .plot .axis line {
    stroke: var(--_outline);
  }
  .plot .tick {
    fill: var(--_on-surface-muted);
    font-size: var(--_font-size-xs);
    font-variant-numeric: tabular-nums;
  }
  .plot .bars rect {
    fill: var(--chart-bar);
    opacity: 0.85;
  }
  .plot .line {
    fill: none;
    stroke: var(--chart-line);
    stroke-width: 2;
    stroke-linejoin: round;
  }
  .plot .dots {
    fill: var(--_surface);
    stroke: var(--chart-line);
    stroke-width: 1.5;
  }
  .data summary {
    cursor: pointer;
    min-height: var(--_target);
    display: inline-flex;
    align-items: center;
    color: var(--_primary);
    font-size: var(--_font-size-sm);
    border-radius: var(--_radius);
  }
  .table-wrap {
    overflow-x: auto;
    max-height: 20rem;
    margin-top: var(--_space-1);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_font-size-sm);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: var(--_font-weight-semibold);
    padding-bottom: var(--_space-1);
  }
  th,
  td {
    text-align: start;
    padding: var(--_space-1) var(--_space-2) var(--_space-1) 0;
    border-bottom: 1px solid var(--_outline-subtle);
    white-space: nowrap;
  }
  thead th {
    color: var(--_on-surface-muted);
    font-weight: var(--_font-weight-medium);
  }
  tbody th {
    font-weight: var(--_font-weight-medium);
  }
  @media (prefers-reduced-motion: no-preference) {
    .killer-bar > span {
      transition: width 0.2s ease-out;
    }
  }
`;
