import { PreflightApprovals } from '../approvals/approvals.js';

if (!customElements.get('preflight-approvals')) customElements.define('preflight-approvals', PreflightApprovals);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-approvals': PreflightApprovals;
  }
}

export { PreflightApprovals };
