/** What a platform API last answered the background: when, about which campaign, and what went wrong if anything. */
export interface ApiAnswer {
  /** When it answered (ISO). */
  at: string;
  campaignKey: string;
  problem?: string;
  /** After a 429: not asked again before this time (ISO). */
  retryAt?: string;
}
