import { PreflightRaci } from '../raci/raci.js';

if (!customElements.get('preflight-raci')) customElements.define('preflight-raci', PreflightRaci);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-raci': PreflightRaci;
  }
}

export { PreflightRaci };
