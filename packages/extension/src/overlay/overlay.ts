import type { TabVerdict } from '../verdict/verdict.js';
import { drawPanel, showExpanded, type PanelParts } from './template.js';

/** The tag of the one node the extension adds to a host page. */
export const OVERLAY_TAG = 'preflight-overlay';

/**
 * The on-page panel: one host element with an open shadow root holding plain DOM (custom elements
 * are unavailable to content scripts in Chrome).
 */
export class Overlay {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private panel: PanelParts | undefined;
  private expanded = true;

  constructor(private readonly onOpenPlan: (planId: string) => void) {}

  get node(): HTMLElement | undefined {
    return this.host;
  }

  show(verdict: TabVerdict): void {
    if (this.host?.isConnected && this.root) {
      this.draw(this.root, verdict);
      return;
    }
    this.remove();
    const host = document.createElement(OVERLAY_TAG);
    this.host = host;
    this.root = host.attachShadow({ mode: 'open' });
    // Drawn while detached, so building the panel's nodes invalidates nothing in the page's
    // document; the page then sees a single insertion.
    this.draw(this.root, verdict);
    (document.body ?? document.documentElement).append(host);
  }

  remove(): void {
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.panel = undefined;
  }

  private draw(root: ShadowRoot, verdict: TabVerdict): void {
    this.panel = drawPanel({
      verdict,
      expanded: this.expanded,
      onToggle: () => this.setExpanded(!this.expanded),
      onKeydown: (event) => {
        if (event.key === 'Escape' && this.expanded) {
          event.stopPropagation();
          this.setExpanded(false);
        }
      },
      onOpenPlan: this.onOpenPlan,
    });
    root.replaceChildren(...this.panel.nodes);
  }

  private setExpanded(expanded: boolean): void {
    this.expanded = expanded;
    if (!this.panel) return;
    showExpanded(this.panel, expanded);
    if (!expanded) this.panel.toggle.focus();
  }
}
