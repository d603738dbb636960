import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';

const code = (text: string): TemplateResult => html`<pre><code>${text}</code></pre>`;

const page = (): TemplateResult => html`<article style="max-width: 60rem; font: 14px/1.5 system-ui, sans-serif;">
  <h1>Embedding</h1>
  <h2>In Notion</h2>
  <p>
    Run <code>npm start</code>, open a plan in the workspace and use <em>Embed a widget</em>: it makes an embed URL
    (<code>embed.html#widget=checklist&amp;data=…</code>) and tells the frame height to set. In Notion type <code>/embed</code>, paste
    the URL and drag the frame to that height. Notion needs an https address: host <code>packages/components/dist/site/</code> anywhere static.
  </p>
  <p>The whole configuration is in the hash:</p>
  <table>
    <caption>Embed URL parameters</caption>
    <thead><tr><th scope="col">Parameter</th><th scope="col">Meaning</th></tr></thead>
    <tbody>
      <tr><td><code>widget</code></td><td><code>raci</code>, <code>blocker-log</code>, <code>checklist</code> or <code>badge</code></td></tr>
      <tr><td><code>data</code></td><td>A read-only snapshot carried in the link (compressed plan)</td></tr>
      <tr><td><code>src</code></td><td>An https URL of a plan JSON or export, read-only (the server must allow CORS)</td></tr>
      <tr><td><code>plan</code></td><td>A plan id in the browser's own store (same site only), or the plan to pick from <code>src</code></td></tr>
      <tr><td><code>theme</code></td><td><code>auto</code> (default), <code>light</code> or <code>dark</code></td></tr>
      <tr><td><code>now</code></td><td>Judge the plan as of an ISO instant</td></tr>
      <tr><td><code>readonly</code></td><td><code>1</code> hides edit controls for a stored plan</td></tr>
    </tbody>
  </table>
  <p>
    When the frame's storage is blocked or partitioned, the page runs in memory and says so. A wrong parameter is named in the
    frame, never a blank box.
  </p>
  <h2>On an intranet page</h2>
  ${code(`<script type="module" src="https://your-host/preflight.js"></script>
<preflight-checklist plan-id="webinar-2026-09-15" persist theme="light"></preflight-checklist>`)}
  <p>One module registers all four elements; <code>preflight-store.js</code> beside it loads only for <code>persist</code>.</p>
  <h2>With a bundler</h2>
  ${code(`import '@preflight/components/define/preflight-raci';
const raci = document.querySelector('preflight-raci'); // typed as PreflightRaci
raci.plan = plan;
raci.addEventListener('preflight-change', (e) => save(e.detail.plan));`)}
  <h2>In React</h2>
  ${code(`import { PreflightRaci } from '@preflight/components/react';
<PreflightRaci plan={plan} onPreflightChange={(e) => setPlan(e.detail.plan)} />`)}
</article>`;

const meta: Meta = { title: 'Docs/Embedding', render: page };
export default meta;

export const Embedding: StoryObj = {};
