import { html, LitElement, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_CONFIG, type RulesConfig } from '@preflight/core';
import '@preflight/components/define/preflight-team-settings';
import type { SettingsChange } from '@preflight/components/define/preflight-team-settings';
import { saveSettings } from './settings-storage.js';

export type { SettingsChange };

/**
 * The sidebar's Team settings: the library's settings form, kept in this browser per plan database.
 * The form's `preflight-settings-change` goes on to the workspace, which applies the rules to every
 * widget; a browser that refuses to store them still has them until the page is closed.
 */
export class WorkspaceSettings extends LitElement {
  /** The plan database these settings belong to. */
  @property({ attribute: 'db-name' }) dbName: string | undefined;
  /** The config in force (defaults filled in). */
  @property({ attribute: false }) config: RulesConfig = DEFAULT_CONFIG;

  @state() private refusal = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult {
    return html`<section class="team-settings" aria-labelledby="team-settings-heading">
      <h3 id="team-settings-heading">Team settings</h3>
      <p class="help">The rules every widget judges plans by, kept in this browser. Embed links and snippets made below carry them.</p>
      <preflight-team-settings heading-level="4" .config=${this.config} @preflight-settings-change=${(e: CustomEvent<SettingsChange>) => this.keep(e.detail)}></preflight-team-settings>
      <p class="settings-refusal" role="status">${this.refusal}</p>
    </section>`;
  }

  private keep(detail: SettingsChange): void {
    try {
      saveSettings(this.dbName, detail.config);
      this.refusal = '';
    } catch (error) {
      this.refusal = `This browser refused to save the settings (${(error as Error).message}); they apply until the page is closed.`;
    }
  }
}

customElements.define('preflight-workspace-settings', WorkspaceSettings);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-workspace-settings': WorkspaceSettings;
  }
}
