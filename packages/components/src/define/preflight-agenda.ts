import { PreflightAgenda } from '../agenda/agenda.js';

if (!customElements.get('preflight-agenda')) customElements.define('preflight-agenda', PreflightAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-agenda': PreflightAgenda;
  }
}

export { PreflightAgenda };
