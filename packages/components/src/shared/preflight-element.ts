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
 * @cssproperty --preflight-font-size-xs - Type scale: chips and chart labels (0.75rem, 12px).
 * @cssproperty --preflight-font-size-sm - Type scale: secondary text (0.8125rem, 13px); `--preflight-font-size-small` sets it too.
 * @cssproperty --preflight-font-size-md - Type scale: body text (0.875rem, 14px); `--preflight-font-size` sets it too.
 * @cssproperty --preflight-font-size-lg - Type scale: an element's title (1rem, 16px).
 * @cssproperty --preflight-font-size-xl - Type scale: a key figure (1.25rem, 20px).
 * @cssproperty --preflight-font-size-2xl - Type scale: a page heading (1.5rem, 24px).
 * @cssproperty --preflight-font-weight-regular - Weight of body text (400); also `-medium` (500), `-semibold` (600: labels, titles), `-bold` (700: a verdict's state).
 * @cssproperty --preflight-line-height-normal - Line height of text (1.4); `--preflight-line-height-tight` (1.25) for figures.
 * @cssproperty --preflight-space - The 8 px step the spacing scale is built on (0.5rem): every `--preflight-space-N` is N quarters of it.
 * @cssproperty --preflight-space-1 - Spacing scale, N × 4 px from `-1` to `-8` (`-2` between siblings, `-3` inside a card); `-half` is 2 px.
 * @cssproperty --preflight-radius - Corner radius of controls and cards (6px); `--preflight-radius-sm` (4px) for chips, `-lg` (8px) for popovers, `-pill`.
 * @cssproperty --preflight-shadow-raised - Shadow of popovers, dialogs and the date picker, per theme.
 * @cssproperty --preflight-target-size - Smallest pointer target (24px).
 * @cssproperty --preflight-icon-size - Size of the icons (Lucide's), the type scale's lg step (16px) unless set.
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
