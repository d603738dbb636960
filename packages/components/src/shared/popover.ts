import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Placement } from '@floating-ui/dom';
import type * as Floating from './floating.js';

type Host = ReactiveControllerHost & HTMLElement;
type FloatingUi = typeof Floating;
/** `source` (not yet in TypeScript's DOM types) makes the anchor the popover's invoker. */
type ShowPopover = (options?: { source?: HTMLElement }) => void;

let surfaces = 0;

let loading: Promise<FloatingUi> | undefined;

/**
 * Floating UI, loaded on the first open: most pages never open a popover or a date picker, and it
 * is a third of a small element's size. A failed load is forgotten so the next open tries again.
 */
export function floatingUi(): Promise<FloatingUi | undefined> {
  loading ??= import('./floating.js');
  return loading.catch(() => {
    loading = undefined;
    return undefined;
  });
}

/**
 * The one popover primitive: a top-layer `popover="auto"` dialog positioned beside its anchor
 * by Floating UI. Light dismiss and Escape come from the Popover API; focus moves into the
 * dialog on open and back to the anchor on close; `autoUpdate` stops on close and on disconnect.
 *
 * Render `controller.render(label, content)` once in the host's template; open it with
 * `show(anchor, key)` and mark anchors with `aria-expanded=${controller.isOpen(key)}` and
 * `aria-controls=${controller.id}`. The anchor is the popover's invoker, so Tab out of the popover
 * goes on from the anchor, and a click on the anchor is not a light dismiss.
 * Floating UI is loaded on the first open; should it fail to load, the popover still opens, unplaced.
 */
export class PopoverController implements ReactiveController {
  /** The surface's id, for the anchors' `aria-controls`. */
  readonly id = `preflight-popover-${++surfaces}`;
  private surface?: HTMLElement;
  private anchor?: HTMLElement;
  private key?: string;
  private stopPositioning?: () => void;

  constructor(
    private readonly host: Host,
    private readonly placement: Placement = 'bottom-start',
  ) {
    host.addController(this);
  }

  /** The key of what the popover is open for, if it is open. */
  get openKey(): string | undefined {
    return this.key;
  }

  isOpen(key?: string): boolean {
    return this.key !== undefined && (key === undefined || key === this.key);
  }

  async show(anchor: HTMLElement, key: string): Promise<void> {
    if (this.key === key) return;
    if (this.key !== undefined) this.hide();
    this.anchor = anchor;
    this.key = key;
    this.host.requestUpdate();
    const [, floating] = await Promise.all([this.host.updateComplete, floatingUi()]);
    const surface = this.surface;
    if (!surface || this.key !== key || !anchor.isConnected) return;
    (surface.showPopover as ShowPopover)({ source: anchor });
    if (floating) this.stopPositioning = keepBeside(floating, anchor, surface, this.placement);
    surface.focus();
  }

  toggle(anchor: HTMLElement, key: string): void {
    if (this.key === key) this.hide();
    else void this.show(anchor, key);
  }

  hide(): void {
    if (this.surface?.matches(':popover-open')) this.surface.hidePopover();
    else this.closed();
  }

  hostDisconnected(): void {
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    this.key = undefined;
    this.anchor = undefined;
  }

  render(label: string, content: () => unknown): TemplateResult {
    return html`<div
      class="popover"
      id=${this.id}
      part="popover"
      popover="auto"
      role="dialog"
      aria-label=${label}
      tabindex="-1"
      ${ref((el) => (this.surface = el as HTMLElement | undefined))}
      @toggle=${(e: ToggleEvent) => e.newState === 'closed' && this.closed()}
    >
      ${this.key !== undefined
        ? html`<div class="popover-body">${content()}</div>
            <button type="button" class="popover-close" part="popover-close" @click=${() => this.hide()}>Close</button>`
        : nothing}
    </div>`;
  }

  private closed(): void {
    this.stopPositioning?.();
    this.stopPositioning = undefined;
    const anchor = this.anchor;
    const root = this.host.shadowRoot;
    // Give focus back only when it was in the dialog (Escape, Close), not when the user clicked elsewhere.
    const active = root?.activeElement;
    const focusWasInside = !active || (this.surface?.contains(active) ?? false) || active === this.surface;
    this.key = undefined;
    this.anchor = undefined;
    this.host.requestUpdate();
    if (anchor?.isConnected && focusWasInside && (!document.activeElement || document.activeElement === document.body || document.activeElement === this.host)) anchor.focus();
  }
}

/** Keeps a top-layer `surface` (fixed, inset auto, margin 0) beside its anchor while both are shown; returns what stops it. */
export function keepBeside({ autoUpdate, computePosition, flip, offset, shift }: FloatingUi, anchor: HTMLElement, surface: HTMLElement, placement: Placement): () => void {
  const place = async () => {
    const { x, y } = await computePosition(anchor, surface, { strategy: 'fixed', placement, middleware: [offset(6), flip(), shift({ padding: 8 })] });
    Object.assign(surface.style, { left: `${x}px`, top: `${y}px` });
  };
  return autoUpdate(anchor, surface, () => void place());
}

export const popoverStyles = css`
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    top: 0;
    left: 0;
    max-width: min(24rem, calc(100vw - 16px));
    padding: var(--_space-3);
    border: 1px solid var(--_outline);
    border-radius: var(--_radius-lg);
    background: var(--_surface-raised);
    color: var(--_on-surface);
    box-shadow: var(--_shadow-raised);
  }
  .popover-body {
    display: grid;
    gap: var(--_space-2);
  }
  .popover-close {
    margin-top: var(--_space-2);
  }
`;
