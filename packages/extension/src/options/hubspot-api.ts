import { html, nothing, type TemplateResult } from 'lit-html';
import { browser } from 'wxt/browser';
import type { ApiAnswer } from '../facts/answer.js';
import { maskToken, tokenProblem } from '../facts/hubspot/token.js';
import { HUBSPOT_API_ORIGIN } from '../hosts/hosts.js';
import { hubspotAnswerItem, hubspotApiItem } from '../storage/items.js';

/**
 * The options page's HubSpot API section: a private app's token turns it on (kept in this browser's
 * local storage, shown masked, removable), and turning it on asks for the API host, an optional
 * permission, from the click itself. It says whether the host is allowed and what the API last
 * answered, in plain sentences.
 */
export class HubSpotApiSection {
  private token: string | undefined;
  private allowed = false;
  private answer: ApiAnswer | null = null;
  private message: { ok: boolean; text: string } | undefined;
  private fieldProblem: string | undefined;

  constructor(private readonly changed: () => void) {}

  async start(): Promise<void> {
    const refresh = () => void this.refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    hubspotApiItem.watch(refresh);
    hubspotAnswerItem.watch(refresh);
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    const [saved, allowed, answer] = await Promise.all([hubspotApiItem.getValue(), browser.permissions.contains({ origins: [HUBSPOT_API_ORIGIN] }), hubspotAnswerItem.getValue()]);
    this.token = typeof saved?.token === 'string' ? saved.token : undefined;
    this.allowed = allowed;
    this.answer = answer;
    this.changed();
  }

  /**
   * Asks for the API host straight from the user's click or submit, with nothing awaited first (both
   * browsers allow the request only while the user's input is handled). The API is used once the
   * token is kept and the host allowed; until then the section says so.
   */
  private ask(): Promise<void> {
    return browser.permissions.request({ origins: [HUBSPOT_API_ORIGIN] }).then(
      (granted) => {
        if (!granted) this.message = { ok: false, text: 'Access to api.hubapi.com was not allowed, so the API is not used.' };
        return this.refresh();
      },
      (error: unknown) => {
        this.message = { ok: false, text: `Preflight could not ask for access to api.hubapi.com: ${error instanceof Error ? error.message : String(error)}` };
        this.changed();
      },
    );
  }

  private turnOn(form: HTMLFormElement): void {
    const token = String(new FormData(form).get('token') ?? '').trim();
    this.fieldProblem = tokenProblem(token);
    if (this.fieldProblem) {
      this.message = undefined;
      this.changed();
      form.querySelector<HTMLElement>('#hubspot-token')?.focus();
      return;
    }
    const asked = this.ask();
    void (async () => {
      await hubspotApiItem.setValue({ token });
      // A new token: what the last one was answered no longer holds.
      await hubspotAnswerItem.removeValue();
      this.message = { ok: true, text: 'Token kept. Campaign facts on HubSpot pages come from the HubSpot API once api.hubapi.com is allowed.' };
      form.reset();
      await this.refresh();
      await asked;
    })();
  }

  private async remove(): Promise<void> {
    // Said first: the storage watch redraws the section as soon as the token is gone.
    this.message = { ok: true, text: 'Token removed. Campaign facts on HubSpot pages come from the page again.' };
    await hubspotApiItem.removeValue();
    await hubspotAnswerItem.removeValue();
    // An optional permission is the extension's to give back.
    await browser.permissions.remove({ origins: [HUBSPOT_API_ORIGIN] }).catch(() => false);
    await this.refresh();
  }

  private status(): TemplateResult | typeof nothing {
    if (!this.token) return nothing;
    if (!this.allowed) return html`<p class="problems" id="hubspot-api-access">Access to api.hubapi.com is not allowed: the API is not used until it is.</p>`;
    const a = this.answer;
    if (!a) return html`<p class="muted" id="hubspot-api-answer">No HubSpot campaign page has asked the API yet.</p>`;
    return a.problem
      ? html`<p class="problems" id="hubspot-api-answer">Last answer, for ${a.campaignKey} at ${a.at}: ${a.problem}</p>`
      : html`<p class="ok" id="hubspot-api-answer">Last answer, for ${a.campaignKey} at ${a.at}: the campaign's facts.</p>`;
  }

  template(): TemplateResult {
    const fault = this.fieldProblem;
    return html`<section aria-labelledby="hubspot-api-heading" data-hubspot-api=${this.token ? (this.allowed ? 'on' : 'no-access') : 'off'}>
      <h2 id="hubspot-api-heading">HubSpot API</h2>
      <p class="muted">
        With a HubSpot private app's token (scope marketing.campaigns.read), a campaign's facts come from HubSpot's Marketing Campaigns API instead of the page. The token stays in
        this browser and goes only to api.hubapi.com.
      </p>
      ${this.token
        ? html`<p>Token <code id="hubspot-token-masked">${maskToken(this.token)}</code></p>
            ${this.allowed ? nothing : html`<button type="button" id="hubspot-api-allow" aria-describedby="hubspot-api-access" @click=${() => void this.ask()}>Allow access to api.hubapi.com</button>`}
            <button type="button" id="hubspot-token-remove" @click=${() => void this.remove()}>Remove the token</button>`
        : html`<form id="hubspot-api-form" novalidate @submit=${(event: SubmitEvent) => (event.preventDefault(), this.turnOn(event.currentTarget as HTMLFormElement))}>
            <label for="hubspot-token">Private app access token</label>
            <input type="password" id="hubspot-token" name="token" autocomplete="off" spellcheck="false" aria-describedby=${fault ? 'hubspot-token-problem' : nothing} aria-invalid=${fault ? 'true' : nothing} />
            ${fault ? html`<p class="problems" id="hubspot-token-problem">${fault}</p>` : nothing}
            <button type="submit">Turn on the HubSpot API</button>
          </form>`}
      <div role="status" id="hubspot-api-status">
        ${this.message ? html`<p class=${this.message.ok ? 'ok' : 'problems'} id="hubspot-api-message">${this.message.text}</p>` : nothing} ${this.status()}
      </div>
    </section>`;
  }
}
