import type { Plan } from '@preflight/core';
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
 * - `store`: the element reads and saves the plan in that site's browser store (attributes only).
 * - `snapshot`: the plan is written into the snippet and shown read-only.
 */
export function intranetSnippet(base: string, widget: WidgetName, plan: Plan, mode: SnippetMode, theme: EmbedConfig['theme'] = 'auto'): string {
  const tag = WIDGET_TAGS[widget];
  const script = `<script type="module" src="${escapeHtml(new URL('preflight.js', base).href)}"></script>`;
  const themeAttr = theme === 'auto' ? '' : ` theme="${theme}"`;
  if (mode === 'store') {
    return `${script}\n<${tag} plan-id="${escapeHtml(plan.id)}" persist${themeAttr}></${tag}>\n`;
  }
  const id = `preflight-${widget}-${plan.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
  return (
    `${script}\n<${tag} id="${id}" readonly${themeAttr}></${tag}>\n` +
    `<script type="module">\n  document.getElementById(${JSON.stringify(id)}).plan = ${scriptJson(plan)};\n</script>\n`
  );
}

/** Room the badge's findings popover needs below the pill inside a frame. */
const BADGE_POPOVER_PX = 320;

/** The iframe height to set for a widget measured at `renderedPx` (Notion does not size embeds itself). */
export function suggestedHeight(widget: WidgetName, renderedPx: number): number {
  const base = Math.ceil(renderedPx) + 32;
  const height = widget === 'badge' ? base + BADGE_POPOVER_PX : base;
  return Math.min(Math.max(height, 80), 1600);
}
