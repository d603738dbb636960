import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

/** axe-core's browser build, evaluated in the page through the DevTools protocol (an extension page's CSP would refuse a script tag). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type ColorScheme = 'light' | 'dark';
export const COLOR_SCHEMES: readonly ColorScheme[] = ['light', 'dark'];

/** One axe violation, flattened to what a failing assertion should print. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * The page's axe violations (every rule axe runs by default), under the given color scheme;
 * only within `include` (a selector, shadow trees included) when given.
 */
export async function axeViolations(page: Page, scheme: ColorScheme, include?: string): Promise<Violation[]> {
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  // Kept as source text: the test runner's transpiler would add helpers the page does not have.
  const context = include ? JSON.stringify({ include: [[include]] }) : 'document';
  return page.evaluate(`window.axe.run(${context}).then((r) => r.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
  })))`) as Promise<Violation[]>;
}

/** Readable lines for an assertion message. */
export const describeViolations = (violations: Violation[]): string =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.join('\n  ')}`).join('\n');

/**
 * Every visible control's clickable box smaller than 24 × 24 px. A checkbox or radio counts with
 * its label, which takes the same click.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(`Array.from(document.querySelectorAll('button, a[href], input, select, textarea, summary'))
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => {
      const box = (/^(checkbox|radio)$/.test(el.type) && el.closest('label')) || el;
      const r = box.getBoundingClientRect();
      return { name: el.id || el.name || el.textContent.trim() || el.localName, size: Math.min(r.width, r.height) };
    })
    .filter((t) => t.size < 24)
    .map((t) => t.name + ': ' + t.size.toFixed(1) + ' px')`) as Promise<string[]>;
}

/** The relative luminance (0 black – 1 white) of the body's text and background colours, as computed. */
export function bodyLuminance(page: Page): Promise<{ text: number; background: number }> {
  return page.evaluate(`(() => {
    const lum = (color) => {
      const [r, g, b] = color.match(/[\\d.]+/g).slice(0, 3).map((c) => {
        const v = Number(c) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(document.body);
    return { text: lum(style.color), background: lum(style.backgroundColor) };
  })()`) as Promise<{ text: number; background: number }>;
}
