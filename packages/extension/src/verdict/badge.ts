import type { ReadinessState } from '@preflight/core';
import { failingCount, overallState, type TabVerdict } from './verdict.js';

export const BADGE_COLOURS: Record<ReadinessState, string> = {
  blocked: '#c62828',
  'at-risk': '#b26a00',
  ready: '#2e7d32',
};

/** Badge text and colour for a tab: the number of failing checks, coloured by state. */
export function badgeFor(verdict: TabVerdict): { text: string; colour: string } {
  const count = failingCount(verdict);
  const state = overallState(verdict);
  const text = verdict.error ? '?' : count > 99 ? '99+' : String(count);
  return { text, colour: BADGE_COLOURS[state] };
}
