import { browser } from '../runtime/lazy-browser.js';
import type { Plan } from '@preflight/core';
import type { TabVerdict } from '../verdict/verdict.js';
import type { TeamStatus } from '../team/status.js';

/** Every message between the extension's parts, with what each one answers. */
export interface Protocol {
  /**
   * Page script → background: the user folded or unfolded the panel. The background keeps the
   * choice and folds the panel in every other tab showing one (not the tab it came from, whose
   * panel shows it, and where an echo late after the user's next choice would undo that), so the
   * page script never touches the storage API on the page's main thread.
   */
  'panel-folded': { request: { folded: boolean }; response: void };
  /** Popup → background: the verdict for a tab. */
  'tab-verdict': { request: { tabId: number }; response: TabVerdict | null };
  /** Page script or popup → background: open the plan page in a new tab. */
  'open-plan': { request: { planId: string }; response: void };
  /** Plan page → background: a linked team plan's last copy, by its id. */
  'team-plan': { request: { planId: string }; response: Plan | null };
}

/** The plans linked to campaign keys, and for a team plan its connection. */
export interface LinkedPlans {
  plans: Record<string, Plan>;
  teams: Record<string, TeamStatus>;
}

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

/** Who sent a message: the tab and frame of a page script (none for the extension's own pages outside tabs). */
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
