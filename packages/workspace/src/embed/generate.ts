import type { Plan, RulesConfigInput } from '@preflight/core';
import { embedHash, WIDGET_TAGS, type EmbedConfig, type WidgetName } from './config.js';

/** The embed page's URL for a configuration; `base` is where the built site is served (ends with `/`). */
export function embedUrl(base: string, config: EmbedConfig): string {
  return new URL(`embed.html${embedHash(config)}`, base).href;
}

/** Escapes text for an HTML attribute value or text content. */
const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that is safe inside an inline `<script>` (no `</script>` or `<!--` can close it early). */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export type SnippetMode = 'store' | 'snapshot';

/**
 * An HTML snippet for an intranet page: the drop-in module plus one element.
 * - `store`: the element reads and saves the plan in that site's browser store (attributes; a script only for `rules`).
 * - `snapshot`: the plan is written into the snippet and shown read-only.
 * `rules` (the team's settings that differ from the defaults) is set as the element's `.config`.
 */
export function intranetSnippet(base: string, widget: WidgetName, plan: Plan, mode: SnippetMode, theme: EmbedConfig['theme'] = 'auto', rules?: RulesConfigInput): string {
  const tag = WIDGET_TAGS[widget];
  const script = `<script type="module" src="${escapeHtml(new URL('preflight.js', base).href)}"></script>`;
  const themeAttr = theme === 'auto' ? '' : ` theme="${theme}"`;
  const id = `preflight-${widget}-${plan.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const element = (attrs: string) => `${script}\n<${tag} ${attrs}${themeAttr}></${tag}>\n`;
  const config = rules && Object.keys(rules).length ? `  document.getElementById(${JSON.stringify(id)}).config = ${scriptJson(rules)};\n` : '';
  if (mode === 'store') {
    const bound = `plan-id="${escapeHtml(plan.id)}" persist`;
    return config ? `${element(`id="${id}" ${bound}`)}<script type="module">\n${config}</script>\n` : element(bound);
  }
  return `${element(`id="${id}" readonly`)}<script type="module">\n${config}  document.getElementById(${JSON.stringify(id)}).plan = ${scriptJson(plan)};\n</script>\n`;
}

/** Room the badge's findings popover needs below the pill inside a frame. */
const BADGE_POPOVER_PX = 320;

/**
 * The iframe height to set for a widget whose embed page measured `pagePx` high (its padding and
 * source line included); Notion does not size embeds itself. A little room to spare, so one more
 * line of text does not bring a scroll bar.
 */
export function suggestedHeight(widget: WidgetName, pagePx: number): number {
  const base = Math.ceil(pagePx) + 16;
  const height = widget === 'badge' ? base + BADGE_POPOVER_PX : base;
  return Math.min(Math.max(height, 80), 1600);
}
