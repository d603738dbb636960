import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { PreflightEventMap } from './changes.js';
import { tokenStyles } from './tokens.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * The base of every Preflight element: theme, readonly, design tokens and a typed `emit()`.
 *
 * @cssproperty --preflight-color-* - System colours (surface, on-surface, primary, blocked, at-risk, ready…), per theme.
 * @cssproperty --preflight-font-family - Font stack.
 * @cssproperty --preflight-radius - Corner radius.
 * @cssproperty --preflight-target-size - Smallest pointer target (24px).
 */
export class PreflightElement extends LitElement {
  static override styles = [tokenStyles];

  /** `auto` follows the system's colour scheme. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** Shows the data without offering any edit. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Dispatches a Preflight event that bubbles out of shadow roots and can be cancelled.
   * Returns false when a listener called `preventDefault()`.
   */
  protected emit<K extends keyof PreflightEventMap>(name: K, detail: PreflightEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    const event = new CustomEvent(name, { bubbles: true, composed: true, cancelable: options.cancelable ?? true, detail });
    return this.dispatchEvent(event);
  }
}
