import type { ParseResult, Problem } from '../problems/problem.js';
import { problemsFromIssues } from '../problems/zod-issues.js';
import { DEFAULT_CONFIG } from './defaults.js';
import { KNOWN_RULE_IDS } from './rule-ids.js';
import { RulesConfigSchema, type RulesConfig } from './schema.js';
import { isObject, type JsonObject as Json } from '../json/object.js';

/** Overlays a partial config on the defaults, one level of sections deep; lists replace. */
function overlay(base: Json, input: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(input)) {
    const current = base[key];
    out[key] = isObject(current) && isObject(value) && key !== 'rules' ? overlay(current, value) : value;
  }
  return out;
}

const ZONE_KEYS = ['timeZone', 'utcOffsetMinutes'] as const;

/**
 * Business hours keep one clock: a config that names a time zone replaces the base's fixed offset
 * (and the other way round) rather than being refused for stating both.
 */
function keepOneClock(merged: Json, input: Json): void {
  const stated = isObject(input.approvals) ? input.approvals.businessHours : undefined;
  const hours = isObject(merged.approvals) ? merged.approvals.businessHours : undefined;
  if (!isObject(stated) || !isObject(hours)) return;
  const named = ZONE_KEYS.filter((key) => key in stated);
  if (named.length !== 1) return;
  const replaced = named[0] === 'timeZone' ? 'utcOffsetMinutes' : 'timeZone';
  const { [replaced]: _replaced, ...kept } = hours;
  (merged.approvals as Json).businessHours = kept;
}

/** Business hours must end after they start: read from the hours as given, whatever else is wrong with them. */
function hoursOrder(hours: unknown): Problem | undefined {
  if (!isObject(hours) || typeof hours.startHour !== 'number' || typeof hours.endHour !== 'number' || hours.endHour > hours.startHour) return undefined;
  return { path: 'approvals.businessHours.endHour', code: 'too_small', message: `must be after startHour (${hours.startHour})` };
}

/**
 * Reads a rules config that states only what it changes. Never throws: returns the full config
 * (defaults filled in) or every problem with its path.
 */
export function parseConfig(input: unknown, base: RulesConfig = DEFAULT_CONFIG): ParseResult<RulesConfig> {
  if (input === undefined || input === null) return { ok: true, value: base, problems: [] };
  if (!isObject(input)) {
    return { ok: false, problems: [{ path: '(root)', code: 'invalid_type', message: 'a rules config must be a JSON object' }] };
  }
  try {
    const merged = overlay(base as unknown as Json, input);
    keepOneClock(merged, input);
    // With the input in each issue, a value of the wrong type is not reported as missing.
    const result = RulesConfigSchema.safeParse(merged, { reportInput: true });
    const order = hoursOrder(isObject(merged.approvals) ? merged.approvals.businessHours : undefined);
    if (!result.success) {
      const problems = problemsFromIssues(result.error.issues);
      // Said with the others, so a form shows every problem at once; unless the end is refused already.
      if (order && !problems.some((p) => p.path === order.path)) problems.push(order);
      return { ok: false, problems };
    }
    const config = result.data;
    const problems: Problem[] = [];
    // A misspelt rule id would otherwise switch nothing off, silently.
    for (const id of Object.keys(config.rules)) {
      if (!KNOWN_RULE_IDS.has(id)) problems.push({ path: `rules.${id}`, code: 'unknown_rule', message: 'is not a rule id' });
    }
    if (order) problems.push(order);
    return problems.length ? { ok: false, problems } : { ok: true, value: config, problems: [] };
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', code: 'unreadable', message: `could not be read: ${String(error)}` }] };
  }
}
