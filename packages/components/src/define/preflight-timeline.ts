import { PreflightTimeline } from '../timeline/timeline.js';

if (!customElements.get('preflight-timeline')) customElements.define('preflight-timeline', PreflightTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-timeline': PreflightTimeline;
  }
}

export { PreflightTimeline };
