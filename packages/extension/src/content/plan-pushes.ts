import { browser } from 'wxt/browser';
import type { RulesConfig } from '@preflight/core';
import type { CampaignRead } from '../platforms/types.js';
import { sendMessage, type LinkedPlans, type PlansPush } from '../messaging/protocol.js';
import type { TabVerdict } from '../verdict/verdict.js';
import { verdictFor } from './verdict-steps.js';

const isPush = (message: unknown): message is PlansPush => typeof message === 'object' && message !== null && (message as PlansPush).preflight === 'plans' && typeof (message as PlansPush).data === 'object';

type Recheck = (linked: LinkedPlans) => void;
let follower: Recheck | undefined;

/**
 * Checks the page's facts again when the background pushes the plans linked to this tab's
 * campaigns (a team plan edited by someone, or its connection lost or back): the panel is drawn
 * again with `show` and the badge follows. One page at a time: each call replaces the last, and
 * nothing is done once `stale` says the page has changed. `shown` is what the panel was drawn
 * with; a push that changes nothing redraws nothing. In the campaign chunk: a page only listens
 * once it shows a panel, so it asks once more right after, for a change it may have missed.
 */
export function followPlans(base: Omit<TabVerdict, 'campaigns'>, facts: CampaignRead[], config: RulesConfig, shown: LinkedPlans, stale: () => boolean, show: (verdict: TabVerdict) => void): void {
  if (!follower) {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isPush(message)) follower?.(message.data);
      // Nothing to answer.
      return undefined;
    });
  }
  let last = JSON.stringify([shown.plans, shown.teams]);
  const mine: Recheck = (linked) => {
    const now = JSON.stringify([linked.plans, linked.teams]);
    if (stale() || now === last) return;
    last = now;
    const verdict = verdictFor({ ...base, checkedAt: new Date().toISOString() }, facts, config, linked);
    if (!verdict) return;
    show(verdict);
    void sendMessage('verdict', { verdict }).catch(() => undefined);
  };
  follower = mine;
  void sendMessage('linked-plans', { campaignKeys: facts.map((f) => f.facts.campaignKey) })
    .then((linked) => follower === mine && mine(linked))
    .catch(() => undefined);
}
