import type { RulesConfig } from '../config/schema.js';
import type { ParseResult, Problem } from '../problems/problem.js';
import { parseTeamConfig, type TeamConfig } from './parse.js';
import { isObject } from '../json/object.js';

/**
 * An edit of the team's settings as the workspace sends it (`PUT /settings`). Secrets are
 * write-only, so the edit refers to what it keeps:
 * - `notify.webhooks`: each item a new URL, or `{ "id": "webhook:…" }` to keep a current one as it is;
 * - `notify.smtp`: a new URL, `""` or left out to keep the current one, `null` to send no email;
 * - `notify.from`: a sender, or `null` for none;
 * - any section or setting left out keeps its current value.
 */
export interface TeamSettingsEdit {
  notify?: {
    webhooks?: Array<string | { id: string }>;
    smtp?: string | null;
    from?: string | null;
    businessHoursOnly?: boolean;
    digestHour?: number;
  };
  people?: unknown[];
  scheduleSeconds?: number;
  rules?: unknown;
}

const EDIT_KEYS = ['notify', 'people', 'scheduleSeconds', 'rules'];
const NOTIFY_KEYS = ['webhooks', 'smtp', 'from', 'businessHoursOnly', 'digestHour'];

/** A team config as a team.json would state it, so the core reads it back the same way. */
function asInput(config: TeamConfig): { rules: RulesConfig; notify: Record<string, unknown>; people: unknown[]; scheduleSeconds: number } {
  const { webhooks, smtp, from, businessHoursOnly, digestHour } = config.notify;
  return { rules: config.rules, notify: { webhooks, businessHoursOnly, digestHour, ...(smtp ? { smtp } : {}), ...(from ? { from } : {}) }, people: config.people, scheduleSeconds: config.scheduleSeconds };
}

/**
 * Applies an edit to the team's settings as written (`${NAME}` references unresolved).
 * `webhookIds[i]` is the id the workspace knows `current.notify.webhooks[i]` by. Never throws:
 * returns the new settings as written, checked whole by parseTeamConfig, or every problem by its
 * path in the edit; then nothing changes.
 */
export function applyTeamSettingsEdit(current: TeamConfig, webhookIds: readonly string[], edit: unknown): ParseResult<TeamConfig> {
  if (!isObject(edit)) return { ok: false, problems: [{ path: '(root)', code: 'invalid_type', message: 'the settings must be a JSON object' }] };
  const problems: Problem[] = [];
  for (const key of Object.keys(edit)) {
    if (!EDIT_KEYS.includes(key)) problems.push({ path: key, code: 'unrecognized_key', message: `"${key}" is not a team setting (known: ${EDIT_KEYS.join(', ')})` });
  }
  const next = asInput(current);
  if ('people' in edit) next.people = edit.people as unknown[];
  if ('scheduleSeconds' in edit) next.scheduleSeconds = edit.scheduleSeconds as number;
  if ('rules' in edit) next.rules = edit.rules as RulesConfig;
  if ('notify' in edit) {
    const notify = edit.notify;
    if (!isObject(notify)) problems.push({ path: 'notify', code: 'invalid_type', message: 'must be an object' });
    else {
      for (const key of Object.keys(notify)) {
        if (!NOTIFY_KEYS.includes(key)) problems.push({ path: `notify.${key}`, code: 'unrecognized_key', message: `"${key}" is not a notification setting (known: ${NOTIFY_KEYS.join(', ')})` });
      }
      const out = next.notify;
      if ('webhooks' in notify) {
        if (!Array.isArray(notify.webhooks)) problems.push({ path: 'notify.webhooks', code: 'invalid_type', message: 'must be a list of URLs' });
        else {
          out.webhooks = notify.webhooks.map((item: unknown, i) => {
            if (!isObject(item)) return item;
            const at = webhookIds.indexOf(String(item.id));
            if (at < 0) problems.push({ path: `notify.webhooks[${i}]`, code: 'unknown_webhook', message: 'is not one of the team’s webhooks: it was removed or changed since these settings were read' });
            return current.notify.webhooks[at];
          });
        }
      }
      // Left out or blank: the secret stays as it is.
      if (notify.smtp === null) delete out.smtp;
      else if (notify.smtp !== undefined && notify.smtp !== '') out.smtp = notify.smtp;
      if (notify.from === null || notify.from === '') delete out.from;
      else if (notify.from !== undefined) out.from = notify.from;
      if ('businessHoursOnly' in notify) out.businessHoursOnly = notify.businessHoursOnly;
      if ('digestHour' in notify) out.digestHour = notify.digestHour;
    }
  }
  const parsed = parseTeamConfig(next);
  if (!problems.length) return parsed;
  // Every problem at once; a value already refused above is not refused again by its type.
  const more = parsed.ok ? [] : parsed.problems.filter((p) => !problems.some((q) => q.path === p.path));
  return { ok: false, problems: [...problems, ...more] };
}
