/**
 * All of the panel's styles live in its shadow root. `:host` resets every inherited and
 * page-set property (`!important` inside the shadow tree outranks the page's own), so the page
 * cannot restyle the panel and the panel cannot restyle the page.
 */
export const overlayCss = `
  :host {
    all: initial !important;
    position: fixed !important;
    inset: auto 16px 16px auto !important;
    z-index: 2147483646 !important;
    display: block !important;
    font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif !important;
    color: #1b1b1f !important;
  }
  * { box-sizing: border-box; }
  /* Colours follow the system's light or dark preference, as the platforms' own dark modes do.
     They are set on .panel, not :host, so the page cannot override them from outside. */
  .panel {
    --text: #1b1b1f;
    --muted: #44474f;
    --surface: #fff;
    --bar: #f3f4f8;
    --line: #e6e7ee;
    --edge: #c4c6cf;
    --accent: #1a56db;
    --sev-blocker: #b71c1c;
    --sev-warning: #7a4a00;
    color-scheme: light;
    color: var(--text);
    overflow-wrap: anywhere;
    width: 360px;
    max-width: calc(100vw - 32px);
    max-height: calc(100vh - 32px);
    display: flex;
    flex-direction: column;
    background: var(--surface);
    border: 1px solid var(--edge);
    border-radius: 8px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    overflow: hidden;
  }
  button {
    font: inherit;
    min-height: 32px;
    min-width: 32px;
    cursor: pointer;
    border-radius: 6px;
  }
  @media (prefers-color-scheme: dark) {
    .panel {
      --text: #e6e6ea;
      --muted: #b9bcc6;
      --surface: #1f2024;
      --bar: #2a2c31;
      --line: #3a3c42;
      --edge: #5c5f68;
      --accent: #8ab4f8;
      --sev-blocker: #ff8a80;
      --sev-warning: #ffb74d;
      color-scheme: dark;
    }
  }
  button:focus-visible, .body:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  /* The panel clips what overflows it: rings of edge-to-edge boxes are drawn inside them. */
  .toggle:focus-visible, .body:focus-visible { outline-offset: -3px; }
  .toggle {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    padding: 8px 12px;
    border: 0;
    border-radius: 0;
    background: var(--bar);
    color: inherit;
    text-align: left;
  }
  .toggle .title { font-weight: 600; flex: 1; }
  .state { padding: 2px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff; }
  .state.blocked { background: #c62828; }
  .state.at-risk { background: #8a5300; }
  .state.ready { background: #2e7d32; }
  .body { overflow: auto; padding: 8px 12px 12px; }
  /* Folded, the panel is a pill in the same corner, no wider than its words: the corner's own
     controls on the platforms (chat launchers, save bars, pagination) stay in view, and a focused
     one is not hidden behind a bar. */
  .panel.folded { width: auto; border-radius: 999px; }
  .folded .toggle { width: auto; gap: 6px; padding: 4px 12px; border-radius: inherit; white-space: nowrap; }
  .folded .title { flex: none; }
  .folded .platform, .folded .score { display: none; }
  .folded .summary { font-weight: 600; }
  /* The count's word is for assistive tech only: the pill reads "Preflight, Blocked, 3 failing". */
  .folded .failing { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  h2, h3 { font-size: 14px; margin: 8px 0 4px; }
  ul { list-style: none; margin: 0; padding: 0; }
  li.check { padding: 6px 0; border-top: 1px solid var(--line); }
  .severity { font-size: 12px; font-weight: 600; text-transform: uppercase; margin-right: 6px; }
  .severity.blocker { color: var(--sev-blocker); }
  .severity.warning { color: var(--sev-warning); }
  .severity.info { color: var(--muted); }
  .fix { color: var(--muted); font-size: 13px; margin-top: 2px; }
  .muted { color: var(--muted); font-size: 13px; }
  .unread, .api-problem, .api-note { font-size: 13px; }
  .api-problem { color: var(--sev-warning); }
  .team { font-size: 13px; font-weight: 600; margin: 2px 0 4px; }
  .team.offline, .team.connecting { color: var(--sev-warning); }
  .team.refused { color: var(--sev-blocker); }
  .open-plan { margin-top: 8px; padding: 4px 12px; border: 1px solid var(--accent); background: var(--surface); color: var(--accent); }
`;
