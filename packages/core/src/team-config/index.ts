export { parseTeamConfig, resolveTeamSecrets, DEFAULT_DIGEST_HOUR, DEFAULT_SCHEDULE_SECONDS, type NotifySettings, type TeamConfig } from './parse.js';
export { isEmailAddress, isSmtpUrl, isWebhookUrl, secretReferences, type Person } from './schema.js';
export type { Delivery, DeliveryChannel, DeliveryStatus, NotifySettingsView, TeamSettingsSource } from './api.js';
export { applyTeamSettingsEdit, type TeamSettingsEdit } from './edit.js';
