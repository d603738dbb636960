import type { ReadinessState } from '@preflight/core';
import { STATE_FILLS } from '@preflight/components/palette';
import { failingCount, overallState, type TabVerdict } from './verdict.js';

/** The toolbar badge's fill per state: the product's state colours, which hold white text. */
export const BADGE_COLOURS: Record<ReadinessState, string> = STATE_FILLS;

/** Badge text and colour for a tab: the number of failing checks, coloured by state. */
export function badgeFor(verdict: TabVerdict): { text: string; colour: string } {
  const count = failingCount(verdict);
  const state = overallState(verdict);
  const text = verdict.error ? '?' : count > 99 ? '99+' : String(count);
  return { text, colour: BADGE_COLOURS[state] };
}
