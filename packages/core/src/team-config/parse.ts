import { parseConfig } from '../config/parse.js';
import type { RulesConfig } from '../config/schema.js';
import { joinPath, type ParseResult, type Problem } from '../problems/problem.js';
import { problemsFromIssues } from '../problems/zod-issues.js';
import { ENV_REFERENCE, TeamConfigInputSchema, type Person } from './schema.js';
import { isObject } from '../json/object.js';

export const DEFAULT_SCHEDULE_SECONDS = 300;
export const DEFAULT_DIGEST_HOUR = 9;

export interface NotifySettings {
  webhooks: string[];
  smtp?: string;
  from?: string;
  businessHoursOnly: boolean;
  digestHour: number;
}

/** A team's settings with the defaults filled in. */
export interface TeamConfig {
  rules: RulesConfig;
  notify: NotifySettings;
  people: Person[];
  scheduleSeconds: number;
}

/**
 * Reads a team settings file (`preflight-server --config team.json`): the rules every plan is
 * judged by, where notifications go, who holds each role and how often the scheduler runs. Never
 * throws: returns the settings or every problem with its path.
 */
export function parseTeamConfig(input: unknown): ParseResult<TeamConfig> {
  if (!isObject(input)) return { ok: false, problems: [{ path: '(root)', code: 'invalid_type', message: 'a team config must be a JSON object' }] };
  // Each unknown setting by name, as a misspelt key is most often meant for a known one.
  const known = Object.keys(TeamConfigInputSchema.shape);
  const problems: Problem[] = Object.keys(input)
    .filter((key) => !known.includes(key))
    .map((key) => ({ path: key, code: 'unrecognized_key', message: `"${key}" is not a team setting (known: ${known.join(', ')})` }));
  const shape = TeamConfigInputSchema.safeParse(Object.fromEntries(Object.entries(input).filter(([key]) => known.includes(key))), { reportInput: true });
  if (!shape.success) problems.push(...problemsFromIssues(shape.error.issues));
  const rules = parseConfig(input.rules);
  if (!rules.ok) problems.push(...rules.problems.map((p) => ({ ...p, path: joinPath('rules', p.path) })));
  if (!shape.success || !rules.ok || problems.length) return { ok: false, problems };

  const { notify = {}, people = [], scheduleSeconds = DEFAULT_SCHEDULE_SECONDS } = shape.data;
  const config: TeamConfig = {
    rules: rules.value,
    notify: { webhooks: notify.webhooks ?? [], businessHoursOnly: notify.businessHoursOnly ?? false, digestHour: notify.digestHour ?? DEFAULT_DIGEST_HOUR, ...(notify.smtp ? { smtp: notify.smtp } : {}), ...(notify.from ? { from: notify.from } : {}) },
    people,
    scheduleSeconds,
  };
  if (config.notify.smtp && !config.notify.from) problems.push({ path: 'notify.from', code: 'required', message: 'is required with notify.smtp: the address the team’s email comes from' });
  if (config.notify.businessHoursOnly && !config.rules.approvals.businessHours) {
    problems.push({ path: 'notify.businessHoursOnly', code: 'needs_business_hours', message: 'needs rules.approvals.businessHours: the hours notifications wait for' });
  }
  const seen = new Set<string>();
  people.forEach((person, i) => {
    const key = `${person.role.trim().toLowerCase()}\u0000${person.name.trim().toLowerCase()}`;
    if (seen.has(key)) problems.push({ path: `people[${i}]`, code: 'duplicate', message: `lists ${person.name} as ${person.role} a second time` });
    seen.add(key);
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: config, problems: [] };
}

/**
 * Puts the secrets a config names as `${NAME}` (in notify.smtp and notify.webhooks) in from `env`,
 * so passwords and webhook tokens need not be written in the file: URL-encoded in the SMTP URL,
 * where they are a user's password, as they are in a webhook's path. A name `env` lacks is a
 * problem at its path.
 */
export function resolveTeamSecrets(config: TeamConfig, env: Readonly<Record<string, string | undefined>>): ParseResult<TeamConfig> {
  const problems: Problem[] = [];
  const fill = (text: string, path: string, encode: (value: string) => string) =>
    text.replace(ENV_REFERENCE, (whole, name: string) => {
      const value = env[name];
      if (value === undefined || value === '') {
        problems.push({ path, code: 'missing_secret', message: `names \${${name}}, which is not set in the server's environment` });
        return whole;
      }
      return encode(value);
    });
  const notify: NotifySettings = { ...config.notify, webhooks: config.notify.webhooks.map((url, i) => fill(url, `notify.webhooks[${i}]`, String)) };
  if (config.notify.smtp) notify.smtp = fill(config.notify.smtp, 'notify.smtp', encodeURIComponent);
  return problems.length ? { ok: false, problems } : { ok: true, value: { ...config, notify }, problems: [] };
}
