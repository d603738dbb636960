import { render } from 'lit-html';
import type { TabVerdict } from '../verdict/verdict.js';
import { panelTemplate } from './template.js';

/** The tag of the one node the extension adds to a host page. */
export const OVERLAY_TAG = 'preflight-overlay';

/**
 * The on-page panel: one host element with an open shadow root, rendered with plain lit-html
 * templates (custom elements are unavailable to content scripts in Chrome).
 */
export class Overlay {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private verdict: TabVerdict | undefined;
  private expanded = true;

  constructor(private readonly onOpenPlan: (planId: string) => void) {}

  get node(): HTMLElement | undefined {
    return this.host;
  }

  show(verdict: TabVerdict): void {
    if (!this.host || !this.host.isConnected) {
      this.remove();
      this.host = document.createElement(OVERLAY_TAG);
      this.root = this.host.attachShadow({ mode: 'open' });
      (document.body ?? document.documentElement).append(this.host);
    }
    this.verdict = verdict;
    this.draw();
  }

  remove(): void {
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.verdict = undefined;
  }

  private draw(): void {
    if (!this.root || !this.verdict) return;
    render(
      panelTemplate({
        verdict: this.verdict,
        expanded: this.expanded,
        onToggle: () => this.setExpanded(!this.expanded),
        onKeydown: (event) => {
          if (event.key === 'Escape' && this.expanded) {
            event.stopPropagation();
            this.setExpanded(false);
          }
        },
        onOpenPlan: this.onOpenPlan,
      }),
      this.root,
    );
  }

  private setExpanded(expanded: boolean): void {
    this.expanded = expanded;
    this.draw();
    if (!expanded) this.root?.querySelector<HTMLButtonElement>('button.toggle')?.focus();
  }
}
