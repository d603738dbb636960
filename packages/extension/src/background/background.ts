import { browser, type Browser } from 'wxt/browser';
import { originPatternOf } from '../hosts/access.js';
import { extensionUrl } from '../runtime/extension-url.js';
import { onMessages, TEAM_STATUS_PORT, type LinkedPlans, type TeamStatusPost } from '../messaging/protocol.js';
import { linkedPlan, readConfig, readLinks, readPlans } from '../storage/read.js';
import { readPanelFolded, savePanelFolded } from '../storage/panel.js';
import { linksItem, tabCampaignsItem, type PlanLink } from '../storage/items.js';
import { clearTabVerdict, getTabVerdict, setTabVerdict } from '../verdict/store.js';
import { teamLinkKey, type TeamLink } from '../team/share-link.js';
import { TeamPlans } from './team-plans.js';
import { apiFacts } from './api-facts.js';
import { verdictFor } from '../verdict/check.js';
import { platformChecked } from '@preflight/core/platform';
import { withApiFacts } from '../facts/merge.js';
import { PageTabs } from './page-tabs.js';

type TeamPlanLink = Extract<PlanLink, { kind: 'team' }>;
const teamLinkOf = (link: PlanLink | undefined): TeamLink | undefined => (link?.kind === 'team' ? { url: link.url, planId: link.planId, token: link.token } : undefined);

/**
 * Per-tab verdicts live in session storage, so a stopped and restarted worker answers the popup
 * exactly as before. The one thing held in memory is the connection to each team plan a tab or
 * the options page has open (see ./team-plans.ts); which tabs follow which campaigns is kept in
 * session storage too, so a restarted worker connects again and goes on pushing their changes.
 */
export function startBackground(): void {
  const teams = new TeamPlans((changed) => void pushChanges(changed).catch((error: unknown) => console.warn('Preflight: could not pass on a team plan change.', error)));
  const optionsPorts = new Set<Browser.runtime.Port>();
  /** Tab id → campaign keys, mirrored in session storage; changed one write at a time. */
  let tabCampaigns: Promise<Map<number, string[]>> = tabCampaignsItem
    .getValue()
    .then((saved) => new Map(Object.entries(saved ?? {}).map(([id, keys]) => [Number(id), Array.isArray(keys) ? keys.filter((k) => typeof k === 'string') : []])))
    .catch(() => new Map());
  const changeTabs = (change: (tabs: Map<number, string[]>) => boolean) => {
    tabCampaigns = tabCampaigns.then(async (tabs) => {
      try {
        if (change(tabs)) {
          await tabCampaignsItem.setValue(Object.fromEntries(tabs));
          await holdWanted(tabs);
        }
      } catch (error) {
        console.warn('Preflight: could not keep which tabs follow which campaigns.', error);
      }
      return tabs;
    });
    return tabCampaigns;
  };
  /** The tab shows no campaign any more: its verdict and badge go, and it follows no campaign. */
  const forgetPage = (tabId: number) => {
    void changeTabs((tabs) => tabs.delete(tabId)).catch(() => undefined);
    void clearTabVerdict(tabId).catch(() => undefined);
  };

  /** Keeps open the team plans a tab follows, and every linked one while the options page is open; closes the rest. */
  async function holdWanted(known?: Map<number, string[]>): Promise<void> {
    const [links, tabs] = await Promise.all([readLinks(), known ?? tabCampaigns]);
    const keys = optionsPorts.size ? Object.keys(links) : [...tabs.values()].flat();
    teams.keepOnly(dedupe(keys.flatMap((key) => teamLinkOf(links[key]) ?? [])));
  }

  /** The plans linked to these campaign keys: imported ones from storage, team ones from their connection. */
  async function linkedPlans(campaignKeys: string[]): Promise<LinkedPlans> {
    const [links, plans] = await Promise.all([readLinks(), readPlans()]);
    const out: LinkedPlans = { plans: {}, teams: {} };
    await Promise.all(
      campaignKeys.map(async (key) => {
        const team = teamLinkOf(links[key]);
        if (team) {
          const { plan, status } = await teams.read(team);
          if (plan) out.plans[key] = plan;
          out.teams[key] = status;
        } else {
          const plan = linkedPlan(key, links, plans);
          if (plan) out.plans[key] = plan;
        }
      }),
    );
    return out;
  }

  /** Checks again the tabs showing a changed plan's campaigns, and tells the options page what it is now. */
  async function pushChanges(changed: TeamLink[] | 'links'): Promise<void> {
    const [links, tabs] = await Promise.all([readLinks(), tabCampaigns]);
    const changedKeys = changed === 'links' ? null : new Set(changed.map(teamLinkKey));
    const affected = (key: string) => {
      const team = teamLinkOf(links[key]);
      return changedKeys === null || (team !== undefined && changedKeys.has(teamLinkKey(team)));
    };
    await Promise.all([...tabs].filter(([, keys]) => keys.some(affected)).map(([tabId]) => pages.recheck(tabId).catch(() => undefined)));
    if (optionsPorts.size) {
      const post = await teamStatuses(links);
      for (const port of optionsPorts) port.postMessage(post);
    }
  }

  async function teamStatuses(links: Record<string, PlanLink>): Promise<TeamStatusPost> {
    const entries = await Promise.all(
      Object.entries(links).flatMap(([key, link]) => (link.kind === 'team' ? [teams.read(teamLinkOf(link)!).then(({ status }) => [key, status] as const)] : [])),
    );
    return Object.fromEntries(entries);
  }

  const pages = new PageTabs({
    async verdict(detection, base, reads) {
      const campaignKeys = reads.map((r) => r.facts.campaignKey);
      const [config, linked, api] = await Promise.all([readConfig(), linkedPlans(campaignKeys), base.error ? null : apiFacts(detection, Date.now())]);
      return base.error ? { ...base, campaigns: [] } : verdictFor(base, withApiFacts(reads, api), config, linked);
    },
    async keep(tabId, verdict) {
      void changeTabs((tabs) => (tabs.set(tabId, verdict.campaigns.map((c) => c.campaignKey)), true)).catch(() => undefined);
      await setTabVerdict(tabId, verdict);
    },
    forget: forgetPage,
    panelFolded: readPanelFolded,
    checksOn: async (platform) => platformChecked(await readConfig(), platform),
  });

  onMessages({
    async 'panel-folded'({ folded }, { tabId }) {
      await savePanelFolded(folded);
      // Every other tab showing a panel follows. Not the one the choice came from: its panel shows
      // it already, and an echo arriving after the user's next choice there would undo that one.
      const tabs = await tabCampaigns;
      await pages.fold([...tabs.keys()].filter((id) => id !== tabId), folded);
    },
    'tab-verdict': ({ tabId }) => getTabVerdict(tabId),
    async 'open-plan'({ planId }) {
      await browser.tabs.create({ url: extensionUrl(`/plan.html#${encodeURIComponent(planId)}`) });
    },
    async 'team-plan'({ planId }) {
      const link = Object.values(await readLinks()).find((l): l is TeamPlanLink => l.kind === 'team' && l.planId === planId);
      return link ? ((await teams.read(teamLinkOf(link)!)).plan ?? null) : null;
    },
  });

  // The options page holds a port while it is open: every linked team plan stays connected and
  // its state is posted as it changes.
  browser.runtime.onConnect.addListener((port) => {
    // Only the extension's own pages: a page script has no business with every linked plan.
    if (port.name !== TEAM_STATUS_PORT || !port.sender?.url?.startsWith(extensionUrl('/'))) return;
    optionsPorts.add(port);
    port.onDisconnect.addListener(() => {
      optionsPorts.delete(port);
      void holdWanted().catch(() => undefined);
    });
    void holdWanted()
      .then(() => readLinks())
      .then((links) => teamStatuses(links))
      .then((post) => optionsPorts.has(port) && port.postMessage(post))
      .catch(() => undefined);
  });
  // A link added, changed or removed: connections follow, and the tabs showing those campaigns are told.
  linksItem.watch(() => {
    void holdWanted()
      .then(() => pushChanges('links'))
      .catch(() => undefined);
  });
  // A worker started again (Chrome stops idle ones) connects again to the plans its tabs follow.
  void holdWanted().catch(() => undefined);

  // A full navigation starts over: the verdict goes, and the new page is read once it has loaded;
  // an in-app navigation is routed as it happens.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading') forgetPage(tabId);
    pages.updated(tabId, change, tab);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    pages.removed(tabId);
    forgetPage(tabId);
  });
  // Installed, or updated while campaign pages were open: those pages are read now, not at their next navigation.
  browser.runtime.onInstalled.addListener(() => void pages.takeOver().catch((error: unknown) => console.warn('Preflight: could not read the open tabs.', error)));
  // Access taken away (the browser's site access settings, or the add-on's permissions): a tab on
  // that host keeps its page, but its verdict can no longer be kept up to date, so it goes. Access
  // given back needs nothing here: the page is read again once it is loaded again.
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

function dedupe(links: TeamLink[]): TeamLink[] {
  return [...new Map(links.map((link) => [teamLinkKey(link), link])).values()];
}
