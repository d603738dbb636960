import { PreflightBrief } from '../brief/brief.js';

if (!customElements.get('preflight-brief')) customElements.define('preflight-brief', PreflightBrief);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-brief': PreflightBrief;
  }
}

export { PreflightBrief };
