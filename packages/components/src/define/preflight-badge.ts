import { PreflightBadge } from '../badge/badge.js';

if (!customElements.get('preflight-badge')) customElements.define('preflight-badge', PreflightBadge);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-badge': PreflightBadge;
  }
}

export { PreflightBadge };
