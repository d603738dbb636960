import { PreflightActions } from '../actions/actions.js';

if (!customElements.get('preflight-actions')) customElements.define('preflight-actions', PreflightActions);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-actions': PreflightActions;
  }
}

export { PreflightActions };
