import type { Peer, TeamConflict, TeamConnection, TeamPlanStore } from './team-plan-store.js';

/** Initials for a name: “Alice Martin” → AM, “bob” → B. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

/** The connection in words: Live, Offline — 2 changes waiting, Too many changes at once — reconnecting, Refused: the token has expired. */
export function connectionText(connection: TeamConnection, readOnly: boolean): string {
  const n = connection.pendingChanges;
  const state =
    connection.state === 'live'
      ? 'Live'
      : connection.state === 'connecting'
        ? 'Connecting…'
        : connection.state === 'offline'
          ? connection.reason
            ? `${connection.reason}${n > 0 ? ` (${n} change${n === 1 ? '' : 's'} waiting)` : ''}`
            : n > 0
              ? `Offline — ${n} change${n === 1 ? '' : 's'} waiting`
              : 'Offline'
          : `Refused: ${connection.reason ?? 'no reason given'}`;
  return readOnly && connection.state !== 'refused' ? `${state} · Read-only` : state;
}

const SHOWN_PEERS = 4;

/**
 * The strip's look. It lives in the element's shadow root (the strip renders no shadow root of its
 * own), so it reads the element's tokens and theme, and its parts are the element's parts.
 */
const STYLES = `
preflight-team-status{display:block;margin:0 0 var(--_space-1)}
preflight-team-status[compact]{display:inline-block;vertical-align:middle;margin:0 0 0 var(--_space-1)}
preflight-team-status [part~=team-connection]{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_space-1) var(--_space-2);min-height:var(--_target);font-size:var(--_font-size-sm);color:var(--_on-surface-muted)}
preflight-team-status .team-state{display:inline-flex;align-items:center;gap:.375rem;color:var(--_on-surface)}
preflight-team-status .team-mark{flex:none;width:.625rem;height:.625rem;border-radius:50%;border:2px solid var(--_outline)}
preflight-team-status [data-state=live] .team-mark{background:var(--_ready);border-color:var(--_ready)}
preflight-team-status [data-state=offline] .team-mark{border-color:var(--_at-risk)}
preflight-team-status [data-state=refused] .team-mark{border-radius:2px;background:var(--_blocked);border-color:var(--_blocked)}
preflight-team-status [part~=team-peers]{display:flex;flex-wrap:wrap;gap:2px;list-style:none;margin:0;padding:0}
preflight-team-status [part~=team-peers][hidden],preflight-team-status .team-note[hidden]{display:none}
preflight-team-status .team-avatar{display:inline-grid;place-items:center;min-width:var(--_target);height:var(--_target);padding:0 4px;border-radius:999px;border:1px solid var(--_outline-subtle);background:var(--_surface-muted);color:var(--_on-surface);font-size:.6875rem;font-weight:600;line-height:1}
preflight-team-status [part~=team-conflict]{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_space-2);margin-top:var(--_space-1);padding:var(--_space-1) var(--_space-2);border:1px solid var(--_at-risk);background:var(--_at-risk-container);border-radius:var(--_radius);color:var(--_on-surface);font-size:var(--_font-size-sm)}
preflight-team-status [part~=team-conflict] span{flex:1 1 12rem}
preflight-team-status[compact] .team-notices{display:none}
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the strip's style sheet to the element's shadow root, once (a `<style>` child where sheets cannot be adopted). */
function adoptStyles(strip: HTMLElement): void {
  const root = strip.getRootNode();
  if (root instanceof ShadowRoot && 'adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!strip.querySelector('style')) strip.prepend(h('style', {}, STYLES));
}

/** An element with attributes and children, built with the DOM (the strip carries no template library). */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/**
 * @summary The strip a synced element shows for its team plan: the connection to the team server
 * (Live, Offline with the changes waiting, Refused with the reason, Read-only), who else has the plan
 * open, and a notice for each change of yours that someone else's concurrent change replaced.
 * Rendered by the elements inside their own shadow root when bound with `sync`; its parts
 * (`team-connection`, `team-peers`, `team-conflict`) are the element's parts. Not meant to be placed alone.
 */
export class PreflightTeamStatus extends HTMLElement {
  private current: TeamPlanStore | undefined;
  private off: (() => void)[] = [];
  private built: { line: HTMLElement; state: HTMLElement; note: HTMLElement; peers: HTMLElement; notices: HTMLElement } | undefined;

  /** The team plan whose connection is shown. */
  get store(): TeamPlanStore | undefined {
    return this.current;
  }

  set store(store: TeamPlanStore | undefined) {
    if (store === this.current) return;
    this.current = store;
    this.listen();
  }

  /** One short line, after the badge's pill: the conflict notices are left to the wider widgets. */
  get compact(): boolean {
    return this.hasAttribute('compact');
  }

  connectedCallback(): void {
    if (!this.built) this.build();
    adoptStyles(this);
    this.listen();
  }

  disconnectedCallback(): void {
    this.unlisten();
  }

  private build(): void {
    const state = h('span', { role: 'status' });
    const line = h('div', { part: 'team-connection' }, h('span', { class: 'team-state' }, h('span', { class: 'team-mark', 'aria-hidden': 'true' }), state));
    const note = h('span', { class: 'team-note', hidden: '' }, 'Not kept offline');
    const peers = h('ul', { part: 'team-peers', 'aria-label': 'Also here', hidden: '' });
    line.append(note, peers);
    const notices = h('div', { class: 'team-notices' });
    this.setAttribute('part', 'team');
    this.replaceChildren(line, notices);
    this.built = { line, state, note, peers, notices };
  }

  private listen(): void {
    this.unlisten();
    const store = this.current;
    if (!store || !this.isConnected) return;
    const refresh = () => this.update();
    this.off = [store.onStatus(refresh), store.onPresence(refresh)];
    this.update();
  }

  private unlisten(): void {
    for (const off of this.off.splice(0)) off();
  }

  /** Brings the strip up to date, changing only what changed (the status and the alerts are live regions). */
  private update(): void {
    const store = this.current;
    const built = this.built;
    if (!store || !built) return;
    const connection = store.connection;
    built.line.dataset.state = connection.state;
    const text = connectionText(connection, store.readOnly);
    if (built.state.textContent !== text) built.state.textContent = text;
    const offline = store.offlineCopy;
    built.note.hidden = offline.kept || !offline.reason || this.compact;
    built.note.title = offline.reason ?? '';
    this.showPeers(store.peers());
    this.showConflicts(store, store.conflicts);
  }

  private showPeers(peers: Peer[]): void {
    const list = this.built!.peers;
    const who = (p: Peer) => `${p.name} (${p.role})`;
    const shown = peers.slice(0, SHOWN_PEERS);
    const rest = peers.slice(SHOWN_PEERS);
    const items = shown.map((p) => h('li', { title: who(p) }, h('span', { class: 'team-avatar', 'aria-hidden': 'true' }, initials(p.name) || '?'), h('span', { class: 'visually-hidden' }, who(p))));
    if (rest.length) {
      const names = rest.map(who).join(', ');
      items.push(h('li', { title: names }, h('span', { class: 'team-avatar', 'aria-hidden': 'true' }, `+${rest.length}`), h('span', { class: 'visually-hidden' }, `and ${names}`)));
    }
    const key = peers.map(who).join('\n');
    if (list.dataset.key === key) return;
    list.dataset.key = key;
    list.replaceChildren(...items);
    list.hidden = peers.length === 0;
  }

  private showConflicts(store: TeamPlanStore, conflicts: readonly TeamConflict[]): void {
    const box = this.built!.notices;
    const existing = new Map([...box.children].map((child) => [(child as HTMLElement).dataset.key!, child]));
    const wanted = new Set(conflicts.map((c) => `${c.key}\n${c.message}`));
    for (const [key, child] of existing) if (!wanted.has(key)) child.remove();
    for (const conflict of conflicts) {
      const key = `${conflict.key}\n${conflict.message}`;
      if (existing.has(key) && existing.get(key)!.isConnected) continue;
      const dismiss = h('button', { type: 'button', 'aria-label': `Dismiss: ${conflict.message}` }, 'Dismiss');
      dismiss.addEventListener('click', () => store.dismissConflict(conflict.key));
      const notice = h('div', { part: 'team-conflict', role: 'alert' }, h('span', {}, conflict.message), dismiss);
      notice.dataset.key = key;
      box.append(notice);
    }
  }
}
