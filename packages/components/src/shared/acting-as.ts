import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Plan } from '@preflight/core';
import { renderField } from './forms.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; actor: string | undefined };

/**
 * "Acting as": the role of the plan whose name an element's changes carry, chosen on the element while the
 * page has not set `actor`. Changes made by nobody named are refused here, with the focus on the choice.
 */
export class ActingAsController implements ReactiveController {
  /** Why the last change was refused for who is acting. */
  error: string | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The choice of role; `actor` is the host's actor when it is a role of the plan. */
  renderField(plan: Plan, actor: string | undefined): TemplateResult {
    return renderField(
      { id: 'actor', label: 'Acting as', error: this.error },
      (a) => html`<select part="actor" id=${a.id} name="actor" aria-invalid=${a.invalid} aria-describedby=${a.describedBy} @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!actor}>Choose your role</option>
        ${plan.roles.map((r) => html`<option .value=${r} ?selected=${r === actor}>${r}</option>`)}
      </select>`,
    );
  }

  /** What is wrong with an actor set by the page that is no role of the plan. */
  renderNote(actor: string | undefined): TemplateResult | typeof nothing {
    return this.host.actor && !actor ? html`<p class="note" part="field-error">Acting as: “${this.host.actor}” is not a role of this plan; choose one.</p>` : nothing;
  }

  private choose(role: string): void {
    this.host.actor = role || undefined;
    this.error = undefined;
    this.host.requestUpdate();
  }

  /** Shows the problem with who is acting (none clears it). */
  set(problem: string | undefined): void {
    this.error = problem;
    this.host.requestUpdate();
  }

  /** Names the problem with who is acting at the choice and focuses it. */
  async refuse(problem: string): Promise<void> {
    this.set(problem);
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#actor')?.focus();
  }
}
