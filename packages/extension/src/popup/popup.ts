import { html, render } from 'lit-html';
import { isFailing, STATE_TITLES } from '@preflight/core';
import { browser } from 'wxt/browser';
import { HostAccessNotice } from '../hosts/access-notice.js';
import { sendMessage } from '../messaging/protocol.js';
import { readConfig } from '../storage/read.js';
import { pageStyles } from '../ui/page-styles.js';
import { failingCount, lowestScore, overallState, type TabVerdict } from '../verdict/verdict.js';

const TOP = 5;

/**
 * The current tab's verdict, and which platforms Preflight may not read. Without the `tabs`
 * permission the active tab's id is still known; its verdict comes from the background's per-tab
 * store, not from the tab's URL (which a tab on a host without access does not even show us).
 */
export async function startPopup(root: HTMLElement): Promise<void> {
  let verdict: TabVerdict | null = null;
  const draw = () => render(view(verdict, access), root);
  const access = new HostAccessNotice(draw, (await readConfig()).platform.enabled);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  verdict = tab?.id === undefined ? null : await sendMessage('tab-verdict', { tabId: tab.id });
  await access.start();
}

/** The plans the campaigns in view are linked to, each once. */
const plans = (verdict: TabVerdict) => [...new Map(verdict.campaigns.flatMap((c) => (c.plan ? [[c.plan.id, c.plan] as const] : []))).values()];

function view(verdict: TabVerdict | null, access: HostAccessNotice) {
  if (!verdict) {
    return html`${pageStyles}<h1>Preflight</h1>${access.template()}<p class="muted" data-verdict="none">No campaign on this page.</p>`;
  }
  const state = overallState(verdict);
  const findings = verdict.campaigns.flatMap((c) => c.readiness.findings).filter(isFailing);
  return html`${pageStyles}
    <h1>Preflight · ${verdict.platformTitle}</h1>
    ${access.template()}
    ${verdict.error
      ? html`<p data-verdict="error">Preflight could not read this page.</p>`
      : html`<p data-verdict=${state}>
            <strong class="state ${state}">${STATE_TITLES[state]}</strong>
            · score ${lowestScore(verdict) ?? '–'}/100 · ${failingCount(verdict)} failing
          </p>
          <ul class="findings">
            ${findings.slice(0, TOP).map((f) => html`<li><span class="severity ${f.severity}">${f.severity}</span> ${f.message}<div class="muted">Fix: ${f.fix}</div></li>`)}
          </ul>
          ${findings.length > TOP ? html`<p class="muted">and ${findings.length - TOP} more on the page's panel.</p>` : ''}
          ${plans(verdict).map((p) => html`<p><button type="button" class="open-plan" @click=${() => void sendMessage('open-plan', { planId: p.id })}>Open the plan "${p.name}"</button></p>`)}`}`;
}
