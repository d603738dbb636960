import { parseConfig, type ParseResult, type Problem, type RulesConfig } from '@preflight/core';

export interface TeamConfig {
  rules: RulesConfig;
}

const KNOWN = ['rules'];

/** A team's settings file: the rules every plan is judged by. Unknown keys are refused by name. */
export function parseTeamConfig(input: unknown): ParseResult<TeamConfig> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ path: '(root)', code: 'invalid_type', message: 'a team config must be a JSON object' }] };
  }
  const problems: Problem[] = Object.keys(input)
    .filter((key) => !KNOWN.includes(key))
    .map((key) => ({ path: key, code: 'unrecognized_key', message: `"${key}" is not a team setting (known: ${KNOWN.join(', ')})` }));
  const rules = parseConfig((input as { rules?: unknown }).rules);
  if (!rules.ok) problems.push(...rules.problems.map((p) => ({ ...p, path: p.path === '(root)' ? 'rules' : `rules.${p.path}` })));
  return problems.length || !rules.ok ? { ok: false, problems } : { ok: true, value: { rules: rules.value }, problems: [] };
}
