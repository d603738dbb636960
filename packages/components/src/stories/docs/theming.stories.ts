import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../define/preflight-badge.js';
import { atRisk, blocked, healthy, NOW } from '../plans.js';

/** The system tokens a page may set, with what each means. */
const TOKENS: [string, string][] = [
  ['--preflight-color-surface', 'Background of widgets, popovers and inputs'],
  ['--preflight-color-on-surface', 'Text'],
  ['--preflight-color-on-surface-muted', 'Secondary text'],
  ['--preflight-color-outline', 'Borders of controls'],
  ['--preflight-color-primary', 'Links, selection and primary actions'],
  ['--preflight-color-focus', 'The focus ring'],
  ['--preflight-color-blocked', 'Blocked state (and -container for its background)'],
  ['--preflight-color-at-risk', 'At-risk state (and -container)'],
  ['--preflight-color-ready', 'Ready state (and -container)'],
  ['--preflight-font-family', 'Font stack'],
  ['--preflight-font-size', 'Base text size (0.875rem)'],
  ['--preflight-radius', 'Corner radius (6px)'],
  ['--preflight-space', 'Base spacing (0.5rem)'],
  ['--preflight-target-size', 'Smallest pointer target (24px)'],
];

const page = (): TemplateResult => html`<article style="max-width: 60rem; font: 14px/1.5 system-ui, sans-serif;">
  <h1>Theming tokens</h1>
  <p>
    Tokens come in three tiers. <strong>Reference</strong> tokens (<code>--preflight-ref-*</code>) are the raw palette.
    <strong>System</strong> tokens (<code>--preflight-color-*</code> and friends) say what a colour means and have one value per theme.
    <strong>Component</strong> properties (<code>--cell-size</code>, <code>--max-height</code>…) are listed on each widget's page and
    default to system tokens.
  </p>
  <p>
    Set <code>theme="light"</code>, <code>theme="dark"</code> or leave <code>auto</code> (follows the system). Dark is tuned for
    Notion's dark page (<code>#191919</code>), light for its white page. Override any system token on an ancestor:
  </p>
  <pre><code>:root { --preflight-color-primary: #6d28d9; --preflight-radius: 2px; }</code></pre>
  <table>
    <caption>System tokens</caption>
    <thead><tr><th scope="col">Token</th><th scope="col">Meaning</th></tr></thead>
    <tbody>${TOKENS.map(([name, meaning]) => html`<tr><td><code>${name}</code></td><td>${meaning}</td></tr>`)}</tbody>
  </table>
  <h2>Overridden on a container</h2>
  <div style="--preflight-color-ready: #0b6e4f; --preflight-color-ready-container: #dff5ec; --preflight-radius: 2px; display: flex; gap: 1rem;">
    <preflight-badge .plan=${healthy} now=${NOW} theme="light"></preflight-badge>
    <preflight-badge .plan=${atRisk} now=${NOW} theme="light"></preflight-badge>
    <preflight-badge .plan=${blocked} now=${NOW} theme="light"></preflight-badge>
  </div>
</article>`;

const meta: Meta = { title: 'Docs/Theming tokens', render: page };
export default meta;

export const Tokens: StoryObj = {};
