import { browser } from 'wxt/browser';
import { tabVerdictItem } from '../storage/items.js';
import { badgeFor } from './badge.js';
import type { TabVerdict } from './verdict.js';

/** Keeps each tab's verdict in session storage and its badge in step with it. */
export async function setTabVerdict(tabId: number, verdict: TabVerdict): Promise<void> {
  await tabVerdictItem(tabId).setValue(verdict);
  const { text, colour } = badgeFor(verdict);
  await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title: `Preflight: ${text} failing check${text === '1' ? '' : 's'}` });
}

export async function clearTabVerdict(tabId: number): Promise<void> {
  await tabVerdictItem(tabId).removeValue();
  await browser.action.setBadgeText({ tabId, text: '' });
  await browser.action.setTitle({ tabId, title: 'Preflight' });
}

export function getTabVerdict(tabId: number): Promise<TabVerdict | null> {
  return tabVerdictItem(tabId).getValue();
}
