import { html } from 'lit-html';

/**
 * All of the panel's styles live in its shadow root. `:host` resets every inherited and
 * page-set property (`!important` inside the shadow tree outranks the page's own), so the page
 * cannot restyle the panel and the panel cannot restyle the page.
 */
export const overlayStyles = html`<style>
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
  .panel {
    width: 360px;
    max-width: calc(100vw - 32px);
    max-height: calc(100vh - 32px);
    display: flex;
    flex-direction: column;
    background: #fff;
    border: 1px solid #c4c6cf;
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
  button:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
  .toggle {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    padding: 8px 12px;
    border: 0;
    border-radius: 0;
    background: #f3f4f8;
    color: inherit;
    text-align: left;
  }
  .toggle .title { font-weight: 600; flex: 1; }
  .state { padding: 2px 8px; border-radius: 999px; font-size: 12px; font-weight: 600; color: #fff; }
  .state.blocked { background: #c62828; }
  .state.at-risk { background: #8a5300; }
  .state.ready { background: #2e7d32; }
  .body { overflow: auto; padding: 8px 12px 12px; }
  h2, h3 { font-size: 14px; margin: 8px 0 4px; }
  ul { list-style: none; margin: 0; padding: 0; }
  li.check { padding: 6px 0; border-top: 1px solid #e6e7ee; }
  .severity { font-size: 12px; font-weight: 600; text-transform: uppercase; margin-right: 6px; }
  .severity.blocker { color: #b71c1c; }
  .severity.warning { color: #7a4a00; }
  .severity.info { color: #44474f; }
  .fix { color: #44474f; font-size: 13px; margin-top: 2px; }
  .muted { color: #44474f; font-size: 13px; }
  .open-plan { margin-top: 8px; padding: 4px 12px; border: 1px solid #1a56db; background: #fff; color: #1a56db; }
</style>`;
