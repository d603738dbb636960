import { browser } from 'wxt/browser';
import type { PlansPush } from '../messaging/protocol.js';
import type { TabVerdict } from '../verdict/verdict.js';

const isPush = (message: unknown): message is PlansPush => typeof message === 'object' && message !== null && (message as PlansPush).preflight === 'plans';

let follower: (() => void) | undefined;

/** A verdict as the panel shows it: the same campaigns, checks and plans, whenever it was made. */
const shownAs = (verdict: TabVerdict) => JSON.stringify({ ...verdict, checkedAt: undefined });

/**
 * Asks for the page's check again when the background says a plan linked to this tab's campaigns
 * changed (a team plan edited by someone, or its connection lost or back): the background checks
 * the same facts again and sets the badge, and the panel is drawn again with `show` when what it
 * shows changed. One page at a time: each call replaces the last, and nothing is done once `stale`
 * says the page has changed. Called before the first check is asked for, so no change is missed.
 */
export function followPlans(recheck: () => Promise<TabVerdict | null>, stale: () => boolean, show: (verdict: TabVerdict) => void): (shown: TabVerdict) => void {
  if (!follower) {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (isPush(message)) follower?.();
      // Nothing to answer.
      return undefined;
    });
  }
  let last: string | undefined;
  let missed = false;
  const mine = () => {
    if (stale()) return;
    // Before the first verdict is drawn, the push is answered once it is.
    if (last === undefined) {
      missed = true;
      return;
    }
    void recheck()
      .then((verdict) => {
        if (!verdict || stale() || follower !== mine) return;
        const now = shownAs(verdict);
        if (now === last) return;
        last = now;
        show(verdict);
      })
      .catch(() => undefined);
  };
  follower = mine;
  // What the first check showed, so a push that changes nothing redraws nothing.
  return (shown) => {
    last = shownAs(shown);
    if (missed) {
      missed = false;
      mine();
    }
  };
}
