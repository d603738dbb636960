export { parseTeamConfig, resolveTeamSecrets, DEFAULT_DIGEST_HOUR, DEFAULT_SCHEDULE_SECONDS, type NotifySettings, type TeamConfig } from './parse.js';
export { isEmailAddress, isSmtpUrl, isWebhookUrl, type Person } from './schema.js';
export type { Delivery, DeliveryChannel, DeliveryStatus, NotifySettingsView } from './api.js';
