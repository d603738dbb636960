import { html, nothing, type TemplateResult } from 'lit-html';
import { browser } from 'wxt/browser';
import type { PlatformId } from '@preflight/core';
import { missingHostAccess, platformList, type MissingAccess } from './access.js';

/** `https://app.hubspot.com/*` → `app.hubspot.com`. */
const hostOf = (origin: string) => origin.replace(/^https:\/\//, '').replace(/\/\*$/, '');

/**
 * Which platforms the user has taken host access from (Chrome's "Site access", Firefox's add-on
 * permissions), said where the popup and the settings page can show it, with a button that asks for
 * it back. The page script cannot go into pages on those hosts, so nothing else would tell the user.
 */
export class HostAccessNotice {
  private missing: MissingAccess[] = [];
  /** Platforms allowed again while this page is open: their open tabs need a reload. */
  private regained: string[] = [];
  private problem = '';

  constructor(
    private readonly changed: () => void,
    private platforms: readonly PlatformId[],
  ) {}

  /** Reads the current access and follows changes made here or in the browser's settings. */
  async start(): Promise<void> {
    const refresh = () => void this.refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    await this.refresh();
  }

  /** Only the platforms that are on in the rules are asked about. */
  async setPlatforms(platforms: readonly PlatformId[]): Promise<void> {
    this.platforms = platforms;
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const before = this.missing;
    this.missing = await missingHostAccess(this.platforms, (origins) => browser.permissions.contains({ origins }));
    const stillMissing = (title: string) => this.missing.some((m) => m.title === title);
    const back = before.map((m) => m.title).filter((title) => !stillMissing(title));
    this.regained = [...new Set([...this.regained, ...back])].filter((title) => !stillMissing(title));
    if (!this.missing.length) this.problem = '';
    this.changed();
  }

  /**
   * Asks for every missing host at once. Called straight from the click, with nothing awaited first:
   * both browsers allow the request only while the click is being handled.
   */
  private request(): void {
    const origins = this.missing.flatMap((m) => m.origins);
    browser.permissions.request({ origins }).then(
      (granted) => {
        this.problem = granted ? '' : "Access was not allowed. You can also allow it in the browser's extension settings.";
        return this.refresh();
      },
      (error: unknown) => {
        this.problem = `Preflight could not ask for access: ${error instanceof Error ? error.message : String(error)}`;
        this.changed();
      },
    );
  }

  template(): TemplateResult {
    const titles = this.missing.map((m) => m.title);
    const hosts = this.missing.flatMap((m) => m.origins.map(hostOf));
    return html`<div class="host-access" data-host-access=${this.missing.length ? 'missing' : 'ok'}>
      <div role="status" id="host-access-status">
        ${this.missing.length
          ? html`<div class="notice" id="host-access-notice">
              <p><strong>Preflight can't read ${platformList(titles)} pages.</strong></p>
              <p>Access to ${hosts.join(', ')} is turned off in the browser's extension settings, so no checks run there and the toolbar badge stays empty.</p>
            </div>`
          : nothing}
        ${this.regained.length ? html`<p class="ok" id="host-access-regained">Access allowed. Reload open ${platformList(this.regained)} tabs to check them.</p>` : nothing}
        ${this.problem ? html`<p class="problems" id="host-access-problem">${this.problem}</p>` : nothing}
      </div>
      ${this.missing.length ? html`<button type="button" id="allow-access" aria-describedby="host-access-notice" @click=${() => this.request()}>Allow access</button>` : nothing}
    </div>`;
  }
}
