import { secretReferences, type NotifySettingsView } from '@preflight/core/team-config';
import { redactUrl } from './redact.js';
import type { CurrentSettings } from './settings-store.js';

/** The team's notification settings as the workspace shows them: every URL without its secret. */
export function notifySettings(current: CurrentSettings): NotifySettingsView {
  const { written, source, revision, updatedAt, updatedBy, problems } = current;
  const { notify } = written;
  return {
    webhooks: notify.webhooks.map((url, i) => ({ id: current.webhookIds[i]!, url: redactUrl(url), secretFrom: secretReferences(url) })),
    smtp: notify.smtp ? redactUrl(notify.smtp) : null,
    smtpSecretFrom: notify.smtp ? secretReferences(notify.smtp) : [],
    from: notify.from ?? null,
    businessHoursOnly: notify.businessHoursOnly,
    digestHour: notify.digestHour,
    scheduleSeconds: written.scheduleSeconds,
    people: written.people,
    businessHours: written.rules.approvals.businessHours !== null,
    source,
    revision,
    ...(updatedAt ? { updatedAt } : {}),
    ...(updatedBy ? { updatedBy } : {}),
    // Only which setting and why: a problem never quotes a secret.
    ...(problems.length ? { problems: problems.map(({ path, code, message }) => ({ path, code, message })) } : {}),
  };
}
