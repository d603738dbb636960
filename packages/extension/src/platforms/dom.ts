import type { Fact } from '@preflight/core/platform';

/** Text as people see it: whitespace collapsed, trimmed. */
export const textOf = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const fact = <T>(value: T, source: string, confidence: number): Fact<T> => ({ value, source, confidence });

/**
 * Whether an element is on screen. Single-page apps keep cached views in the DOM, hidden by
 * `hidden`, `aria-hidden`, `display: none` or `visibility: hidden`: those views are not the page.
 */
export function isVisible(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return !hiddenByInlineStyle(el);
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  const style = view.getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden' && !hiddenByInlineStyle(el);
}

/** A parsed document has no styles computed; inline styles still say what the page would hide. */
function hiddenByInlineStyle(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = (node as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style?.display === 'none' || style?.visibility === 'hidden') return true;
  }
  return false;
}

/** The first visible match, or null. */
export function visible(root: ParentNode, selector: string): Element | null {
  for (const el of root.querySelectorAll(selector)) if (isVisible(el)) return el;
  return null;
}

/** A visible field's text as a fact; undefined when absent or empty. */
export function textFact(root: ParentNode, selector: string, confidence = 1): Fact<string> | undefined {
  const value = textOf(visible(root, selector));
  // Platforms show an empty field as a dash.
  return /^[-–—]*$/.test(value) ? undefined : fact(value, selector, confidence);
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

/** Drops the fields that were not found, so facts never carry `undefined`. */
export function compact<T extends object>(facts: T): T {
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as T;
}

/**
 * A value shown beside its label (`dt`/`dd`, `th`/`td`, `rowheader`/`cell`), for apps whose
 * classes are generated: the label text is the steadiest handle. Labels compare case-insensitively.
 */
export function labelledText(root: ParentNode, labels: readonly string[]): Fact<string> | undefined {
  const wanted = new Set(labels.map((l) => l.toLowerCase()));
  for (const el of root.querySelectorAll('dt, th, [role="rowheader"]')) {
    if (!wanted.has(textOf(el).toLowerCase()) || !isVisible(el)) continue;
    const value = textOf(el.nextElementSibling);
    if (value && !/^[-–—]*$/.test(value)) return fact(value, `label:${textOf(el)}`, 0.9);
  }
  return undefined;
}

/** A form control named by its ARIA label (`aria-label`, or a `label for`): its current value. */
export function controlValue(root: ParentNode, label: string): Fact<string> | undefined {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const byAria = [...root.querySelectorAll<HTMLInputElement>(`input[aria-label="${label}"], textarea[aria-label="${label}"]`)];
  const byLabel = [...root.querySelectorAll('label')]
    .filter((l) => textOf(l) === label)
    .map((l) => doc.getElementById(l.htmlFor)).filter((el): el is HTMLInputElement => el?.tagName === 'INPUT');
  for (const input of [...byAria, ...byLabel]) {
    const value = (input.value || input.getAttribute('value') || '').trim();
    if (value && isVisible(input)) return fact(value, `control:${label}`, 1);
  }
  return undefined;
}

/** Reads labelled values in `root`, taking the platform's words for "not set" as absent. */
export function labelReader(root: ParentNode, unset: RegExp) {
  return (labels: readonly string[]): Fact<string> | undefined => {
    const f = labelledText(root, labels);
    return f && !unset.test(f.value) ? f : undefined;
  };
}
