/**
 * Why a pasted private app token cannot be used, or undefined when it can. HubSpot's tokens are
 * opaque (`pat-na1-…`); they go in an HTTP header, so only visible ASCII without spaces is taken.
 */
export function tokenProblem(text: string): string | undefined {
  if (!text) return "Paste the private app's access token (HubSpot → Settings → Integrations → Private apps → Auth).";
  if (text.length > 512 || !/^[\x21-\x7e]+$/.test(text)) return 'A private app token is one word of letters, digits and dashes (pat-…): this is not one.';
  return undefined;
}

/** The token as the options page shows it: its kind and last four characters only. */
export const maskToken = (token: string): string => `${token.startsWith('pat-') ? token.slice(0, token.indexOf('-', 4) + 1) : ''}••••${token.slice(-4)}`;
