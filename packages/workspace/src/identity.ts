import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';

/**
 * Who is using the workspace: a name, asked once per browser, and for each plan the role of that plan
 * they act as (plans name their roles differently). The role is what the elements stamp on
 * done-by, raised-by, decided-by and the log; the name says who is behind it on this device.
 */
export interface Identity {
  name: string;
  /** The role acted as, by plan id. */
  roles: Record<string, string>;
  /** The role chosen last, offered first on a plan that has it. */
  lastRole?: string;
}

const NAME_MAX = 80;
const identityKey = (dbName: string | undefined) => `preflight-identity:${dbName ?? 'default'}`;

/** The identity saved in this browser, or undefined when none was given or what is saved cannot be read. */
export function loadIdentity(dbName: string | undefined): Identity | undefined {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(identityKey(dbName)) ?? 'null');
    if (!raw || typeof raw !== 'object') return undefined;
    const { name, roles, lastRole } = raw as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) return undefined;
    const kept = Object.entries(roles && typeof roles === 'object' ? roles : {}).filter((e): e is [string, string] => typeof e[1] === 'string');
    return { name: name.slice(0, NAME_MAX), roles: Object.fromEntries(kept), ...(typeof lastRole === 'string' ? { lastRole } : {}) };
  } catch {
    return undefined;
  }
}

export function saveIdentity(dbName: string | undefined, identity: Identity): void {
  try {
    localStorage.setItem(identityKey(dbName), JSON.stringify(identity));
  } catch {
    // Storage blocked: the identity holds for this page only.
  }
}

/** The role `identity` acts as on a plan with these roles: the one chosen for it, if the plan still has it. */
export function roleOn(identity: Identity | undefined, planId: string, roles: readonly string[]): string | undefined {
  const role = identity?.roles[planId];
  return role !== undefined && roles.includes(role) ? role : undefined;
}

/**
 * Asks who you are (a name, and a role of the open plan) until answered, then says it in one line
 * with a Change button. Light DOM: it takes the workspace's styles.
 *
 * @event preflight-identity-change - `detail: Identity` when a name and role are saved.
 */
export class PreflightIdentity extends LitElement {
  @property({ attribute: false }) identity: Identity | undefined;
  /** The open plan. */
  @property({ attribute: 'plan-id' }) planId = '';
  @property() planName = '';
  /** The open plan's roles, in its order. */
  @property({ attribute: false }) roles: readonly string[] = [];

  @state() private changing = false;
  @state() private errors: { name?: string; role?: string } = {};

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render(): TemplateResult | typeof nothing {
    if (!this.planId || !this.roles.length) return nothing;
    const role = roleOn(this.identity, this.planId, this.roles);
    if (this.identity && role && !this.changing) {
      return html`<p class="identity-line">
        <span>Acting as <strong>${role}</strong> (${this.identity.name}): what you do here is signed with this role.</span>
        <button type="button" class="quiet" @click=${this.startChange}>Change</button>
      </p>`;
    }
    return this.renderForm();
  }

  private renderForm(): TemplateResult {
    const { identity, errors } = this;
    const chosen = roleOn(identity, this.planId, this.roles) ?? (identity?.lastRole && this.roles.includes(identity.lastRole) ? identity.lastRole : '');
    const described = (field: 'name' | 'role', hint?: string) => [hint ?? '', errors[field] ? `identity-${field}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<form class="identity-form" aria-labelledby="identity-heading" novalidate @submit=${this.save}>
      <h3 id="identity-heading">${identity ? `Which role do you act as on “${this.planName}”?` : 'Who are you?'}</h3>
      <p class="help" id="identity-help">Gates and steps you mark done, blockers you raise and reviews you ask for or decide are signed with your role.</p>
      <div class="identity-fields">
        <div class="field">
          <label for="identity-name">Your name</label>
          <input id="identity-name" name="name" autocomplete="name" maxlength=${NAME_MAX} .value=${identity?.name ?? ''} aria-invalid=${errors.name ? 'true' : 'false'} aria-describedby=${described('name')} />
          ${errors.name ? html`<p class="field-error" id="identity-name-error">Your name: ${errors.name}</p>` : nothing}
        </div>
        <div class="field">
          <label for="identity-role">Your role on this plan</label>
          <select id="identity-role" name="role" aria-invalid=${errors.role ? 'true' : 'false'} aria-describedby=${described('role', 'identity-help')}>
            <option value="" ?selected=${!chosen}>Choose a role</option>
            ${this.roles.map((r) => html`<option .value=${r} ?selected=${r === chosen}>${r}</option>`)}
          </select>
          ${errors.role ? html`<p class="field-error" id="identity-role-error">Your role on this plan: ${errors.role}</p>` : nothing}
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="primary">Save</button>
        ${this.changing ? html`<button type="button" class="quiet" @click=${() => (this.changing = false)}>Cancel</button>` : nothing}
      </div>
    </form>`;
  }

  private async startChange(): Promise<void> {
    this.changing = true;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#identity-role')?.focus();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    const role = String(data.get('role') ?? '');
    this.errors = {
      ...(name ? {} : { name: 'write the name your team knows you by' }),
      ...(this.roles.includes(role) ? {} : { role: 'choose one of the plan’s roles' }),
    };
    if (this.errors.name || this.errors.role) {
      await this.updateComplete;
      this.querySelector<HTMLElement>(this.errors.name ? '#identity-name' : '#identity-role')?.focus();
      return;
    }
    const identity: Identity = { name, roles: { ...this.identity?.roles, [this.planId]: role }, lastRole: role };
    this.changing = false;
    this.dispatchEvent(new CustomEvent<Identity>('preflight-identity-change', { detail: identity, bubbles: true, composed: true }));
  }
}

customElements.define('preflight-identity', PreflightIdentity);
