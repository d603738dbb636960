import { browser } from '../runtime/lazy-browser.js';
import type { Plan, PlatformId } from '@preflight/core';
import type { TabVerdict } from '../verdict/verdict.js';
import type { TeamStatus } from '../team/status.js';
import type { CampaignRead, Detection } from '../platforms/types.js';

/** Every message between the extension's parts, with what each one answers. */
export interface Protocol {
  /**
   * Content script → background, once a campaign page has settled and been read: these are the
   * campaigns in this tab and the facts read of them. The background lays the platform's API over
   * them where it asks one (HubSpot's, when turned on), checks them with the core against the rules
   * and any linked plans (a team plan's connection is kept while the tab shows its campaign, and
   * its changes are pushed to the tab as `plans`), keeps the verdict for the popup and sets the
   * badge. It answers the panel's markup for that verdict (null: the platform is turned off) and
   * whether the user keeps the panel folded. `base` carries an `error` when the page could not be read.
   */
  check: { request: { detection: Detection; base: Omit<TabVerdict, 'campaigns'>; reads: CampaignRead[] }; response: { panel: string | null; panelFolded: boolean } };
  /**
   * Content script → background: the user folded or unfolded the panel. The background keeps the
   * choice and tells every other tab showing a panel (a `fold` push; not the tab it came from, whose
   * panel shows it, and where an echo late after the user's next choice would undo that), so the
   * content script never touches the storage API on the page's main thread.
   */
  'panel-folded': { request: { folded: boolean }; response: void };
  /**
   * Content script → background, on the first campaign page a tab shows: inject the platform's
   * campaign chunk (its page reading and the panel) into the sender's frame, in the content scripts' world. Answered
   * once it has run.
   */
  'load-chunk': { request: { platform: PlatformId }; response: void };
  /** Content script → background: this tab shows no campaign any more. */
  clear: { request: Record<string, never>; response: void };
  /** Popup → background: the verdict for a tab. */
  'tab-verdict': { request: { tabId: number }; response: TabVerdict | null };
  /** Content script or popup → background: open the plan page in a new tab. */
  'open-plan': { request: { planId: string }; response: void };
  /** Plan page → background: a linked team plan's last copy, by its id. */
  'team-plan': { request: { planId: string }; response: Plan | null };
}

/** The plans linked to campaign keys, and for a team plan its connection. */
export interface LinkedPlans {
  plans: Record<string, Plan>;
  teams: Record<string, TeamStatus>;
}

/**
 * Background → a tab's content script, unasked: a plan linked to its campaigns changed (or its
 * connection did), so it asks for its check again; or the user folded or unfolded the panel in
 * another tab.
 */
export type TabPush = { preflight: 'plans' } | { preflight: 'fold'; folded: boolean };

/** The options page's port to the background, which posts the linked team plans' states on it as they change. */
export const TEAM_STATUS_PORT = 'preflight-team-status';
/** What the background posts on that port: campaign key → its team plan's state. */
export type TeamStatusPost = Record<string, TeamStatus>;

export type MessageType = keyof Protocol;
export interface Envelope<T extends MessageType = MessageType> {
  preflight: T;
  data: Protocol[T]['request'];
}

export function sendMessage<T extends MessageType>(type: T, data: Protocol[T]['request']): Promise<Protocol[T]['response']> {
  const envelope: Envelope<T> = { preflight: type, data };
  return browser.runtime.sendMessage(envelope) as Promise<Protocol[T]['response']>;
}

/** Who sent a message: the tab and frame of a content script (none for the extension's own pages outside tabs). */
export interface MessageSender {
  tabId?: number;
  frameId?: number;
}

export type Handlers = {
  [T in MessageType]: (data: Protocol[T]['request'], sender: MessageSender) => Promise<Protocol[T]['response']> | Protocol[T]['response'];
};

function isEnvelope(message: unknown, handlers: Handlers): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).preflight === 'string' && (message as Envelope).preflight in handlers;
}

/** Routes messages to typed handlers; anything else is ignored. */
export function onMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message, handlers)) return undefined;
    const handler = handlers[message.preflight] as (data: unknown, sender: MessageSender) => unknown;
    // A returned promise is the reply (both Chrome ≥ 99 and Firefox accept it).
    return Promise.resolve(handler(message.data, { tabId: sender.tab?.id, frameId: sender.frameId })).then((value) => value ?? null);
  });
}
