import { css } from 'lit';

/**
 * A horizontal bar filled to a share (`<div class="bar"><span style="width: …"></span></div>`):
 * the checklist's progress and a review's SLA clock. Each element sets `--_bar-height` from its
 * own documented custom property.
 */
export const barStyles = css`
  .bar {
    height: var(--_bar-height, 0.5rem);
    border-radius: var(--_radius-pill);
    background: var(--_surface-muted);
    border: 1px solid var(--_outline);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    height: 100%;
    background: var(--_primary);
  }
`;
