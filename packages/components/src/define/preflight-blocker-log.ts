import { PreflightBlockerLog } from '../blocker-log/blocker-log.js';

if (!customElements.get('preflight-blocker-log')) customElements.define('preflight-blocker-log', PreflightBlockerLog);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-blocker-log': PreflightBlockerLog;
  }
}

export { PreflightBlockerLog };
