import { html } from 'lit-html';
import { colorDeclarations } from '@preflight/components/palette';

/** The pages' colours, named by what they mean in the product's palette (the components' tokens). */
const PAGE_COLOURS = {
  text: 'on-surface',
  surface: 'surface',
  muted: 'on-surface-muted',
  edge: 'outline',
  focus: 'focus',
  bad: 'blocked',
  warn: 'at-risk',
  good: 'ready',
} as const;

/** Shared look of the extension's own pages (popup, options, plan). */
export const pageStyles = html`<style>
  /* Light or dark as the system asks, like the on-page panel; native controls follow color-scheme. */
  :root {
    color-scheme: light;
    ${colorDeclarations(PAGE_COLOURS, 'light')}
  }
  @media (prefers-color-scheme: dark) {
    :root {
      color-scheme: dark;
      ${colorDeclarations(PAGE_COLOURS, 'dark')}
    }
  }
  body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--text); background: var(--surface); margin: 0; padding: 12px 16px; min-width: 320px; }
  h1 { font-size: 16px; margin: 0 0 8px; }
  h2 { font-size: 15px; margin: 20px 0 8px; }
  ul { padding-left: 18px; }
  li { margin: 4px 0; }
  .muted { color: var(--muted); font-size: 13px; }
  .state.blocked { color: var(--bad); }
  .state.at-risk { color: var(--warn); }
  .state.ready { color: var(--good); }
  .severity { font-size: 12px; font-weight: 600; text-transform: uppercase; }
  label { display: block; font-weight: 600; margin: 12px 0 4px; }
  input[type='text'], input[type='password'], textarea, select { font: inherit; width: 100%; max-width: 560px; padding: 4px 6px; min-height: 32px; box-sizing: border-box; }
  fieldset { border: 1px solid var(--edge); border-radius: 6px; margin: 12px 0; max-width: 560px; }
  fieldset label { display: inline-flex; gap: 6px; align-items: center; font-weight: normal; margin: 4px 12px 4px 0; min-height: 24px; }
  button { font: inherit; min-height: 32px; padding: 4px 14px; margin-top: 12px; cursor: pointer; }
  input[type='file']::file-selector-button { font: inherit; min-height: 32px; padding: 4px 14px; cursor: pointer; }
  :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .problems { color: var(--bad); }
  .notice { border: 1px solid var(--warn); border-left-width: 4px; border-radius: 6px; padding: 0 12px; margin: 8px 0 0; max-width: 560px; }
  .notice p { margin: 8px 0; }
  .ok { color: var(--good); }
</style>`;
