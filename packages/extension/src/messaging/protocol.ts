import { browser } from 'wxt/browser';
import type { Plan, RulesConfig } from '@preflight/core';
import type { TabVerdict } from '../verdict/verdict.js';

/** Every message between the extension's parts, with what each one answers. */
export interface Protocol {
  /** Content script → background: the checks for the campaigns in this tab. */
  verdict: { request: { verdict: TabVerdict }; response: void };
  /** Content script → background: this tab shows no campaign any more. */
  clear: { request: Record<string, never>; response: void };
  /** Content script → background: the rules, any plans linked to these campaign keys, and whether the user keeps the panel folded. */
  context: { request: { campaignKeys: string[] }; response: { config: RulesConfig; plans: Record<string, Plan>; panelFolded: boolean } };
  /** Popup → background: the verdict for a tab. */
  'tab-verdict': { request: { tabId: number }; response: TabVerdict | null };
  /** Content script or popup → background: open the plan page in a new tab. */
  'open-plan': { request: { planId: string }; response: void };
}

export type MessageType = keyof Protocol;
export interface Envelope<T extends MessageType = MessageType> {
  preflight: T;
  data: Protocol[T]['request'];
}

export function sendMessage<T extends MessageType>(type: T, data: Protocol[T]['request']): Promise<Protocol[T]['response']> {
  const envelope: Envelope<T> = { preflight: type, data };
  return browser.runtime.sendMessage(envelope) as Promise<Protocol[T]['response']>;
}

export type Handlers = {
  [T in MessageType]: (data: Protocol[T]['request'], sender: { tabId?: number }) => Promise<Protocol[T]['response']> | Protocol[T]['response'];
};

function isEnvelope(message: unknown, handlers: Handlers): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).preflight === 'string' && (message as Envelope).preflight in handlers;
}

/** Routes messages to typed handlers; anything else is ignored. */
export function onMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isEnvelope(message, handlers)) return undefined;
    const handler = handlers[message.preflight] as (data: unknown, sender: { tabId?: number }) => unknown;
    // A returned promise is the reply (both Chrome ≥ 99 and Firefox accept it).
    return Promise.resolve(handler(message.data, { tabId: sender.tab?.id })).then((value) => value ?? null);
  });
}
