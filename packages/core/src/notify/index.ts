export { planNotices, verdictNotice, SLA_WARNING_SHARE, type Notice, type NoticeRule } from './notices.js';
export { deliverableFrom, digestDate, digestFor, type DigestSection } from './schedule.js';
export { recipientsFor } from './recipients.js';
