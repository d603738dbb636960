import { ruleById } from '../rules/catalog.js';
import type { Finding, ReadinessState } from './types.js';

/**
 * The findings that make a verdict, for saying why where the verdict is shown: the blocking ones when
 * blocked, the warnings and crossed thresholds when at risk, none when ready. Apart from score.ts,
 * which the platform checks use without the rule catalog.
 */
export function verdictReasons(findings: readonly Finding[], state: ReadinessState): Finding[] {
  if (state === 'ready') return [];
  if (state === 'blocked') return findings.filter((f) => f.severity === 'blocker');
  return findings.filter((f) => f.severity === 'warning' || ruleById(f.ruleId)?.crossesThreshold === true);
}
