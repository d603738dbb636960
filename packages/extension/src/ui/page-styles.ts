import { html } from 'lit-html';

/** Shared look of the extension's own pages (popup, options, plan). */
export const pageStyles = html`<style>
  :root { color-scheme: light; }
  body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1f; margin: 0; padding: 12px 16px; min-width: 320px; }
  h1 { font-size: 16px; margin: 0 0 8px; }
  h2 { font-size: 15px; margin: 20px 0 8px; }
  ul { padding-left: 18px; }
  li { margin: 4px 0; }
  .muted { color: #44474f; font-size: 13px; }
  .state.blocked { color: #b71c1c; }
  .state.at-risk { color: #7a4a00; }
  .state.ready { color: #1b5e20; }
  .severity { font-size: 12px; font-weight: 600; text-transform: uppercase; }
  label { display: block; font-weight: 600; margin: 12px 0 4px; }
  input[type='text'], textarea, select { font: inherit; width: 100%; max-width: 560px; padding: 4px 6px; min-height: 32px; box-sizing: border-box; }
  fieldset { border: 1px solid #c4c6cf; border-radius: 6px; margin: 12px 0; max-width: 560px; }
  fieldset label { display: inline-flex; gap: 6px; align-items: center; font-weight: normal; margin: 4px 12px 4px 0; min-height: 24px; }
  button { font: inherit; min-height: 32px; padding: 4px 14px; margin-top: 12px; cursor: pointer; }
  :focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
  .problems { color: #b71c1c; }
  .ok { color: #1b5e20; }
</style>`;
