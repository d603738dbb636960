import { PreflightTeamSettings } from '../team-settings/team-settings.js';

if (!customElements.get('preflight-team-settings')) customElements.define('preflight-team-settings', PreflightTeamSettings);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-team-settings': PreflightTeamSettings;
  }
}

export { PreflightTeamSettings };
export type { SettingsChange } from '../team-settings/team-settings.js';
