import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addressProblem, httpFor, TeamApi, TeamApiError, tokenProblem, wsFor, type TeamPlanSummary, type TeamServerConfig, type TeamServerOrigin } from './team-server.js';

export interface TeamConnected {
  server: TeamServerConfig;
  plans: TeamPlanSummary[];
}

const ORIGIN_TEXT: Record<TeamServerOrigin, string> = {
  start: 'from npm start on this computer',
  saved: 'saved in this browser',
  link: 'from a share link',
};

/**
 * The sidebar's team server: who the workspace is connected as, and a way to disconnect; or, with no
 * server, "Connect a team server" (its address and a share token, checked with the server before
 * anything is saved; a refusal is named at the field it concerns).
 */
export class TeamConnect extends LitElement {
  @property({ attribute: false }) server: TeamServerConfig | undefined;
  @property({ attribute: false }) origin: TeamServerOrigin | undefined;
  /** Why the plans could not be listed, if they could not. */
  @property({ attribute: false }) problem = '';

  @state() private open = false;
  @state() private busy = false;
  @state() private urlProblem = '';
  @state() private tokenProblemText = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult {
    return html`<section class="team-connect" aria-labelledby="team-connect-heading">
      <h3 id="team-connect-heading">Team server</h3>
      ${this.server ? this.renderConnected(this.server) : this.renderForm()}
    </section>`;
  }

  private renderConnected(server: TeamServerConfig): TemplateResult {
    const claims = new TeamApi(server).claims;
    return html`<p class="team-server-line">
        <span class="team-server-address">${server.url}</span>
        <span class="hint">${this.origin ? ORIGIN_TEXT[this.origin] : ''}${claims.name ? html` · as ${claims.name}` : nothing}${claims.role ? ` (${claims.role})` : ''}</span>
      </p>
      ${this.problem ? html`<p class="field-error" role="alert">The team’s plans could not be listed: ${this.problem}</p>` : nothing}
      <button type="button" class="quiet" @click=${this.disconnect}>Disconnect</button>`;
  }

  private renderForm(): TemplateResult {
    if (!this.open)
      return html`<p class="hint">Plans on a team server are edited live by everyone with a link.</p>
        <button type="button" @click=${() => (this.open = true)}>Connect a team server</button>`;
    const invalid = (problem: string) => (problem ? 'true' : 'false');
    return html`<form class="team-connect-form" novalidate @submit=${this.connect}>
      <div class="field">
        <label for="team-url">Server address</label>
        <input id="team-url" name="url" type="url" required placeholder="wss://team.example.com" aria-invalid=${invalid(this.urlProblem)} aria-describedby="team-url-error" />
        <p class="field-error" id="team-url-error">${this.urlProblem}</p>
      </div>
      <div class="field">
        <label for="team-token">Share token</label>
        <input id="team-token" name="token" required autocomplete="off" spellcheck="false" aria-invalid=${invalid(this.tokenProblemText)} aria-describedby="team-token-error team-token-hint" />
        <p class="hint" id="team-token-hint">An admin token lists every plan; an editor’s or a viewer’s opens its one plan.</p>
        <p class="field-error" id="team-token-error">${this.tokenProblemText}</p>
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${this.busy}>${this.busy ? 'Checking…' : 'Connect'}</button>
        <button type="button" class="quiet" @click=${() => (this.open = false)}>Cancel</button>
      </div>
    </form>`;
  }

  private async connect(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const address = String(data.get('url') ?? '').trim();
    const token = String(data.get('token') ?? '').trim();
    this.urlProblem = addressProblem(address) ?? '';
    this.tokenProblemText = tokenProblem(token) ?? '';
    if (this.urlProblem || this.tokenProblemText) return this.focusProblem();
    const server: TeamServerConfig = { url: wsFor(address), http: httpFor(address), token };
    this.busy = true;
    try {
      const plans = await new TeamApi(server).plans();
      this.open = false;
      this.dispatchEvent(new CustomEvent<TeamConnected>('preflight-team-connect', { detail: { server, plans }, bubbles: true }));
    } catch (error) {
      const refusal = error instanceof TeamApiError ? error : new TeamApiError(String(error), 0);
      if (refusal.status === 0) this.urlProblem = `${refusal.message} Check the address, and that the server is running.`;
      else if (refusal.status === 401 || refusal.status === 403) this.tokenProblemText = `The team server refused this token: ${refusal.message}.`;
      else this.urlProblem = `The team server answered with an error: ${refusal.message}.`;
      this.focusProblem();
    } finally {
      this.busy = false;
    }
  }

  private focusProblem(): void {
    void this.updateComplete.then(() => this.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
  }

  private disconnect(): void {
    this.dispatchEvent(new CustomEvent('preflight-team-disconnect', { bubbles: true }));
  }
}

customElements.define('preflight-team-connect', TeamConnect);

declare global {
  interface HTMLElementTagNameMap {
    'preflight-team-connect': TeamConnect;
  }
}
