import { html, type TemplateResult } from 'lit';
import { invalidNowMessage, isIsoDateTime } from '@preflight/core/time';

/**
 * What the workspace shows in place of a verdict when the instant it judges at is not a valid one
 * (the core's rules throw on it): the words every element uses for a bad `now`. Undefined when valid.
 */
export function invalidNow(now: string): TemplateResult | undefined {
  if (isIsoDateTime(now)) return undefined;
  return html`<p class="invalid-now" role="alert"><code>now</code>: ${invalidNowMessage(now)}</p>`;
}
