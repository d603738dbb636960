import { PreflightChecklist } from '../checklist/checklist.js';

if (!customElements.get('preflight-checklist')) customElements.define('preflight-checklist', PreflightChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-checklist': PreflightChecklist;
  }
}

export { PreflightChecklist };
