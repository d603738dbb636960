import { html, render } from 'lit-html';
import { isFailing } from '@preflight/core';
import { browser } from 'wxt/browser';
import { sendMessage } from '../messaging/protocol.js';
import { pageStyles } from '../ui/page-styles.js';
import { failingCount, lowestScore, overallState, type TabVerdict } from '../verdict/verdict.js';

const STATE_LABEL = { blocked: 'Blocked', 'at-risk': 'At risk', ready: 'Ready' } as const;
const TOP = 5;

/**
 * The current tab's verdict. Without the `tabs` permission the active tab's id is still known;
 * its verdict comes from the background's per-tab store, not from the tab's URL.
 */
export async function startPopup(root: HTMLElement): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const verdict = tab?.id === undefined ? null : await sendMessage('tab-verdict', { tabId: tab.id });
  render(view(verdict), root);
}

function view(verdict: TabVerdict | null) {
  if (!verdict) {
    return html`${pageStyles}<h1>Preflight</h1><p class="muted" data-verdict="none">No campaign on this page.</p>`;
  }
  const state = overallState(verdict);
  const findings = verdict.campaigns.flatMap((c) => c.readiness.findings).filter(isFailing);
  return html`${pageStyles}
    <h1>Preflight · ${verdict.platformTitle}</h1>
    ${verdict.error
      ? html`<p data-verdict="error">Preflight could not read this page.</p>`
      : html`<p data-verdict=${state}>
            <strong class="state ${state}">${STATE_LABEL[state]}</strong>
            · score ${lowestScore(verdict) ?? '–'}/100 · ${failingCount(verdict)} failing
          </p>
          <ul class="findings">
            ${findings.slice(0, TOP).map((f) => html`<li><span class="severity ${f.severity}">${f.severity}</span> ${f.message}<div class="muted">Fix: ${f.fix}</div></li>`)}
          </ul>
          ${findings.length > TOP ? html`<p class="muted">and ${findings.length - TOP} more on the page's panel.</p>` : ''}`}`;
}
