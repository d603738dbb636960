import type { Finding, Readiness, ReadinessState } from './types.js';

/**
 * The state a set of findings leaves: blocked on any blocker, at risk on a warning (or when a
 * threshold was crossed), ready otherwise. Widgets use it for a row's or an item's verdict.
 */
export function findingsState(findings: readonly Finding[], thresholdCrossed = false): ReadinessState {
  if (findings.some((f) => f.severity === 'blocker')) return 'blocked';
  return thresholdCrossed || findings.some((f) => f.severity === 'warning') ? 'at-risk' : 'ready';
}

/** The state and score a set of findings leaves: 100 minus every finding's points, never below 0. */
export function scoreFindings(findings: Finding[], thresholdCrossed = false): Readiness {
  const lost = findings.reduce((sum, f) => sum + f.points, 0);
  return { state: findingsState(findings, thresholdCrossed), score: Math.max(0, 100 - lost), findings };
}

const RANK: Record<ReadinessState, number> = { ready: 0, 'at-risk': 1, blocked: 2 };

/** The worst of several states (blocked over at risk over ready), starting from `start`. */
export function worstState(states: Iterable<ReadinessState>, start: ReadinessState = 'ready'): ReadinessState {
  let worst = start;
  for (const state of states) if (RANK[state] > RANK[worst]) worst = state;
  return worst;
}

/** A finding that fails a check: one that blocks or warns. Info notes explain; they do not fail. */
export function isFailing(finding: Finding): boolean {
  return finding.severity !== 'info';
}
