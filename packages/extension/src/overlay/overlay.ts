
/** The tag of the one node the extension adds to a host page. */
export const OVERLAY_TAG = 'preflight-overlay';

/** Where the panel's host goes: at the end of the body (of the root element while there is none). */
const panelParent = () => document.body ?? document.documentElement;

/**
 * Removes the panel a copy of this script from before an update of the extension left. It was put
 * where this one goes, so only that parent's children are looked at, never the whole page.
 */
export function removeLeftPanels(): void {
  const children = panelParent().children;
  for (let i = children.length - 1; i >= 0; i--) if (children[i]!.localName === OVERLAY_TAG) children[i]!.remove();
}

export interface OverlayOptions {
  onOpenPlan: (planId: string) => void;
  /** Starts folded to its pill: the user's last choice. Unfolded when not given. */
  folded?: boolean;
  /** The user folded or unfolded the panel (not called for a choice passed in with `fold`). */
  onFoldChange?: (folded: boolean) => void;
}

/** The parts of a drawn panel that change when it is folded. */
interface PanelParts {
  panel: HTMLElement;
  toggle: HTMLButtonElement;
  body: HTMLElement;
}

/**
 * The on-page panel: one host element with an open shadow root holding plain DOM (custom elements
 * are unavailable to content scripts in Chrome), parsed from the markup the background made with
 * the verdict (overlay/markup.ts). It keeps its folded state across redraws.
 */
export class Overlay {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private panel: PanelParts | undefined;
  private expanded: boolean;

  constructor(private readonly options: OverlayOptions) {
    this.expanded = !options.folded;
  }

  get node(): HTMLElement | undefined {
    return this.host;
  }

  /** Draws the markup, which shows the panel folded or not (`drawnFolded`); the panel's own state wins. */
  show(markup: string, drawnFolded = false): void {
    if (this.host?.isConnected && this.root) {
      this.draw(this.root, markup, drawnFolded);
      return;
    }
    this.remove();
    const host = document.createElement(OVERLAY_TAG);
    this.host = host;
    const root = host.attachShadow({ mode: 'open' });
    this.root = root;
    // One listener each for the whole panel, kept across redraws.
    root.addEventListener('click', (event) => this.onClick(event));
    root.addEventListener('keydown', (event) => this.onKeydown(event as KeyboardEvent));
    // Drawn while detached, so building the panel's nodes invalidates nothing in the page's
    // document; the page then sees a single insertion.
    this.draw(root, markup, drawnFolded);
    panelParent().append(host);
  }

  /**
   * Applies a choice made elsewhere (the panel in another tab). Focus stays where it is, unless it
   * was inside the checks being hidden: then it goes to the toggle rather than being lost.
   */
  fold(folded: boolean): void {
    if (folded === !this.expanded) return;
    const parts = this.parts();
    const focusInBody = !!parts && !!this.root?.activeElement && parts.body.contains(this.root.activeElement);
    this.apply(!folded);
    if (folded && focusInBody) parts?.toggle.focus();
  }

  remove(): void {
    this.host?.remove();
    this.host = undefined;
    this.root = undefined;
    this.panel = undefined;
  }

  private draw(root: ShadowRoot, markup: string, drawnFolded: boolean): void {
    root.innerHTML = markup;
    // Its parts are looked up when they first change: a panel drawn as it should be costs the page no more calls.
    this.panel = undefined;
    if (drawnFolded === this.expanded) this.apply(this.expanded);
  }

  /** The drawn panel's parts that folding changes; undefined when the markup has none. */
  private parts(): PanelParts | undefined {
    if (this.panel || !this.root) return this.panel;
    const panel = this.root.querySelector<HTMLElement>('.panel');
    const toggle = this.root.querySelector<HTMLButtonElement>('.toggle');
    const body = this.root.querySelector<HTMLElement>('.body');
    return (this.panel = panel && toggle && body ? { panel, toggle, body } : undefined);
  }

  private onClick(event: Event): void {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('.toggle')) this.choose(!this.expanded);
    const open = target?.closest<HTMLElement>('[data-plan-id]');
    if (open?.dataset.planId) this.options.onOpenPlan(open.dataset.planId);
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.expanded) {
      event.stopPropagation();
      this.choose(false);
    }
  }

  /** The user's own fold or unfold: focus goes to the toggle, and the choice is passed on to be kept. */
  private choose(expanded: boolean): void {
    this.apply(expanded);
    if (!expanded) this.parts()?.toggle.focus();
    this.options.onFoldChange?.(!expanded);
  }

  /** Folds the drawn panel to its pill, or unfolds it. */
  private apply(expanded: boolean): void {
    this.expanded = expanded;
    const parts = this.parts();
    if (!parts) return;
    const { panel, toggle, body } = parts;
    panel.classList.toggle('folded', !expanded);
    toggle.setAttribute('aria-expanded', String(expanded));
    body.hidden = !expanded;
  }
}
