import type { Fact } from '@preflight/core/platform';
import { collapseSpace } from './chars.js';

/** An element's text as people see it (chars.ts collapseSpace). */
export const textOf = (el: Element | null | undefined): string => collapseSpace(el?.textContent ?? '');

export const fact = <T>(value: T, source: string, confidence: number): Fact<T> => ({ value, source, confidence });

/**
 * Whether an element is on screen. Single-page apps keep cached views in the DOM, hidden by
 * `hidden`, `aria-hidden`, `display: none` or `visibility: hidden`: those views are not the page.
 */
export function isVisible(el: Element): boolean {
  return !el.closest('[hidden], [aria-hidden="true"]') && el.checkVisibility({ visibilityProperty: true });
}

/** The first visible match, or null. */
export function visible(root: ParentNode, selector: string): Element | null {
  for (const el of root.querySelectorAll(selector)) if (isVisible(el)) return el;
  return null;
}

/** The page language, in which the background reads the page's numeric dates. */
export const pageLang = (doc: Document): string => doc.documentElement.lang || 'en-US';

/** Runs an extraction step; a page that breaks one field loses only that field. */
export function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
