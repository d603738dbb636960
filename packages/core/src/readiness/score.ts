import type { Finding, Readiness, ReadinessState } from './types.js';

/**
 * The state and score a set of findings leaves: blocked on any blocker, at risk on a warning
 * (or when a threshold was crossed), ready otherwise; 100 minus every finding's points, never below 0.
 */
export function scoreFindings(findings: Finding[], thresholdCrossed = false): Readiness {
  const lost = findings.reduce((sum, f) => sum + f.points, 0);
  const state: ReadinessState = findings.some((f) => f.severity === 'blocker')
    ? 'blocked'
    : thresholdCrossed || findings.some((f) => f.severity === 'warning')
      ? 'at-risk'
      : 'ready';
  return { state, score: Math.max(0, 100 - lost), findings };
}
