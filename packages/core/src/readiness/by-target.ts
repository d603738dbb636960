import type { Finding, Target } from './types.js';

/** The key widgets use to look findings up: `${kind}:${id}`. */
export const targetKey = (target: Target): string => `${target.kind}:${target.id}`;

/** Findings grouped by what they are about, each group in the order given. */
export function findingsByTarget(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = targetKey(finding.target);
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}
