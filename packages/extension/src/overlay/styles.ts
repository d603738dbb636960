import { colorDeclarations, STATE_FILLS, systemColor } from '@preflight/components/palette';

/** The panel's colours, named by what they mean in the product's palette (the components' tokens). */
const PANEL_COLOURS = {
  text: 'on-surface',
  muted: 'on-surface-muted',
  surface: 'surface-raised',
  bar: 'surface-muted',
  line: 'outline-subtle',
  edge: 'outline',
  accent: 'primary',
  focus: 'focus',
  'sev-blocker': 'blocked',
  'sev-warning': 'at-risk',
} as const;

/**
 * CSS without its comments and the white space nothing reads: the host page parses the panel's
 * stylesheet with every first draw. Safe for these styles: their one quoted name ('Segoe UI') holds
 * none of the characters whose spaces go.
 */
const compactCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .trim();

/**
 * All of the panel's styles live in its shadow root. `:host` resets every inherited and
 * page-set property (`!important` inside the shadow tree outranks the page's own), so the page
 * cannot restyle the panel and the panel cannot restyle the page.
 */
export const overlayCss = compactCss(`
  :host {
    all: initial !important;
    position: fixed !important;
    inset: auto 16px 16px auto !important;
    z-index: 2147483646 !important;
    display: block !important;
    font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif !important;
    color: ${systemColor('on-surface', 'light')} !important;
  }
  * { box-sizing: border-box; }
  /* Colours follow the system's light or dark preference, as the platforms' own dark modes do.
     They are set on .panel, not :host, so the page cannot override them from outside. */
  .panel {
    ${colorDeclarations(PANEL_COLOURS, 'light')}
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
      ${colorDeclarations(PANEL_COLOURS, 'dark')}
      color-scheme: dark;
    }
  }
  button:focus-visible, .body:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
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
  /* White on the state's fill in either theme. */
  .state.blocked { background: ${STATE_FILLS.blocked}; }
  .state.at-risk { background: ${STATE_FILLS['at-risk']}; }
  .state.ready { background: ${STATE_FILLS.ready}; }
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
  .unread, .doubt, .api-problem, .api-note { font-size: 13px; }
  .api-problem { color: var(--sev-warning); }
  .team { font-size: 13px; font-weight: 600; margin: 2px 0 4px; }
  .team.offline, .team.connecting { color: var(--sev-warning); }
  .team.refused { color: var(--sev-blocker); }
  .open-plan { margin-top: 8px; padding: 4px 12px; border: 1px solid var(--accent); background: var(--surface); color: var(--accent); }
`);
