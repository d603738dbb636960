/** One query parameter of a tracking URL, as written and decoded. */
export interface UrlParam {
  name: string;
  value: string;
  /** The `name=value` text exactly as it appears, for messages. */
  raw: string;
}

/** Platform click ids: the ad platforms compare them byte for byte, so they are never case-folded or judged. */
export const CLICK_IDS = ['gclid', 'gbraid', 'wbraid', 'dclid', 'fbclid', 'li_fat_id', 'msclkid', 'ttclid'];

/** Macros the platform fills in at click time: `{{campaign.name}}` (Meta), `{campaignid}` / `{lpurl}` (Google Ads). */
const MACRO = /\{\{[^{}]*\}\}|\{[^{}]*\}/g;

export const hasMacro = (text: string) => text.search(MACRO) >= 0;

/** The text with macros taken out: what remains is what the checks judge. */
export const withoutMacros = (text: string) => text.replace(MACRO, '');

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/**
 * The query parameters of a tracking URL, a URL suffix (`utm_source=google&…`) or a
 * template (`{lpurl}?utm_source=…`). Names and values are decoded but never case-folded.
 */
export function parseQuery(url: string): UrlParam[] {
  const noFragment = url.split('#')[0] ?? '';
  const q = noFragment.indexOf('?');
  const query = q >= 0 ? noFragment.slice(q + 1) : /^[^/:]*=/.test(noFragment) ? noFragment : '';
  return query
    .split('&')
    .filter((part) => part.trim() !== '')
    .map((raw) => {
      const eq = raw.indexOf('=');
      return { name: decode(eq >= 0 ? raw.slice(0, eq) : raw).trim(), value: decode(eq >= 0 ? raw.slice(eq + 1) : ''), raw };
    });
}

/** The UTM parameters of a tracking URL (names matched in any case, so a wrong case can be reported). */
export const parseUtm = (url: string): UrlParam[] => parseQuery(url).filter((p) => /^utm_/i.test(p.name));

