import { browser } from 'wxt/browser';
import { originPatternOf } from '../hosts/access.js';
import { extensionUrl } from '../runtime/extension-url.js';
import { onMessages } from '../messaging/protocol.js';
import { linkedPlan, readConfig, readLinks, readPlans } from '../storage/read.js';
import { readPanelFolded } from '../storage/panel.js';
import { clearTabVerdict, getTabVerdict, setTabVerdict } from '../verdict/store.js';
import type { Plan } from '@preflight/core';

/**
 * The service worker holds no state in memory: per-tab verdicts live in session storage, so a
 * stopped and restarted worker answers the popup exactly as before.
 */
export function startBackground(): void {
  onMessages({
    async verdict({ verdict }, { tabId }) {
      if (tabId !== undefined) await setTabVerdict(tabId, verdict);
    },
    async clear(_data, { tabId }) {
      if (tabId !== undefined) await clearTabVerdict(tabId);
    },
    async context({ campaignKeys }) {
      const [config, links, plans, panelFolded] = await Promise.all([readConfig(), readLinks(), readPlans(), readPanelFolded()]);
      const linked: Record<string, Plan> = {};
      for (const key of campaignKeys) {
        const plan = linkedPlan(key, links, plans);
        if (plan) linked[key] = plan;
      }
      return { config, plans: linked, panelFolded };
    },
    'tab-verdict': ({ tabId }) => getTabVerdict(tabId),
    async 'open-plan'({ planId }) {
      await browser.tabs.create({ url: extensionUrl(`/plan.html#${encodeURIComponent(planId)}`) });
    },
  });
  // A full navigation starts over: the new page's content script reports again once it has read it.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTabVerdict(tabId).catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabVerdict(tabId).catch(() => undefined));
  // Access taken away (the browser's site access settings, or the add-on's permissions): a tab on
  // that host keeps its page, but its verdict can no longer be kept up to date, so it goes. Access
  // given back needs nothing here: the content script reports once the page is loaded again.
  browser.permissions.onRemoved.addListener(() => void clearUnreadableTabs().catch(() => undefined));
}

/** Clears the verdict and badge of every tab whose page is on a host the extension may no longer read. */
async function clearUnreadableTabs(): Promise<void> {
  // Without the `tabs` permission such a tab's URL is hidden; the URL its verdict was made for is not.
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      const verdict = await getTabVerdict(id);
      if (verdict && !(await mayRead(verdict.url))) await clearTabVerdict(id);
    }),
  );
}

async function mayRead(url: string): Promise<boolean> {
  const origin = originPatternOf(url);
  return origin !== null && browser.permissions.contains({ origins: [origin] });
}
