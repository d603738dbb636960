import type { NotifySettingsView, TeamConfig } from '@preflight/core/team-config';
import { redactUrl, webhookId } from './redact.js';

/** The team's notification settings as the workspace shows them: every URL without its secret. */
export function notifySettings(config: TeamConfig | undefined): NotifySettingsView | null {
  if (!config) return null;
  const { notify } = config;
  return {
    webhooks: notify.webhooks.map((url) => ({ id: webhookId(url), url: redactUrl(url) })),
    smtp: notify.smtp ? redactUrl(notify.smtp) : null,
    from: notify.from ?? null,
    businessHoursOnly: notify.businessHoursOnly,
    digestHour: notify.digestHour,
    scheduleSeconds: config.scheduleSeconds,
    people: config.people,
  };
}
