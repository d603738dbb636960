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
