import { browser } from 'wxt/browser';
import type { TabPush } from '../messaging/protocol.js';

const isPush = (message: unknown): message is TabPush => {
  const kind = typeof message === 'object' && message !== null ? (message as { preflight?: unknown }).preflight : undefined;
  return kind === 'plans' || (kind === 'fold' && typeof (message as { folded?: unknown }).folded === 'boolean');
};

let follower: (() => void) | undefined;
let foldFollower: ((folded: boolean) => void) | undefined;
let listening = false;

/** One listener for what the background pushes to this tab, added with the first follower. */
function listen(): void {
  if (listening) return;
  listening = true;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isPush(message)) {
      if (message.preflight === 'plans') follower?.();
      else foldFollower?.(message.folded);
    }
    // Nothing to answer.
    return undefined;
  });
}

/**
 * Asks for the page's check again when the background says a plan linked to this tab's campaigns
 * changed (a team plan edited by someone, or its connection lost or back): the background checks
 * the same facts again and sets the badge, and the panel is drawn again with `show` when its
 * markup changed. One page at a time: each call replaces the last, and nothing is done once `stale`
 * says the page has changed. Called before the first check is asked for, so no change is missed.
 */
export function followPlans(recheck: () => Promise<string | null>, stale: () => boolean, show: (panel: string) => void): (shown: string) => void {
  listen();
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
      .then((panel) => {
        if (panel === null || stale() || follower !== mine || panel === last) return;
        last = panel;
        show(panel);
      })
      .catch(() => undefined);
  };
  follower = mine;
  // What the first check showed, so a push that changes nothing redraws nothing.
  return (shown) => {
    last = shown;
    if (missed) {
      missed = false;
      mine();
    }
  };
}

/**
 * Calls back when the user folds or unfolds the panel in another tab (the background tells every
 * tab showing one); returns the unfollow function.
 */
export function followFolds(onFold: (folded: boolean) => void): () => void {
  listen();
  foldFollower = onFold;
  return () => {
    if (foldFollower === onFold) foldFollower = undefined;
  };
}
